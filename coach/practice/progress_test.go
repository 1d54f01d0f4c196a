package practice_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/playbook"
)

func TestBuildProgress(t *testing.T) {
	set := selfSet(t)
	day := func(n int) time.Time { return time.Date(2026, 4, n, 0, 0, 0, 0, time.UTC) }
	attempts := []practice.Done{
		{CaseID: "c", At: day(3), Score: 90, Weakest: playbook.Margin, Mode: practice.Exam},
		{CaseID: "a", At: day(1), Score: 40, Weakest: playbook.Readiness},
		{CaseID: "b", At: day(2), Score: 60, Weakest: playbook.Margin, Mode: practice.Learn},
	}
	p1, err := practice.Profile(set, rate(set, 3, 3, nil), day(1))
	require.NoError(t, err)
	p2, err := practice.Profile(set, rate(set, 4, 2, nil), day(5))
	require.NoError(t, err)

	prog := practice.BuildProgress(attempts, []practice.SelfProfile{*p2, *p1})
	assert.Equal(t, []string{"a", "b", "c"}, []string{prog.Attempts[0].CaseID, prog.Attempts[1].CaseID, prog.Attempts[2].CaseID})
	assert.Equal(t, "c", attempts[0].CaseID, "the input is not reordered")
	assert.Equal(t, 63, prog.Average)
	assert.Equal(t, 63, prog.RecentAverage)
	assert.Equal(t, []practice.PillarCount{
		{Pillar: playbook.Readiness, Count: 1, Share: 1.0 / 3}, {Pillar: playbook.Disclosure, Count: 0}, {Pillar: playbook.Margin, Count: 2, Share: 2.0 / 3},
	}, prog.Missed)
	// Learn and exam apart; an attempt without a mode is learn.
	assert.Equal(t, practice.ModeStats{Count: 2, Average: 50, RecentAverage: 50, Best: 60}, prog.Learn)
	assert.Equal(t, practice.ModeStats{Count: 1, Average: 90, RecentAverage: 90, Best: 90}, prog.Exam)
	assert.Equal(t, []string{"a", "b"}, []string{prog.Of(practice.Learn)[0].CaseID, prog.Of(practice.Learn)[1].CaseID})
	require.Len(t, prog.Traits, 4)
	assert.Equal(t, 25, prog.Traits[0].Change)

	// The JSON of `winwin progress --json` always has arrays, never null.
	empty, err := json.Marshal(practice.BuildProgress(nil, nil))
	require.NoError(t, err)
	assert.JSONEq(t, `{"attempts":[],"average":0,"recent_average":0,"learn":{"count":0,"average":0,"recent_average":0,"best":0},"exam":{"count":0,"average":0,"recent_average":0,"best":0},"missed":[{"pillar":"readiness","count":0,"share":0},{"pillar":"disclosure","count":0,"share":0},{"pillar":"margin","count":0,"share":0}],"self_checks":[],"traits":[]}`, string(empty))
}
