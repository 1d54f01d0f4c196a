package tui_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
)

// What the coach pane shows must always equal what coach.Assess (and so
// `winwin assess`) says of the same answers: walk many random key
// sequences and compare after every key.
func TestPaneMatchesAssessOnRandomWalks(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	vocabulary := []string{
		"enter", "enter", "enter", "tab", "shift+tab", "up", "down", "down", "pgdown", "pgup",
		"1", "2", "3", "4", "5", "space", "alt+u", "text:6500", "text:12", "text:peer_group",
		"text:?", "backspace", "e", "d", "K", "J", "left", "right", "y", "n",
	}
	r := rand.New(rand.NewPCG(42, 42))
	for walk := 0; walk < 60; walk++ {
		var m tea.Model = newApp(c, tui.Options{Prep: true})
		m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 40})
		for step := 0; step < 80; step++ {
			k := vocabulary[r.IntN(len(vocabulary))]
			m = drive(m, keysOf(k)...)
			app, ok := m.(tui.Model)
			require.True(t, ok)
			iv := app.Interview()
			want := c.Coach.Assess(iv.Answers())
			got := iv.Assessment()
			require.Equal(t, want.Quadrant, got.Quadrant, "walk %d step %d", walk, step)
			require.Equal(t, want.Decision, got.Decision, "walk %d step %d", walk, step)
			require.Equal(t, want.Scores, got.Scores, "walk %d step %d", walk, step)
			if iv.OnVerdict() {
				continue
			}
			view := m.View()
			if want.Outcome.Client == "open" && want.Outcome.Seller == "open" {
				require.Contains(t, view, c.Cat.T("pane.no_verdict"))
				continue
			}
			line := c.Cat.T("quadrant."+string(want.Quadrant)) + " → " + c.Cat.T("decision."+string(want.Decision))
			require.True(t, strings.Contains(view, line), "walk %d step %d: pane lacks %q", walk, step, line)
		}
	}
}
