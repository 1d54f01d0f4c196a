package practice_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// What an attempt missed most: the decision, a side of the quadrant or a
// pillar's facts, whichever lost most points.
func TestMissed(t *testing.T) {
	c := newCoach(t, locale.EN)
	lib := library(t)
	tests := []struct {
		name   string
		caseID string
		change func(a *practice.Attempt)
		want   practice.Miss
	}{
		{"perfect: nothing", "bakery-deck-oven", func(a *practice.Attempt) {}, practice.Miss{}},
		{"only the decision wrong: the expert's decision", "growth-track-starter", func(a *practice.Attempt) {
			a.Predicted.Decision = coach.Go
		}, practice.Miss{Kind: practice.MissDecision, Decision: coach.SayNo}},
		{"the decision one step off (20 lost) beats the client's side wrong (10 lost)", "solar-pushy-close", func(a *practice.Attempt) {
			a.Predicted = practice.Verdict{Quadrant: coach.WinWin, Decision: coach.Go}
		}, practice.Miss{Kind: practice.MissDecision, Decision: coach.GoAfterFixes}},
		{"only the client's side wrong", "solar-pushy-close", func(a *practice.Attempt) {
			a.Predicted.Quadrant = coach.WinWin
		}, practice.Miss{Kind: practice.MissClient, Side: "lose"}},
		{"only the seller's side wrong", "it-support-renewal", func(a *practice.Attempt) {
			a.Predicted.Quadrant = coach.WinWin
		}, practice.Miss{Kind: practice.MissSeller, Side: "lose"}},
		{"margin facts wrong, verdict right: the pillar", "bakery-deck-oven", func(a *practice.Attempt) {
			a.Answers["seller.price"] = a.Answers["offer.cost"]
			a.Answers["seller.walk_away"] = a.Answers["offer.cost"]
		}, practice.Miss{Kind: practice.MissPillar, Pillar: playbook.Margin}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := getCase(t, lib, tt.caseID)
			at := perfect(t, c, cs)
			tt.change(&at)
			r, err := practice.Score(c, cs, at)
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Missed)
		})
	}
}

func TestTrains(t *testing.T) {
	cs := &cases.Case{Pillar: playbook.Margin, Verdict: cases.Verdict{Quadrant: "lose-win", Decision: "renegotiate"}}
	tests := []struct {
		miss practice.Miss
		want bool
	}{
		{practice.Miss{}, true},
		{practice.Miss{Kind: practice.MissDecision, Decision: coach.Renegotiate}, true},
		{practice.Miss{Kind: practice.MissDecision, Decision: coach.Go}, false},
		{practice.Miss{Kind: practice.MissSeller, Side: "lose"}, true},
		{practice.Miss{Kind: practice.MissSeller, Side: "win"}, false},
		{practice.Miss{Kind: practice.MissClient, Side: "win"}, true},
		{practice.Miss{Kind: practice.MissClient, Side: "lose"}, false},
		{practice.Miss{Kind: practice.MissPillar, Pillar: playbook.Margin}, true},
		{practice.Miss{Kind: practice.MissPillar, Pillar: playbook.Readiness}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, practice.Trains(cs, tt.miss), "%+v", tt.miss)
	}
}

// Every key fact of a case is in Taught with its note, right or wrong.
func TestTaught(t *testing.T) {
	c := newCoach(t, locale.EN)
	cs := getCase(t, library(t), "it-support-renewal")
	r, err := practice.Score(c, cs, perfect(t, c, cs))
	require.NoError(t, err)
	require.Len(t, r.Taught, len(cs.Notes))
	for _, tg := range r.Taught {
		assert.Equal(t, practice.Full, tg.Credit, tg.Question)
		assert.NotEmpty(t, tg.Note, tg.Question)
	}
	assert.Empty(t, r.Diffs)
}
