// Package offerpick is the first step of a new deal when offers are
// saved: pick one, and the interview opens with the offer's questions
// (name, fit, cost price, list price, benefits, drawbacks) answered, so a
// seller never types the cost price twice. "A new offer" opens the
// interview empty; saved offers can be deleted here.
package offerpick

import (
	"context"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// Store is the part of the journal the picker uses.
type Store interface {
	Offers(ctx context.Context, owner string) ([]journal.Offer, error)
	DeleteOffer(ctx context.Context, owner string, id int64) error
}

// Open is what "prepare a deal" runs: it reads the saved offers and
// opens the picker, or the empty interview when there are none (or they
// cannot be read: preparing a deal must never depend on the journal).
func Open(st Store, owner string) tea.Cmd {
	return func() tea.Msg {
		offers, err := st.Offers(context.Background(), owner)
		if err != nil || len(offers) == 0 {
			return nav.PrepMsg{}
		}
		return nav.OpenMsg{New: func(c common.Common) (nav.Screen, tea.Cmd) {
			return New(c, st, owner, offers), nil
		}}
	}
}

// Model is the offer picker.
type Model struct {
	c      common.Common
	st     Store
	owner  string
	offers []journal.Offer
	cursor int // 0..len(offers); len(offers) is "a new offer"
	first  int // first visible row
	// confirm is set while the picker asks whether to delete the offer
	// under the cursor.
	confirm bool
	status  string // why the last delete failed
	width   int
	height  int
}

// New returns the picker over offers (sorted as the journal lists them).
func New(c common.Common, st Store, owner string, offers []journal.Offer) Model {
	return Model{c: c, st: st, owner: owner, offers: offers}
}

// deletedMsg is the result of deleting an offer: the offers left.
type deletedMsg struct {
	offers []journal.Offer
	err    error
}

// Update moves, picks, and deletes with a confirmation.
func (m Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case deletedMsg:
		m.status = ""
		if msg.err != nil {
			m.status = m.c.T("offerpick.delete_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		} else {
			m.offers = msg.offers
		}
		m.cursor = min(m.cursor, len(m.offers))
		return m, nil
	case tea.KeyMsg:
		if m.confirm {
			return m.confirmKey(msg)
		}
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k := m.c.Keys
	switch {
	case keys.Matches(msg, k.Up):
		m.cursor = (m.cursor + len(m.offers)) % (len(m.offers) + 1)
	case keys.Matches(msg, k.Down):
		m.cursor = (m.cursor + 1) % (len(m.offers) + 1)
	case keys.Matches(msg, k.Open):
		p := nav.PrepMsg{}
		if m.cursor < len(m.offers) {
			p.Answers = m.offers[m.cursor].Answers.Clone()
		}
		return m, func() tea.Msg { return p }
	case keys.Matches(msg, m.deleteKey()):
		m.confirm, m.status = true, ""
	case keys.Matches(msg, k.Back):
		return m, func() tea.Msg { return nav.HomeMsg{} }
	}
	m.first = m.window(m.rows())
	return m, nil
}

// confirmKey answers "delete this offer?": y deletes, anything else keeps.
func (m Model) confirmKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	m.confirm = false
	if !keys.Matches(msg, m.c.Keys.Yes) || m.cursor >= len(m.offers) {
		return m, nil
	}
	st, owner, id := m.st, m.owner, m.offers[m.cursor].ID
	return m, func() tea.Msg {
		ctx := context.Background()
		if err := st.DeleteOffer(ctx, owner, id); err != nil {
			return deletedMsg{err: err}
		}
		offers, err := st.Offers(ctx, owner)
		return deletedMsg{offers: offers, err: err}
	}
}

// deleteKey is on when the cursor is on a saved offer.
func (m Model) deleteKey() key.Binding {
	b := keys.Enable(m.c.Keys.Delete, m.cursor < len(m.offers))
	b.SetHelp(b.Help().Key, m.c.T("offerpick.key.delete"))
	return b
}

// SetSize sets the screen's size.
func (m Model) SetSize(w, h int) nav.Screen {
	m.width, m.height = w, h
	return m
}

// Typing is false: the picker takes no text.
func (m Model) Typing() bool { return false }

// ShortHelp is the picker's help line.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.confirm {
		no := k.No
		no.SetHelp(no.Help().Key, m.c.T("offerpick.key.keep"))
		yes := k.Yes
		yes.SetHelp(yes.Help().Key, m.c.T("offerpick.key.delete"))
		return []key.Binding{yes, no}
	}
	pick := k.Open
	pick.SetHelp(pick.Help().Key, m.c.T("offerpick.key.pick"))
	return []key.Binding{k.Up, k.Down, pick, m.deleteKey(), k.Back}
}

// FullHelp is the same keys in one column.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// window is the first visible row for rows rows of two lines each.
func (m Model) window(rows int) int {
	return layout.Window(m.first, m.cursor, rows, len(m.offers)+1)
}
