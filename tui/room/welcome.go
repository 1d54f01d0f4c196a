package room

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/tui/bigtext"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// ScreenFunc opens a screen, for nav.OpenMsg and session.Config.Start.
type ScreenFunc = func(common.Common) (nav.Screen, tea.Cmd)

// Welcome is the screen a name's first login starts on: the personal
// code that name must give to come back, shown this once, large. Enter
// goes on to next (home when nil).
type Welcome struct {
	c             common.Common
	code, name    string
	next          ScreenFunc
	width, height int
}

// OpenWelcome shows a new name its personal code, then next.
func OpenWelcome(code, name string, next ScreenFunc) ScreenFunc {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		return Welcome{c: c, code: code, name: name, next: next}, nil
	}
}

// Update goes on at enter.
func (w Welcome) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || !keys.Matches(km, w.c.Keys.Open) {
		return w, nil
	}
	next := w.next
	return w, func() tea.Msg {
		if next == nil {
			return nav.HomeMsg{}
		}
		return nav.OpenMsg{New: next}
	}
}

// View is the code, large, and what it is for.
func (w Welcome) View() string {
	th := w.c.Theme
	width := max(20, w.width-4)
	lines := []string{"", "  " + th.Title.Render(w.c.T("room.welcome.title", w.name)), ""}
	lines = append(lines, page.Wrap(th.Text, w.c.T("room.welcome.code", w.code), "  ", width)...)
	lines = append(lines, "")
	lines = append(lines, bigCode(w.c, w.code, width)...)
	lines = append(lines, "")
	lines = append(lines, page.Wrap(th.Muted, w.c.T("room.welcome.why", w.name), "  ", width)...)
	lines = append(lines, "", "  "+th.Accent.Render(w.c.T("room.welcome.go_on")))
	return strings.Join(layout.Lines(lines, max(1, w.height)), "\n")
}

// bigCode is code in the block font when it fits width, else spaced out
// in plain bold.
func bigCode(c common.Common, code string, width int) []string {
	th := c.Theme
	if big, ok := bigtext.Render(code); ok && bigtext.Width(code) <= width-2 {
		out := make([]string, 0, 4)
		for _, l := range big {
			out = append(out, "  "+th.Accent.Render(l))
		}
		return out
	}
	return []string{"  " + th.Accent.Render(spaced(code))}
}

// spaced puts a space between the letters of a code, so each reads on
// its own.
func spaced(code string) string {
	return strings.Join(strings.Split(code, ""), " ")
}

// SetSize gives the screen its space.
func (w Welcome) SetSize(width, height int) nav.Screen {
	w.width, w.height = width, height
	return w
}

// Typing is false: no text input here.
func (w Welcome) Typing() bool { return false }

// ShortHelp is enter.
func (w Welcome) ShortHelp() []key.Binding {
	return []key.Binding{relabel(w.c.Keys.Open, w.c.T("room.keys.go_on"))}
}

// FullHelp is the same.
func (w Welcome) FullHelp() [][]key.Binding { return [][]key.Binding{w.ShortHelp()} }
