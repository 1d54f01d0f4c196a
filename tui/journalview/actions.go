package journalview

import (
	"context"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/export"
	"github.com/winwincoach/winwin/tui/keys"
)

// Exporter writes one revision's verdict to files (the verdict tab's
// export: Markdown, JSON and the deal file) and returns their paths.
type Exporter interface {
	Export(ans coach.Answers, a *coach.Assessment) ([]string, error)
}

// Options are what the journal screen is wired to besides the store.
type Options struct {
	// Exporter writes a deal's verdict to files; nil hides export.
	Exporter Exporter
}

// deletedMsg is a deal deleted (d) or the failure to.
type deletedMsg struct {
	d   journal.Deleted
	err error
}

// restoredMsg is a deleted deal brought back (under deal) or the failure.
type restoredMsg struct {
	deal int64
	row  journal.Row
	err  error
}

// exportedMsg is what an export wrote, or why it failed.
type exportedMsg struct {
	paths []string
	err   error
}

// deleteKey is x on a deal in the list; it asks for y first.
func (m Model) deleteKey() key.Binding {
	_, ok := m.list.row(m.list.cursor)
	return keys.Enable(m.relabel(m.c.Keys.Discard, "journalview.key.delete"), ok && m.mode == listMode && !m.list.typing)
}

// undoKey is u while a deal deleted on this screen can come back.
func (m Model) undoKey() key.Binding {
	return keys.Enable(m.c.Keys.Undo, len(m.deleted) > 0 && m.mode == listMode && !m.list.typing)
}

// exportKey is e when export is wired and there is a revision to export.
func (m Model) exportKey() key.Binding {
	on := m.opts.Exporter != nil
	switch m.mode {
	case listMode:
		_, ok := m.list.row(m.list.cursor)
		on = on && ok && !m.list.typing
	case compareMode:
		on = false
	}
	return keys.Enable(m.c.Keys.Export, on)
}

// confirmKey is y while a delete waits for it.
func (m Model) confirmKey() key.Binding {
	return m.relabel(m.c.Keys.Yes, "journalview.key.delete")
}

// askDelete asks for y before deleting the deal under the cursor.
func (m Model) askDelete() (Model, tea.Cmd) {
	r, ok := m.list.row(m.list.cursor)
	if !ok {
		return m, nil
	}
	m.confirm = r
	return m, nil
}

// confirmed handles the key after "delete this deal?": y deletes, any
// other key keeps the deal.
func (m Model) confirmed(msg tea.KeyMsg) (Model, tea.Cmd) {
	r := m.confirm
	m.confirm = journal.Row{}
	if !keys.Matches(msg, m.c.Keys.Yes) {
		return m, nil
	}
	st, owner := m.st, m.owner
	return m, func() tea.Msg {
		d, err := st.DeleteDeal(context.Background(), owner, r.Deal)
		return deletedMsg{d: d, err: err}
	}
}

func (m Model) gotDeleted(msg deletedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status = m.c.T("journalview.delete_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		return m, nil
	}
	m.deleted = append(m.deleted, msg.d)
	m.note = m.c.T("journalview.deleted", m.dealName(msg.d.Row))
	cursor := m.list.cursor
	cmd := m.refilter()
	m.list.cursor = cursor // stay near where the deal was; move clamps it
	return m, cmd
}

// undo brings back the deal deleted last.
func (m Model) undo() (Model, tea.Cmd) {
	if len(m.deleted) == 0 {
		return m, nil
	}
	d := m.deleted[len(m.deleted)-1]
	m.deleted = m.deleted[:len(m.deleted)-1]
	st := m.st
	return m, func() tea.Msg {
		id, err := st.Restore(context.Background(), d)
		return restoredMsg{deal: id, row: d.Row, err: err}
	}
}

func (m Model) gotRestored(msg restoredMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status = m.c.T("journalview.restore_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		return m, nil
	}
	m.note = m.c.T("journalview.restored", m.dealName(msg.row))
	return m, m.refilter()
}

// exportRef is the revision e exports: the deal under the list's cursor
// at its latest revision, the revision under the deal's cursor, or the
// verdict on screen.
func (m Model) exportRef() (journal.Ref, bool) {
	switch m.mode {
	case listMode:
		r, ok := m.list.row(m.list.cursor)
		return journal.Ref{Deal: r.Deal}, ok
	case dealMode:
		r, ok := m.deal.selected()
		return r.Ref, ok
	case verdictMode:
		return journal.Ref{Deal: m.deal.row.Deal, Revision: m.deal.viewing}, true
	}
	return journal.Ref{}, false
}

// exportCmd writes the revision's verdict as the verdict tab would.
func (m Model) exportCmd() tea.Cmd {
	ref, ok := m.exportRef()
	if !ok || m.opts.Exporter == nil {
		return nil
	}
	st, owner, exp := m.st, m.owner, m.opts.Exporter
	return func() tea.Msg {
		s, err := st.Get(context.Background(), owner, ref)
		if err != nil {
			return exportedMsg{err: err}
		}
		a, err := s.Assessment()
		if err != nil {
			return exportedMsg{err: err}
		}
		paths, err := exp.Export(s.Answers, a)
		return exportedMsg{paths: paths, err: err}
	}
}

func (m Model) gotExported(msg exportedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status = m.c.T("journalview.export_failed", safetext.Line(msg.err.Error()))
		return m, nil
	}
	dir, files := export.Written(msg.paths)
	m.note = m.c.T("journalview.exported", files, dir)
	return m, nil
}

// dealName is "#12 client — offer".
func (m Model) dealName(r journal.Row) string {
	return "#" + strconv.FormatInt(r.Deal, 10) + " " + m.nameOr(r.Client, "journalview.no_client") + " — " + m.nameOr(r.Offer, "journalview.no_offer")
}

// confirmText asks whether to delete the deal.
func (m Model) confirmText() string {
	return m.c.Cat.N("journalview.confirm_delete", m.confirm.Revision, m.dealName(m.confirm), m.confirm.Revision)
}

// noteLines is the last note (deleted, restored, exported) wrapped to the
// screen, its paths broken at separators rather than mid-name.
func (m Model) noteLines() []string {
	if m.note == "" {
		return nil
	}
	var out []string
	for _, l := range strings.Split(m.note, "\n") {
		if strings.Contains(l, "/") && !strings.Contains(l, " ") {
			for _, p := range export.WrapPath(l, max(10, m.width-4)) {
				out = append(out, "  "+m.c.Theme.Win.Render(p))
			}
			continue
		}
		out = append(out, m.wrapped(m.c.Theme.Win, l)...)
	}
	return out
}
