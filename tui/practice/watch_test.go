package practice_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/practice"
)

// hosted is the practice screen as a host (the training room) holds it.
type hosted struct{ s nav.Screen }

func (h hosted) Init() tea.Cmd { return nil }

func (h hosted) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	s, cmd := h.s.Update(msg)
	return hosted{s}, cmd
}

func (h hosted) View() string { return h.s.View() }

// What a host reads of the answers: the offer the case prefilled counts
// only once the trainee changes it, so pressing through answers nothing.
func TestAnswered(t *testing.T) {
	c := screentest.Common(t, locale.EN, termenv.Ascii)
	m, _ := practice.Open(c, practice.Config{Library: library(t), Now: clock}, "bakery-deck-oven")
	var h tea.Model = hosted{m.SetSize(120, 40)}
	answered := func() [2]int {
		pm, ok := h.(hosted).s.(practice.Model)
		require.True(t, ok)
		n, total := pm.Answered()
		return [2]int{n, total}
	}
	tests := []struct {
		keys string
		want [2]int
	}{
		{"", [2]int{0, 28}},
		{"enter", [2]int{0, 20}},                   // the 8 offer answers are the case's
		{"enter enter", [2]int{0, 20}},             // kept as they were
		{"pgdown tab 3", [2]int{1, 20}},            // the client's stage
		{"pgup pgup text:_2 enter", [2]int{2, 21}}, // the offer's name changed
		{"pgdown pgdown pgdown pgdown", [2]int{2, 21}},
	}
	for _, tt := range tests {
		h = screentest.Drive(h, screentest.Keys(tt.keys)...)
		assert.Equal(t, tt.want, answered(), tt.keys)
	}
	assert.Equal(t, practice.PhasePredict, h.(hosted).s.(practice.Model).Phase())
}
