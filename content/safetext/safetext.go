// Package safetext cleans text that comes from outside winwin (deal files,
// custom playbooks, notes, names typed over SSH) before it is drawn, so no
// input can move the cursor, change colours or retitle a terminal.
package safetext

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Line cleans s for one line of output: escape sequences are removed, and
// every other control character (including tabs and newlines) becomes a
// space.
func Line(s string) string {
	return clean(s, false)
}

// Block cleans s like Line but keeps newlines, for multi-line notes.
func Block(s string) string {
	return clean(s, true)
}

func clean(s string, keepNewlines bool) string {
	if isPlain(s) {
		return s
	}
	s = ansi.Strip(s)
	// ansi.Strip leaves C0 controls such as \r and \b, and C1 controls
	// (U+0080..U+009F) can also start sequences on some terminals.
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' && keepNewlines:
			return r
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r == unicode.ReplacementChar:
			return r
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return -1
		case unicode.Is(unicode.Bidi_Control, r):
			return -1
		}
		return r
	}, s)
}

// isPlain is the fast path: printable ASCII needs no work.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}
