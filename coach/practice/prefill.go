package practice

import (
	"reflect"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/cases"
)

// PrefillSection is the playbook section a case fills in for the trainee:
// the offer (its name, fit, cost, list price, benefits and drawbacks) is
// copied from the story, not judged, so practice spends no time on
// retyping it.
const PrefillSection = "offer"

// Prefill is the answers a case gives the trainee before the interview:
// every question of PrefillSection the case's facts answer, except those
// the case has a teaching note on (a note says the fact is one the case
// trains, like this year's cost against last year's, so the trainee
// reads it from the story). The trainee reviews them and can change them.
// A playbook without the section prefills nothing.
func Prefill(c *coach.Coach, cs *cases.Case) (coach.Answers, error) {
	facts, err := Facts(c, cs)
	if err != nil {
		return nil, err
	}
	out := coach.Answers{}
	for _, q := range c.Playbook().Questions {
		if q.Section != PrefillSection {
			continue
		}
		if _, taught := cs.Notes[q.ID]; taught {
			continue
		}
		if a, ok := facts[q.ID]; ok {
			out[q.ID] = a
		}
	}
	return out, nil
}

// unchanged reports whether the trainee's answer to id is still the one
// the case prefilled: such an answer was given, not earned, and is left
// out of the facts score.
func unchanged(prefilled, given coach.Answers, id string) bool {
	p, ok := prefilled[id]
	if !ok {
		return false
	}
	g, ok := given[id]
	return ok && p.Unknown == g.Unknown && reflect.DeepEqual(p.Value, g.Value)
}

// Kept is how many of the prefilled answers are still as the case filled
// them in, among given: answers the trainee did not give themselves.
func Kept(prefilled, given coach.Answers) int {
	n := 0
	for id := range prefilled {
		if unchanged(prefilled, given, id) {
			n++
		}
	}
	return n
}
