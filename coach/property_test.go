package coach_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// Properties of the coach model over random answer sets (some questions
// left out, some unknown, the rest random values of their kind).
func TestPropertiesOverRandomDeals(t *testing.T) {
	c := newCoach(t)
	pb := c.Playbook()
	decisions, strategic := map[coach.Decision]int{}, 0
	for i, ans := range randomDeals(c, 3000, 11) {
		a := c.Assess(ans)
		decisions[a.Decision]++
		// A side with a knockout never wins.
		for _, f := range a.Flags {
			if f.Severity != playbook.Knockout {
				continue
			}
			side := a.Outcome.Seller
			if f.Side == playbook.Client {
				side = a.Outcome.Client
			}
			require.Equal(t, coach.Lose, side, "deal %d: %s fired, yet its side is %s", i, f.ID, side)
		}
		// An open side is never go; a go has nothing open or provisional.
		if a.Outcome.Client == coach.Open || a.Outcome.Seller == coach.Open {
			require.NotEqual(t, coach.Go, a.Decision, "deal %d", i)
			require.True(t, a.Provisional, "deal %d", i)
		}
		if a.Decision == coach.Go {
			require.False(t, a.Provisional, "deal %d", i)
			require.Equal(t, coach.WinWin, a.Quadrant, "deal %d", i)
		}
		// Only a say-no carries a decline, and every say-no has one.
		require.Equal(t, a.Decision == coach.SayNo, a.Decline != nil, "deal %d", i)
		// A fixable loss alone is never a say-no: a say-no has a knockout
		// that asks for a no, or readiness below the bar.
		if a.Decision == coach.SayNo {
			hard := a.Scores.Readiness.Known && a.Scores.Readiness.Value < a.Bar
			for _, f := range a.Flags {
				if def := flagDef(pb, f.ID); f.Severity == playbook.Knockout && def != nil && def.Decline != "" {
					hard = true
				}
			}
			require.True(t, hard, "deal %d: say-no without a reason for a no: %v", i, flagIDs(a))
		}
		// find_out lists exactly the scored questions that apply and are
		// not known: unanswered, unknown, not a fitting answer, or an
		// answer that leaves the question open.
		want := map[string]bool{}
		for _, q := range pb.Questions {
			if q.Scored() && applies(q, ans) && !known(q, ans) {
				want[q.ID] = true
			}
		}
		got := map[string]bool{}
		for _, f := range a.FindOut {
			require.False(t, got[f.Question], "deal %d: %s twice", i, f.Question)
			require.NotEmpty(t, f.Text, "deal %d: %s", i, f.Question)
			got[f.Question] = true
		}
		require.Equal(t, want, got, "deal %d", i)
		require.Equal(t, len(want), a.Unknown, "deal %d", i)
		if q, _ := pb.Question("seller.strategic_value"); applies(q, ans) {
			strategic++
		}
	}
	// The walk reaches every decision and the conditional question, or
	// the properties above would be proved on too little.
	for _, d := range coach.Decisions() {
		require.Positive(t, decisions[d], "no random deal came out %s", d)
	}
	require.Positive(t, strategic)
}

// known mirrors the coach's notion of a known answer, from the outside.
func known(q *playbook.Question, ans coach.Answers) bool {
	x, ok := ans[q.ID]
	if !ok || x.Unknown || x.Value == nil || !coach.Fits(q, x) {
		return false
	}
	if s, isText := x.Value.(string); isText && q.Kind == playbook.Choice {
		if o, found := q.Option(s); found && o.Open {
			return false
		}
	}
	return true
}

// applies is the default playbook's one conditional question, written out:
// the strategic value counts only below cost for a strategic reason.
func applies(q *playbook.Question, ans coach.Answers) bool {
	if q.When == nil {
		return true
	}
	price, ok1 := ans.Num("seller.price")
	cost, ok2 := ans.Num("offer.cost")
	reason, ok3 := ans.Str("seller.strategic_reason")
	return q.ID == "seller.strategic_value" && ok1 && ok2 && ok3 && price >= 0 && cost >= 0 &&
		price < cost && reason != "none" && reasonFits(reason)
}

func reasonFits(r string) bool {
	switch r {
	case "reference", "door-opener", "new-market", "other":
		return true
	}
	return false
}

func flagDef(pb *playbook.Playbook, id string) *playbook.Flag {
	for _, f := range pb.Flags {
		if f.ID == id {
			return f
		}
	}
	return nil
}
