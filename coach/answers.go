// Package coach turns a playbook and a deal's answers into an assessment:
// pillar scores, each side's outcome, the quadrant, the decision, flags
// with the answers that caused them, talking points and what to find out.
//
// The coach is pure and deterministic: it reads no files, draws nothing
// and keeps no state between calls, so the TUI, `winwin assess`, the SSH
// server and the tests all get the same assessment from the same answers.
package coach

import (
	"slices"

	"github.com/winwincoach/winwin/content/playbook"
)

// Answer is the answer to one question: a value, or "unknown".
//
// Value holds a string for choice and text questions, []string for multi
// and list questions, float64 for money, number and scale questions and
// bool for yes/no questions.
type Answer struct {
	Unknown bool
	Value   any
}

// Answers maps question ids to answers. A question without an entry has
// not been answered (yet).
type Answers map[string]Answer

// UnknownAnswer is the answer "I don't know (yet)".
func UnknownAnswer() Answer { return Answer{Unknown: true} }

// Text answers a choice or text question.
func Text(s string) Answer { return Answer{Value: s} }

// Amount answers a money, number or scale question.
func Amount(v float64) Answer { return Answer{Value: v} }

// Items answers a multi or list question.
func Items(items ...string) Answer {
	if items == nil {
		items = []string{}
	}
	return Answer{Value: items}
}

// YesNo answers a yes/no question.
func YesNo(b bool) Answer { return Answer{Value: b} }

// Clone returns a copy that shares no slices with a.
func (a Answers) Clone() Answers {
	out := make(Answers, len(a))
	for k, v := range a {
		if l, ok := v.Value.([]string); ok {
			v.Value = slices.Clone(l)
		}
		out[k] = v
	}
	return out
}

// Str returns the string answer of id, if one is given.
func (a Answers) Str(id string) (string, bool) {
	s, ok := a[id].Value.(string)
	return s, ok && !a[id].Unknown
}

// Num returns the number answer of id, if one is given.
func (a Answers) Num(id string) (float64, bool) {
	v, ok := a[id].Value.(float64)
	return v, ok && !a[id].Unknown
}

// List returns the list answer of id, if one is given.
func (a Answers) List(id string) ([]string, bool) {
	v, ok := a[id].Value.([]string)
	return v, ok && !a[id].Unknown
}

// Fits reports whether ans is a well-typed answer to q: "unknown", or a
// value of q's kind (and one of its options, for choices). The coach
// treats answers that do not fit as unanswered, so a bad caller can never
// make it panic or score nonsense.
func Fits(q *playbook.Question, ans Answer) bool {
	if ans.Unknown {
		return true
	}
	switch q.Kind {
	case playbook.Choice:
		s, ok := ans.Value.(string)
		if !ok {
			return false
		}
		_, ok = q.Option(s)
		return ok
	case playbook.Multi:
		l, ok := ans.Value.([]string)
		if !ok {
			return false
		}
		for _, s := range l {
			if _, ok := q.Option(s); !ok {
				return false
			}
		}
		return true
	case playbook.YesNo:
		_, ok := ans.Value.(bool)
		return ok
	case playbook.Money, playbook.Number:
		v, ok := ans.Value.(float64)
		return ok && v >= 0 && v == v
	case playbook.Scale:
		v, ok := ans.Value.(float64)
		return ok && v >= 1 && v <= 5 && v == float64(int(v))
	case playbook.List:
		_, ok := ans.Value.([]string)
		return ok
	case playbook.Free:
		_, ok := ans.Value.(string)
		return ok
	}
	return false
}
