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
	switch {
	case keys.Matches(km, k.Up):
		m.cursor = (m.cursor + len(m.entries) - 1) % len(m.entries)
	case keys.Matches(km, k.Down):
		m.cursor = (m.cursor + 1) % len(m.entries)
	case keys.Matches(km, k.Open):
		if open := m.entries[m.cursor].Open; open != nil {
			return m, open
		}
		e := m.entries[m.cursor].Msg
		return m, func() tea.Msg { return e }
	case keys.Matches(km, m.discardKey()):
		return m, m.entries[m.cursor].Discard
	}
	return m, nil
}

// View draws the title, the intro and the entries.
func (m Model) View() string {
	th := m.c.Theme
	w := max(20, m.width-4)
	lines := []string{
		"",
		"  " + th.Title.Render("winwin") + th.Muted.Render("  "+m.c.T("home.tagline")),
		"",
	}
	for _, l := range strings.Split(ansi.Wordwrap(m.c.T("home.intro"), w, ""), "\n") {
		lines = append(lines, "  "+th.Text.Render(l))
	}
	lines = append(lines, "")
	if m.warning != "" {
		for _, l := range strings.Split(ansi.Wordwrap(m.warning, w, ""), "\n") {
			lines = append(lines, "  "+th.Warn.Render(l))
		}
		lines = append(lines, "")
	}
	listH := max(2, m.height-len(lines)-2)
	per := 2
	visible := max(1, listH/per)
	m.first = layout.Window(m.first, m.cursor, visible, len(m.entries))
	for i := m.first; i < len(m.entries) && i < m.first+visible; i++ {
		e := m.entries[i]
		mark, style := "    ", th.Text
		if i == m.cursor {
			mark, style = "  "+th.Cursor.Render("❯ "), th.Selected
		}
		lines = append(lines, mark+style.Render(ansi.Truncate(e.Title, w-2, "…")))
		lines = append(lines, "    "+th.Muted.Render(ansi.Truncate(e.Detail, w-2, "…")))
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	return strings.Join(lines, "\n")
}

// discardKey is on when the entry under the cursor can be discarded.
func (m Model) discardKey() key.Binding {
	return keys.Enable(m.c.Keys.Discard, m.cursor < len(m.entries) && m.entries[m.cursor].Discard != nil)
}

// ShortHelp is the home screen's help line.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Up, k.Down, k.Open, m.discardKey()}
}

// FullHelp is the same keys in one column.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
