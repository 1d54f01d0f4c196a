package report_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// assess parses testdata/deals/<name>.yaml and assesses it in lang.
func assess(t testing.TB, name string, lang locale.Lang) (*coach.Assessment, *locale.Catalog) {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	data, err := os.ReadFile(filepath.Join("testdata", "deals", name+".yaml"))
	require.NoError(t, err)
	ans, err := dealfile.Parse(pb, data, name+".yaml")
	require.NoError(t, err)
	cat := locale.MustLoad(lang)
	return coach.New(pb, cat).Assess(ans), cat
}

// callDay is the date the goldens are written on.
var callDay = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)

func defaultPlaybook(t *testing.T) *playbook.Playbook {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	return pb
}

// golden compares got with testdata/<name>.golden, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./coach/report -update to create it")
	assert.Equal(t, string(want), got)
}

func TestGolden(t *testing.T) {
	cases := []struct {
		deal     string
		quadrant coach.Quadrant
		decision coach.Decision
		prov     bool
	}{
		{"win_win", coach.WinWin, coach.Go, false},
		{"go_after_fixes", coach.WinLose, coach.GoAfterFixes, false},
		{"say_no", coach.LoseLose, coach.SayNo, false},
		{"provisional", coach.WinWin, coach.FindOutFirst, true},
		{"renegotiate", coach.LoseWin, coach.Renegotiate, false},
	}
	for _, tc := range cases {
		for _, lang := range locale.Langs() {
			t.Run(tc.deal+"/"+string(lang), func(t *testing.T) {
				a, cat := assess(t, tc.deal, lang)
				require.Equal(t, tc.quadrant, a.Quadrant)
				require.Equal(t, tc.decision, a.Decision)
				require.Equal(t, tc.prov, a.Provisional)
				opts := report.Options{File: "deals/" + tc.deal + ".yaml", Playbook: defaultPlaybook(t), Date: callDay}
				golden(t, tc.deal+"."+string(lang)+".txt", report.Text(a, cat, opts))
				golden(t, tc.deal+"."+string(lang)+".md", report.Markdown(a, cat, opts))
				js, err := report.JSON(a, opts.File)
				require.NoError(t, err)
				golden(t, tc.deal+"."+string(lang)+".json", string(js))
			})
		}
	}
}

// TestNoMissingLabels checks that no label of any report falls back to
// the "!key" of a missing catalog entry.
func TestNoMissingLabels(t *testing.T) {
	for _, deal := range []string{"win_win", "go_after_fixes", "say_no", "provisional"} {
		for _, lang := range locale.Langs() {
			a, cat := assess(t, deal, lang)
			for _, out := range []string{report.Text(a, cat, report.Options{}), report.Markdown(a, cat, report.Options{})} {
				assert.NotContains(t, out, "!report.", "%s/%s", deal, lang)
				assert.NotContains(t, out, "!quadrant.", "%s/%s", deal, lang)
				assert.NotContains(t, out, "!pillar.", "%s/%s", deal, lang)
			}
		}
	}
}

func TestTextStyle(t *testing.T) {
	a, cat := assess(t, "say_no", locale.EN)
	tag := func(name string) func(string) string {
		return func(s string) string { return "<" + name + ">" + s + "</" + name + ">" }
	}
	st := report.Style{
		Title: tag("title"), Heading: tag("h"), Muted: tag("m"), Win: tag("win"), Lose: tag("lose"),
		Open: tag("open"), Warn: tag("warn"), Info: tag("info"), Knockout: tag("ko"),
	}
	out := report.Text(a, cat, report.Options{Style: st})
	assert.Contains(t, out, "<lose>SAY NO</lose>  ·  <lose>lose-lose: you lose, and so does the client</lose>")
	assert.Contains(t, out, "<h>Why</h>")
	assert.Contains(t, out, "<title>*Bakkerij* de Vries & Zn — Scale-up track [beta]</title>")
	assert.Contains(t, out, "<ko>✗</ko> <ko>Knockout:</ko>")
	assert.Contains(t, out, "<lose>the client loses</lose>")
	// The zero style is plain text: the same report without the tags.
	plain := report.Text(a, cat, report.Options{})
	assert.NotContains(t, plain, "<")
	assert.Equal(t, plain, stripTags(out))
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestJSON(t *testing.T) {
	a, _ := assess(t, "win_win", locale.EN)

	out, err := report.JSON(a, "deal.yaml")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(out), "{\n  \"file\": \"deal.yaml\",\n  \"deal\""), "file comes first:\n%s", out)
	assert.True(t, strings.HasSuffix(string(out), "}\n"))

	var got map[string]any
	require.NoError(t, json.Unmarshal(out, &got))
	for _, key := range []string{"file", "quadrant", "decision", "provisional", "scores", "flags", "actions", "find_out", "talking_points", "margin", "walk_away", "reasons", "outcome"} {
		assert.Contains(t, got, key)
	}
	assert.Equal(t, "win-win", got["quadrant"])
	scores, ok := got["scores"].(map[string]any)
	require.True(t, ok)
	for _, key := range []string{"readiness", "disclosure", "margin", "client", "seller"} {
		assert.Contains(t, scores, key)
	}

	line, err := report.JSONLine(a, "")
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(line), "\n"), "one object per line")
	assert.NotContains(t, string(line), "\"file\"", "no file field without a file")
	var back map[string]any
	require.NoError(t, json.Unmarshal(line, &back))
	delete(got, "file")
	assert.Equal(t, got, back)
}

func TestFileNameIsCleaned(t *testing.T) {
	a, cat := assess(t, "win_win", locale.EN)
	evil := "deal\x1b]0;pwned\x07\x1b[31m.yaml"
	for _, out := range []string{report.Text(a, cat, report.Options{File: evil}), report.Markdown(a, cat, report.Options{File: evil})} {
		assert.NotContains(t, out, "\x1b")
		assert.NotContains(t, out, "\x07")
	}
	js, err := report.JSON(a, evil)
	require.NoError(t, err)
	assert.NotContains(t, string(js), `\u001b`)
}

func TestEscape(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"*bold* _it_", `\*bold\* \_it\_`},
		{"[link](http://x)", `\[link\](http://x)`},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"  + item", `  \+ item`},
		{"1. first", `1\. first`},
		{"12) twelve", `12\) twelve`},
		{"a-b 1.5", "a-b 1.5"},
		{"R&D <b>", `R\&D \<b\>`},
		{"pipe | tick ` back \\", "pipe \\| tick \\` back \\\\"},
		{"esc \x1b[31mred\x1b[0m", "esc red"},
		{"> quote", `\> quote`},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, report.Escape(tc.in), "%q", tc.in)
	}
}

// TestMarkdownEscapesUserText checks the say-no deal's hostile names
// come out escaped.
func TestMarkdownEscapesUserText(t *testing.T) {
	a, cat := assess(t, "say_no", locale.EN)
	// A "no" has no talking points; as a go, its hostile pros and cons show.
	a.Decision = coach.GoAfterFixes
	md := report.Markdown(a, cat, report.Options{})
	assert.Contains(t, md, `## \*Bakkerij\* de Vries \& Zn — Scale-up track \[beta\]`)
	assert.Contains(t, md, `- \# needs a project lead`)
	assert.Contains(t, md, `- 1\. peers who grow too`)
	assert.NotContains(t, md, "\x1b")
}

// The Markdown is a CRM note: the deal, the date, the money with its
// currency and the decision before anything else, and no question ids
// anywhere.
func TestMarkdownIsACRMNote(t *testing.T) {
	pb := defaultPlaybook(t)
	for _, deal := range []string{"win_win", "say_no", "provisional", "renegotiate", "go_after_fixes"} {
		for _, lang := range locale.Langs() {
			a, cat := assess(t, deal, lang)
			md := report.Markdown(a, cat, report.Options{Playbook: pb, Date: callDay})
			head := strings.SplitN(md, "### ", 2)[0]
			assert.Contains(t, head, "2026-12-02", "%s/%s", deal, lang)
			assert.Contains(t, head, "€", "%s/%s", deal, lang)
			assert.Contains(t, head, report.Words(a, cat), "%s/%s", deal, lang)
			for _, id := range pb.IDs() {
				assert.NotContains(t, md, id, "%s/%s: an id in the CRM note", deal, lang)
			}
			txt := report.Text(a, cat, report.Options{Playbook: pb})
			for _, id := range pb.IDs() {
				assert.NotContains(t, txt, id, "%s/%s: an id in the text report", deal, lang)
			}
		}
	}
}

// The card shows at most three actions, and the sections follow it in
// the same order in text and Markdown.
func TestCardAndSectionOrder(t *testing.T) {
	pb := defaultPlaybook(t)
	for _, deal := range []string{"win_win", "say_no", "provisional", "renegotiate", "go_after_fixes"} {
		a, cat := assess(t, deal, locale.EN)
		d := report.Layout(a, cat, pb)
		assert.LessOrEqual(t, len(d.Card.Actions), report.CardActions, deal)
		assert.NotEmpty(t, d.Card.Say, deal)
		txt := report.Text(a, cat, report.Options{Playbook: pb})
		md := report.Markdown(a, cat, report.Options{Playbook: pb})
		last, lastMD := strings.Index(txt, cat.T("report.card.say")), strings.Index(md, cat.T("report.card.say"))
		for _, s := range d.Sections {
			i, j := strings.Index(txt, "\n"+s.Title+"\n"), strings.Index(md, "### "+s.Title+"\n")
			require.Greater(t, i, last, "%s: %s after the card and the sections before it (text)", deal, s.Title)
			require.Greater(t, j, lastMD, "%s: %s after the card and the sections before it (markdown)", deal, s.Title)
			last, lastMD = i, j
		}
	}
}

func TestDecisionMark(t *testing.T) {
	en, nl := locale.MustLoad(locale.EN), locale.MustLoad(locale.NL)
	assert.Equal(t, "Go", report.DecisionMark(en, coach.Go, false))
	assert.Equal(t, "Go (provisional)", report.DecisionMark(en, coach.Go, true))
	assert.Equal(t, "Doen (voorlopig)", report.DecisionMark(nl, coach.Go, true))
}
