package journalview

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/theme"
)

// listHead is the lines above the rows: a blank, the title, the filter
// line and the column heads.
const listHead = 4

// gap is the space between columns.
const gap = "  "

// columns are the widths of the list's columns; id is 0 when the screen
// is too narrow for it (the deal's number is in its view too).
type columns struct {
	id, date, client, offer, quadrant, decision int
}

const (
	minNames = 24 // client and offer together, before the id gives way
	// listTime is a deal's date and time in the list: two saves on one
	// day are two different lines.
	listTime = "2006-01-02 15:04"
)

// columns splits the width by what is on screen: the id as wide as the
// largest number shown, the labels as wide as the longest shown (not the
// longest there is), and the rest for the names, shared by how long the
// names shown are. At 80 columns that leaves no column empty on the
// right while names are cut on the left.
func (m Model) columns() columns {
	rows := m.visibleRows()
	c := columns{date: len(listTime)}
	c.quadrant = layout.Width(m.c.T("journalview.col.quadrant"))
	c.decision = layout.Width(m.c.T("journalview.col.decision"))
	c.id = layout.Width(m.c.T("journalview.col.id"))
	// At least as wide as their heads, also with no row on screen.
	longClient, longOffer := layout.Width(m.c.T("journalview.col.client")), layout.Width(m.c.T("journalview.col.offer"))
	for _, r := range rows {
		c.id = max(c.id, len("#"+strconv.FormatInt(r.Deal, 10)))
		c.quadrant = max(c.quadrant, layout.Width(m.c.T("quadrant."+string(r.Quadrant))))
		c.decision = max(c.decision, layout.Width(m.c.T("decision."+string(r.Decision))))
		longClient = max(longClient, layout.Width(m.nameOr(r.Client, "journalview.no_client")))
		longOffer = max(longOffer, layout.Width(m.nameOr(r.Offer, "journalview.no_offer")))
	}
	fixed := func() int { return 2 + c.id + len(gap) + c.date + 3*len(gap) + c.quadrant + len(gap) + c.decision }
	if m.width-fixed() < minNames {
		c.id = 0
	}
	names := max(10, m.width-fixed())
	if c.id == 0 {
		names += len(gap) // no gap after a missing id
	}
	if longClient+longOffer <= names {
		c.client, c.offer = longClient, names-longClient
		return c
	}
	// Share by length, each side at least a third.
	c.client = min(max(names/3, names*longClient/(longClient+longOffer)), names-names/3)
	c.offer = names - c.client
	return c
}

// labelWidths are the widths of the longest quadrant and decision labels.
func (m Model) labelWidths() (quadrant, decision int) {
	for _, q := range coach.Quadrants() {
		quadrant = max(quadrant, layout.Width(m.c.T("quadrant."+string(q))))
	}
	for _, d := range coach.Decisions() {
		decision = max(decision, layout.Width(m.c.T("decision."+string(d))))
	}
	return quadrant, decision
}

// visibleRows are the loaded rows on screen.
func (m Model) visibleRows() []journal.Row {
	l := &m.list
	var out []journal.Row
	for i := l.first; i < l.first+m.listRows() && i < l.n(); i++ {
		if r, ok := l.row(i); ok {
			out = append(out, r)
		}
	}
	return out
}

// cell is s cut or padded to exactly w cells.
func cell(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if layout.Width(s) > w {
		// Cut before the ellipsis without a space in front of it.
		s = strings.TrimRight(ansi.Truncate(s, w-1, ""), " ") + "…"
	}
	if pad := w - layout.Width(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// listView draws the title, the filter, the heads and the visible rows.
func (m Model) listView() string {
	th := m.c.Theme
	l := &m.list
	cols := m.columns()
	lines := make([]string, 0, m.height)
	lines = append(lines, "", "  "+th.Title.Render(m.c.T("journalview.title"))+th.Muted.Render("  "+m.countText()), m.filterLine(), m.headLine(cols))
	footer := m.footer()
	rows := max(1, m.height-len(lines)-max(1, len(footer)))
	if l.cursor >= l.first+rows {
		l.first = l.cursor - rows + 1 // a long footer must not hide the cursor
	}
	switch {
	case l.known && l.total == 0 && l.filter == (journal.Filter{}):
		lines = append(lines, m.wrapped(th.Muted, m.c.T("journalview.empty"))...)
	case l.known && l.total == 0:
		lines = append(lines, m.wrapped(th.Muted, m.c.T("journalview.no_match"))...)
	default:
		for i := l.first; i < l.first+rows && i < l.n(); i++ {
			r, ok := l.row(i)
			if !ok {
				lines = append(lines, "  "+th.Faint.Render("…"))
				continue
			}
			lines = append(lines, m.rowLine(r, cols, i == l.cursor))
		}
	}
	return m.withFooter(lines, footer)
}

// withFooter pads lines to the screen and puts footer at the bottom.
func (m Model) withFooter(lines, footer []string) string {
	if len(footer) == 0 {
		footer = []string{""}
	}
	room := max(0, m.height-len(footer))
	if len(lines) > room {
		lines = lines[:room]
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	lines = append(lines, footer...)
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// countText is how many deals the filter lets through.
func (m Model) countText() string {
	l := &m.list
	switch {
	case !l.known:
		return m.c.T("journalview.counting")
	case l.total == 1:
		return m.c.T("journalview.count_one")
	}
	return m.c.T("journalview.count", locale.FormatMoney(m.c.Lang(), float64(l.total)))
}

// filterLine shows the text filter (the input while typing) and the
// quadrant and decision filters.
func (m Model) filterLine() string {
	th := m.c.Theme
	l := &m.list
	var text string
	switch {
	case l.typing:
		l.input.Width = max(10, m.width/3)
		text = l.input.View()
	case l.filter.Text != "":
		text = th.Accent.Render("/") + th.Text.Render(ansi.Truncate(l.filter.Text, max(10, m.width/3), "…"))
	default:
		text = th.Faint.Render(m.c.T("journalview.filter_hint"))
	}
	q, d := m.c.T("journalview.any"), m.c.T("journalview.any")
	qs, ds := th.Muted, th.Muted
	if l.filter.Quadrant != "" {
		q, qs = m.c.T("quadrant."+string(l.filter.Quadrant)), th.Selected
	}
	if l.filter.Decision != "" {
		d, ds = m.c.T("decision."+string(l.filter.Decision)), th.Selected
	}
	return "  " + text + "   " + th.Muted.Render(m.c.T("journalview.quadrant_filter")) + " " + qs.Render(q) +
		"   " + th.Muted.Render(m.c.T("journalview.decision_filter")) + " " + ds.Render(d)
}

// headLine names the columns.
func (m Model) headLine(cols columns) string {
	var b strings.Builder
	b.WriteString("  ")
	if cols.id > 0 {
		b.WriteString(cell(m.c.T("journalview.col.id"), cols.id) + gap)
	}
	b.WriteString(cell(m.c.T("journalview.col.date"), cols.date) + gap)
	b.WriteString(cell(m.c.T("journalview.col.client"), cols.client) + gap)
	b.WriteString(cell(m.c.T("journalview.col.offer"), cols.offer) + gap)
	b.WriteString(cell(m.c.T("journalview.col.quadrant"), cols.quadrant) + gap)
	b.WriteString(m.c.T("journalview.col.decision"))
	return m.c.Theme.Faint.Render(strings.TrimRight(b.String(), " "))
}

// rowLine is one deal.
func (m Model) rowLine(r journal.Row, cols columns, selected bool) string {
	th := m.c.Theme
	mark, name := "  ", th.Text
	if selected {
		mark, name = th.Cursor.Render("❯ "), th.Selected
	}
	var b strings.Builder
	b.WriteString(mark)
	if cols.id > 0 {
		b.WriteString(th.Muted.Render(cell("#"+strconv.FormatInt(r.Deal, 10), cols.id)) + gap)
	}
	b.WriteString(th.Muted.Render(cell(r.Time.Format(listTime), cols.date)) + gap)
	b.WriteString(name.Render(cell(m.nameOr(r.Client, "journalview.no_client"), cols.client)) + gap)
	b.WriteString(th.Text.Render(cell(m.nameOr(r.Offer, "journalview.no_offer"), cols.offer)) + gap)
	b.WriteString(th.Quadrant(r.Quadrant).Render(cell(m.c.T("quadrant."+string(r.Quadrant)), cols.quadrant)) + gap)
	b.WriteString(th.Text.Render(report.DecisionMark(m.c.Cat, r.Decision, r.Provisional)))
	return b.String()
}

// nameOr is a name from the journal (cleaned there), or a stand-in.
func (m Model) nameOr(s, key string) string {
	if s == "" {
		return m.c.T(key)
	}
	return s
}

// wrapped is text wrapped to the screen, indented, in style p.
func (m Model) wrapped(p theme.Paint, text string) []string {
	var out []string
	for _, l := range strings.Split(ansi.Wordwrap(text, max(20, m.width-4), ""), "\n") {
		out = append(out, "  "+p.Render(l))
	}
	return out
}

// hanging is text wrapped under a prefix (a mark), its later lines
// indented to line up with the first.
func (m Model) hanging(prefix string, p theme.Paint, text string) []string {
	indent := strings.Repeat(" ", layout.Width(prefix))
	var out []string
	for i, l := range strings.Split(ansi.Wordwrap(text, max(20, m.width-2-layout.Width(prefix)), ""), "\n") {
		if i == 0 {
			out = append(out, prefix+p.Render(l))
		} else {
			out = append(out, indent+p.Render(l))
		}
	}
	return out
}

// footer is what the screen says at the bottom: the question that waits
// for y, the last failure, or the last thing done (deleted, exported).
func (m Model) footer() []string {
	th := m.c.Theme
	switch {
	case m.confirm.Deal != 0:
		return m.wrapped(th.Warn, m.confirmText())
	case m.status != "":
		return m.wrapped(th.Error, m.status)
	case m.mode == listMode && m.list.err != "":
		return m.wrapped(th.Error, m.list.err)
	}
	return m.noteLines()
}
