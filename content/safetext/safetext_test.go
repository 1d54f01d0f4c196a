package safetext_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/content/safetext"
)

func TestLine(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Example BV", "Example BV"},
		{"unicode kept", "Bakkerij Jansen — café ✓", "Bakkerij Jansen — café ✓"},
		{"colour", "\x1b[31mred\x1b[0m", "red"},
		{"title (OSC)", "\x1b]0;pwned\x07name", "name"},
		{"hyperlink (OSC 8)", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"cursor move", "a\x1b[2Jb\x1b[10;10Hc", "abc"},
		{"carriage return", "safe\rEVIL", "safe EVIL"},
		{"backspace", "ab\bc", "abc"},
		{"bell and NUL", "a\x07b\x00c", "abc"},
		{"tab and newline", "a\tb\nc", "a b c"},
		{"C1 CSI loses its control byte", "a\u009b31mb", "a31mb"},
		{"bidi override", "abc\u202edcba", "abcdcba"},
		{"line separator", "a\u2028b", "ab"},
		{"DEL", "a\x7fb", "ab"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := safetext.Line(tc.in)
			assert.Equal(t, tc.want, got)
			assert.NotContains(t, got, "\x1b")
			assert.Equal(t, got, safetext.Line(got), "cleaning twice changes nothing")
		})
	}
}

func TestBlock(t *testing.T) {
	assert.Equal(t, "line one\nline two", safetext.Block("line one\nline two"))
	assert.Equal(t, "a\nb c", safetext.Block("a\n\x1b[1mb\x1b[0m\tc"))
	assert.Equal(t, "a b", safetext.Block("a\rb"))
}

func TestCheckInput(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		key  string
	}{
		{"fine", []byte("client:\n  name: x\n"), ""},
		{"utf-8 fine", []byte("naam: café\n"), ""},
		{"exactly the limit", []byte(strings.Repeat("a", safetext.MaxInput)), ""},
		{"over the limit", []byte(strings.Repeat("a", safetext.MaxInput+1)), "input.too_large"},
		{"empty", nil, "input.empty"},
		{"whitespace only", []byte(" \n\t\r\n"), "input.empty"},
		{"NUL byte", []byte("a: b\x00"), "input.binary"},
		{"invalid utf-8", []byte("a: \xc3\x28"), "input.binary"},
		{"PNG header", []byte("\x89PNG\r\n\x1a\n"), "input.binary"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := safetext.CheckInput(tc.data)
			if tc.key == "" {
				assert.Nil(t, m)
				return
			}
			if assert.NotNil(t, m) {
				assert.Equal(t, tc.key, m.Key)
			}
		})
	}
}
