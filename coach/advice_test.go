package coach_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// contradiction is advice a known answer makes wrong: the seller would
// read it and know it does not apply to this deal.
type contradiction struct {
	action string
	why    string
	holds  func(ans coach.Answers, a *coach.Assessment) bool
}

func str(ans coach.Answers, id string) string { s, _ := ans.Str(id); return s }

// contradictions are written from the seller's side of the table, apart
// from the playbook's own "unless" conditions, so the test can catch
// advice the playbook forgot to guard.
var contradictions = []contradiction{
	{"explain_terms", "the terms are explained", func(ans coach.Answers, _ *coach.Assessment) bool {
		return str(ans, "disclosure.terms_explained") == "yes"
	}},
	{"set_walk_away", "a walk-away is set", func(ans coach.Answers, _ *coach.Assessment) bool {
		v, ok := ans.Num("seller.walk_away")
		return ok && v > 0
	}},
	{"drop_pressure", "no pressure is planned", func(ans coach.Answers, _ *coach.Assessment) bool {
		return str(ans, "disclosure.pressure") == "none"
	}},
	{"honest_claims", "every claim is true", func(ans coach.Answers, _ *coach.Assessment) bool {
		return str(ans, "disclosure.claims_true") == "yes"
	}},
	{"decline.not-yet", "a protect no offers no later moment", func(_ coach.Answers, a *coach.Assessment) bool {
		return only(a.Declined(), playbook.Protect)
	}},
}

// selling is advice that sells the deal, which a "no" must not give.
var selling = []string{"trade_not_give", "two_sided", "say_back", "no_pros", "explain_pros_cons", "ask_decision", "reprice", "drop_pressure", "name_cons", "explain_terms", "honest_claims", "ask_first", "no_offer_yet"}

func only(kinds []playbook.Decline, k playbook.Decline) bool {
	return len(kinds) > 0 && !hasKind(kinds, playbook.NotYet) && hasKind(kinds, k)
}

func hasKind(s []playbook.Decline, x playbook.Decline) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// checkAdvice asserts what every verdict's advice must be: each id once,
// none contradicting a known answer, a "no" coached as a no, and no
// "later" on a no that protects the group.
func checkAdvice(t *testing.T, name string, ans coach.Answers, a *coach.Assessment) {
	t.Helper()
	seen := map[string]bool{}
	for _, x := range a.Actions {
		require.NotEmpty(t, x.ID, "%s: action without id: %q", name, x.Text)
		assert.False(t, seen[x.ID], "%s: %s listed twice", name, x.ID)
		seen[x.ID] = true
		for _, c := range contradictions {
			if c.action == x.ID && c.holds(ans, a) {
				t.Errorf("%s: %q although %s", name, x.Text, c.why)
			}
		}
		if a.Decision == coach.SayNo {
			assert.NotContains(t, selling, x.ID, "%s: a no that sells: %q", name, x.Text)
			assert.NotEqual(t, coach.ActionPoint, x.Kind, "%s: a talking point on a no: %q", name, x.Text)
		}
		if a.Lang == "en" && only(a.Declined(), playbook.Protect) {
			low := strings.ToLower(x.Text)
			assert.NotContains(t, low, "later moment", name)
			assert.NotContains(t, low, "check in again", name)
		}
		assert.NotContains(t, x.Text, "Add them", "%s: %q reads only after another line", name, x.Text)
	}
	if a.Decision == coach.SayNo {
		assert.NotEmpty(t, a.Say, "%s: a no without a sentence to say it", name)
	}
}

func TestAdviceOverCasesAndRandomDeals(t *testing.T) {
	lib, err := cases.Load()
	require.NoError(t, err)
	for _, lang := range locale.Langs() {
		pb, err := playbook.LoadDefault()
		require.NoError(t, err)
		c := coach.New(pb, locale.MustLoad(lang))
		for _, id := range lib.IDs() {
			cs, _ := lib.Case(id)
			ans, err := practice.Facts(c, cs)
			require.NoError(t, err)
			checkAdvice(t, string(lang)+"/"+id, ans, c.Assess(ans))
		}
		for i, ans := range randomDeals(c, 3000, 12) {
			checkAdvice(t, string(lang)+"/random", ans, c.Assess(ans))
			if t.Failed() {
				t.Fatalf("random deal %d: %v", i, ans)
			}
		}
	}
}

// The duplicates and contradictions of the issue, each reproduced.
func TestAdviceSaysEachThingOnce(t *testing.T) {
	c := newCoach(t)
	ids := func(a *coach.Assessment) []string {
		var out []string
		for _, x := range a.Actions {
			out = append(out, x.ID)
		}
		return out
	}

	// A deep discount: the fix and the talking point say the same.
	a := c.Assess(with(base(), "seller.price", 5000))
	assert.Contains(t, ids(a), "trade_not_give")
	checkAdvice(t, "discount", with(base(), "seller.price", 5000), a)

	// Say no to a client that is too big: no pros, no trading, a sentence
	// with the client's name.
	big := with(base(), "client.employees", 150, "seller.price", 5000)
	a = c.Assess(big)
	require.Equal(t, coach.SayNo, a.Decision)
	assert.Equal(t, "decline.not-ever", a.Actions[0].ID)
	require.Len(t, a.Say, 1)
	assert.Equal(t, "not-ever", a.Say[0].Kind)
	assert.Contains(t, a.Say[0].Text, "Example BV")
	checkAdvice(t, "too big", big, a)

	// Protecting the group: no later moment.
	harm := with(base(), "seller.group_effect", "harms", "client.need", "partial")
	a = c.Assess(harm)
	require.Equal(t, coach.SayNo, a.Decision)
	assert.Equal(t, []playbook.Decline{playbook.Protect}, a.Declined())
	checkAdvice(t, "protect", harm, a)

	// Renegotiate with a floor set: not "decide your walk-away".
	cheap := with(base(), "seller.price", 3000)
	a = c.Assess(cheap)
	require.Equal(t, coach.Renegotiate, a.Decision)
	assert.NotContains(t, ids(a), "set_walk_away")
	require.Len(t, a.Say, 1)
	assert.Contains(t, a.Say[0].Text, "€3,000")
	assert.Contains(t, a.Say[0].Text, "€4,800", "the floor above the price is named")
}
