package field

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// View draws the suggestions with their boxes, the own items, the input
// and one hint that says what enter does now.
func (f *list) View() string {
	th := f.c.Theme
	var b strings.Builder
	if len(f.suggested) > 0 {
		b.WriteString(th.Faint.Render(ansi.Truncate(f.c.T("field.list_suggested"), max(4, f.width), "…")) + "\n")
	}
	for i, s := range f.suggested {
		b.WriteString(checkLine(th, f.onItems && f.cursor == i, f.ticked[i], s, f.width) + "\n")
	}
	for i, it := range f.items {
		mark := "  "
		style := th.Text
		switch {
		case f.onItems && len(f.suggested)+i == f.cursor:
			mark, style = th.Cursor.Render("❯ "), th.Selected
		case i == f.editing:
			mark, style = th.Accent.Render("✎ "), th.Muted
		}
		b.WriteString(mark + th.Faint.Render("• ") + style.Render(ansi.Truncate(it, max(4, f.width-6), "…")) + "\n")
	}
	b.WriteString(f.in.View())
	hint := ""
	switch {
	case f.unknown:
		b.WriteString("\n" + th.Muted.Render(f.c.T("field.marked_unknown")))
		return b.String()
	case f.onItems && f.own() < 0:
		hint = f.c.T("field.list_tick_hint")
	case f.onItems:
		hint = f.c.T("field.list_items_hint")
	case f.editing >= 0:
		hint = f.c.T("field.list_editing_hint")
	case f.rows() == 0:
		hint = f.c.T("field.list_empty_hint")
	case f.touched:
		hint = f.c.T("field.list_unsaved_hint")
	default:
		hint = f.c.T("field.list_hint")
	}
	for _, l := range strings.Split(ansi.Wordwrap(hint, max(10, f.width), ""), "\n") {
		b.WriteString("\n" + th.Faint.Render(l))
	}
	return b.String()
}
