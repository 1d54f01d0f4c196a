package coach_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

func TestEmptyInterviewIsProvisionalAndOpen(t *testing.T) {
	a := newCoach(t).Assess(coach.Answers{})
	assert.True(t, a.Provisional)
	assert.Equal(t, coach.Open, a.Outcome.Client)
	assert.Equal(t, coach.Open, a.Outcome.Seller)
	assert.False(t, a.Scores.Readiness.Known)
	assert.Empty(t, a.Flags)
	assert.Equal(t, 19, a.Scored) // the strategic value does not apply
	assert.Equal(t, 19, a.Unknown)
	assert.Equal(t, coach.FindOutFirst, a.Decision, "nothing answered is never a go")
	assert.NotEmpty(t, a.FindOut)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"readiness":null`)
	assert.Contains(t, string(b), `"flags":[]`)
}

func TestPartialInterview(t *testing.T) {
	c := newCoach(t)
	ans := coach.Answers{}
	for id, v := range base() {
		if id[:6] == "offer." || id[:7] == "client." {
			ans[id] = v
		}
	}
	a := c.Assess(ans)
	assert.Equal(t, coach.Open, a.Outcome.Client, "disclosure is still unanswered")
	assert.Equal(t, coach.Open, a.Outcome.Seller)
	assert.True(t, a.Scores.Readiness.Known)
	assert.False(t, a.Scores.Margin.Known)

	// A knockout decides a side even before the rest is answered.
	ans["client.stage"] = coach.Text("starter")
	a = c.Assess(ans)
	assert.Equal(t, coach.Lose, a.Outcome.Client)
	assert.Equal(t, coach.SayNo, a.Decision)
}

func TestProvisionalThreshold(t *testing.T) {
	c := newCoach(t)
	// None of these is decisive, so only the count makes it provisional.
	scored := []string{"client.benefits_usable", "client.better_alternative", "client.capacity", "seller.group_effect", "disclosure.terms_explained", "disclosure.pressure"}
	ans := base()
	for _, id := range scored[:5] {
		ans[id] = coach.UnknownAnswer()
	}
	a := c.Assess(ans)
	assert.Equal(t, 5, a.Unknown)
	assert.False(t, a.Provisional, "5 of 19 is not more than a third")
	assert.Equal(t, coach.Go, a.Decision)
	ans[scored[5]] = coach.UnknownAnswer()
	a = c.Assess(ans)
	require.Equal(t, 6, a.Unknown)
	assert.False(t, a.Provisional, "6 of 19 is not more than a third")
	for _, id := range []string{"client.value", "client.decider"} {
		ans[id] = coach.UnknownAnswer()
		scored = append(scored, id)
	}
	a = c.Assess(ans)
	assert.True(t, a.Provisional, "8 of 19 is more than a third")
	assert.Equal(t, coach.FindOutFirst, a.Decision, "a provisional verdict is never a go")
	var ids []string
	for _, f := range a.FindOut {
		ids = append(ids, f.Question)
	}
	assert.ElementsMatch(t, scored, ids)
}

func TestUnknownLeavesScoreAlone(t *testing.T) {
	c := newCoach(t)
	full := c.Assess(base())
	a := c.Assess(with(base(), "client.capacity", coach.UnknownAnswer()))
	assert.True(t, a.Scores.Readiness.Known)
	assert.NotEqual(t, full.Scores.Readiness.Value, a.Scores.Readiness.Value)
	assert.Equal(t, 1, a.Unknown)
}

func TestMarginAndWalkAway(t *testing.T) {
	c := newCoach(t)
	a := c.Assess(base())
	require.NotNil(t, a.Margin)
	assert.InDelta(t, 2000, a.Margin.Amount, 0.001)
	assert.InDelta(t, 33.33, a.Margin.Percent, 0.01)
	assert.True(t, a.WalkAway.Set)
	assert.Equal(t, "Your lowest price: €4,800.", a.WalkAway.Line)

	a = c.Assess(with(base(), "seller.walk_away", 0))
	assert.False(t, a.WalkAway.Set)
	assert.True(t, a.WalkAway.Known)
	assert.Contains(t, flagIDs(a), "no_walk_away")

	a = c.Assess(with(base(), "seller.walk_away", nil))
	assert.False(t, a.WalkAway.Known)
	assert.NotContains(t, flagIDs(a), "no_walk_away", "an unanswered question raises nothing")
}

func TestDrawbacksLeftOutBecomeTalkingPoints(t *testing.T) {
	c := newCoach(t)
	a := c.Assess(with(base(),
		"offer.drawbacks", []string{"Takes 4 hours a month ", "no results in weeks"},
		"disclosure.cons", []string{"takes 4 hours a month"}))
	assert.Contains(t, flagIDs(a), "drawbacks_left_out")
	require.Len(t, a.Talk.Cons, 2)
	assert.Equal(t, coach.Con{Text: "no results in weeks", FromOffer: true}, a.Talk.Cons[1])
}

func TestWrongTypesCountAsUnanswered(t *testing.T) {
	c := newCoach(t)
	ans := with(base(),
		"client.stage", coach.Amount(3),
		"seller.price", coach.Text("lots"),
		"client.need", coach.Text("no such choice"),
		"disclosure.cons", coach.Answer{Value: 42},
		"offer.cost", coach.Amount(-5),
	)
	a := c.Assess(ans)
	assert.Equal(t, 5, a.Unknown) // stage, price, need, cons, cost (a gate)
	assert.Nil(t, a.Margin)
}

func TestTips(t *testing.T) {
	c := newCoach(t)
	assert.Contains(t, c.Tip(with(base(), "client.stage", "starter"), "client.stage"), "not yet")
	assert.Contains(t, c.Tip(with(base(), "client.employees", 500), "client.employees"), "Larger than")
	assert.Contains(t, c.Tip(with(base(), "seller.price", 3000), "seller.price"), "Below your cost price")
	assert.Contains(t, c.Tip(with(base(), "client.need", coach.UnknownAnswer()), "client.need"), "Ask")
	assert.Equal(t, "", c.Tip(base(), "no.such.question"))
	assert.Equal(t, "", c.Tip(coach.Answers{}, "client.employees"))
}

// The same answers give the same assessment, also from many goroutines
// sharing one coach (the SSH server does that).
func TestDeterministicAndConcurrent(t *testing.T) {
	c := newCoach(t)
	deals := randomDeals(c, 200, 3)
	want := make([]string, len(deals))
	for i, d := range deals {
		b, err := json.Marshal(c.Assess(d))
		require.NoError(t, err)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, d := range deals {
				b, _ := json.Marshal(c.Assess(d))
				if string(b) != want[i] {
					errs <- want[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	assert.Empty(t, errs)
}

// A decisive question left open keeps its side open and the verdict
// provisional, however good the rest looks.
func TestDecisiveQuestionsKeepASideOpen(t *testing.T) {
	c := newCoach(t)
	tests := []struct {
		name   string
		change []any
		side   func(*coach.Assessment) coach.Outcome
	}{
		{"price unanswered", []any{"seller.price", nil}, func(a *coach.Assessment) coach.Outcome { return a.Outcome.Seller }},
		{"cost unknown, so the price cannot be scored", []any{"offer.cost", coach.UnknownAnswer()}, func(a *coach.Assessment) coach.Outcome { return a.Outcome.Seller }},
		{"stage unknown", []any{"client.stage", coach.UnknownAnswer()}, func(a *coach.Assessment) coach.Outcome { return a.Outcome.Client }},
		{"cons unanswered", []any{"disclosure.cons", nil}, func(a *coach.Assessment) coach.Outcome { return a.Outcome.Client }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := c.Assess(with(base(), tt.change...))
			assert.Equal(t, coach.Open, tt.side(a))
			assert.True(t, a.Provisional)
		})
	}
	// A knockout still decides the side.
	a := c.Assess(with(base(), "client.need", coach.UnknownAnswer(), "client.better_alternative", "exists"))
	assert.Equal(t, coach.Lose, a.Outcome.Client)
}

// An assessment written as JSON reads back with the same scores, unknown
// ones included (the journal stores assessments as JSON).
func TestScoresRoundTripThroughJSON(t *testing.T) {
	c := newCoach(t)
	for _, ans := range []coach.Answers{base(), {}} {
		a := c.Assess(ans)
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var back coach.Assessment
		require.NoError(t, json.Unmarshal(b, &back))
		for _, pair := range [][2]coach.Score{
			{a.Scores.Readiness, back.Scores.Readiness}, {a.Scores.Margin, back.Scores.Margin}, {a.Scores.Client, back.Scores.Client},
		} {
			assert.Equal(t, pair[0].Known, pair[1].Known)
			assert.Equal(t, pair[0].Int(), pair[1].Int())
		}
		assert.Equal(t, a.Quadrant, back.Quadrant)
		assert.Equal(t, a.Decision, back.Decision)
	}
}
