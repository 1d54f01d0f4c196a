package journalview

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/journal/journaltest"
	"github.com/winwincoach/winwin/content/locale"
)

// A deal saved under playbook version 1 is shown as it was saved: the
// journal keeps the assessment's JSON, and the deal screen, its verdict
// and the comparison read that, never a re-assessment under today's
// playbook (coach v2 would call this deal "find out first": the client's
// need was unknown, which v1 let through as a go).
func TestStoredVerdictIsShownAsSaved(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	ans := journaltest.WinWin()
	ans["client.name"] = coach.Text("Oude Deal BV")
	ans["client.need"] = coach.UnknownAnswer()
	now := c.Coach.Assess(ans)
	require.Equal(t, coach.FindOutFirst, now.Decision, "today's coach")

	// The verdict as version 1 of the playbook gave it.
	v1 := *now
	v1.Quadrant, v1.Decision, v1.Provisional = coach.WinWin, coach.Go, false
	v1.DecisionTitle, v1.Summary = "Go", "Both sides win. Prepare well and make the offer."
	v1.Playbook = coach.PlaybookRef{ID: "default", Version: 1}
	v1.FindOut, v1.Reasons = []coach.FindOut{}, []coach.Reason{{Text: "Saved under version 1.", Because: []string{}}}
	data, err := json.Marshal(&v1)
	require.NoError(t, err)

	st := newFakeStore()
	at := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	st.deals[1] = []journal.Session{{
		Row: journal.Row{Ref: journal.Ref{Deal: 1, Revision: 1}, Time: at, Client: "Oude Deal BV", Offer: "Growth programme",
			Quadrant: v1.Quadrant, Decision: v1.Decision},
		Playbook: v1.Playbook, Locale: "en", Answers: ans.Clone(), AssessmentJSON: data,
	}}
	st.add(c.Coach, 1, at.Add(time.Hour), ans) // revision 2, assessed today

	s := open(t, c, st, 120, 40)
	s, _ = drive(s, press("enter"))
	v := s.View()
	assert.Contains(t, v, "Revision 2  win-win · Find out first", "revision 2 as saved today")
	assert.Contains(t, v, "1   2026-06-01 09:00  win-win    Go")
	s, _ = drive(s, press("down"))
	assert.Contains(t, s.View(), "Revision 1  win-win · Go", "revision 1 as saved")

	s, _ = drive(s, presses("space", "up", "space", "c")...)
	v = s.View()
	assert.Contains(t, v, "win-win · Go  →  win-win · Find out first", "the comparison moves between the stored verdicts")

	s, _ = drive(s, presses("esc", "down", "enter")...)
	v = s.View()
	assert.Contains(t, v, "Saved under version 1.", "the whole verdict of revision 1 is the stored one")
	assert.NotContains(t, v, "Find out first")
}
