package field

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
)

// scale is a 1..5 rating drawn as a row of five boxes, with "unknown"
// through alt+u.
type scale struct {
	base
	cursor int // 1..5
	saved  int // 0 when none
}

func newScale(c common.Common, q *playbook.Question) *scale {
	return &scale{base: base{c: c, q: q}, cursor: 3}
}

func (f *scale) Set(a coach.Answer, ok bool) {
	f.unknown = ok && a.Unknown
	f.saved = 0
	if v, isNum := a.Value.(float64); ok && isNum && v >= 1 && v <= 5 {
		f.saved, f.cursor = int(v), int(v)
	}
}

func (f *scale) Focus() tea.Cmd { return nil }
func (f *scale) Blur()          {}
func (f *scale) Typing() bool   { return false }

func (f *scale) pick(n int) tea.Cmd {
	f.cursor, f.saved, f.unknown = n, n, false
	return submit(f.q.ID, coach.Amount(float64(n)))
}

func (f *scale) Update(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	switch {
	case keys.Matches(msg, k.Left):
		f.cursor = max(1, f.cursor-1)
	case keys.Matches(msg, k.Right):
		f.cursor = min(5, f.cursor+1)
	case keys.Matches(msg, k.Answer):
		return f.pick(f.cursor)
	case keys.Matches(msg, k.Unknown):
		f.saved, f.unknown = 0, true
		return submit(f.q.ID, coach.UnknownAnswer())
	case keys.Matches(msg, k.Pick):
		if n, _ := strconv.Atoi(msg.String()); n >= 1 && n <= 5 {
			return f.pick(n)
		}
	}
	return nil
}

func (f *scale) View() string {
	th := f.c.Theme
	var row strings.Builder
	for n := 1; n <= 5; n++ {
		s := " " + strconv.Itoa(n) + " "
		switch {
		case n == f.cursor:
			row.WriteString(th.Selected.Render("[" + strconv.Itoa(n) + "]"))
		case n == f.saved:
			row.WriteString(th.Win.Render(s))
		default:
			row.WriteString(th.Faint.Render(s))
		}
		row.WriteByte(' ')
	}
	lines := []string{row.String()}
	if o, ok := f.q.Option(strconv.Itoa(f.cursor)); ok {
		lines = append(lines, th.Muted.Render(f.label(*o)))
	}
	if f.unknown {
		lines = append(lines, th.Muted.Render(f.c.T("field.marked_unknown")))
	} else if f.saved > 0 {
		lines = append(lines, th.Win.Render("✓ "+strconv.Itoa(f.saved)))
	}
	return strings.Join(lines, "\n")
}

func (f *scale) Bindings() []key.Binding {
	k := f.c.Keys
	return []key.Binding{k.Left, k.Right, k.PickUpTo(5), k.Answer, k.Unknown}
}
