package coach_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach"
)

// An open side has no score: "both sides clear the bar" must not be said
// (it quoted the open side as 0), only that the side is still open.
func TestAllClearOnlyWhenBothSidesWin(t *testing.T) {
	c := newCoach(t)
	clientOnly := coach.Answers{}
	for id, v := range base() {
		if id[:7] == "client." || id[:6] == "offer." || id[:11] == "disclosure." {
			clientOnly[id] = v
		}
	}
	a := c.Assess(clientOnly)
	assert.Equal(t, coach.WinWin, a.Quadrant)
	assert.Equal(t, coach.Open, a.Outcome.Seller)
	for _, r := range a.Reasons {
		assert.NotContains(t, r.Text, "Both sides clear the bar")
	}
	assert.Contains(t, reasonTexts(a), "Your side is still open: answer the margin questions.")

	full := c.Assess(base())
	assert.Contains(t, reasonTexts(full), "Both sides clear the bar: client 96, you 90 (bar 60).")
}

func reasonTexts(a *coach.Assessment) []string {
	out := make([]string, len(a.Reasons))
	for i, r := range a.Reasons {
		out[i] = r.Text
	}
	return out
}
