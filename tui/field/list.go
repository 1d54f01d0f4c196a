package field

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
)

// maxItems matches what a deal file may hold in one list.
const maxItems = 100

// list edits an ordered list of short texts (pros, cons, benefits). It
// has two modes: typing in the input line (enter adds an item, enter on
// an empty line answers), and moving over the rows (up from the input):
// e edits, d deletes, K/J move an item, esc or down past the end returns
// to the input. It can also be a tick list: suggested items (the offer's
// benefits for the pros, its drawbacks for the cons) shown first with a
// box to tick, then the user's own items; the answer is the ticked
// suggestions and the own items.
type list struct {
	base
	suggested []string // offered to tick, in order
	ticked    []bool   // one per suggestion
	items     []string // the user's own items
	in        textinput.Model
	onItems   bool // moving over the rows rather than typing
	cursor    int  // row under the cursor when onItems: suggestions first
	editing   int  // own item being edited, or -1 when adding
	touched   bool // changed since the last answer
}

func newList(c common.Common, q *playbook.Question) *list {
	f := &list{base: base{c: c, q: q}, in: newInput(c), editing: -1}
	f.in.Placeholder = c.T("field.list_placeholder")
	return f
}

// Suggester is a list field that can offer items to tick.
type Suggester interface {
	// SetSuggestions offers items to tick; the answer's items that match
	// one (case and spaces aside) show ticked rather than as own items.
	SetSuggestions(items []string)
}

// SetSuggestions offers items to tick, keeping what is ticked and typed.
func (f *list) SetSuggestions(items []string) {
	var clean []string
	seen := map[string]bool{}
	for _, s := range items {
		s = strings.TrimSpace(safetext.Line(s))
		if s != "" && !seen[normal(s)] {
			clean = append(clean, s)
			seen[normal(s)] = true
		}
	}
	if equalStrings(clean, f.suggested) {
		return
	}
	values := f.values()
	f.suggested, f.ticked = clean, make([]bool, len(clean))
	f.split(values)
	f.cursor = min(f.cursor, max(0, f.rows()-1))
	if f.onItems && f.rows() == 0 {
		f.onItems = false
	}
}

// split sorts values into ticked suggestions and own items.
func (f *list) split(values []string) {
	f.items = f.items[:0]
	for i := range f.ticked {
		f.ticked[i] = false
	}
	for _, v := range values {
		i := f.suggestion(v)
		if i >= 0 && !f.ticked[i] {
			f.ticked[i] = true
			continue
		}
		f.items = append(f.items, v)
	}
}

// suggestion is the index of the suggestion v matches, -1 when none.
func (f *list) suggestion(v string) int {
	for i, s := range f.suggested {
		if normal(s) == normal(v) {
			return i
		}
	}
	return -1
}

// values is the answer: the ticked suggestions, then the own items.
func (f *list) values() []string {
	out := []string{}
	for i, s := range f.suggested {
		if f.ticked[i] {
			out = append(out, s)
		}
	}
	return append(out, f.items...)
}

func (f *list) rows() int { return len(f.suggested) + len(f.items) }

// own is the own item under the cursor, -1 on a suggestion.
func (f *list) own() int {
	if !f.onItems || f.cursor < len(f.suggested) {
		return -1
	}
	return f.cursor - len(f.suggested)
}

func (f *list) Set(a coach.Answer, ok bool) {
	f.unknown = ok && a.Unknown
	v, _ := a.Value.([]string)
	f.items = nil
	f.split(append([]string(nil), v...))
	f.cursor, f.editing, f.onItems, f.touched = 0, -1, false, false
	f.in.SetValue("")
}

func (f *list) SetWidth(w int) {
	f.base.SetWidth(w)
	f.in.Width = max(8, w-4)
}

// Focus opens on the rows when there is something to tick and nothing
// typed yet: ticking is the first thing to do.
func (f *list) Focus() tea.Cmd {
	if !f.onItems && len(f.suggested) > 0 && len(f.items) == 0 && f.in.Value() == "" {
		f.onItems, f.cursor = true, 0
	}
	if f.onItems {
		return nil
	}
	return f.in.Focus()
}

func (f *list) Blur() {
	f.in.Blur()
	if f.editing >= 0 {
		f.editing = -1
		f.in.SetValue("")
	}
}
func (f *list) Typing() bool { return !f.onItems && f.in.Focused() }

// ClaimsBack reports that esc is the list's own now: on the rows it goes
// back to the input, while editing an item it cancels the edit.
func (f *list) ClaimsBack() bool { return f.onItems || f.editing >= 0 }

func (f *list) answer() tea.Cmd {
	f.unknown, f.touched = false, false
	return submit(f.q.ID, coach.Items(f.values()...))
}

func (f *list) Update(msg tea.KeyMsg) tea.Cmd {
	if keys.Matches(msg, f.c.Keys.Unknown) {
		f.items, f.unknown, f.onItems, f.editing = nil, true, false, -1
		for i := range f.ticked {
			f.ticked[i] = false
		}
		f.in.SetValue("")
		return tea.Batch(f.in.Focus(), submit(f.q.ID, coach.UnknownAnswer()))
	}
	if f.onItems {
		return f.updateItems(msg)
	}
	return f.updateInput(msg)
}

func (f *list) updateInput(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	switch {
	case keys.Matches(msg, k.Answer):
		return f.enter()
	case keys.Matches(msg, f.toItemsKey()):
		f.onItems, f.cursor = true, f.rows()-1
		f.in.Blur()
		return nil
	case keys.Matches(msg, k.Back) && f.editing >= 0:
		// Cancel the edit: the item is unchanged, the cursor back on it.
		f.cursor = len(f.suggested) + f.editing
		f.editing, f.onItems = -1, true
		f.in.SetValue("")
		f.in.Blur()
		return nil
	}
	var cmd tea.Cmd
	f.in, cmd = f.in.Update(msg)
	return cmd
}

// enter handles enter in the input: add, change or answer.
func (f *list) enter() tea.Cmd {
	v := strings.TrimSpace(safetext.Line(f.in.Value()))
	f.in.SetValue("")
	switch {
	case v == "" && f.editing < 0:
		return f.answer()
	case v == "" && f.editing >= 0:
		// Emptying an item while editing it deletes it.
		f.items = append(f.items[:f.editing], f.items[f.editing+1:]...)
		f.editing = -1
	case f.editing >= 0:
		f.items[f.editing] = v
		f.editing = -1
	case isUnknownText(v) && f.rows() == 0:
		f.unknown = true
		return submit(f.q.ID, coach.UnknownAnswer())
	case f.suggestion(v) >= 0:
		// Typing a suggestion ticks it rather than listing it twice.
		f.ticked[f.suggestion(v)] = true
	case len(f.items) < maxItems:
		f.items = append(f.items, v)
	}
	f.touched = true
	return nil
}

func (f *list) updateItems(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	own := f.own()
	switch {
	case keys.Matches(msg, f.moveKey(k.MoveUp, own > 0)):
		if own > 0 {
			f.items[own], f.items[own-1] = f.items[own-1], f.items[own]
			f.cursor--
			f.touched = true
		}
	case keys.Matches(msg, f.moveKey(k.MoveDown, own >= 0 && own < len(f.items)-1)):
		if own >= 0 && own < len(f.items)-1 {
			f.items[own], f.items[own+1] = f.items[own+1], f.items[own]
			f.cursor++
			f.touched = true
		}
	case keys.Matches(msg, keys.Enable(k.Up, f.cursor > 0)):
		f.cursor = max(0, f.cursor-1)
	case keys.Matches(msg, k.Down):
		if f.cursor++; f.cursor >= f.rows() {
			return f.toInput()
		}
	case keys.Matches(msg, k.Toggle) && own < 0:
		f.ticked[f.cursor] = !f.ticked[f.cursor]
		f.touched = true
	case keys.Matches(msg, k.Answer) && own < 0:
		return f.answer()
	case keys.Matches(msg, k.Delete) && own >= 0:
		f.items = append(f.items[:own], f.items[own+1:]...)
		f.touched = true
		if f.rows() == 0 {
			return f.toInput()
		}
		f.cursor = min(f.cursor, f.rows()-1)
	case keys.Matches(msg, f.editKey()) && own >= 0:
		// The item stays in the list while it is edited, so leaving the
		// question mid-edit loses nothing.
		f.editing = own
		f.in.SetValue(f.items[own])
		f.in.CursorEnd()
		return f.toInput()
	case keys.Matches(msg, k.Back):
		return f.toInput()
	}
	return nil
}

func (f *list) toInput() tea.Cmd {
	f.onItems = false
	return f.in.Focus()
}

// toItemsKey is ↑ from the input to the rows: only the arrow (k types a
// letter there) and only when there are rows and no item is being edited.
func (f *list) toItemsKey() key.Binding {
	b := f.c.Keys.Up
	b.SetKeys("up")
	b.SetHelp("↑", f.c.T("keys.to_items"))
	return keys.Enable(b, !f.onItems && f.rows() > 0 && f.editing < 0)
}

func (f *list) Bindings() []key.Binding {
	k := f.c.Keys
	on := f.onItems
	own := f.own() >= 0
	ownOnly := func(b key.Binding) key.Binding { return keys.Enable(b, on && own) }
	tick := keys.Enable(k.Toggle, on && !own)
	answer := keys.Enable(k.Answer, on && !own)
	back := k.Back
	back.SetHelp("esc", f.c.T("keys.to_input"))
	if !on {
		back.SetHelp("esc", f.c.T("keys.cancel_edit"))
	}
	o := f.own()
	return []key.Binding{
		f.toItemsKey(), keys.Enable(k.Up, on && f.cursor > 0), keys.Enable(k.Down, on),
		tick, answer,
		ownOnly(f.editKey()), ownOnly(k.Delete), f.moveKey(k.MoveUp, o > 0), f.moveKey(k.MoveDown, o >= 0 && o < len(f.items)-1),
		keys.Enable(k.Done, !on), keys.Enable(back, f.ClaimsBack()), k.Unknown,
	}
}

// editKey is e (or enter) on an own item: edit it in the input.
func (f *list) editKey() key.Binding {
	b := f.c.Keys.Edit
	b.SetKeys("e", "enter")
	b.SetHelp("e/enter", b.Help().Desc)
	return b
}

// moveKey is K or J on an own item that can move that way.
func (f *list) moveKey(b key.Binding, can bool) key.Binding {
	return keys.Enable(b, f.onItems && f.own() >= 0 && can)
}

// normal is the form two items are compared in (the coach's too).
func normal(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
