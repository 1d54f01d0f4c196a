package field

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

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
// an empty line answers), and moving over the items (up from the input):
// e edits, d deletes, K/J move an item, esc or down past the end returns
// to the input.
type list struct {
	base
	items   []string
	in      textinput.Model
	onItems bool // moving over the items rather than typing
	cursor  int  // item under the cursor when onItems
	editing int  // index being edited, or -1 when adding
	touched bool // changed since the last answer
}

func newList(c common.Common, q *playbook.Question) *list {
	f := &list{base: base{c: c, q: q}, in: newInput(c), editing: -1}
	f.in.Placeholder = c.T("field.list_placeholder")
	return f
}

func (f *list) Set(a coach.Answer, ok bool) {
	f.unknown = ok && a.Unknown
	v, _ := a.Value.([]string)
	f.items = append([]string(nil), v...)
	f.cursor, f.editing, f.onItems, f.touched = 0, -1, false, false
	f.in.SetValue("")
}

func (f *list) SetWidth(w int) {
	f.base.SetWidth(w)
	f.in.Width = max(8, w-4)
}

func (f *list) Focus() tea.Cmd {
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

func (f *list) answer() tea.Cmd {
	f.unknown, f.touched = false, false
	return submit(f.q.ID, coach.Items(append([]string(nil), f.items...)...))
}

func (f *list) Update(msg tea.KeyMsg) tea.Cmd {
	if keys.Matches(msg, f.c.Keys.Unknown) {
		f.items, f.unknown, f.onItems = nil, true, false
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
		case isUnknownText(v) && len(f.items) == 0:
			f.unknown = true
			return submit(f.q.ID, coach.UnknownAnswer())
		case len(f.items) < maxItems:
			f.items = append(f.items, v)
		}
		f.touched = true
		return nil
	case keys.Matches(msg, k.Up) && msg.String() == "up" && len(f.items) > 0 && f.editing < 0:
		f.onItems, f.cursor = true, len(f.items)-1
		f.in.Blur()
		return nil
	}
	var cmd tea.Cmd
	f.in, cmd = f.in.Update(msg)
	return cmd
}

func (f *list) updateItems(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	switch {
	case keys.Matches(msg, k.MoveUp):
		if f.cursor > 0 {
			f.items[f.cursor], f.items[f.cursor-1] = f.items[f.cursor-1], f.items[f.cursor]
			f.cursor--
			f.touched = true
		}
	case keys.Matches(msg, k.MoveDown):
		if f.cursor < len(f.items)-1 {
			f.items[f.cursor], f.items[f.cursor+1] = f.items[f.cursor+1], f.items[f.cursor]
			f.cursor++
			f.touched = true
		}
	case keys.Matches(msg, k.Up):
		f.cursor = max(0, f.cursor-1)
	case keys.Matches(msg, k.Down):
		if f.cursor++; f.cursor >= len(f.items) {
			return f.toInput()
		}
	case keys.Matches(msg, k.Delete):
		f.items = append(f.items[:f.cursor], f.items[f.cursor+1:]...)
		f.touched = true
		if len(f.items) == 0 {
			return f.toInput()
		}
		f.cursor = min(f.cursor, len(f.items)-1)
	case keys.Matches(msg, k.Edit), keys.Matches(msg, k.Answer):
		// The item stays in the list while it is edited, so leaving the
		// question mid-edit loses nothing.
		f.editing = f.cursor
		f.in.SetValue(f.items[f.cursor])
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

func (f *list) View() string {
	th := f.c.Theme
	var b strings.Builder
	for i, it := range f.items {
		mark := "  "
		style := th.Text
		switch {
		case f.onItems && i == f.cursor:
			mark, style = th.Cursor.Render("❯ "), th.Selected
		case i == f.editing:
			mark, style = th.Accent.Render("✎ "), th.Muted
		}
		b.WriteString(mark + th.Faint.Render("• ") + style.Render(ansi.Truncate(it, max(4, f.width-6), "…")) + "\n")
	}
	b.WriteString(f.in.View())
	switch {
	case f.unknown:
		b.WriteString("\n" + th.Muted.Render(f.c.T("field.marked_unknown")))
	case len(f.items) == 0:
		b.WriteString("\n" + th.Faint.Render(f.c.T("field.list_empty_hint")))
	case f.touched:
		b.WriteString("\n" + th.Faint.Render(f.c.T("field.list_unsaved_hint")))
	}
	return b.String()
}

func (f *list) Bindings() []key.Binding {
	k := f.c.Keys
	on := f.onItems
	return []key.Binding{
		keys.Enable(k.Up, true), keys.Enable(k.Down, on),
		keys.Enable(k.Edit, on), keys.Enable(k.Delete, on),
		keys.Enable(k.MoveUp, on), keys.Enable(k.MoveDown, on),
		keys.Enable(k.Done, !on), k.Unknown,
	}
}
