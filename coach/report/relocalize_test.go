package report_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// stored is a through the JSON the journal keeps, as it reads back.
func stored(t *testing.T, a *coach.Assessment) *coach.Assessment {
	t.Helper()
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var out coach.Assessment
	require.NoError(t, json.Unmarshal(data, &out))
	return &out
}

// A verdict saved in one language and shown in the other reads exactly as
// the coach would have said it in that language: every word is derived
// again from the ids and numbers (only Lang keeps the saved language).
func TestRelocalizeSavedVerdict(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	for _, deal := range []string{"win_win", "say_no", "provisional"} {
		for _, pair := range [][2]locale.Lang{{locale.EN, locale.NL}, {locale.NL, locale.EN}, {locale.NL, locale.NL}} {
			from, to := pair[0], pair[1]
			t.Run(deal+"/"+string(from)+"→"+string(to), func(t *testing.T) {
				saved, fromCat := assess(t, deal, from)
				want, toCat := assess(t, deal, to)
				got := report.Relocalize(stored(t, saved), pb, fromCat, toCat)
				assert.Equal(t, string(from), got.Lang, "Lang keeps the saved language")
				got.Lang = want.Lang
				assert.Equal(t, stored(t, want), got)
				if from != to {
					assert.NotEqual(t, saved.WalkAway.Line, got.WalkAway.Line, "the words did change")
				}
			})
		}
	}
}

// ForViewer loads the saved language's catalog itself.
func TestForViewer(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	saved, _ := assess(t, "say_no", locale.EN)
	want, nl := assess(t, "say_no", locale.NL)
	got := report.ForViewer(stored(t, saved), pb, nl)
	assert.Equal(t, want.Summary, got.Summary)
	assert.Equal(t, want.Reasons, got.Reasons)
	assert.Equal(t, want.Actions, got.Actions)
	assert.Nil(t, report.ForViewer(nil, pb, nl))
}

// What no id leads to keeps its stored text: a flag, a question or an
// action this playbook does not have, a reason no sentence matches, and
// everything playbook-made when another playbook made the verdict.
func TestRelocalizeFallsBack(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	saved, en := assess(t, "say_no", locale.EN)
	nl := locale.MustLoad(locale.NL)
	a := stored(t, saved)
	require.NotEmpty(t, a.Flags)
	a.Flags = append(a.Flags, coach.Flag{ID: "gone_flag", Message: "A flag of an old playbook.", Fix: "Its old fix."})
	a.Reasons = append(a.Reasons, coach.Reason{Text: "A reason of an old coach."})
	a.Actions = append(a.Actions,
		coach.Action{Kind: coach.ActionFix, Text: "Its old fix."},
		coach.Action{Kind: coach.ActionPoint, Text: "An old talking point."})
	a.FindOut = append(a.FindOut, coach.FindOut{Question: "gone.question", Text: "Ask the old question."})

	got := report.Relocalize(a, pb, en, nl)
	last := func(n int) int { return n - 1 }
	gone := got.Flags[last(len(got.Flags))]
	assert.Equal(t, "A flag of an old playbook.", gone.Message)
	assert.Equal(t, "Its old fix.", gone.Fix)
	assert.Equal(t, "A reason of an old coach.", got.Reasons[last(len(got.Reasons))].Text)
	assert.Equal(t, "Its old fix.", got.Actions[last(len(got.Actions))-1].Text)
	assert.Equal(t, "An old talking point.", got.Actions[last(len(got.Actions))].Text)
	assert.Equal(t, "Ask the old question.", got.FindOut[last(len(got.FindOut))].Text)
	assert.NotEqual(t, a.Flags[0].Message, got.Flags[0].Message, "a known flag is still in Dutch")
	assert.Equal(t, "A flag of an old playbook.", a.Flags[last(len(a.Flags))].Message, "a is left unchanged")

	// Another playbook's verdict: its flags and decision stay as saved,
	// the coach's own sentences follow the viewer.
	other := stored(t, saved)
	other.Playbook.ID = "someone-elses"
	got = report.Relocalize(other, pb, en, nl)
	assert.Equal(t, other.Flags, got.Flags)
	assert.Equal(t, other.Summary, got.Summary)
	assert.Equal(t, nl.T("coach.walk.none"), got.WalkAway.Line)

	// A saved language winwin does not know: only the id-derived words.
	unknown := stored(t, saved)
	unknown.Lang = "fr"
	got = report.Relocalize(unknown, pb, nil, nl)
	want, _ := assess(t, "say_no", locale.NL)
	assert.Equal(t, want.Flags, got.Flags)
	assert.Equal(t, want.Summary, got.Summary)
}

// BenchmarkRelocalize is the cost of showing a saved verdict in another
// language with both catalogs at hand; BenchmarkForViewer adds loading
// the saved language's catalog, which the journal screen pays once per
// verdict it opens (in a command, never in Update).
func BenchmarkRelocalize(b *testing.B) {
	pb, err := playbook.LoadDefault()
	require.NoError(b, err)
	saved, en := assess(b, "say_no", locale.EN)
	nl := locale.MustLoad(locale.NL)
	b.ResetTimer()
	for range b.N {
		report.Relocalize(saved, pb, en, nl)
	}
}

func BenchmarkForViewer(b *testing.B) {
	pb, err := playbook.LoadDefault()
	require.NoError(b, err)
	saved, _ := assess(b, "say_no", locale.EN)
	nl := locale.MustLoad(locale.NL)
	b.ResetTimer()
	for range b.N {
		report.ForViewer(saved, pb, nl)
	}
}
