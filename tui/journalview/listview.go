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
	idWidth   = 7  // "#100000"
	dateWidth = 10 // "2026-11-28"
	minNames  = 24 // client and offer together, before the id gives way
)

// columns splits the width: fixed columns for the id, the date and the
// labels (as wide as their longest translation), the rest for the names.
func (m Model) columns() columns {
	qw, dw := m.labelWidths()
	c := columns{id: idWidth, date: dateWidth, quadrant: qw, decision: dw}
	fixed := func() int { return 2 + c.id + len(gap) + c.date + 3*len(gap) + c.quadrant + len(gap) + c.decision + 1 }
	if m.width-fixed() < minNames {
		c.id = 0
	}
	names := max(10, m.width-fixed())
	if c.id == 0 {
		names += len(gap) // no gap after a missing id
	}
	c.client = names * 55 / 100
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

// cell is s cut or padded to exactly w cells.
func cell(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(s, w, "…")
	if pad := w - layout.Width(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// quadrantPaint colours a quadrant as the verdict does.
func quadrantPaint(th *theme.Theme, q coach.Quadrant) theme.Paint {
	switch q {
	case coach.WinWin:
		return th.Win
	case coach.LoseLose:
		return th.Lose
	}
	return th.Warn
}

// listView draws the title, the filter, the heads and the visible rows.
func (m Model) listView() string {
	th := m.c.Theme
	l := &m.list
	cols := m.columns()
	lines := make([]string, 0, m.height)
	lines = append(lines, "", "  "+th.Title.Render(m.c.T("journalview.title"))+th.Muted.Render("  "+m.countText()), m.filterLine(), m.headLine(cols))
	rows := m.listRows()
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
	for len(lines) < m.height-1 {
		lines = append(lines, "")
	}
	lines = append(lines, m.statusLine())
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
	b.WriteString(th.Muted.Render(r.Time.Format("2006-01-02")) + gap)
	b.WriteString(name.Render(cell(m.nameOr(r.Client, "journalview.no_client"), cols.client)) + gap)
	b.WriteString(th.Text.Render(cell(m.nameOr(r.Offer, "journalview.no_offer"), cols.offer)) + gap)
	b.WriteString(quadrantPaint(th, r.Quadrant).Render(cell(m.c.T("quadrant."+string(r.Quadrant)), cols.quadrant)) + gap)
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

// statusLine is the last failure, if any.
func (m Model) statusLine() string {
	msg := m.status
	if msg == "" && m.mode == listMode {
		msg = m.list.err
	}
	if msg == "" {
		return ""
	}
	return "  " + m.c.Theme.Error.Render(ansi.Truncate(msg, max(10, m.width-4), "…"))
}
