// Package common holds the value every TUI component is handed: the
// terminal size, the theme, the key map, the catalog and the coach. It is
// soft-serve's pattern: one value passed down instead of globals.
package common

import (
	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/theme"
)

// Common is shared by every component of one program. It is copied by
// value into components; the pointers in it are read-only after start.
type Common struct {
	Width, Height int
	Theme         *theme.Theme
	// Keys is shared, not copied: every component holds a Common, and
	// bubbletea copies models on every message, so a KeyMap by value
	// (two kilobytes) made each keystroke copy and allocate it dozens of
	// times. Bindings taken from it are values; changing one (SetEnabled,
	// SetHelp) changes the copy only.
	Keys     *keys.KeyMap
	Cat      *locale.Catalog
	Coach    *coach.Coach
	Playbook *playbook.Playbook
}

// New assembles a Common for one program (one terminal, one session).
func New(th *theme.Theme, cat *locale.Catalog, c *coach.Coach) Common {
	km := keys.New(cat)
	return Common{Theme: th, Keys: &km, Cat: cat, Coach: c, Playbook: c.Playbook()}
}

// T translates key with args in the session's language.
func (c Common) T(key string, args ...any) string { return c.Cat.T(key, args...) }

// Lang is the session's language.
func (c Common) Lang() locale.Lang { return c.Cat.Lang() }
