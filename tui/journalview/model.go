// Package journalview is the journal screen: every saved deal with its
// date, client, offer, quadrant and decision, filtered by text, quadrant
// and decision; one deal's revisions with the verdict of each; what
// changed between two revisions; and re-opening a deal to revise it.
//
// It stays instant with a journal of 100,000 deals: it reads one count
// per filter and pages of rows around the visible ones, each in a
// tea.Cmd, and draws only the rows on screen.
package journalview

import (
	"github.com/charmbracelet/bubbles/key"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/winwincoach/winwin/tui/keys"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/verdict"
)

// mode is the part of the journal on screen.
type mode int

const (
	listMode    mode = iota // every deal
	dealMode                // one deal's revisions
	verdictMode             // one revision's whole verdict
	compareMode             // two revisions side by side
)

// Model is the journal screen.
type Model struct {
	c     common.Common
	st    Store
	owner string

	width, height int
	mode          mode
	list          list
	deal          deal
	vd            verdict.Model
	cmp           comparison
	status        string // the last failure, shown until the next action
	note          string // the last success (deleted, exported), likewise

	opts    Options
	deleted []journal.Deleted // deals deleted here, the last one first to undo
	confirm journal.Row       // the deal waiting for y to be deleted
}

// New opens the journal of owner on st, with every deal listed. The
// command reads the count and the first page.
func New(c common.Common, st Store, owner string) (Model, tea.Cmd) {
	return NewWith(c, st, owner, Options{})
}

// NewWith is New with options (an exporter).
func NewWith(c common.Common, st Store, owner string, o Options) (Model, tea.Cmd) {
	m := Model{c: c, st: st, owner: owner, list: newList(c), vd: verdict.New(c, false), opts: o}
	m.vd.SetReadOnly(true)
	return m, m.refilter()
}

// Open is the nav.OpenMsg that shows the journal screen.
func Open(st Store, owner string) nav.OpenMsg { return OpenWith(st, owner, Options{}) }

// OpenWith is Open with options (an exporter).
func OpenWith(st Store, owner string, o Options) nav.OpenMsg {
	return nav.OpenMsg{New: func(c common.Common) (nav.Screen, tea.Cmd) {
		m, cmd := NewWith(c, st, owner, o)
		return m, cmd
	}}
}

// Update hands messages to the part on screen; loaded data goes where it
// belongs whatever is on screen.
func (m Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case countMsg:
		m.list.counted(msg, m.c)
		return m, m.fetch()
	case pageMsg:
		m.list.paged(msg, m.c)
		return m, m.fetch()
	case revsMsg:
		return m.gotRevisions(msg)
	case assessMsg:
		return m.gotAssessment(msg)
	case compareMsg:
		return m.gotComparison(msg)
	case reviseMsg:
		m.status = m.c.T("journalview.revise_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		return m, nil
	case deletedMsg:
		return m.gotDeleted(msg)
	case restoredMsg:
		return m.gotRestored(msg)
	case exportedMsg:
		return m.gotExported(msg)
	case tea.KeyMsg:
		m.status, m.note = "", ""
		if m.confirm.Deal != 0 {
			return m.confirmed(msg)
		}
		if keys.Matches(msg, m.exportKey()) {
			return m, m.exportCmd()
		}
		switch m.mode {
		case dealMode:
			return m.dealKey(msg)
		case verdictMode:
			return m.verdictKey(msg)
		case compareMode:
			return m.compareKey(msg)
		}
		return m.listKey(msg)
	}
	return m, nil
}

// SetSize sets the screen's size.
func (m Model) SetSize(w, h int) nav.Screen {
	m.width, m.height = w, h
	m.list.resize(m.listRows())
	m.vd.SetSize(w, max(1, h-verdictHead))
	if m.cmp.c != nil {
		m.cmp.lines = m.drawComparison()
		m.cmp.first = min(m.cmp.first, max(0, len(m.cmp.lines)-m.compareRows()))
	}
	return m
}

// Typing reports whether keys go into the text filter.
func (m Model) Typing() bool { return m.mode == listMode && m.list.typing }

// View draws the part on screen.
func (m Model) View() string {
	switch m.mode {
	case dealMode:
		return m.dealView()
	case verdictMode:
		return m.verdictView()
	case compareMode:
		return m.compareView()
	}
	return m.listView()
}

// ShortHelp is the help line of the part on screen.
func (m Model) ShortHelp() []key.Binding {
	if m.confirm.Deal != 0 {
		return []key.Binding{m.confirmKey()}
	}
	switch m.mode {
	case dealMode:
		return m.dealHelp()
	case verdictMode:
		return m.verdictHelp()
	case compareMode:
		return m.compareHelp()
	}
	return m.listHelp()
}

// FullHelp adds the keys that page and jump through the list.
func (m Model) FullHelp() [][]key.Binding {
	if m.mode != listMode || m.list.typing || m.confirm.Deal != 0 {
		return [][]key.Binding{m.ShortHelp()}
	}
	k := m.c.Keys
	pgUp, pgDown := m.listMoveKeys(m.relabel(k.PrevSection, "journalview.key.page_up"), m.relabel(k.NextSection, "journalview.key.page_down"))
	top, bottom := m.listMoveKeys(k.Top, k.Bottom)
	return [][]key.Binding{m.ShortHelp(), {pgUp, pgDown, top, bottom}}
}

// relabel is b with another help text, for a shared binding that means
// something more precise here.
func (m Model) relabel(b key.Binding, descKey string) key.Binding {
	b.SetHelp(b.Help().Key, m.c.T(descKey))
	return b
}
