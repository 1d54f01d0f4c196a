package journalview

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/report"
)

// Store is the part of the journal the screen reads. Every read runs in
// a tea.Cmd, never in Update, so a slow query never freezes a keystroke.
type Store interface {
	Count(ctx context.Context, owner string, f journal.Filter) (int, error)
	List(ctx context.Context, owner string, f journal.Filter, offset, limit int) ([]journal.Row, error)
	ListAfter(ctx context.Context, owner string, f journal.Filter, after journal.Row, limit int) ([]journal.Row, error)
	Revisions(ctx context.Context, owner string, deal int64) ([]journal.Row, error)
	Get(ctx context.Context, owner string, ref journal.Ref) (journal.Session, error)
	// DeleteDeal and Restore delete a deal and bring it back (undo).
	DeleteDeal(ctx context.Context, owner string, deal int64) (journal.Deleted, error)
	Restore(ctx context.Context, d journal.Deleted) (int64, error)
}

// pageSize is how many rows one query reads: a few screens' worth, so
// moving through the list queries rarely, and a page costs well under a
// millisecond however deep it is.
const pageSize = 100

// countMsg is the number of deals a filter lets through. gen is the
// filter's generation: answers for an older filter are dropped.
type countMsg struct {
	gen   int
	total int
	err   error
}

// pageMsg is one page of the list.
type pageMsg struct {
	gen  int
	page int
	rows []journal.Row
	err  error
}

// revsMsg is a deal's revisions, oldest first.
type revsMsg struct {
	deal int64
	revs []journal.Row
	err  error
}

// assessMsg is one revision's stored verdict.
type assessMsg struct {
	ref journal.Ref
	a   *coach.Assessment
	err error
}

// compareMsg is what changed between two revisions.
type compareMsg struct {
	from, to journal.Row
	cmp      journal.Comparison
	old, new *coach.Assessment
	err      error
}

// reviseMsg failed to read the deal to revise; success sends nav.PrepMsg.
type reviseMsg struct{ err error }

func (m Model) countCmd(gen int, f journal.Filter) tea.Cmd {
	st, owner := m.st, m.owner
	return func() tea.Msg {
		n, err := st.Count(context.Background(), owner, f)
		return countMsg{gen: gen, total: n, err: err}
	}
}

// pageCmd reads page p; after, when set, is the last row of page p-1,
// from which the next page is read by key instead of by offset.
func (m Model) pageCmd(gen, p int, f journal.Filter, after *journal.Row) tea.Cmd {
	st, owner := m.st, m.owner
	return func() tea.Msg {
		ctx := context.Background()
		var (
			rows []journal.Row
			err  error
		)
		if after != nil {
			rows, err = st.ListAfter(ctx, owner, f, *after, pageSize)
		} else {
			rows, err = st.List(ctx, owner, f, p*pageSize, pageSize)
		}
		return pageMsg{gen: gen, page: p, rows: rows, err: err}
	}
}

func (m Model) revsCmd(deal int64) tea.Cmd {
	st, owner := m.st, m.owner
	return func() tea.Msg {
		revs, err := st.Revisions(context.Background(), owner, deal)
		return revsMsg{deal: deal, revs: revs, err: err}
	}
}

// assessCmd reads a revision's verdict, in the viewer's language.
func (m Model) assessCmd(ref journal.Ref) tea.Cmd {
	st, owner, view := m.st, m.owner, m.viewer()
	return func() tea.Msg {
		s, err := st.Get(context.Background(), owner, ref)
		if err != nil {
			return assessMsg{ref: ref, err: err}
		}
		a, err := s.Assessment()
		return assessMsg{ref: ref, a: view(a), err: err}
	}
}

// viewer turns a stored verdict into the one the screen draws: its words
// in the viewer's language (coach/report.ForViewer: a deal saved in
// English reads in Dutch), cleaned of escapes.
func (m Model) viewer() func(*coach.Assessment) *coach.Assessment {
	pb, cat := m.c.Playbook, m.c.Cat
	return func(a *coach.Assessment) *coach.Assessment {
		return clean(report.ForViewer(a, pb, cat))
	}
}

// compareCmd reads both revisions and diffs them, older first.
func (m Model) compareCmd(from, to journal.Row) tea.Cmd {
	st, owner, view := m.st, m.owner, m.viewer()
	return func() tea.Msg {
		ctx := context.Background()
		a, err := st.Get(ctx, owner, from.Ref)
		if err != nil {
			return compareMsg{err: err}
		}
		b, err := st.Get(ctx, owner, to.Ref)
		if err != nil {
			return compareMsg{err: err}
		}
		aa, err := a.Assessment()
		if err != nil {
			return compareMsg{err: err}
		}
		ba, err := b.Assessment()
		if err != nil {
			return compareMsg{err: err}
		}
		aa, ba = view(aa), view(ba)
		c := journal.Diff(a.Answers, b.Answers, aa, ba)
		c.From, c.To = from.Ref, to.Ref
		return compareMsg{from: from, to: to, cmp: c, old: aa, new: ba}
	}
}

// reviseCmd opens the interview on the deal's latest revision; its
// verdict then becomes the next revision.
func (m Model) reviseCmd(deal int64) tea.Cmd {
	st, owner := m.st, m.owner
	return func() tea.Msg {
		s, err := st.Get(context.Background(), owner, journal.Ref{Deal: deal})
		if err != nil {
			return reviseMsg{err: err}
		}
		return prep(s)
	}
}
