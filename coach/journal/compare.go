package journal

import (
	"reflect"
	"slices"
	"sort"

	"github.com/winwincoach/winwin/coach"
)

// This file is pure: it compares two revisions' answers and assessments
// without the database, so the journal screen and its tests can use it on
// any two verdicts.

// Change is one answer that differs between two revisions.
type Change struct {
	Question string
	// Old and New are the answers before and after; Had and Has say
	// whether the question was answered at all ("unknown" counts).
	Old, New coach.Answer
	Had, Has bool
}

// ScoreChange is how one score moved.
type ScoreChange struct {
	Name     string // readiness, disclosure, margin, client, seller
	Old, New coach.Score
}

// Delta is New minus Old, rounded as the scores are shown; ok is false
// when either is unknown.
func (s ScoreChange) Delta() (delta int, ok bool) {
	if !s.Old.Known || !s.New.Known {
		return 0, false
	}
	return s.New.Int() - s.Old.Int(), true
}

// Comparison is what changed from one revision to another and how the
// verdict moved.
type Comparison struct {
	From, To Ref // set by Journal.Compare; zero from Diff
	// Changes are the answers that differ, by question id.
	Changes []Change

	OldQuadrant, NewQuadrant       coach.Quadrant
	OldDecision, NewDecision       coach.Decision
	OldProvisional, NewProvisional bool
	// Scores lists all five scores, changed or not, in report order.
	Scores []ScoreChange
	// Raised and Cleared are the ids of the flags that the new revision
	// raises and no longer raises.
	Raised, Cleared []string
}

// VerdictMoved reports whether the quadrant or the decision changed.
func (c Comparison) VerdictMoved() bool {
	return c.OldQuadrant != c.NewQuadrant || c.OldDecision != c.NewDecision
}

// Diff compares answers and assessments of two revisions, old then new.
// Nil assessments count as empty ones.
func Diff(oldAns, newAns coach.Answers, oldA, newA *coach.Assessment) Comparison {
	if oldA == nil {
		oldA = &coach.Assessment{}
	}
	if newA == nil {
		newA = &coach.Assessment{}
	}
	c := Comparison{
		OldQuadrant: oldA.Quadrant, NewQuadrant: newA.Quadrant,
		OldDecision: oldA.Decision, NewDecision: newA.Decision,
		OldProvisional: oldA.Provisional, NewProvisional: newA.Provisional,
		Scores: []ScoreChange{
			{"readiness", oldA.Scores.Readiness, newA.Scores.Readiness},
			{"disclosure", oldA.Scores.Disclosure, newA.Scores.Disclosure},
			{"margin", oldA.Scores.Margin, newA.Scores.Margin},
			{"client", oldA.Scores.Client, newA.Scores.Client},
			{"seller", oldA.Scores.Seller, newA.Scores.Seller},
		},
	}
	ids := make([]string, 0, len(oldAns)+len(newAns))
	for id := range oldAns {
		ids = append(ids, id)
	}
	for id := range newAns {
		if _, ok := oldAns[id]; !ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		o, had := oldAns[id]
		n, has := newAns[id]
		if had == has && sameAnswer(o, n) {
			continue
		}
		c.Changes = append(c.Changes, Change{Question: id, Old: o, New: n, Had: had, Has: has})
	}
	c.Raised = flagsNotIn(newA.Flags, oldA.Flags)
	c.Cleared = flagsNotIn(oldA.Flags, newA.Flags)
	return c
}

// sameAnswer compares two answers as a user sees them: a nil list equals
// an empty one.
func sameAnswer(a, b coach.Answer) bool {
	if a.Unknown != b.Unknown {
		return false
	}
	switch x := a.Value.(type) {
	case []string:
		y, ok := b.Value.([]string)
		if !ok {
			return len(x) == 0 && b.Value == nil
		}
		return slices.Equal(x, y)
	case nil:
		y, ok := b.Value.([]string)
		return b.Value == nil || (ok && len(y) == 0)
	}
	return reflect.DeepEqual(a.Value, b.Value)
}

// flagsNotIn lists the ids of the flags in a that are not in b.
func flagsNotIn(a, b []coach.Flag) []string {
	var out []string
	for _, f := range a {
		if !slices.ContainsFunc(b, func(g coach.Flag) bool { return g.ID == f.ID }) {
			out = append(out, f.ID)
		}
	}
	return out
}
