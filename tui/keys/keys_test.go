package keys

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/content/locale"
)

func TestMatchesHonoursEnabled(t *testing.T) {
	k := New(locale.MustLoad(locale.EN))
	down := tea.KeyMsg{Type: tea.KeyDown}
	assert.True(t, Matches(down, k.Down))
	assert.True(t, Matches(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}, k.Down))
	assert.False(t, Matches(down, Enable(k.Down, false)), "a disabled key does nothing, as help does not show it")
	assert.False(t, Matches(down, k.Up))
}

func TestPickUpTo(t *testing.T) {
	k := New(locale.MustLoad(locale.NL))
	b := k.PickUpTo(5)
	assert.Equal(t, "1-5", b.Help().Key)
	assert.Equal(t, "kiezen", b.Help().Desc)
	assert.True(t, Matches(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("5")}, b))
	assert.False(t, Matches(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("6")}, b))
	assert.Equal(t, "1-9", k.PickUpTo(40).Help().Key)
	assert.Equal(t, "1-1", k.PickUpTo(0).Help().Key)
}

// Every binding has help text in both languages (no "!keys." gaps).
func TestEveryBindingHasHelp(t *testing.T) {
	for _, lang := range locale.Langs() {
		k := New(locale.MustLoad(lang))
		for _, b := range []struct{ name, desc string }{
			{"quit", k.Quit.Help().Desc}, {"unknown", k.Unknown.Help().Desc}, {"coach", k.ToggleCoach.Help().Desc},
			{"move_up", k.MoveUp.Help().Desc}, {"export", k.Export.Help().Desc}, {"discard", k.Discard.Help().Desc},
		} {
			assert.NotContains(t, b.desc, "!", "%s %s", lang, b.name)
			assert.NotEmpty(t, b.desc)
		}
	}
}
