// Package home is the first screen: what winwin does and the things you
// can do, the first of which (prepare a deal) is picked by enter. It
// lists only what works in this build and session.
package home

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// Entry is one thing the home screen offers.
type Entry struct {
	Title  string
	Detail string
	// Msg is sent when the entry is opened.
	Msg tea.Msg
	// Open, when set, runs instead of sending Msg: for entries whose
	// message needs reading (a draft's answers) only once picked.
	Open tea.Cmd
	// Discard, when set, is run by the discard key (a draft's entry); it
	// ends with a nav.HomeMsg so the list is read again.
	Discard tea.Cmd
}

// Model is the home screen.
type Model struct {
	c             common.Common
	entries       []Entry
	warning       string
	prepare       tea.Cmd // runs for "prepare a deal" when set
	cursor, first int
	width, height int
	// confirming is set while "discard this draft?" waits for y.
	confirming bool
}

// New returns the home screen with "prepare a deal" first, then extra
// entries (drafts, practice, journal) that later features provide.
func New(c common.Common, extra ...Entry) Model {
	m := Model{c: c}
	m.SetEntries(extra)
	return m
}

// SetEntries replaces the entries after "prepare a deal" (the drafts
// change as they are discarded and finished).
func (m *Model) SetEntries(extra []Entry) {
	m.entries = append([]Entry{{
		Title:  m.c.T("home.prepare"),
		Detail: m.c.T("home.prepare_detail"),
		Msg:    nav.PrepMsg{},
		Open:   m.prepare,
	}}, extra...)
	m.cursor = min(m.cursor, len(m.entries)-1)
}

// SetPrepare makes "prepare a deal" run cmd instead of opening an empty
// interview (to pick a saved offer first, say); nil restores that.
func (m *Model) SetPrepare(cmd tea.Cmd) {
	m.prepare = cmd
	m.entries[0].Open = cmd
}

// SetWarning shows a problem above the entries (the journal could not
// be opened, say).
func (m *Model) SetWarning(s string) { m.warning = s }

// SetSize sets the screen size.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Update moves the cursor and opens entries.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	k := m.c.Keys
	if m.confirming {
		// y discards, any other key keeps the draft (as deleting an
		// offer asks): a draft's answers cannot be brought back.
		m.confirming = false
		if keys.Matches(km, k.Yes) {
			return m, m.entries[m.cursor].Discard
		}
		return m, nil
	}
	up, down, top, bottom := m.moveKeys()
	switch {
	case keys.Matches(km, up):
		// No wrapping: at the top, up is off (and not in the help),
		// where wrapping to the last draft lost the user.
		m.cursor = max(0, m.cursor-1)
	case keys.Matches(km, down):
		m.cursor = min(len(m.entries)-1, m.cursor+1)
	case keys.Matches(km, top):
		m.cursor = 0
	case keys.Matches(km, bottom):
		m.cursor = len(m.entries) - 1
	case keys.Matches(km, k.Open):
		if open := m.entries[m.cursor].Open; open != nil {
			return m, open
		}
		e := m.entries[m.cursor].Msg
		return m, func() tea.Msg { return e }
	case keys.Matches(km, m.discardKey()):
		m.confirming = true
	}
	return m, nil
}

// View draws the title, the intro (or the question that waits for y)
// and the entries.
func (m Model) View() string {
	th := m.c.Theme
	w := max(20, m.width-4)
	lines := []string{
		"",
		"  " + th.Title.Render("winwin") + th.Muted.Render("  "+ansi.Truncate(m.c.T("home.tagline"), max(1, w-8), "…")),
		"",
	}
	intro, style := m.c.T("home.intro"), th.Text
	if m.confirming {
		intro, style = m.c.T("home.discard_confirm"), th.Warn
	}
	for _, l := range strings.Split(ansi.Wordwrap(intro, w, ""), "\n") {
		lines = append(lines, "  "+style.Render(l))
	}
	lines = append(lines, "")
	if m.warning != "" {
		for _, l := range strings.Split(ansi.Wordwrap(m.warning, w, ""), "\n") {
			lines = append(lines, "  "+th.Warn.Render(l))
		}
		lines = append(lines, "")
	}
	lines = append(lines, m.list(max(1, m.height-len(lines)), w)...)
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	return strings.Join(lines, "\n")
}

// list draws the entries in h lines: a title and its detail under it
// when all fit so, else one line each; when even that does not fit, a
// window around the cursor with a line above and below saying how many
// entries are out of view.
func (m Model) list(h, w int) []string {
	th := m.c.Theme
	n := len(m.entries)
	per := 2
	if n*2 > h {
		per = 1
	}
	visible, first := n, 0
	if n*per > h {
		// Room for the two "more" lines; the window moves with the cursor.
		visible = max(1, (h-2)/per)
		first = layout.Window(m.first, m.cursor, visible, n)
	}
	var lines []string
	if n*per > h {
		more := ""
		if first > 0 {
			more = "    " + th.Faint.Render(m.c.T("home.more_above", first))
		}
		lines = append(lines, more)
	}
	for i := first; i < n && i < first+visible; i++ {
		e := m.entries[i]
		mark, style := "    ", th.Text
		if i == m.cursor {
			mark, style = "  "+th.Cursor.Render("❯ "), th.Selected
		}
		if per == 2 {
			lines = append(lines, mark+style.Render(ansi.Truncate(e.Title, w-2, "…")))
			lines = append(lines, "    "+th.Muted.Render(ansi.Truncate(e.Detail, w-2, "…")))
			continue
		}
		title := ansi.Truncate(e.Title, w-2, "…")
		line := mark + style.Render(title)
		if room := w - 2 - ansi.StringWidth(title) - 3; room > 8 && e.Detail != "" {
			line += th.Muted.Render(" · " + ansi.Truncate(e.Detail, room, "…"))
		}
		lines = append(lines, line)
	}
	if n*per > h && first+visible < n {
		lines = append(lines, "    "+th.Faint.Render(m.c.T("home.more_below", n-first-visible)))
	}
	return lines
}

// discardKey is on when the entry under the cursor can be discarded.
func (m Model) discardKey() key.Binding {
	return keys.Enable(m.c.Keys.Discard, m.cursor < len(m.entries) && m.entries[m.cursor].Discard != nil)
}

// ShortHelp is the home screen's help line; while a discard waits for
// y, only y.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.confirming {
		y := k.Yes
		y.SetHelp("y", m.c.T("keys.discard"))
		return []key.Binding{y}
	}
	up, down, _, _ := m.moveKeys()
	return []key.Binding{up, down, k.Open, m.discardKey()}
}

// moveKeys move the cursor, each on while there is an entry that way.
func (m Model) moveKeys() (up, down, top, bottom key.Binding) {
	k := m.c.Keys
	above, below := m.cursor > 0, m.cursor < len(m.entries)-1
	return keys.Enable(k.Up, above), keys.Enable(k.Down, below), keys.Enable(k.Top, above), keys.Enable(k.Bottom, below)
}

// FullHelp is every key in one column.
func (m Model) FullHelp() [][]key.Binding {
	if m.confirming {
		return [][]key.Binding{m.ShortHelp()}
	}
	up, down, top, bottom := m.moveKeys()
	return [][]key.Binding{{up, down, top, bottom, m.c.Keys.Open, m.discardKey()}}
}
