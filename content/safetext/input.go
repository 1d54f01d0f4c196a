package safetext

import (
	"bytes"
	"unicode/utf8"

	"github.com/winwincoach/winwin/content/locale"
)

// MaxInput is the largest deal file or playbook winwin reads (1 MiB).
const MaxInput = 1 << 20

// CheckInput refuses input that cannot be a deal file or playbook before
// any parser sees it: too large, empty, or binary (NUL bytes or invalid
// UTF-8). Checking first keeps garbage fast to reject and out of messages.
func CheckInput(data []byte) *locale.Message {
	var m locale.Message
	switch {
	case len(data) > MaxInput:
		m = locale.Msg("input.too_large", len(data)>>10, MaxInput>>10)
	case len(bytes.TrimSpace(data)) == 0:
		m = locale.Msg("input.empty")
	case bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data):
		m = locale.Msg("input.binary")
	default:
		return nil
	}
	return &m
}
