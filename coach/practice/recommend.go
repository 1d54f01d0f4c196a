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
	// Pillar is the pillar the case was picked to train: the one the last
	// attempt missed most; "" when any case would do.
	Pillar playbook.Pillar `json:"pillar,omitempty"`
	Why    Why             `json:"why"`
}

// Recommend picks the next case: one that trains the pillar the last
// attempt got most wrong (score, pick the next practice, measure again),
// preferring a case not done yet, else the one done longest ago. Ties go
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
	var pillar playbook.Pillar
	justDone := ""
	if last != nil {
		pillar, justDone = last.Weakest, last.CaseID
	}
	pick := func(want playbook.Pillar) (Recommendation, bool) {
		var oldest *cases.Case
		for _, cs := range lib.Cases {
			if cs.ID == justDone || (want != "" && cs.Pillar != want) {
				continue
			}
			t, done := lastDone[cs.ID]
			if !done {
				return Recommendation{CaseID: cs.ID, Pillar: want, Why: WhyFresh}, true
			}
			if oldest == nil || t.Before(lastDone[oldest.ID]) {
				oldest = cs
			}
		}
		if oldest == nil {
			return Recommendation{}, false
		}
		return Recommendation{CaseID: oldest.ID, Pillar: want, Why: WhyOldest}, true
	}
	if pillar != "" {
		if r, ok := pick(pillar); ok {
			return r, true
		}
	}
	if r, ok := pick(""); ok {
		return r, true
	}
	// Only the case just done is left.
	return Recommendation{CaseID: justDone, Why: WhyOldest}, true
}
