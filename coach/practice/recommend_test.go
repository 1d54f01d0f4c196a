package practice_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/playbook"
)

// A small library in a known order: two cases per pillar, with expert
// verdicts that differ in decision and sides.
func smallLibrary() *cases.Library {
	mk := func(id string, p playbook.Pillar, q, d string) *cases.Case {
		return &cases.Case{ID: id, Pillar: p, Verdict: cases.Verdict{Quadrant: q, Decision: d}}
	}
	return cases.NewLibrary([]*cases.Case{
		mk("r1", playbook.Readiness, "win-win", "go"), mk("d1", playbook.Disclosure, "win-lose", "go-after-fixes"),
		mk("m1", playbook.Margin, "lose-win", "renegotiate"),
		mk("r2", playbook.Readiness, "win-lose", "say-no"), mk("d2", playbook.Disclosure, "win-lose", "go-after-fixes"),
		mk("m2", playbook.Margin, "lose-lose", "say-no"),
	})
}

// pillarRec is a recommendation picked for a pillar.
func pillarRec(id string, p playbook.Pillar, why practice.Why) practice.Recommendation {
	return practice.Recommendation{CaseID: id, Focus: practice.Miss{Kind: practice.MissPillar, Pillar: p}, Pillar: p, Why: why}
}

func TestRecommend(t *testing.T) {
	day := func(n int) time.Time { return time.Date(2026, 1, n, 9, 0, 0, 0, time.UTC) }
	done := func(id string, n int) practice.Done { return practice.Done{CaseID: id, At: day(n)} }
	result := func(id string, weakest playbook.Pillar) *practice.Result {
		return &practice.Result{CaseID: id, Weakest: weakest}
	}
	missed := func(id string, miss practice.Miss, weakest playbook.Pillar) *practice.Result {
		return &practice.Result{CaseID: id, Missed: miss, Weakest: weakest}
	}
	tests := []struct {
		name    string
		last    *practice.Result
		history []practice.Done
		want    practice.Recommendation
	}{
		{"nothing done: the first case", nil, nil,
			practice.Recommendation{CaseID: "r1", Why: practice.WhyFresh}},
		{"missed margin: a margin case not done yet", result("r1", playbook.Margin), []practice.Done{done("r1", 1)},
			pillarRec("m1", playbook.Margin, practice.WhyFresh)},
		{"skips the case just done", result("m1", playbook.Margin), []practice.Done{done("m1", 2)},
			pillarRec("m2", playbook.Margin, practice.WhyFresh)},
		{"all of the pillar done: the one done longest ago",
			result("d2", playbook.Disclosure),
			[]practice.Done{done("d1", 3), done("d2", 5), done("d1", 1)},
			pillarRec("d1", playbook.Disclosure, practice.WhyOldest)},
		{"the latest attempt of a case counts",
			result("r2", playbook.Margin),
			[]practice.Done{done("m1", 1), done("m2", 2), done("m1", 3)},
			pillarRec("m2", playbook.Margin, practice.WhyOldest)},
		{"nothing missed: any case not done yet, in library order",
			result("r1", ""), []practice.Done{done("r1", 1), done("d1", 1)},
			practice.Recommendation{CaseID: "m1", Why: practice.WhyFresh}},
		{"ties in time go to library order",
			result("r1", playbook.Readiness),
			[]practice.Done{done("r1", 1), done("r2", 1), done("d1", 1), done("d2", 1), done("m1", 1), done("m2", 1)},
			pillarRec("r2", playbook.Readiness, practice.WhyOldest)},
		{"missed only the decision (say no): another say-no case, whatever the pillar",
			missed("r1", practice.Miss{Kind: practice.MissDecision, Decision: coach.SayNo}, playbook.Readiness), []practice.Done{done("r1", 1)},
			practice.Recommendation{CaseID: "r2", Focus: practice.Miss{Kind: practice.MissDecision, Decision: coach.SayNo}, Why: practice.WhyFresh}},
		{"missed the decision: the case just done is skipped, the next of that decision picked",
			missed("r2", practice.Miss{Kind: practice.MissDecision, Decision: coach.SayNo}, playbook.Readiness), []practice.Done{done("r2", 1)},
			practice.Recommendation{CaseID: "m2", Focus: practice.Miss{Kind: practice.MissDecision, Decision: coach.SayNo}, Why: practice.WhyFresh}},
		{"missed the client's side (lose): a case where the client loses",
			missed("r1", practice.Miss{Kind: practice.MissClient, Side: "lose"}, playbook.Readiness), []practice.Done{done("r1", 1)},
			practice.Recommendation{CaseID: "d1", Focus: practice.Miss{Kind: practice.MissClient, Side: "lose"}, Why: practice.WhyFresh}},
		{"missed the seller's side (lose): a case where the seller loses",
			missed("r1", practice.Miss{Kind: practice.MissSeller, Side: "lose"}, playbook.Readiness), []practice.Done{done("r1", 1)},
			practice.Recommendation{CaseID: "m1", Focus: practice.Miss{Kind: practice.MissSeller, Side: "lose"}, Why: practice.WhyFresh}},
		{"no other case with the missed decision: the weakest pillar",
			missed("r1", practice.Miss{Kind: practice.MissDecision, Decision: coach.Go}, playbook.Margin), []practice.Done{done("r1", 1)},
			pillarRec("m1", playbook.Margin, practice.WhyFresh)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := practice.Recommend(smallLibrary(), tt.last, tt.history)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRecommendEdges(t *testing.T) {
	_, ok := practice.Recommend(cases.NewLibrary(nil), nil, nil)
	assert.False(t, ok)

	one := cases.NewLibrary([]*cases.Case{{ID: "only", Pillar: playbook.Margin}})
	got, ok := practice.Recommend(one, &practice.Result{CaseID: "only", Weakest: playbook.Margin}, nil)
	require.True(t, ok)
	assert.Equal(t, "only", got.CaseID, "with one case, the case just done comes again")

	// A pillar without cases falls back to any case.
	got, ok = practice.Recommend(one, &practice.Result{CaseID: "x", Weakest: playbook.Readiness}, nil)
	require.True(t, ok)
	assert.Equal(t, practice.Recommendation{CaseID: "only", Why: practice.WhyFresh}, got)
}

// On the real library, a scored attempt leads to a case of the pillar it
// missed most, and working through recommendations visits every case of
// that pillar before repeating one.
func TestRecommendOnLibrary(t *testing.T) {
	c := newCoach(t, "en")
	lib := library(t)
	cs := getCase(t, lib, "bakery-deck-oven")
	at := perfect(t, c, cs)
	at.Answers["seller.price"] = at.Answers["offer.cost"] // at cost: margin facts wrong
	at.Answers["seller.walk_away"] = at.Answers["offer.cost"]
	r, err := practice.Score(c, cs, at)
	require.NoError(t, err)
	require.Equal(t, playbook.Margin, r.Weakest)

	var history []practice.Done
	seen := map[string]bool{}
	margin := 0
	for _, x := range lib.Cases {
		if x.Pillar == playbook.Margin {
			margin++
		}
	}
	last := r
	for i := 0; i < margin; i++ {
		rec, ok := practice.Recommend(lib, last, history)
		require.True(t, ok)
		next := getCase(t, lib, rec.CaseID)
		assert.Equal(t, playbook.Margin, next.Pillar)
		assert.False(t, seen[rec.CaseID], "repeated %s before doing all margin cases", rec.CaseID)
		seen[rec.CaseID] = true
		history = append(history, practice.Done{CaseID: rec.CaseID, At: time.Date(2026, 2, i+1, 0, 0, 0, 0, time.UTC)})
		last = &practice.Result{CaseID: rec.CaseID, Weakest: playbook.Margin}
	}
}
