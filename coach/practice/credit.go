package practice

import (
	"math"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// Credit for one answer, from 0 to 1. Coaching tools lose trust with
// all-or-nothing zeros, so an answer close to the case's fact earns half:
//
//   - choice: the same option 1; the next option up or down the list 0.5
//     (the playbook lists options in order: clear, partial, unclear); for
//     an unordered question (the strategic reason) any other real reason
//     is near;
//   - multi (the offer's stages): the overlap, |both| / |either|;
//   - money and counts: within 0.5% 1, within 10% 0.5;
//   - lists (pros, cons, benefits): what the coach reads is whether there
//     are none, one or more, so the same of those three 1; one against
//     more 0.5; none against some 0;
//   - yes/no: exact; scale: the same 1, one step off 0.5;
//   - unknown: 1 when the case is unknown too, else 0; unanswered 0.
const (
	Full = 1.0
	Near = 0.5
)

// Tolerances for amounts, relative to the case's amount.
const (
	exactTolerance = 0.005
	nearTolerance  = 0.10
)

// credit scores the trainee's answer to q against the case's. Both are
// known to be present in the case; got may be missing (ok false).
func credit(q *playbook.Question, got coach.Answer, ok bool, want coach.Answer) float64 {
	switch {
	case want.Unknown:
		if ok && got.Unknown {
			return Full
		}
		return 0
	case !ok || got.Unknown || !coach.Fits(q, got):
		return 0
	}
	switch q.Kind {
	case playbook.Choice:
		g, _ := got.Value.(string)
		w, _ := want.Value.(string)
		return choiceCredit(q, g, w)
	case playbook.Multi:
		g, _ := got.Value.([]string)
		w, _ := want.Value.([]string)
		return overlap(g, w)
	case playbook.Money, playbook.Number:
		g, _ := got.Value.(float64)
		w, _ := want.Value.(float64)
		return amountCredit(g, w)
	case playbook.Scale:
		g, _ := got.Value.(float64)
		w, _ := want.Value.(float64)
		return stepCredit(int(math.Abs(g - w)))
	case playbook.List:
		g, _ := got.Value.([]string)
		w, _ := want.Value.([]string)
		return listCredit(len(g), len(w))
	case playbook.YesNo:
		if got.Value == want.Value {
			return Full
		}
		return 0
	}
	return Full
}

func stepCredit(steps int) float64 {
	switch steps {
	case 0:
		return Full
	case 1:
		return Near
	}
	return 0
}

func choiceCredit(q *playbook.Question, got, want string) float64 {
	if got == want {
		return Full
	}
	if groups := unordered(q.ID); groups != nil {
		for _, g := range groups {
			if contains(g, got) && contains(g, want) {
				return Near
			}
		}
		return 0
	}
	gi, wi := optionIndex(q, got), optionIndex(q, want)
	if gi < 0 || wi < 0 {
		return 0
	}
	return stepCredit(abs(gi - wi))
}

// unordered names the choice questions whose options are not a scale,
// with the groups of options that are near one another. The strategic
// reasons are alike in what they do to the verdict; "none" is not.
func unordered(id string) [][]string {
	if id == "seller.strategic_reason" {
		return [][]string{{"reference", "door-opener", "new-market", "other"}}
	}
	return nil
}

func optionIndex(q *playbook.Question, v string) int {
	for i, o := range q.Options {
		if o.Value == v {
			return i
		}
	}
	return -1
}

func overlap(got, want []string) float64 {
	if len(got) == 0 && len(want) == 0 {
		return Full
	}
	both, either := 0, map[string]bool{}
	for _, w := range want {
		either[w] = true
		if contains(got, w) {
			both++
		}
	}
	for _, g := range got {
		either[g] = true
	}
	return float64(both) / float64(len(either))
}

func amountCredit(got, want float64) float64 {
	diff := math.Abs(got - want)
	base := math.Max(math.Abs(want), 1)
	switch {
	case want == 0 || got == 0:
		// Zero is "not set" for an optional amount: a different fact,
		// not a nearby number.
		if got == want {
			return Full
		}
		return 0
	case diff <= base*exactTolerance:
		return Full
	case diff <= base*nearTolerance:
		return Near
	}
	return 0
}

func listCredit(got, want int) float64 {
	switch {
	case min(got, 2) == min(want, 2):
		return Full
	case got == 0 || want == 0:
		return 0
	}
	return Near
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
