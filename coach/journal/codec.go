package journal

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/winwincoach/winwin/coach"
)

// Answers are stored as JSON of our own small shape rather than as the
// deal-file YAML of dealfile.Marshal, because:
//   - it needs no playbook: dealfile.Marshal drops answers that do not fit
//     the playbook at hand, so a draft made with a custom playbook, or an
//     older version of the default one, would lose answers on the way in;
//     the journal keeps exactly what was given, and history and export can
//     stream sessions without loading a playbook;
//   - it is exact: every coach.Answer reads back equal (reflect.DeepEqual),
//     including "unknown", an optional amount left unset (Amount(0)), an
//     empty list versus no list, and a free text that says "unknown";
//   - one answer is one small value, so SaveAnswer writes one row.
//
// The deal file is still what export and import speak: dealfile.Marshal of
// the decoded answers.
//
// One answer is {"t": type, "v": value}, with "u": true when unknown:
//
//	{"u":true}                 unknown
//	{"t":"s","v":"growing"}    string (choice, text)
//	{"t":"n","v":6500}         float64 (money, number, scale)
//	{"t":"b","v":true}         bool (yes/no)
//	{"t":"l","v":["a","b"]}    []string (list, multi); "v":null for a nil list
//	{}                         no value (an Answer's zero value)
type storedAnswer struct {
	Unknown bool            `json:"u,omitempty"`
	Type    string          `json:"t,omitempty"`
	Value   json.RawMessage `json:"v,omitempty"`
}

// encodeAnswer is the stored form of a, or ErrInvalid for a value the
// coach does not define (an int, a NaN).
func encodeAnswer(a coach.Answer) (storedAnswer, error) {
	s := storedAnswer{Unknown: a.Unknown}
	var v any
	switch x := a.Value.(type) {
	case nil:
		return s, nil
	case string:
		s.Type, v = "s", x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return s, fmt.Errorf("%w: amount %v", ErrInvalid, x)
		}
		s.Type, v = "n", x
	case bool:
		s.Type, v = "b", x
	case []string:
		if x == nil {
			s.Type, s.Value = "l", json.RawMessage("null")
			return s, nil
		}
		s.Type, v = "l", x
	default:
		return s, fmt.Errorf("%w: answer of type %T", ErrInvalid, a.Value)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return s, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	s.Value = raw
	return s, nil
}

// decode is the coach.Answer of a stored answer.
func (s storedAnswer) decode() (coach.Answer, error) {
	a := coach.Answer{Unknown: s.Unknown}
	var err error
	switch s.Type {
	case "":
		return a, nil
	case "s":
		var v string
		err = json.Unmarshal(s.Value, &v)
		a.Value = v
	case "n":
		var v float64
		err = json.Unmarshal(s.Value, &v)
		a.Value = v
	case "b":
		var v bool
		err = json.Unmarshal(s.Value, &v)
		a.Value = v
	case "l":
		var v []string
		err = json.Unmarshal(s.Value, &v)
		a.Value = v
	default:
		err = fmt.Errorf("unknown answer type %q", s.Type)
	}
	return a, err
}

// marshalAnswer is the JSON of one answer, as draft_answers stores it.
func marshalAnswer(a coach.Answer) (string, error) {
	s, err := encodeAnswer(a)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(s)
	return string(b), err
}

// unmarshalAnswer reads one answer written by marshalAnswer.
func unmarshalAnswer(data string) (coach.Answer, error) {
	var s storedAnswer
	if err := json.Unmarshal([]byte(data), &s); err != nil {
		return coach.Answer{}, err
	}
	return s.decode()
}

// marshalAnswers is the JSON object of all answers, keys sorted.
func marshalAnswers(ans coach.Answers) (string, error) {
	m := make(map[string]storedAnswer, len(ans))
	for id, a := range ans {
		s, err := encodeAnswer(a)
		if err != nil {
			return "", fmt.Errorf("answer %s: %w", id, err)
		}
		m[id] = s
	}
	b, err := json.Marshal(m)
	return string(b), err
}

// unmarshalAnswers reads answers written by marshalAnswers.
func unmarshalAnswers(data string) (coach.Answers, error) {
	var m map[string]storedAnswer
	if err := json.Unmarshal([]byte(data), &m); err != nil {
		return nil, err
	}
	ans := make(coach.Answers, len(m))
	for id, s := range m {
		a, err := s.decode()
		if err != nil {
			return nil, fmt.Errorf("answer %s: %w", id, err)
		}
		ans[id] = a
	}
	return ans, nil
}
