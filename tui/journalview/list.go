package journalview

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// keepPages is how many pages either side of the cursor's stay loaded;
// farther ones are dropped, so memory stays flat however far one goes.
const keepPages = 4

// maxFilter is the longest text filter; names are shorter than this.
const maxFilter = 100

// list is the list of deals: a filter, its count, and the pages read so
// far around the cursor. Rows are indexed from 0 in the journal's order
// (the most recently saved first).
type list struct {
	filter  journal.Filter
	gen     int // bumped by every new filter
	total   int
	known   bool // total is counted
	cursor  int
	first   int // first visible row
	rows    int // visible rows
	pages   map[int][]journal.Row
	loading map[int]bool
	input   textinput.Model
	typing  bool
	err     string // the last failed read
}

func newList(c common.Common) list {
	in := textinput.New()
	in.Prompt = "/"
	in.CharLimit = maxFilter
	in.Cursor.SetMode(cursor.CursorStatic) // no blinking: no redraws for nothing
	in.PromptStyle = c.Theme.Accent.Style()
	in.TextStyle = c.Theme.Text.Style()
	in.PlaceholderStyle = c.Theme.Faint.Style()
	in.Cursor.Style = c.Theme.Accent.Style()
	return list{input: in, rows: 1}
}

// n is the number of rows to move over: the count once known, else the
// rows of the first page.
func (l *list) n() int {
	if l.known {
		return l.total
	}
	return len(l.pages[0])
}

// row returns row i when its page is loaded.
func (l *list) row(i int) (journal.Row, bool) {
	p := l.pages[i/pageSize]
	if i < 0 || i%pageSize >= len(p) {
		return journal.Row{}, false
	}
	return p[i%pageSize], true
}

// resize sets the visible rows and keeps the cursor in view.
func (l *list) resize(rows int) {
	l.rows = max(1, rows)
	l.move(0)
}

// move moves the cursor by d rows, within the list.
func (l *list) move(d int) {
	l.cursor = max(0, min(l.cursor+d, l.n()-1))
	l.first = layout.Window(l.first, l.cursor, l.rows, l.n())
}

// counted takes a count for the current filter.
func (l *list) counted(msg countMsg, c common.Common) {
	if msg.gen != l.gen {
		return
	}
	if msg.err != nil {
		l.err = c.Cat.M(journal.MessageOf(msg.err))
		return
	}
	l.total, l.known = msg.total, true
	l.move(0)
}

// paged takes a page for the current filter. A failed page is kept as
// empty, so it is not asked for again and again; a new filter retries.
func (l *list) paged(msg pageMsg, c common.Common) {
	if msg.gen != l.gen {
		return
	}
	delete(l.loading, msg.page)
	if msg.err != nil {
		l.err = c.Cat.M(journal.MessageOf(msg.err))
		msg.rows = []journal.Row{}
	}
	l.pages[msg.page] = msg.rows
	l.move(0)
}

// refilter starts the list again for l.filter: a new generation, no
// pages, and commands for the count and the first page.
func (m *Model) refilter() tea.Cmd {
	l := &m.list
	l.gen++
	l.pages, l.loading = map[int][]journal.Row{}, map[int]bool{0: true}
	l.known, l.total, l.cursor, l.first, l.err = false, 0, 0, 0, ""
	return tea.Batch(m.countCmd(l.gen, l.filter), m.pageCmd(l.gen, 0, l.filter, nil))
}

// fetch asks for the pages around the visible rows that are neither
// loaded nor on their way, and drops pages far from the cursor. A page
// that follows a loaded full page is read from its last row (keyset),
// which costs the same at any depth.
func (m *Model) fetch() tea.Cmd {
	l := &m.list
	if !l.known || l.total == 0 {
		return nil
	}
	lo := max(0, l.first-l.rows) / pageSize
	hi := min(l.total-1, l.first+2*l.rows) / pageSize
	var cmds []tea.Cmd
	for p := lo; p <= hi; p++ {
		if _, ok := l.pages[p]; ok || l.loading[p] {
			continue
		}
		l.loading[p] = true
		var after *journal.Row
		if prev := l.pages[p-1]; len(prev) == pageSize {
			last := prev[pageSize-1]
			after = &last
		}
		cmds = append(cmds, m.pageCmd(l.gen, p, l.filter, after))
	}
	at := l.cursor / pageSize
	for p := range l.pages {
		if p < at-keepPages || p > at+keepPages {
			delete(l.pages, p)
		}
	}
	return tea.Batch(cmds...)
}

// listRows is how many rows the list shows: the screen less the title,
// the filter line, the column heads and the status line.
func (m Model) listRows() int { return max(1, m.height-listHead-1) }

// listKey handles a key on the list.
func (m Model) listKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	l := &m.list
	if l.typing {
		return m.filterKey(msg)
	}
	k := m.c.Keys
	up, down := m.listMoveKeys(k.Up, k.Down)
	pgUp, pgDown := m.listMoveKeys(k.PrevSection, k.NextSection)
	top, bottom := m.listMoveKeys(k.Top, k.Bottom)
	switch {
	case keys.Matches(msg, up):
		l.move(-1)
	case keys.Matches(msg, down):
		l.move(1)
	case keys.Matches(msg, pgUp):
		l.move(-l.rows)
	case keys.Matches(msg, pgDown):
		l.move(l.rows)
	case keys.Matches(msg, top):
		l.move(-l.n())
	case keys.Matches(msg, bottom):
		l.move(l.n())
	case keys.Matches(msg, k.Filter):
		l.typing = true
		l.input.SetValue(l.filter.Text)
		l.input.CursorEnd()
		return m, l.input.Focus()
	case msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && msg.Runes[0] == '/':
		// Keys that arrive together (a paste, a fast typist, tmux) come
		// as one message: "/jan" starts the filter with "jan".
		l.typing = true
		l.input.SetValue(l.filter.Text)
		l.input.CursorEnd()
		focus := l.input.Focus()
		rest := msg
		rest.Runes = msg.Runes[1:]
		m, cmd := m.filterKey(rest)
		return m, tea.Batch(focus, cmd)
	case keys.Matches(msg, k.Quadrant):
		l.filter.Quadrant = next(coach.Quadrants(), l.filter.Quadrant)
		return m, m.refilter()
	case keys.Matches(msg, k.Decision):
		l.filter.Decision = next(coach.Decisions(), l.filter.Decision)
		return m, m.refilter()
	case keys.Matches(msg, k.Open):
		if r, ok := l.row(l.cursor); ok {
			return m.openDeal(r)
		}
	case keys.Matches(msg, k.Revise):
		if r, ok := l.row(l.cursor); ok {
			return m, m.reviseCmd(r.Deal)
		}
	case keys.Matches(msg, m.deleteKey()):
		return m.askDelete()
	case keys.Matches(msg, m.undoKey()):
		return m.undo()
	case keys.Matches(msg, k.Back):
		return m, home
	}
	return m, m.fetch()
}

// filterKey handles a key while the text filter has focus: enter keeps
// the filter, esc clears it, anything else edits it.
func (m Model) filterKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	l := &m.list
	k := m.c.Keys
	switch {
	case keys.Matches(msg, k.Open):
		l.typing = false
		l.input.Blur()
		return m, nil
	case keys.Matches(msg, k.Back):
		l.typing = false
		l.input.Blur()
		l.input.SetValue("")
	default:
		var cmd tea.Cmd
		l.input, cmd = l.input.Update(msg)
		if text := strings.TrimSpace(l.input.Value()); text != l.filter.Text {
			l.filter.Text = text
			return m, tea.Batch(cmd, m.refilter())
		}
		return m, cmd
	}
	if l.filter.Text == "" {
		return m, nil
	}
	l.filter.Text = ""
	return m, m.refilter()
}

// next is the value after v in all, cycling through "" (any).
func next[T comparable](all []T, v T) T {
	var zero T
	for i, x := range all {
		if x == v {
			if i+1 < len(all) {
				return all[i+1]
			}
			return zero
		}
	}
	return all[0]
}

// home goes back to the home screen.
func home() tea.Msg { return nav.HomeMsg{} }

// listMoveKeys are a pair of keys that move up and down the list, each
// on while there is a row that way.
func (m Model) listMoveKeys(up, down key.Binding) (key.Binding, key.Binding) {
	l := &m.list
	return keys.Enable(up, l.cursor > 0), keys.Enable(down, l.cursor < l.n()-1)
}

// listHelp is the list's help line: while typing the filter, how to
// keep or clear it.
func (m Model) listHelp() []key.Binding {
	k := m.c.Keys
	if m.list.typing {
		return []key.Binding{m.relabel(k.Open, "journalview.key.keep_filter"), m.relabel(k.Back, "journalview.key.clear_filter")}
	}
	has := m.list.n() > 0
	up, down := m.listMoveKeys(k.Up, k.Down)
	return []key.Binding{up, down, keys.Enable(k.Open, has), k.Filter, k.Quadrant, k.Decision,
		keys.Enable(k.Revise, has), m.exportKey(), m.deleteKey(), m.undoKey(), k.Back}
}
