package coach_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// The decision table of the coach model (v2), rule by rule: say-no, then
// renegotiate, then go-after-fixes, then find-out-first, then go.
func TestDecisionTable(t *testing.T) {
	c := newCoach(t)
	tests := []struct {
		name     string
		changes  []any
		decision coach.Decision
		quadrant coach.Quadrant
		decline  playbook.Decline // the kind of no, on a say-no
		flag     string           // must be raised, when set
	}{
		{"clear win-win", nil, coach.Go, coach.WinWin, "", ""},

		// say-no: fit and readiness.
		{"starter, fit growing+established", []any{"client.stage", "starter"}, coach.SayNo, coach.WinLose, playbook.NotYet, "stage_too_early"},
		{"scaling, fit growing+established", []any{"client.stage", "scaling"}, coach.SayNo, coach.WinLose, playbook.NotEver, "stage_too_late"},
		{"established, fit with a gap", []any{"offer.fit.stages", []string{"growing", "scaling"}, "client.stage", "established"}, coach.SayNo, coach.WinLose, playbook.NotEver, "stage_outside_fit"},
		{"larger than the fit", []any{"client.employees", 150}, coach.SayNo, coach.WinLose, playbook.NotEver, "too_big"},
		{"smaller than the fit", []any{"offer.fit.employees.min", 10}, coach.SayNo, coach.WinLose, playbook.NotYet, "too_small"},
		{"few usable benefits", []any{"client.benefits_usable", "few"}, coach.SayNo, coach.WinLose, playbook.NotYet, "benefits_few"},
		{"no capacity to invest", []any{"client.capacity", "no"}, coach.SayNo, coach.WinLose, playbook.NotYet, "no_capacity"},
		{"a better alternative", []any{"client.better_alternative", "exists"}, coach.SayNo, coach.WinLose, playbook.Refer, "better_alternative"},
		{"readiness below the bar", []any{"client.need", "partial", "client.benefits_usable", "some", "client.capacity", "strained",
			"client.better_alternative", "unsure", "client.value", coach.UnknownAnswer(), "client.decider", coach.UnknownAnswer()}, coach.SayNo, coach.WinLose, playbook.NotYet, ""},
		{"harms the group", []any{"seller.group_effect", "harms"}, coach.SayNo, coach.LoseWin, playbook.Protect, "harms_group"},
		{"cannot deliver", []any{"seller.delivery_capacity", "no"}, coach.SayNo, coach.LoseWin, playbook.Protect, "cannot_deliver"},
		{"not ready and below cost: the client's no", []any{"client.stage", "starter", "seller.price", 3000}, coach.SayNo, coach.LoseLose, playbook.NotYet, "below_cost_no_reason"},

		// renegotiate: the seller loses on price.
		{"below cost, no reason", []any{"seller.price", 3000, "seller.walk_away", 2500}, coach.Renegotiate, coach.LoseWin, "", "below_cost_no_reason"},
		{"thin margin, no reason", []any{"seller.price", 4400, "seller.walk_away", 4400}, coach.Renegotiate, coach.LoseWin, "", "thin_margin"},
		{"below the walk-away", []any{"seller.price", 4700}, coach.Renegotiate, coach.LoseWin, "", "below_walk_away"},
		{"below cost and a con left out: a fixable loss never makes say-no", []any{"seller.price", 3000, "disclosure.cons", []string{}}, coach.Renegotiate, coach.LoseLose, "", "silent_cons"},

		// go-after-fixes: the client loses only on what the seller can fix.
		{"low knowledge, no cons", []any{"disclosure.cons", []string{}}, coach.GoAfterFixes, coach.WinLose, "", "silent_cons"},
		{"strong pressure", []any{"disclosure.pressure", "strong"}, coach.GoAfterFixes, coach.WinLose, "", "strong_pressure"},

		// find-out-first: nobody loses, but a side is open.
		{"need unclear", []any{"client.need", "unclear"}, coach.FindOutFirst, coach.WinWin, "", "need_unclear"},
		{"stage unknown", []any{"client.stage", coach.UnknownAnswer()}, coach.FindOutFirst, coach.WinWin, "", ""},
		{"price unanswered", []any{"seller.price", nil}, coach.FindOutFirst, coach.WinWin, "", ""},
		{"cost unknown", []any{"offer.cost", coach.UnknownAnswer()}, coach.FindOutFirst, coach.WinWin, "", ""},

		// Coach v2, stage 2: value for money, honesty, who decides.
		{"overcharging a client who knows little", []any{"seller.price", 8200}, coach.GoAfterFixes, coach.WinLose, "", "overcharge"},
		{"three times the list price, client knows little", []any{"seller.price", 19500}, coach.GoAfterFixes, coach.WinLose, "", "overcharge"},
		{"overcharging a client who knows some", []any{"seller.price", 8200, "disclosure.client_knowledge", "medium"}, coach.Go, coach.WinWin, "", "overcharge_warning"},
		{"worth less than the price", []any{"client.value", "less"}, coach.GoAfterFixes, coach.WinLose, "", "value_less"},
		{"a claim that is not true", []any{"disclosure.claims_true", "no"}, coach.GoAfterFixes, coach.WinLose, "", "claims_untrue"},
		{"claims mostly true", []any{"disclosure.claims_true", "mostly"}, coach.Go, coach.WinWin, "", "claims_mostly"},
		{"the one you meet does not decide", []any{"client.decider", "no"}, coach.Go, coach.WinWin, "", "decider_absent"},
		{"below cost and worth less: renegotiate, not say-no", []any{"seller.price", 3000, "seller.walk_away", 2500, "client.value", "less"}, coach.Renegotiate, coach.LoseLose, "", "value_less"},

		// The strategic value against the loss (cost − price).
		{"below cost for a friend, value unknown", []any{"seller.price", 3000, "seller.walk_away", 2500, "seller.strategic_reason", "other"}, coach.FindOutFirst, coach.WinWin, "", "below_cost_with_reason"},
		{"below cost for a friend, value less than the loss", []any{"seller.price", 3000, "seller.walk_away", 2500, "seller.strategic_reason", "other", "seller.strategic_value", 500}, coach.Renegotiate, coach.LoseWin, "", "strategic_value_short"},
		{"below cost for a reference, value at least the loss", []any{"seller.price", 3000, "seller.walk_away", 2500, "seller.strategic_reason", "reference", "seller.strategic_value", 1000}, coach.Go, coach.WinWin, "", "below_cost_with_reason"},
		{"a strategic value above cost means nothing", []any{"seller.strategic_value", 0}, coach.Go, coach.WinWin, "", ""},

		// Cons weighed by what the client knows; paraphrases cover.
		{"paraphrased con covers the drawback", []any{"offer.drawbacks", []string{"fixed one-year term"}, "disclosure.cons", []string{"one-year term"}}, coach.Go, coach.WinWin, "", ""},
		{"paraphrased con in Dutch", []any{"offer.drawbacks", []string{"vaste looptijd van een jaar", "het kost 4 uren per maand"}, "disclosure.cons", []string{"looptijd van een jaar", "kost 4 uur per maand"}}, coach.Go, coach.WinWin, "", ""},
		{"low knowledge, the lock-in left out, terms partly", []any{"offer.drawbacks", []string{"12-month lock-in", "setup fee"}, "disclosure.cons", []string{"setup fee"}, "disclosure.terms_explained", "partly"}, coach.GoAfterFixes, coach.WinLose, "", "drawbacks_left_out"},
		{"some knowledge, a drawback left out", []any{"offer.drawbacks", []string{"12-month lock-in"}, "disclosure.client_knowledge", "medium"}, coach.Go, coach.WinWin, "", "drawbacks_left_out_some"},
		{"expert client, a drawback left out", []any{"offer.drawbacks", []string{"12-month lock-in"}, "disclosure.client_knowledge", "high"}, coach.Go, coach.WinWin, "", "drawbacks_left_out_expert"},
		{"low knowledge, terms not explained", []any{"disclosure.terms_explained", "no"}, coach.GoAfterFixes, coach.WinLose, "", "terms_not_explained_low"},
		{"low knowledge, terms partly explained", []any{"disclosure.terms_explained", "partly"}, coach.Go, coach.WinWin, "", "terms_partly_low"},
		{"some knowledge, terms not explained", []any{"disclosure.terms_explained", "no", "disclosure.client_knowledge", "medium"}, coach.Go, coach.WinWin, "", "terms_not_explained"},

		// go, with notes.
		{"at the walk-away exactly", []any{"seller.walk_away", 6000}, coach.Go, coach.WinWin, "", "at_walk_away"},
		{"walk-away in the thin-margin zone", []any{"seller.walk_away", 4400}, coach.Go, coach.WinWin, "", "walk_away_thin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := c.Assess(with(base(), tt.changes...))
			assert.Equal(t, tt.decision, a.Decision, "flags: %v", flagIDs(a))
			assert.Equal(t, tt.quadrant, a.Quadrant, "flags: %v", flagIDs(a))
			if tt.flag != "" {
				assert.Contains(t, flagIDs(a), tt.flag)
			}
			if tt.decision == coach.SayNo {
				require.NotNil(t, a.Decline)
				assert.Equal(t, tt.decline, a.Decline.Kind)
				assert.NotEmpty(t, a.Decline.Text)
			} else {
				assert.Nil(t, a.Decline, "only a say-no carries a decline")
			}
			if tt.decision == coach.FindOutFirst {
				assert.NotEmpty(t, a.FindOut, "find out first names what to find out")
			}
		})
	}
}

// "Go on nothing" (issue 10): an empty interview, a deal with only the
// client's name, and a deal that is mostly unknown are never a go.
func TestNeverGoOnNothing(t *testing.T) {
	c := newCoach(t)
	mostlyUnknown := base()
	for _, q := range c.Playbook().Questions {
		if q.Scored() && q.ID != "seller.price" && q.ID != "offer.cost" {
			mostlyUnknown[q.ID] = coach.UnknownAnswer()
		}
	}
	for name, ans := range map[string]coach.Answers{
		"empty":          {},
		"only a name":    {"client.name": coach.Text("Example BV")},
		"mostly unknown": mostlyUnknown,
	} {
		t.Run(name, func(t *testing.T) {
			a := c.Assess(ans)
			assert.True(t, a.Provisional)
			assert.Equal(t, coach.FindOutFirst, a.Decision)
			assert.NotEmpty(t, a.Actions)
		})
	}
}

// The find-out list puts the decisive questions first, heavier before
// lighter, and names every scored question that is not known.
func TestFindOutMostDecisiveFirst(t *testing.T) {
	c := newCoach(t)
	a := c.Assess(coach.Answers{})
	require.Len(t, a.FindOut, a.Scored)
	var ids []string
	for _, f := range a.FindOut {
		ids = append(ids, f.Question)
		assert.NotEmpty(t, f.Text, f.Question)
	}
	assert.Equal(t, "seller.price", ids[0], "the heaviest decisive question first")
	// Decisive questions first: none after the first that is not.
	seenOther := false
	for i, id := range ids {
		q, ok := c.Playbook().Question(id)
		require.True(t, ok)
		if !q.Decisive {
			seenOther = true
		}
		assert.False(t, seenOther && q.Decisive, "%d %s comes after a question that is not decisive", i, id)
	}
	assert.NotContains(t, ids, "seller.strategic_value", "it applies only below cost for a strategic reason")
	// An unclear need is not known: it is asked.
	a = c.Assess(with(base(), "client.need", "unclear"))
	require.Len(t, a.FindOut, 1)
	assert.Equal(t, "client.need", a.FindOut[0].Question)
	assert.Equal(t, coach.Open, a.Outcome.Client)
}

// "Who decides" is a warning with an action, never a verdict.
func TestDeciderAbsentAsksToBringThemIn(t *testing.T) {
	a := newCoach(t).Assess(with(base(), "client.decider", "no"))
	assert.Equal(t, coach.Go, a.Decision)
	var texts []string
	for _, act := range a.Actions {
		texts = append(texts, act.Text)
	}
	assert.Contains(t, texts, "Bring the person who decides into the call, or plan a call with them before you make the offer.")
}

// The strategic value is on the find-out list only while it applies.
func TestStrategicValueAskedOnlyWhenItApplies(t *testing.T) {
	c := newCoach(t)
	ids := func(a *coach.Assessment) []string {
		var out []string
		for _, f := range a.FindOut {
			out = append(out, f.Question)
		}
		return out
	}
	a := c.Assess(with(base(), "seller.price", 3000, "seller.walk_away", 2500, "seller.strategic_reason", "door-opener"))
	assert.Equal(t, []string{"seller.strategic_value"}, ids(a))
	assert.Equal(t, coach.Open, a.Outcome.Seller, "the seller's side waits for the value")
	assert.Empty(t, ids(c.Assess(base())))
}
