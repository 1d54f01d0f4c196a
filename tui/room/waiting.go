package room

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// OpenedMsg tells a waiting participant's screen that the room it waits
// for is open.
type OpenedMsg struct{}

// Waiting is the screen of a participant who logged in with the room's
// code before the trainer opened the room: it says so, and goes into
// the room as soon as it opens.
type Waiting struct {
	c             common.Common
	conn          *Conn
	code          string
	newFlow       NewFlow
	width, height int
}

// OpenWaiting waits for the room with code, for nav.OpenMsg; it joins at
// once when the room is open already.
func OpenWaiting(conn *Conn, code string, newFlow NewFlow) ScreenFunc {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		code = NormalizeCode(code)
		if conn.await(code) {
			return OpenParticipant(conn, code, newFlow)(c)
		}
		return Waiting{c: c, conn: conn, code: code, newFlow: newFlow}, nil
	}
}

// Update joins when the room opens; back goes home.
func (w Waiting) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case OpenedMsg:
		// The room's screen takes this one's place and size.
		s, cmd := OpenParticipant(w.conn, w.code, w.newFlow)(w.c)
		return s.SetSize(w.width, w.height), cmd
	case tea.KeyMsg:
		if keys.Matches(msg, w.c.Keys.Back) {
			conn := w.conn
			return w, func() tea.Msg {
				conn.await("")
				return nav.HomeMsg{}
			}
		}
	}
	return w, nil
}

// View says who it waits for.
func (w Waiting) View() string {
	th := w.c.Theme
	width := max(20, w.width-4)
	lines := []string{"", "  " + th.Title.Render(w.c.T("room.title")) + "  " + th.Accent.Render(w.code), "",
		"  " + th.Heading.Render(w.c.T("room.wait.title")), ""}
	lines = append(lines, page.Wrap(th.Muted, w.c.T("room.wait.body"), "  ", width)...)
	return strings.Join(layout.Lines(lines, max(1, w.height)), "\n")
}

// SetSize gives the screen its space.
func (w Waiting) SetSize(width, height int) nav.Screen {
	w.width, w.height = width, height
	return w
}

// Typing is false: no text input here.
func (w Waiting) Typing() bool { return false }

// ShortHelp is back.
func (w Waiting) ShortHelp() []key.Binding {
	return []key.Binding{relabel(w.c.Keys.Back, w.c.T("room.keys.home"))}
}

// FullHelp is the same.
func (w Waiting) FullHelp() [][]key.Binding { return [][]key.Binding{w.ShortHelp()} }
