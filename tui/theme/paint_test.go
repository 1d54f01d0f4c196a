package theme

import (
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
)

// Painting with the precomputed sequences gives exactly what lipgloss
// renders, in every profile, for a line of text.
func TestPaintEqualsLipgloss(t *testing.T) {
	for _, profile := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		r := lipgloss.NewRenderer(os.Stdout)
		r.SetColorProfile(profile)
		r.SetHasDarkBackground(true)
		th := New(r, false)
		for _, p := range []Paint{th.Title, th.Win, th.Lose, th.Muted, th.Key} {
			for _, text := range []string{"win-win", "Bakkerij Jansen — Growth", ""} {
				assert.Equal(t, p.Style().Render(text), p.Render(text), "profile %v text %q", profile, text)
			}
		}
	}
}

func TestNoColorIsPlain(t *testing.T) {
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.TrueColor)
	th := New(r, true)
	assert.Equal(t, "plain", th.Win.Render("plain"))
}

// Several lines are painted one by one; unlike lipgloss, the short ones
// are not padded to the longest, which the panes do themselves.
func TestPaintLines(t *testing.T) {
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.TrueColor)
	th := New(r, false)
	one := th.Win.Render("x")
	pre, post, _ := strings.Cut(one, "x")
	assert.Equal(t, pre+"two"+post+"\n"+pre+"lines"+post, th.Win.Render("two\nlines"))
}
