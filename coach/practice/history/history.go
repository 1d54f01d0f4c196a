// Package history turns the journal's practice rows into the values of
// coach/practice and back: an attempt's Result into a journal.Attempt,
// stored attempts into practice.Done for Recommend and BuildProgress, a
// self-check profile into a journal.SelfCheck and stored checks back into
// profiles. The practice screens, the progress screen and `winwin
// progress --json` all read the journal through it, so they agree.
//
// It reads the journal only through Reader, so callers can pass a fake.
package history

import (
	"context"
	"math"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/selfcheck"
)

// Reader is what progress needs from the journal; *journal.Journal has
// these methods.
type Reader interface {
	Attempts(ctx context.Context, owner, caseID string) ([]journal.Attempt, error)
	SelfChecks(ctx context.Context, owner string) ([]journal.SelfCheck, error)
}

// Attempt is the journal row of a scored attempt with the trainee's
// answers. Its time is left zero: the journal stamps it when saving.
func Attempt(r *practice.Result, answers coach.Answers) journal.Attempt {
	return journal.Attempt{
		Case:    r.CaseID,
		Mode:    journal.Mode(r.Mode),
		Predict: journal.Verdict(r.Predicted),
		Coach:   journal.Verdict(r.Coach),
		Expert:  journal.Verdict(r.Expert),
		Score:   float64(r.Score),
		Weakest: r.Weakest,
		Answers: answers,
	}
}

// Done is a stored attempt as Recommend and BuildProgress take it.
func Done(a journal.Attempt) practice.Done {
	return practice.Done{
		CaseID:  a.Case,
		At:      a.Time,
		Mode:    practice.Mode(a.Mode),
		Score:   int(math.Round(a.Score)),
		Weakest: a.Weakest,
	}
}

// DoneAll is Done of every attempt, in the same order; never nil.
func DoneAll(as []journal.Attempt) []practice.Done {
	out := make([]practice.Done, len(as))
	for i, a := range as {
		out[i] = Done(a)
	}
	return out
}

// Load reads owner's attempts and self-checks and sums them up with
// practice.BuildProgress. Self-checks are scored again against set.
func Load(ctx context.Context, r Reader, owner string, set *selfcheck.Set) (practice.Progress, error) {
	attempts, err := r.Attempts(ctx, owner, "")
	if err != nil {
		return practice.Progress{}, err
	}
	checks, err := r.SelfChecks(ctx, owner)
	if err != nil {
		return practice.Progress{}, err
	}
	return practice.BuildProgress(DoneAll(attempts), Profiles(set, checks)), nil
}
