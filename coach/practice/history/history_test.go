package history_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/coach/practice/history"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/selfcheck"
)

func day(n int) time.Time { return time.Date(2026, 4, n, 9, 0, 0, 0, time.UTC) }

// rateAll rates every statement v (reverse ones too).
func rateAll(set *selfcheck.Set, v int) practice.Ratings {
	r := practice.Ratings{}
	for _, st := range set.Statements {
		r[st.ID] = v
	}
	return r
}

func loadSet(t *testing.T) *selfcheck.Set {
	t.Helper()
	set, err := selfcheck.Load()
	require.NoError(t, err)
	return set
}

// A result goes into the journal's row and comes back as a Done.
func TestAttemptRoundTrip(t *testing.T) {
	r := &practice.Result{
		CaseID: "bakery-deck-oven", Mode: practice.Exam, Score: 72,
		Predicted: practice.Verdict{Quadrant: coach.WinWin, Decision: coach.Go},
		Coach:     practice.Verdict{Quadrant: coach.WinLose, Decision: coach.SayNo},
		Expert:    practice.Verdict{Quadrant: coach.WinWin, Decision: coach.Go},
		Weakest:   playbook.Readiness,
	}
	ans := coach.Answers{"client.stage": coach.Text("growing")}
	a := history.Attempt(r, ans)
	assert.Equal(t, journal.Attempt{
		Case: "bakery-deck-oven", Mode: journal.Exam, Score: 72, Weakest: playbook.Readiness, Answers: ans,
		Predict: journal.Verdict{Quadrant: coach.WinWin, Decision: coach.Go},
		Coach:   journal.Verdict{Quadrant: coach.WinLose, Decision: coach.SayNo},
		Expert:  journal.Verdict{Quadrant: coach.WinWin, Decision: coach.Go},
	}, a)

	a.Time, a.Score = day(3), 71.6
	assert.Equal(t, practice.Done{CaseID: "bakery-deck-oven", At: day(3), Mode: practice.Exam, Score: 72, Weakest: playbook.Readiness}, history.Done(a))
	assert.Equal(t, []practice.Done{}, history.DoneAll(nil))
}

func TestProfile(t *testing.T) {
	set := loadSet(t)
	p, err := practice.Profile(set, rateAll(set, 4), day(2))
	require.NoError(t, err)
	row := history.SelfCheck(p, rateAll(set, 4))
	assert.Equal(t, day(2), row.Time)
	assert.InDelta(t, float64(p.Score(selfcheck.SayNo)), row.Traits.SayNo, 0)

	tests := []struct {
		name string
		row  journal.SelfCheck
		want practice.SelfProfile
	}{
		{"scored again from the ratings", row, *p},
		{"stored traits when the ratings no longer fit",
			journal.SelfCheck{Time: day(1), Ratings: map[string]int{"gone": 3},
				Traits: journal.Traits{Trustworthy: 80, Competent: 54.6, ClientFocused: 40, SayNo: 40}},
			practice.SelfProfile{At: day(1), Weakest: selfcheck.ClientFocused, Traits: []practice.TraitScore{
				{Trait: selfcheck.Trustworthy, Score: 80}, {Trait: selfcheck.Competent, Score: 55},
				{Trait: selfcheck.ClientFocused, Score: 40}, {Trait: selfcheck.SayNo, Score: 40}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, history.Profile(set, tt.row))
		})
	}
}

type fakeReader struct {
	attempts []journal.Attempt
	checks   []journal.SelfCheck
	err      error
	owner    string
}

func (f *fakeReader) Attempts(_ context.Context, owner, _ string) ([]journal.Attempt, error) {
	f.owner = owner
	return f.attempts, f.err
}

func (f *fakeReader) SelfChecks(context.Context, string) ([]journal.SelfCheck, error) {
	return f.checks, nil
}

func TestLoad(t *testing.T) {
	set := loadSet(t)
	p1, err := practice.Profile(set, rateAll(set, 3), day(1))
	require.NoError(t, err)
	p2, err := practice.Profile(set, rateAll(set, 5), day(4))
	require.NoError(t, err)
	r := &fakeReader{
		attempts: []journal.Attempt{{Case: "b", Time: day(2), Score: 60}, {Case: "a", Time: day(1), Score: 40}},
		checks:   []journal.SelfCheck{history.SelfCheck(p1, rateAll(set, 3)), history.SelfCheck(p2, rateAll(set, 5))},
	}
	prog, err := history.Load(context.Background(), r, "ann", set)
	require.NoError(t, err)
	assert.Equal(t, "ann", r.owner)
	assert.Equal(t, "a", prog.Attempts[0].CaseID)
	assert.Equal(t, 50, prog.Average)
	require.Len(t, prog.SelfChecks, 2)
	require.Len(t, prog.Traits, 4)
	assert.True(t, prog.Traits[0].HasPrevious)

	r.err = errors.New("locked")
	_, err = history.Load(context.Background(), r, "", set)
	assert.EqualError(t, err, "locked")
}
