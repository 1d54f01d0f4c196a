package coach_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

// The knockout rules of DESIGN.md, first: clear cases must come out this
// way whatever the weights.
func TestKnockouts(t *testing.T) {
	c := newCoach(t)
	tests := []struct {
		name     string
		changes  []any
		quadrant coach.Quadrant
		decision coach.Decision
		flag     string // must be raised
		decline  bool   // the actions must say how to decline
	}{
		{"clear win-win", nil, coach.WinWin, coach.Go, "", false},
		{"below cost, no strategic reason", []any{"seller.price", 3000}, coach.LoseWin, coach.Renegotiate, "below_cost_no_reason", false},
		{"below cost with a strategic reason worth the loss", []any{"seller.price", 3500, "seller.strategic_reason", "reference", "seller.walk_away", 3000, "seller.strategic_value", 500}, coach.WinWin, coach.Go, "below_cost_with_reason", false},
		{"thin margin, no reason", []any{"seller.price", 4400}, coach.LoseWin, coach.Renegotiate, "thin_margin", false},
		{"client too early (starter)", []any{"client.stage", "starter"}, coach.WinLose, coach.SayNo, "stage_too_early", true},
		{"client past the fit (scaling)", []any{"client.stage", "scaling"}, coach.WinLose, coach.SayNo, "stage_too_late", true},
		{"client too big", []any{"client.employees", 150}, coach.WinLose, coach.SayNo, "too_big", true},
		{"client too small", []any{"offer.fit.employees.min", 10}, coach.WinLose, coach.SayNo, "too_small", true},
		{"better alternative exists", []any{"client.better_alternative", "exists"}, coach.WinLose, coach.SayNo, "better_alternative", true},
		{"low knowledge, no cons", []any{"disclosure.cons", []string{}}, coach.WinLose, coach.GoAfterFixes, "silent_cons", false},
		{"strong pressure", []any{"disclosure.pressure", "strong"}, coach.WinLose, coach.GoAfterFixes, "strong_pressure", false},
		{"harms the group", []any{"seller.group_effect", "harms"}, coach.LoseWin, coach.SayNo, "harms_group", true},
		{"cannot deliver", []any{"seller.delivery_capacity", "no"}, coach.LoseWin, coach.SayNo, "cannot_deliver", true},
		{"both lose", []any{"client.stage", "starter", "seller.price", 3000}, coach.LoseLose, coach.SayNo, "below_cost_no_reason", true},
		{"disclosure weak without a knockout", []any{
			"disclosure.client_knowledge", "medium", "disclosure.cons", []string{"takes time"},
			"disclosure.terms_explained", "no", "disclosure.pressure", "some", "disclosure.claims_true", "mostly",
		}, coach.WinLose, coach.GoAfterFixes, "terms_not_explained", false},
		{"readiness weak without a knockout", []any{
			"client.need", "partial", "client.benefits_usable", "some", "client.capacity", "strained",
			"client.better_alternative", "unsure", "client.value", coach.UnknownAnswer(), "client.decider", coach.UnknownAnswer(),
		}, coach.WinLose, coach.SayNo, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := c.Assess(with(base(), tt.changes...))
			assert.Equal(t, tt.quadrant, a.Quadrant, "flags: %v", flagIDs(a))
			assert.Equal(t, tt.decision, a.Decision, "flags: %v", flagIDs(a))
			assert.False(t, a.Provisional)
			if tt.flag != "" {
				assert.Contains(t, flagIDs(a), tt.flag)
			}
			hasDecline := false
			for _, act := range a.Actions {
				if act.Kind == coach.ActionDecline {
					hasDecline = true
					assert.NotEmpty(t, act.Because)
				}
			}
			assert.Equal(t, tt.decline, hasDecline)
		})
	}
}

// The knockouts hold for every combination of the other answers, not just
// around the base case: a deterministic walk over random deals.
func TestKnockoutsHoldWhateverTheRest(t *testing.T) {
	c := newCoach(t)
	for i, ans := range randomDeals(c, 2000, 7) {
		a := c.Assess(ans)
		ids := flagIDs(a)
		for _, f := range a.Flags {
			require.NotEmpty(t, f.Because, "deal %d flag %s", i, f.ID)
		}
		for _, ko := range []string{"below_cost_no_reason", "below_walk_away", "strategic_value_short", "thin_margin"} {
			if contains(ids, ko) {
				require.Equal(t, coach.Lose, a.Outcome.Seller, "deal %d", i)
				require.Contains(t, []coach.Decision{coach.Renegotiate, coach.SayNo}, a.Decision, "deal %d", i)
			}
		}
		if contains(ids, "below_cost_no_reason") {
			require.Equal(t, coach.Lose, a.Outcome.Seller, "deal %d", i)
			require.NotEqual(t, coach.Go, a.Decision, "deal %d", i)
		}
		for _, ko := range []string{"stage_too_early", "stage_too_late", "stage_outside_fit", "too_big", "too_small", "better_alternative", "benefits_few", "no_capacity", "harms_group", "cannot_deliver"} {
			if contains(ids, ko) {
				require.Equal(t, coach.SayNo, a.Decision, "deal %d raised %s: %v", i, ko, ids)
			}
		}
		for _, ko := range []string{"silent_cons", "strong_pressure", "claims_untrue", "value_less", "overcharge", "drawbacks_left_out", "terms_not_explained_low"} {
			if contains(ids, ko) {
				require.Contains(t, []coach.Decision{coach.GoAfterFixes, coach.Renegotiate, coach.SayNo}, a.Decision, "deal %d", i)
				require.Equal(t, coach.Lose, a.Outcome.Client)
			}
		}
		if contains(ids, "below_cost_with_reason") {
			require.NotContains(t, ids, "below_cost_no_reason")
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
