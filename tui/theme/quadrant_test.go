package theme

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach"
)

func TestQuadrantPaint(t *testing.T) {
	th := New(lipgloss.DefaultRenderer(), false)
	for q, want := range map[coach.Quadrant]Paint{
		coach.WinWin: th.Win, coach.WinLose: th.Warn, coach.LoseWin: th.Warn, coach.LoseLose: th.Lose,
	} {
		assert.Equal(t, want, th.Quadrant(q), q)
	}
}
