package room

import (
	"crypto/rand"
	"crypto/subtle"
	"io"
	"strings"
)

// codeAlphabet has no letters that read alike (0/O, 1/I/L), so a code
// read off a projector is typed right the first time.
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// CodeLen is the length of a generated room code: 31^6, close to a
// billion codes, against a handful of guesses per connection and a rate
// limit per address.
const CodeLen = 6

// maxCodeLen bounds what a participant may type as a code.
const maxCodeLen = 32

// NewCode returns a fresh room code read from r (crypto/rand.Reader when
// r is nil).
func NewCode(r io.Reader) (string, error) { return newCodeOf(r, CodeLen) }

// newCodeOf is a fresh code of n characters of codeAlphabet.
func newCodeOf(r io.Reader, n int) (string, error) {
	if r == nil {
		r = rand.Reader
	}
	b := make([]byte, n)
	var out strings.Builder
	for out.Len() < n {
		if _, err := io.ReadFull(r, b); err != nil {
			return "", err
		}
		for _, c := range b {
			// Reject the top of the byte range so every letter is
			// equally likely (256 is not a multiple of 31).
			if int(c) >= 256/len(codeAlphabet)*len(codeAlphabet) || out.Len() == n {
				continue
			}
			out.WriteByte(codeAlphabet[int(c)%len(codeAlphabet)])
		}
	}
	return out.String(), nil
}

// NormalizeCode is a typed code as the server compares it: upper case,
// without spaces and dashes ("abc-123" and "ABC 123" are "ABC123").
// Anything longer than a code could be is cut, so comparing stays cheap.
func NormalizeCode(s string) string {
	if len(s) > maxCodeLen*4 {
		s = s[:maxCodeLen*4]
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == ' ' || r == '-' || r == '\t':
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
		if b.Len() >= maxCodeLen {
			break
		}
	}
	return b.String()
}

// SameCode compares two normalized codes in constant time, so the time
// of a refusal says nothing about how much of a guess was right.
func SameCode(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
