// Package keys defines every key binding of the TUI in one place, with
// its help text from the locale catalog. Screens match keys only through
// these bindings and switch them on and off with SetEnabled, so the help
// line always shows exactly the keys that work.
package keys

import (
	"strconv"

	"github.com/charmbracelet/bubbles/key"

	"github.com/winwincoach/winwin/content/locale"
)

// KeyMap is every binding. Screens copy it and enable what applies.
type KeyMap struct {
	// Global.
	ForceQuit key.Binding // ctrl+c: always quits, also inside text inputs
	Quit      key.Binding
	Help      key.Binding
	Back      key.Binding

	// Moving around lists, choices and the interview.
	Up, Down, Left, Right key.Binding
	Pick                  key.Binding // digits pick an option
	Answer                key.Binding
	Next, Prev            key.Binding
	NextSection           key.Binding
	PrevSection           key.Binding
	Unknown               key.Binding
	ToggleCoach           key.Binding

	// Choice, multi and yes/no fields.
	Toggle key.Binding
	Yes    key.Binding
	No     key.Binding

	// The list editor.
	Edit, Delete, MoveUp, MoveDown, Done key.Binding

	// Home and verdict.
	Open    key.Binding
	Export  key.Binding
	Discard key.Binding
	Filter  key.Binding

	// The journal: cycle its filters, compare and revise deals, jump.
	Quadrant, Decision key.Binding
	Compare, Revise    key.Binding
	Top, Bottom        key.Binding
	Undo               key.Binding
}

// New builds the key map with help texts in cat's language.
func New(cat *locale.Catalog) KeyMap {
	b := func(keys []string, label, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, cat.T("keys."+desc)))
	}
	return KeyMap{
		ForceQuit: b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Quit:      b([]string{"q"}, "q", "quit"),
		Help:      b([]string{"?"}, "?", "help"),
		Back:      b([]string{"esc"}, "esc", "back"),

		Up:          b([]string{"up", "k"}, "↑/k", "up"),
		Down:        b([]string{"down", "j"}, "↓/j", "down"),
		Left:        b([]string{"left", "h"}, "←/h", "left"),
		Right:       b([]string{"right", "l"}, "→/l", "right"),
		Pick:        b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "pick"),
		Answer:      b([]string{"enter"}, "enter", "answer"),
		Next:        b([]string{"tab"}, "tab", "next"),
		Prev:        b([]string{"shift+tab"}, "shift+tab", "prev"),
		NextSection: b([]string{"pgdown"}, "pgdn", "next_section"),
		PrevSection: b([]string{"pgup"}, "pgup", "prev_section"),
		Unknown:     b([]string{"alt+u"}, "alt+u", "unknown"),
		ToggleCoach: b([]string{"ctrl+t"}, "ctrl+t", "coach"),

		Toggle: b([]string{" ", "x"}, "space", "toggle"),
		Yes:    b([]string{"y"}, "y", "yes"),
		No:     b([]string{"n"}, "n", "no"),

		Edit:     b([]string{"e"}, "e", "edit"),
		Delete:   b([]string{"d", "delete"}, "d", "delete"),
		MoveUp:   b([]string{"shift+up", "K"}, "K", "move_up"),
		MoveDown: b([]string{"shift+down", "J"}, "J", "move_down"),
		Done:     b([]string{"enter"}, "enter", "done"),

		Open:    b([]string{"enter"}, "enter", "open"),
		Export:  b([]string{"e"}, "e", "export"),
		Discard: b([]string{"x"}, "x", "discard"),
		Filter:  b([]string{"/"}, "/", "filter"),

		Quadrant: b([]string{"w"}, "w", "quadrant"),
		Decision: b([]string{"d"}, "d", "decision"),
		Compare:  b([]string{"c"}, "c", "compare"),
		Revise:   b([]string{"r"}, "r", "revise"),
		Top:      b([]string{"home", "g"}, "g", "top"),
		Bottom:   b([]string{"end", "G"}, "G", "bottom"),
		Undo:     b([]string{"u"}, "u", "undo"),
	}
}

// Matches reports whether msg matches b and b is enabled. It is
// key.Matches, named here so screens read alike.
func Matches(msg interface{ String() string }, b key.Binding) bool {
	if !b.Enabled() {
		return false
	}
	for _, k := range b.Keys() {
		if msg.String() == k {
			return true
		}
	}
	return false
}

// PickUpTo returns the digit binding for a list of n rows, with help that
// says which digits work ("1-5").
func (k *KeyMap) PickUpTo(n int) key.Binding {
	n = min(max(n, 1), 9)
	b := k.Pick
	digits := make([]string, n)
	for i := range digits {
		digits[i] = strconv.Itoa(i + 1)
	}
	b.SetKeys(digits...)
	b.SetHelp("1-"+strconv.Itoa(n), b.Help().Desc)
	return b
}

// Enable returns b switched on or off; bindings are values, so this
// keeps call sites to one line.
func Enable(b key.Binding, on bool) key.Binding {
	b.SetEnabled(on)
	return b
}
