package progress

import (
	"math"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/internal/chart"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
)

// chrome is the header and a blank above the content, and the hint line
// under it.
const chrome = 3

// Column chart geometry: each attempt is two cells wide with one between;
// the y axis takes axisWidth cells.
const (
	colWidth  = 2
	colGap    = 1
	axisWidth = 6
)

// latest is how many recent attempts are listed by name.
const latest = 5

// minSpan is the least range of a chart's y axis: a zoomed axis shows
// the size of a change, but 60 against 61 is no cliff.
const minSpan = 20

// dateFormat is the dates on the charts and the lists: the same in
// every language.
const dateFormat = "2006-01-02"

// View draws the header, the charts and the hint.
func (m Model) View() string {
	if m.width == 0 {
		return ""
	}
	th := m.c.Theme
	title := th.Title.Render("winwin") + th.Muted.Render(" · ") + th.Heading.Render(m.c.T("practice.progress.title"))
	if m.cfg.Reader == nil {
		title += "  " + th.Warn.Render(m.c.T("training.practice.not_kept"))
	}
	lines := []string{ansi.Truncate(title, m.width, ""), ""}
	lines = append(lines, m.pager.Lines()...)
	hint := ""
	if m.pager.CanDown() {
		hint = th.Faint.Render(m.c.T("training.more"))
	}
	return strings.Join(append(lines, "  "+hint), "\n")
}

// rebuild draws the content for the current size.
func (m *Model) rebuild() {
	m.pager.SetLines(m.content())
	m.pager.SetHeight(m.height - chrome)
}

// content is the practice chart, the pillars missed, the latest
// attempts and the traits; or why there is nothing to show.
func (m Model) content() []string {
	th := m.c.Theme
	switch {
	case !m.loaded:
		return []string{"  " + th.Muted.Render(m.c.T("training.progress.loading"))}
	case m.problem != "":
		return []string{"  " + th.Error.Render(ansi.Truncate(m.problem, max(1, m.width-2), "…"))}
	case len(m.p.Attempts) == 0 && len(m.p.SelfChecks) == 0:
		return []string{"  " + th.Muted.Render(m.c.T("practice.progress.none"))}
	}
	var out []string
	if len(m.p.Attempts) > 0 {
		out = append(out, m.scoreLines()...)
		out = append(out, "")
		out = append(out, m.missedLines()...)
		out = append(out, "")
		out = append(out, m.latestLines()...)
		out = append(out, "")
	}
	return append(out, m.traitLines()...)
}

// chartHeight is the rows of a score chart: even, so the middle of the
// axis falls on a row's edge, and smaller on short terminals (two charts
// share the screen).
func (m Model) chartHeight() int {
	h := min(max((m.height-chrome)/5, 4), 8)
	return h - h%2
}

// scoreLines are the heading, then learn and exam apart: a score made with
// the coach beside you is not one made without it.
func (m Model) scoreLines() []string {
	th := m.c.Theme
	out := []string{"  " + th.Heading.Render(m.c.T("practice.progress.scores"))}
	for _, mode := range []training.Mode{training.Learn, training.Exam} {
		as, st := m.p.Of(mode), m.p.Learn
		if mode == training.Exam {
			st = m.p.Exam
		}
		name := m.c.T("training.progress.mode_" + string(mode))
		if len(as) == 0 {
			out = append(out, "", "  "+th.Text.Render(name)+"  "+th.Muted.Render(m.c.T("training.progress.mode_none")))
			continue
		}
		summary := m.c.T(plural("training.progress.summary", st.Count), st.Count, st.Average, min(st.Count, training.RecentAttempts), st.RecentAverage, st.Best)
		out = append(out, "", ansi.Truncate("  "+th.Text.Render(name)+"  "+th.Muted.Render(summary), m.width, "…"), "")
		out = append(out, m.chartLines(as)...)
	}
	return out
}

// chartLines are the latest attempts that fit as columns, oldest left, on
// an axis zoomed to their scores (so the size of a change shows), with
// the dates of the first and the last column under it.
func (m Model) chartLines(as []training.Done) []string {
	th := m.c.Theme
	n := chart.Fit(m.width-axisWidth-4, colWidth, colGap)
	shown := as[max(0, len(as)-n):]
	if len(shown) == 0 {
		return nil // no room (the size is not known yet)
	}
	values := make([]int, len(shown))
	for i, a := range shown {
		values[i] = a.Score
	}
	lo, hi := chart.Scale(values, minSpan)
	h := m.chartHeight()
	var out []string
	for r, row := range chart.Columns(chart.Rescale(values, lo, hi), h, colWidth, colGap) {
		axis := "    │ "
		switch r {
		case 0:
			axis = padLeft(strconv.Itoa(hi), 3) + " ┤ "
		case h / 2:
			axis = padLeft(strconv.Itoa((lo+hi)/2), 3) + " ┤ "
		}
		out = append(out, "  "+th.Faint.Render(axis)+th.Accent.Render(row))
	}
	width := max(1, len(values)*(colWidth+colGap)-colGap)
	out = append(out, "  "+th.Faint.Render(padLeft(strconv.Itoa(lo), 3)+" └"+strings.Repeat("─", width+1)))
	first, last := shown[0].At.Local().Format(dateFormat), shown[len(shown)-1].At.Local().Format(dateFormat)
	dates := first
	if gap := width + 1 - layout.Width(first) - layout.Width(last); len(shown) > 1 && gap >= 2 {
		dates += strings.Repeat(" ", gap) + last
	} else if len(shown) > 1 {
		dates += " – " + last
	}
	out = append(out, ansi.Truncate("  "+strings.Repeat(" ", axisWidth)+th.Faint.Render(dates), m.width, "…"))
	if len(shown) < len(as) {
		out = append(out, "  "+th.Faint.Render(m.c.T("training.progress.shown", len(shown), len(as))))
	}
	return out
}

// missedLines are how often each pillar was missed most, as a share of
// all attempts: one miss in ten is a tenth of a bar, not a full one.
func (m Model) missedLines() []string {
	th := m.c.Theme
	out := []string{"  " + th.Heading.Render(m.c.T("training.progress.missed"))}
	nw := 0
	for _, pc := range m.p.Missed {
		nw = max(nw, layout.Width(m.c.T("pillar."+string(pc.Pillar))))
	}
	total := len(m.p.Attempts)
	for _, pc := range m.p.Missed {
		name := m.c.T("pillar." + string(pc.Pillar))
		filled, empty := chart.Bar(pc.Share*100, 16)
		share := m.c.T("training.progress.missed_share", pc.Count, total, int(math.Round(pc.Share*100)))
		out = append(out, "  "+th.Text.Render(name)+strings.Repeat(" ", nw-layout.Width(name)+2)+th.Warn.Render(filled)+th.Faint.Render(empty)+" "+th.Heading.Render(share))
	}
	return out
}

// latestLines name the latest attempts, newest first: date, mode, score
// and the case.
func (m Model) latestLines() []string {
	th := m.c.Theme
	out := []string{"  " + th.Heading.Render(m.c.T("training.progress.latest"))}
	as := m.p.Attempts
	for i := len(as) - 1; i >= 0 && i >= len(as)-latest; i-- {
		a := as[i]
		title := a.CaseID
		if m.cfg.Library != nil {
			if cs, ok := m.cfg.Library.Case(a.CaseID); ok {
				title = cs.Title.In(m.c.Lang())
			}
		}
		mode := m.c.T("practice.mode.learn")
		if a.Mode == training.Exam {
			mode = m.c.T("practice.mode.exam")
		}
		line := "  " + th.Faint.Render(a.At.Local().Format(dateFormat)) + "  " + th.Heading.Render(padLeft(strconv.Itoa(a.Score), 3)) +
			"  " + th.Muted.Render(padRight(mode, 7)) + " " + th.Text.Render(title)
		out = append(out, ansi.Truncate(line, m.width, "…"))
	}
	return out
}

// traitLines are every trait's scores over the self-checks as a
// sparkline, with the latest score and its change.
func (m Model) traitLines() []string {
	th := m.c.Theme
	out := []string{"  " + th.Heading.Render(m.c.T("practice.progress.traits"))}
	checks := m.p.SelfChecks
	if len(checks) == 0 {
		return append(out, "  "+th.Muted.Render(m.c.T("training.progress.no_checks")))
	}
	last := checks[len(checks)-1].At.Local().Format(dateFormat)
	// One scale for every trait's line, zoomed to their scores, so a
	// change of 5 and one of 15 look as different as they are.
	var all []int
	nw := 0
	for _, tr := range m.p.Traits {
		nw = max(nw, layout.Width(m.c.T("practice.trait."+string(tr.Trait))))
		all = append(all, tr.History...)
	}
	lo, hi := chart.Scale(all, minSpan)
	head := m.c.T(plural("training.progress.checks", len(checks)), len(checks), last) + " · " + m.c.T("training.progress.spark_scale", lo, hi)
	out = append(out, ansi.Truncate("  "+th.Muted.Render(head), m.width, "…"))
	spark := min(len(checks), max(1, m.width-nw-30))
	for _, tr := range m.p.Traits {
		name := m.c.T("practice.trait." + string(tr.Trait))
		hist := tr.History[max(0, len(tr.History)-spark):]
		line := "  " + th.Text.Render(name) + strings.Repeat(" ", nw-layout.Width(name)+2) +
			th.Accent.Render(padRight(chart.Spark(chart.Rescale(hist, lo, hi)), spark)) + "  " + th.Heading.Render(padLeft(strconv.Itoa(tr.Now), 3))
		if tr.HasPrevious && tr.Change != 0 {
			style := th.Win
			if tr.Change < 0 {
				style = th.Lose
			}
			line += "  " + style.Render(m.c.T("practice.selfcheck.change", tr.Change))
		}
		out = append(out, ansi.Truncate(line, m.width, "…"))
	}
	return out
}

// ShortHelp is scrolling and back.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	on := m.pager.CanUp() || m.pager.CanDown()
	return []key.Binding{keys.Enable(k.Up, on), keys.Enable(k.Down, on), k.Back}
}

// FullHelp is the same keys in one column.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func padLeft(s string, w int) string {
	return strings.Repeat(" ", max(0, w-layout.Width(s))) + s
}

func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-layout.Width(s)))
}

// plural is key for a count: key_one for one, key for any other.
func plural(key string, n int) string {
	if n == 1 {
		return key + "_one"
	}
	return key
}
