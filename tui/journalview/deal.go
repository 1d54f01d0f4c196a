package journalview

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
)

// deal is one deal opened from the list: its revisions, the newest
// first on screen, and the verdicts read so far.
type deal struct {
	row      journal.Row   // the list's row: the deal at its latest revision
	revs     []journal.Row // oldest first, as the journal lists them
	cursor   int           // 0 is the newest revision
	first    int
	marked   []int                     // revisions marked for comparing, at most two
	verdicts map[int]*coach.Assessment // by revision number
	viewing  int                       // the revision in verdict mode
}

// selected is the revision under the cursor.
func (d *deal) selected() (journal.Row, bool) {
	i := len(d.revs) - 1 - d.cursor
	if i < 0 || i >= len(d.revs) {
		return d.row, len(d.revs) == 0 && d.row.Deal != 0
	}
	return d.revs[i], true
}

// byNumber is revision n.
func (d *deal) byNumber(n int) (journal.Row, bool) {
	for _, r := range d.revs {
		if r.Revision == n {
			return r, true
		}
	}
	return journal.Row{}, false
}

// openDeal shows deal r and reads its revisions and latest verdict.
func (m Model) openDeal(r journal.Row) (Model, tea.Cmd) {
	m.mode = dealMode
	m.deal = deal{row: r, verdicts: map[int]*coach.Assessment{}}
	return m, tea.Batch(m.revsCmd(r.Deal), m.assessCmd(r.Ref))
}

func (m Model) gotRevisions(msg revsMsg) (Model, tea.Cmd) {
	if msg.deal != m.deal.row.Deal {
		return m, nil
	}
	if msg.err != nil {
		m.status = m.c.Cat.M(journal.MessageOf(msg.err))
		return m, nil
	}
	m.deal.revs, m.deal.cursor, m.deal.first = msg.revs, 0, 0
	return m, nil
}

func (m Model) gotAssessment(msg assessMsg) (Model, tea.Cmd) {
	if msg.ref.Deal != m.deal.row.Deal {
		return m, nil
	}
	if msg.err != nil {
		m.status = m.c.Cat.M(journal.MessageOf(msg.err))
		return m, nil
	}
	m.deal.verdicts[msg.ref.Revision] = msg.a
	if m.mode == verdictMode && m.deal.viewing == msg.ref.Revision {
		m.vd.Set(msg.a)
	}
	return m, nil
}

// dealKey handles a key on a deal's revisions.
func (m Model) dealKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	d := &m.deal
	k := m.c.Keys
	up, down := m.revKeys()
	switch {
	case keys.Matches(msg, up):
		d.cursor = max(0, d.cursor-1)
	case keys.Matches(msg, down):
		d.cursor = min(max(0, len(d.revs)-1), d.cursor+1)
	case keys.Matches(msg, k.Open):
		r, ok := d.selected()
		if !ok {
			return m, nil
		}
		m.mode, d.viewing = verdictMode, r.Revision
		m.vd = m.newVerdict()
		if a := d.verdicts[r.Revision]; a != nil {
			m.vd.Set(a)
			return m, nil
		}
		return m, m.assessCmd(r.Ref)
	case keys.Matches(msg, k.Toggle):
		if r, ok := d.selected(); ok {
			d.mark(r.Revision)
		}
		return m, nil
	case keys.Matches(msg, k.Compare):
		return m.compare()
	case keys.Matches(msg, k.Revise):
		return m, m.reviseCmd(d.row.Deal)
	case keys.Matches(msg, k.Back):
		m.mode = listMode
		return m, m.fetch()
	}
	d.first = layout.Window(d.first, d.cursor, m.revRows(), len(d.revs))
	if r, ok := d.selected(); ok && d.verdicts[r.Revision] == nil {
		return m, m.assessCmd(r.Ref)
	}
	return m, nil
}

// mark marks revision n for comparing, or unmarks it; a third mark
// replaces the oldest.
func (d *deal) mark(n int) {
	if i := slices.Index(d.marked, n); i >= 0 {
		d.marked = slices.Delete(d.marked, i, i+1)
		return
	}
	d.marked = append(d.marked, n)
	if len(d.marked) > 2 {
		d.marked = d.marked[1:]
	}
}

// compare compares the two marked revisions, or the one under the
// cursor with the one before it (the first with the second).
func (m Model) compare() (Model, tea.Cmd) {
	d := &m.deal
	if len(d.revs) < 2 {
		m.status = m.c.T("journalview.one_revision")
		return m, nil
	}
	var a, b int
	if len(d.marked) == 2 {
		a, b = min(d.marked[0], d.marked[1]), max(d.marked[0], d.marked[1])
	} else {
		r, _ := d.selected()
		a, b = r.Revision-1, r.Revision
		if a < 1 {
			a, b = 1, 2
		}
	}
	from, okA := d.byNumber(a)
	to, okB := d.byNumber(b)
	if !okA || !okB {
		return m, nil
	}
	m.mode = compareMode
	m.cmp = comparison{from: from, to: to}
	return m, m.compareCmd(from, to)
}

// revRows is how many revisions the deal view lists at once; the rest of
// the screen shows the selected one's verdict in brief.
func (m Model) revRows() int { return max(2, min(len(m.deal.revs), (m.height-dealHead)/3)) }

// revKeys move over the revisions, each on while there is one that way.
func (m Model) revKeys() (up, down key.Binding) {
	d := &m.deal
	return keys.Enable(m.c.Keys.Up, d.cursor > 0), keys.Enable(m.c.Keys.Down, d.cursor < len(d.revs)-1)
}

// dealHelp is the deal view's help line.
func (m Model) dealHelp() []key.Binding {
	k := m.c.Keys
	two := len(m.deal.revs) > 1
	up, down := m.revKeys()
	return []key.Binding{up, down, m.relabel(k.Open, "journalview.key.verdict"),
		keys.Enable(m.relabel(k.Toggle, "journalview.key.mark"), two), keys.Enable(k.Compare, two), k.Revise, m.exportKey(), k.Back}
}
