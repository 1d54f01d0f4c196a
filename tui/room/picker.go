package room

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// Picker is the trainer's list of cases; enter opens a room for the one
// under the cursor.
type Picker struct {
	c             common.Common
	conn          *Conn
	next          bool // the room's next case (the trainer's screen runs it)
	cursor, first int
	width, height int
}

// OpenPicker shows the case list to a trainer, for nav.OpenMsg.
func OpenPicker(conn *Conn) func(common.Common) (nav.Screen, tea.Cmd) {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		return Picker{c: c, conn: conn}, nil
	}
}

// pickerChrome is the lines above the list: blank, title, hint, blank.
const pickerChrome = 4

// Update moves the cursor and opens a room.
func (p Picker) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	k, n := p.c.Keys, len(p.conn.h.lib.Cases)
	switch {
	case keys.Matches(km, k.Back):
		return p, func() tea.Msg { return nav.HomeMsg{} }
	case n == 0:
	case keys.Matches(km, k.Up):
		p.cursor = (p.cursor + n - 1) % n
	case keys.Matches(km, k.Down):
		p.cursor = (p.cursor + 1) % n
	case keys.Matches(km, k.Open):
		id := p.conn.h.lib.Cases[p.cursor].ID
		return p, func() tea.Msg { return nav.OpenMsg{New: OpenTrainer(p.conn, id)} }
	}
	p.first = layout.Window(p.first, p.cursor, p.rows(), n)
	return p, nil
}

// Chosen is the id of the case under the cursor ("" for none).
func (p Picker) Chosen() string {
	all := p.conn.h.lib.Cases
	if p.cursor < 0 || p.cursor >= len(all) {
		return ""
	}
	return all[p.cursor].ID
}

func (p Picker) rows() int { return max(1, (p.height-pickerChrome)/2) }

// View lists the cases, two lines each: the title, then the pillar and
// the expert verdict (the trainer may know it).
func (p Picker) View() string {
	th := p.c.Theme
	w := max(20, p.width-4)
	title, hint := p.c.T("room.pick.title"), p.c.T("room.pick.hint")
	if p.next {
		title, hint = p.c.T("room.pick.next_title"), p.c.T("room.pick.next_hint")
	}
	lines := []string{"", "  " + th.Title.Render(title), "  " + th.Muted.Render(ansi.Truncate(hint, w, "…")), ""}
	all := p.conn.h.lib.Cases
	for i := p.first; i < len(all) && i < p.first+p.rows(); i++ {
		cs := all[i]
		mark, style := "    ", th.Text
		if i == p.cursor {
			mark, style = "  "+th.Cursor.Render("❯ "), th.Selected
		}
		lines = append(lines, mark+style.Render(ansi.Truncate(cs.Title.In(p.c.Lang()), w-2, "…")))
		detail := p.c.T("pillar."+string(cs.Pillar)) + " · " + p.c.T("room.expert") + " " + verdictText(p.c.T, practice.Expert(cs))
		lines = append(lines, "    "+th.Muted.Render(ansi.Truncate(detail, w-2, "…")))
	}
	return strings.Join(layout.Lines(lines, max(1, p.height)), "\n")
}

// SetSize gives the screen its space.
func (p Picker) SetSize(w, h int) nav.Screen {
	p.width, p.height = w, h
	p.first = layout.Window(p.first, p.cursor, p.rows(), len(p.conn.h.lib.Cases))
	return p
}

// Typing is false: no text input here.
func (p Picker) Typing() bool { return false }

// ShortHelp is the picker's keys.
func (p Picker) ShortHelp() []key.Binding {
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, relabel(k.Open, p.c.T("room.keys.open_room")), relabel(k.Back, p.c.T("room.keys.home"))}
}

// FullHelp is the same keys in one column.
func (p Picker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
