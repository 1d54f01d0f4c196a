package field

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/tui/theme"
)

// optionLine draws one row of a choice list: a cursor mark, the shortcut,
// the label and a tick when it is the saved answer.
func optionLine(th *theme.Theme, cursor, saved bool, shortcut, label string, width int) string {
	mark := "  "
	if cursor {
		mark = th.Cursor.Render("❯ ")
	}
	tick := ""
	if saved {
		tick = " " + th.Win.Render("✓")
	}
	label = ansi.Truncate(label, max(4, width-8), "…")
	style := th.Text
	if cursor {
		style = th.Selected
	}
	return mark + th.Faint.Render(shortcut+" ") + style.Render(label) + tick
}

// checkLine draws one row of a multi-choice list.
func checkLine(th *theme.Theme, cursor, checked bool, label string, width int) string {
	mark := "  "
	if cursor {
		mark = th.Cursor.Render("❯ ")
	}
	box := th.Faint.Render("[ ] ")
	if checked {
		box = th.Win.Render("[x] ")
	}
	label = ansi.Truncate(label, max(4, width-8), "…")
	style := th.Text
	if cursor {
		style = th.Selected
	}
	return mark + box + style.Render(label)
}
