// Package verdict is the interview's last tab: first the card a seller
// takes into the call (the decision and why, the quadrant in words, the
// three things to do, the sentence to say, the money), then the reasons,
// actions, talking points, what to find out, flags and scores in the
// order of the text report and the Markdown (coach/report's Layout).
// Every line that names answers leads back to the question to change.
package verdict

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
)

// EditMsg asks the interview to open question ID for editing.
type EditMsg struct{ ID string }

// ExportMsg asks for the verdict to be exported.
type ExportMsg struct{}

// Model is the verdict screen.
type Model struct {
	c             common.Common
	a             *coach.Assessment
	width, height int
	status        string // the result of the last export, pinned at the top
	canExport     bool

	lines  []string // the rendered content, cached per assessment and width
	pinned []string // the status, wrapped: it stays in view while the rest scrolls
	links  []link   // the lines that lead to a question
	cursor int      // index into links
	first  int      // first visible line

	// readOnly is a saved verdict (the journal's): no answer to open,
	// so no cursor; up and down scroll.
	readOnly bool
}

// link is a selectable line and the question it opens.
type link struct {
	line int
	id   string
}

// New returns an empty verdict screen; canExport says whether export is
// wired (it is not, say, over SSH without a place to write).
func New(c common.Common, canExport bool) Model { return Model{c: c, canExport: canExport} }

// SetReadOnly shows the verdict without a cursor: its answers cannot be
// opened from here (a saved revision in the journal), so up and down
// only scroll.
func (m *Model) SetReadOnly(on bool) { m.readOnly = on }

// CanScroll reports whether there is more of the verdict above and below
// the part on screen.
func (m Model) CanScroll() (up, down bool) {
	m.build()
	return m.first > 0, m.first < max(0, len(m.lines)-m.rows())
}

// SetSize sets the screen's size.
func (m *Model) SetSize(w, h int) {
	if w != m.width || (h >= bigMinHeight) != (m.height >= bigMinHeight) {
		m.lines = nil
	}
	m.width, m.height = w, h
	m.build()
	m.follow()
}

// Set shows an assessment. The selection stays where it was when it can.
func (m *Model) Set(a *coach.Assessment) {
	m.a, m.lines = a, nil
	m.build()
}

// SetStatus shows a one-line status (the export result).
func (m *Model) SetStatus(s string) {
	atEnd := m.lines != nil && m.first+m.rows() >= len(m.lines)
	m.status, m.lines = s, nil
	m.build()
	m.follow()
	if atEnd {
		// Scrolled to the end, it stays at the end under the status.
		m.first = max(0, len(m.lines)-m.rows())
	}
}

// Select puts the cursor on the first line that leads to question id (the
// answer just changed from the verdict), or on the first line when none
// does any more.
func (m *Model) Select(id string) {
	m.build()
	m.cursor = 0 // the line is gone (the answer fixed it): back to the top
	for i, l := range m.links {
		if l.id == id {
			m.cursor = i
			break
		}
	}
	m.follow()
}

// Selected is the question the selected line leads to, or "".
func (m Model) Selected() string {
	if m.cursor < len(m.links) {
		return m.links[m.cursor].id
	}
	return ""
}

// follow scrolls so the selected line is in view.
func (m *Model) follow() {
	if m.cursor < len(m.links) {
		m.first = layout.Window(m.first, m.links[m.cursor].line, m.rows(), len(m.lines))
	}
}

// Update handles keys: move over the lines that name answers, open one,
// export.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || m.a == nil {
		return m, nil
	}
	m.build()
	k := m.c.Keys
	switch {
	case m.readOnly && keys.Matches(km, k.Up):
		m.first = max(0, m.first-1)
		return m, nil
	case m.readOnly && keys.Matches(km, k.Down):
		m.first = min(max(0, len(m.lines)-m.rows()), m.first+1)
		return m, nil
	case keys.Matches(km, k.Up):
		if m.cursor > 0 {
			m.cursor--
		} else {
			m.first = max(0, m.first-1)
		}
	case keys.Matches(km, k.Down):
		if m.cursor < len(m.links)-1 {
			m.cursor++
		} else {
			m.first = min(max(0, len(m.lines)-m.rows()), m.first+1)
		}
	case keys.Matches(km, m.pageDown()):
		m.page(1)
		return m, nil
	case keys.Matches(km, m.pageUp()):
		m.page(-1)
		return m, nil
	case keys.Matches(km, k.Open):
		if m.cursor < len(m.links) {
			id := m.links[m.cursor].id
			return m, func() tea.Msg { return EditMsg{ID: id} }
		}
	case keys.Matches(km, keys.Enable(k.Export, m.canExport)):
		return m, func() tea.Msg { return ExportMsg{} }
	}
	m.follow()
	return m, nil
}

// View renders the visible part of the verdict.
func (m Model) View() string {
	if m.a == nil {
		return ""
	}
	m.build()
	lines := m.lines
	sel := -1
	if m.cursor < len(m.links) && !m.readOnly {
		sel = m.links[m.cursor].line
	}
	end := min(len(lines), m.first+m.rows())
	out := make([]string, 0, m.height)
	out = append(out, m.shownPinned()...)
	for i := m.first; i < end; i++ {
		l := lines[i]
		if i == sel {
			l = m.c.Theme.Cursor.Render("❯") + l[1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// Bindings are the verdict's keys.
func (m Model) Bindings() []key.Binding {
	k := m.c.Keys
	hasLinks := (len(m.links) > 0 || m.a != nil) && !m.readOnly
	return []key.Binding{k.Up, k.Down, m.pageDown(), m.pageUp(), keys.Enable(k.Open, hasLinks), keys.Enable(k.Export, m.canExport)}
}

// pageDown and pageUp scroll the verdict by a screen, each on only while
// there is more to see that way: past its ends the interview takes pgup
// (to the last section) and pgdn does nothing.
func (m Model) pageDown() key.Binding {
	b := keys.Enable(m.c.Keys.NextSection, m.CanPage(1))
	b.SetHelp("pgdn", m.c.T("report.keys.page_down"))
	return b
}

func (m Model) pageUp() key.Binding {
	b := keys.Enable(m.c.Keys.PrevSection, m.CanPage(-1))
	b.SetHelp("pgup", m.c.T("report.keys.page_up"))
	return b
}

// CanPage reports whether there is more of the verdict below (dir 1) or
// above (dir -1) the screen.
func (m Model) CanPage(dir int) bool {
	if m.a == nil || m.lines == nil {
		return false
	}
	if dir > 0 {
		return m.first+m.rows() < len(m.lines)
	}
	return m.first > 0
}

// page scrolls a screen down (dir 1) or up (-1) and selects the first
// link in view, so enter opens what the user sees.
func (m *Model) page(dir int) {
	rows := m.rows()
	m.first = max(0, min(max(0, len(m.lines)-rows), m.first+dir*max(1, rows-1)))
	for i, l := range m.links {
		if l.line >= m.first && l.line < m.first+rows {
			m.cursor = i
			return
		}
	}
}

// shownPinned is the pinned status lines that fit, leaving a line of
// the verdict in view.
func (m *Model) shownPinned() []string { return m.pinned[:min(len(m.pinned), max(0, m.height-1))] }

// rows is the height of the scrolling part, under the pinned status.
func (m *Model) rows() int { return max(1, m.height-len(m.shownPinned())) }

// build renders the content once per assessment, status and width; the
// setters call it, so View and Update find it ready.
func (m *Model) build() {
	if m.lines != nil || m.a == nil {
		return
	}
	b := &builder{c: m.c, a: m.a, width: max(20, m.width), height: m.height}
	m.pinned = nil
	if m.status != "" {
		// An export's paths are what the user needs next: they stay on
		// screen however far the verdict is scrolled.
		for _, l := range strings.Split(ansi.Wordwrap(m.status, max(10, m.width-2), ""), "\n") {
			m.pinned = append(m.pinned, " "+m.c.Theme.Accent.Render(l))
		}
	}
	b.content()
	m.lines, m.links = b.lines, b.links
	m.cursor = min(m.cursor, max(0, len(m.links)-1))
}
