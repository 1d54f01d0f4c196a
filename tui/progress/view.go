package progress

import (
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

// chartHeight is the rows of the score chart: even, so the 50 line falls
// on a row's edge, and smaller on short terminals.
func (m Model) chartHeight() int {
	h := min(max((m.height-chrome)/4, 4), 10)
	return h - h%2
}

// scoreLines are the heading with the averages and the column chart of
// the latest attempts that fit, oldest left.
func (m Model) scoreLines() []string {
	th := m.c.Theme
	as := m.p.Attempts
	best := 0
	for _, a := range as {
		best = max(best, a.Score)
	}
	out := []string{
		"  " + th.Heading.Render(m.c.T("practice.progress.scores")),
		"  " + th.Muted.Render(ansi.Truncate(m.c.T(plural("training.progress.summary", len(as)), len(as), m.p.Average, min(len(as), training.RecentAttempts), m.p.RecentAverage, best), max(1, m.width-2), "…")),
		"",
	}
	n := chart.Fit(m.width-axisWidth-2, colWidth, colGap)
	shown := as[max(0, len(as)-n):]
	values := make([]int, len(shown))
	for i, a := range shown {
		values[i] = a.Score
	}
	h := m.chartHeight()
	for r, row := range chart.Columns(values, h, colWidth, colGap) {
		axis := "    │ "
		switch r {
		case 0:
			axis = "100 ┤ "
		case h / 2:
			axis = " 50 ┤ "
		}
		out = append(out, "  "+th.Faint.Render(axis)+th.Accent.Render(row))
	}
	width := max(1, len(values)*(colWidth+colGap)-colGap)
	out = append(out, "  "+th.Faint.Render("  0 └"+strings.Repeat("─", width+1)))
	if len(shown) < len(as) {
		out = append(out, "  "+th.Faint.Render(m.c.T("training.progress.shown", len(shown), len(as))))
	}
	return out
}

// missedLines are how often each pillar was missed most, as bars.
func (m Model) missedLines() []string {
	th := m.c.Theme
	out := []string{"  " + th.Heading.Render(m.c.T("training.progress.missed"))}
	most, nw := 0, 0
	for _, pc := range m.p.Missed {
		most = max(most, pc.Count)
		nw = max(nw, layout.Width(m.c.T("pillar."+string(pc.Pillar))))
	}
	for _, pc := range m.p.Missed {
		name := m.c.T("pillar." + string(pc.Pillar))
		share := 0.0
		if most > 0 {
			share = float64(pc.Count) * 100 / float64(most)
		}
		filled, empty := chart.Bar(share, 16)
		out = append(out, "  "+th.Text.Render(name)+strings.Repeat(" ", nw-layout.Width(name)+2)+th.Warn.Render(filled)+th.Faint.Render(empty)+" "+th.Heading.Render(strconv.Itoa(pc.Count)))
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
		line := "  " + th.Faint.Render(a.At.Local().Format("2006-01-02")) + "  " + th.Heading.Render(padLeft(strconv.Itoa(a.Score), 3)) +
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
	last := checks[len(checks)-1].At.Local().Format("2006-01-02")
	out = append(out, "  "+th.Muted.Render(m.c.T(plural("training.progress.checks", len(checks)), len(checks), last)))
	nw := 0
	for _, tr := range m.p.Traits {
		nw = max(nw, layout.Width(m.c.T("practice.trait."+string(tr.Trait))))
	}
	spark := min(len(checks), max(1, m.width-nw-30))
	for _, tr := range m.p.Traits {
		name := m.c.T("practice.trait." + string(tr.Trait))
		hist := tr.History[max(0, len(tr.History)-spark):]
		line := "  " + th.Text.Render(name) + strings.Repeat(" ", nw-layout.Width(name)+2) +
			th.Accent.Render(padRight(chart.Spark(hist), spark)) + "  " + th.Heading.Render(padLeft(strconv.Itoa(tr.Now), 3))
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
