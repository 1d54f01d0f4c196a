package practice

import (
	"time"

	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/playbook"
)

// Done is one earlier attempt, as the journal remembers it.
type Done struct {
	CaseID  string          `json:"case"`
	At      time.Time       `json:"at"`
	Mode    Mode            `json:"mode,omitempty"`
	Score   int             `json:"score"`
	Weakest playbook.Pillar `json:"weakest,omitempty"`
}

// Why says why a case was recommended; each has a line in the catalog
// (practice.recommend.<why>).
type Why string

// The reasons for a recommendation.
const (
	WhyFresh  Why = "fresh"  // not done yet
	WhyOldest Why = "oldest" // done longest ago
)

// Recommendation is the next case to practise.
type Recommendation struct {
	CaseID string `json:"case"`
	// Focus is what the case was picked to train: what the last attempt
	// missed most (its decision, a side of the quadrant or a pillar);
	// zero when any case would do.
	Focus Miss `json:"focus"`
	// Pillar is the pillar the case was picked to train, when the focus
	// is a pillar (the one the last attempt missed most).
	Pillar playbook.Pillar `json:"pillar,omitempty"`
	Why    Why             `json:"why"`
}

// Recommend picks the next case: one that trains what the last attempt
// missed most (score, pick the next practice, measure again): a case with
// the same expert decision when the decision was missed, the same outcome
// for the side of the quadrant that was missed, or the pillar whose facts
// were read wrong (Result.Missed); failing that, the pillar the attempt
// lost most on (Result.Weakest). It prefers a case not done yet, else the
// one done longest ago. Ties go
// to library order, so the same history always gives the same case. The
// case just done is only picked again when nothing else is left. last may
// be nil (nothing practised yet); history need not hold last. ok is false
// only for an empty library.
func Recommend(lib *cases.Library, last *Result, history []Done) (rec Recommendation, ok bool) {
	if lib == nil || len(lib.Cases) == 0 {
		return Recommendation{}, false
	}
	lastDone := map[string]time.Time{}
	for _, d := range history {
		if t, seen := lastDone[d.CaseID]; !seen || d.At.After(t) {
			lastDone[d.CaseID] = d.At
		}
	}
	var focus []Miss
	justDone := ""
	if last != nil {
		justDone = last.CaseID
		if last.Missed.Kind != MissNothing {
			focus = append(focus, last.Missed)
		}
		if last.Weakest != "" {
			focus = append(focus, Miss{Kind: MissPillar, Pillar: last.Weakest})
		}
	}
	pick := func(want Miss) (Recommendation, bool) {
		var oldest *cases.Case
		for _, cs := range lib.Cases {
			if cs.ID == justDone || !Trains(cs, want) {
				continue
			}
			t, done := lastDone[cs.ID]
			if !done {
				return recommendation(cs.ID, want, WhyFresh), true
			}
			if oldest == nil || t.Before(lastDone[oldest.ID]) {
				oldest = cs
			}
		}
		if oldest == nil {
			return Recommendation{}, false
		}
		return recommendation(oldest.ID, want, WhyOldest), true
	}
	for _, f := range append(focus, Miss{}) {
		if r, ok := pick(f); ok {
			return r, true
		}
	}
	// Only the case just done is left.
	return Recommendation{CaseID: justDone, Why: WhyOldest}, true
}

// recommendation is case id picked to train focus.
func recommendation(id string, focus Miss, why Why) Recommendation {
	r := Recommendation{CaseID: id, Focus: focus, Why: why}
	if focus.Kind == MissPillar {
		r.Pillar = focus.Pillar
	}
	return r
}
