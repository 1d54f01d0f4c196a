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
	// Room and personal codes use every letter but I, L and O: no two
	// of their glyphs may look the same.
	seen := map[[3]string]rune{}
	for _, r := range "ABCDEFGHJKMNPQRSTUVWXYZ23456789" {
		g, ok := glyph(r)
		require.True(t, ok, string(r))
		if other, dup := seen[g]; dup {
			t.Errorf("%c and %c look the same", r, other)
		}
		seen[g] = r
	}
	_, ok := Render("€5")
	assert.False(t, ok)
	assert.Equal(t, 0, Width(""))
}
