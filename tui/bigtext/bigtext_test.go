package bigtext

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRender(t *testing.T) {
	for _, s := range []string{"win-win", "GO", "Say no", "Heronderhandelen", "Doen na aanpassingen", "lose-lose", "AB2345", "K7M9", "0168"} {
		lines, ok := Render(s)
		require.True(t, ok, s)
		for _, l := range lines {
			assert.Equal(t, Width(s), lipgloss.Width(l), s)
		}
	}
	_, ok := Render("€5")
	assert.False(t, ok)
	assert.Equal(t, 0, Width(""))
}
