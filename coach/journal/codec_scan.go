package journal

import (
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// A small reader for the answers JSON. encoding/json decodes an object of
// 25 answers through reflection at ~30 µs; `winwin history` reads 100,000
// of them, so the common shapes (an object of strings, numbers, booleans
// and lists of strings) are read here directly, and anything unusual
// (escapes, the object form) goes to encoding/json.

var errSyntax = errors.New("answers: malformed JSON")

type jsonReader struct {
	b []byte
	i int
}

func (r *jsonReader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// peek is the next byte after white space, or 0 at the end.
func (r *jsonReader) peek() byte {
	r.space()
	if r.i >= len(r.b) {
		return 0
	}
	return r.b[r.i]
}

// expect consumes c after white space.
func (r *jsonReader) expect(c byte) error {
	if r.peek() != c {
		return errSyntax
	}
	r.i++
	return nil
}

// str reads a string literal.
func (r *jsonReader) str() (string, error) {
	raw, err := r.strRaw()
	if err != nil {
		return "", err
	}
	if s, ok := plainString(raw); ok {
		return s, nil
	}
	var s string
	err = json.Unmarshal(raw, &s)
	return s, err
}

// strRaw returns the bytes of the string literal at the reader, quotes
// included, and moves past it.
func (r *jsonReader) strRaw() ([]byte, error) {
	if r.peek() != '"' {
		return nil, errSyntax
	}
	start := r.i
	for r.i++; r.i < len(r.b); r.i++ {
		switch c := r.b[r.i]; {
		case c == '\\':
			r.i++
		case c == '"':
			r.i++
			return r.b[start:r.i], nil
		case c < 0x20:
			return nil, errSyntax
		}
	}
	return nil, errSyntax
}

// value returns the bytes of the value at the reader and moves past it.
// Nested arrays and objects are skipped by depth, minding strings.
func (r *jsonReader) value() ([]byte, error) {
	switch r.peek() {
	case 0:
		return nil, errSyntax
	case '"':
		return r.strRaw()
	case '[', '{':
		start, depth := r.i, 0
		for r.i < len(r.b) {
			switch r.b[r.i] {
			case '"':
				if _, err := r.strRaw(); err != nil {
					return nil, err
				}
				continue
			case '[', '{':
				depth++
			case ']', '}':
				depth--
			}
			r.i++
			if depth == 0 {
				return r.b[start:r.i], nil
			}
		}
		return nil, errSyntax
	}
	start := r.i
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return r.b[start:r.i], nil
		}
		r.i++
	}
	return r.b[start:r.i], nil
}

// strList reads an array of strings.
func (r *jsonReader) strList() ([]string, error) {
	if err := r.expect('['); err != nil {
		return nil, err
	}
	out := []string{}
	if r.peek() == ']' {
		r.i++
		return out, nil
	}
	for {
		s, err := r.str()
		if err != nil {
			return nil, err
		}
		out = append(out, s)
		switch r.peek() {
		case ',':
			r.i++
		case ']':
			r.i++
			return out, nil
		default:
			return nil, errSyntax
		}
	}
}

// end fails unless only white space is left.
func (r *jsonReader) end() error {
	if r.peek() != 0 {
		return errSyntax
	}
	return nil
}

// plainString is the string of a JSON string literal without escapes,
// the common case, read without the reflection of json.Unmarshal.
func plainString(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	for _, c := range body {
		if c == '\\' || c == '"' || c < 0x20 {
			return "", false
		}
	}
	return string(body), utf8.Valid(body)
}
