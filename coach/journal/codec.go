package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"

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
// An answer is stored as the plain JSON value when that says all:
//
//	"growing"     string (choice, text)
//	6500          float64 (money, number, scale)
//	true          bool (yes/no)
//	["a","b"]     []string (list, multi)
//
// and otherwise as an object of its type ("t") and value ("v"):
//
//	{"u":true}                 unknown
//	{"u":true,"t":"s","v":"x"} unknown, with a value kept beside it
//	{"t":"l","v":null}         a nil list (an empty list is [])
//	{}                         no value (an Answer's zero value)
//
// The object form can spell every answer ({"t":"s","v":"growing"} too),
// and the decoder reads both.
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
	b, err := encodeValue(a)
	return string(b), err
}

// encodeValue is the stored JSON of a: the plain value, or the object form
// when the plain value would not read back the same.
func encodeValue(a coach.Answer) (json.RawMessage, error) {
	s, err := encodeAnswer(a)
	if err != nil {
		return nil, err
	}
	if !s.Unknown && s.Type != "" && !(s.Type == "l" && string(s.Value) == "null") {
		return s.Value, nil
	}
	return json.Marshal(s)
}

// decodeValue reads a value written by encodeValue (or the object form).
func decodeValue(raw []byte) (coach.Answer, error) {
	if len(raw) == 0 {
		return coach.Answer{}, errors.New("empty answer")
	}
	switch c := raw[0]; {
	case c == '"':
		if s, ok := plainString(raw); ok {
			return coach.Text(s), nil
		}
		var s string
		err := json.Unmarshal(raw, &s)
		return coach.Text(s), err
	case string(raw) == "true" || string(raw) == "false":
		return coach.YesNo(raw[0] == 't'), nil
	case c == '-' || (c >= '0' && c <= '9'):
		v, err := strconv.ParseFloat(string(raw), 64)
		if err == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
			err = fmt.Errorf("amount %s", raw)
		}
		return coach.Amount(v), err
	case c == '[':
		r := jsonReader{b: raw}
		l, err := r.strList()
		if err == nil {
			err = r.end()
		}
		return coach.Answer{Value: l}, err
	case c == '{':
		var s storedAnswer
		if err := json.Unmarshal(raw, &s); err != nil {
			return coach.Answer{}, err
		}
		return s.decode()
	}
	return coach.Answer{}, fmt.Errorf("answer %.20q is not a stored answer", raw)
}

// unmarshalAnswer reads one answer written by marshalAnswer.
func unmarshalAnswer(data string) (coach.Answer, error) {
	return decodeValue([]byte(data))
}

// marshalAnswers is the JSON object of all answers, keys sorted.
func marshalAnswers(ans coach.Answers) (string, error) {
	m := make(map[string]json.RawMessage, len(ans))
	for id, a := range ans {
		v, err := encodeValue(a)
		if err != nil {
			return "", fmt.Errorf("answer %s: %w", id, err)
		}
		m[id] = v
	}
	b, err := json.Marshal(m)
	return string(b), err
}

// unmarshalAnswers reads answers written by marshalAnswers.
func unmarshalAnswers(data string) (coach.Answers, error) {
	r := jsonReader{b: []byte(data)}
	if err := r.expect('{'); err != nil {
		return nil, err
	}
	ans := make(coach.Answers, 32)
	if r.peek() == '}' {
		r.i++
		return ans, r.end()
	}
	for {
		id, err := r.str()
		if err != nil {
			return nil, err
		}
		if err := r.expect(':'); err != nil {
			return nil, err
		}
		raw, err := r.value()
		if err != nil {
			return nil, err
		}
		if ans[id], err = decodeValue(raw); err != nil {
			return nil, fmt.Errorf("answer %s: %w", id, err)
		}
		switch r.peek() {
		case ',':
			r.i++
		case '}':
			r.i++
			return ans, r.end()
		default:
			return nil, errSyntax
		}
	}
}
