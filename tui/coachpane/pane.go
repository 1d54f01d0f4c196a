// Package coachpane draws the live coach beside (or under) the question:
// both sides' outcome as bars, the three pillar scores, the 2×2 quadrant
// grid with a marker where the deal stands, the raised flags by severity
// and the tip of the answer just given. It only renders what the coach
// said; it decides nothing.
package coachpane

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/layout"
)

// Model is the coach pane. Rendering is cached until the assessment, the
// tip or the size changes, so keys that only move a cursor cost nothing
// here.
type Model struct {
	c             common.Common
	a             *coach.Assessment
	tip           string
	width, height int
	lines         []string // the rendered pane, one entry per row
}

// New returns an empty pane.
func New(c common.Common) Model { return Model{c: c} }

// SetSize sets the outer size of the pane, border included.
func (m *Model) SetSize(w, h int) {
	if w != m.width || h != m.height {
		m.width, m.height = w, h
		m.refresh()
	}
}

// Set shows a new assessment and tip.
func (m *Model) Set(a *coach.Assessment, tip string) {
	m.a, m.tip = a, tip
	m.refresh()
}

// refresh renders the pane now: the setters run in Update, whose result
// is kept, so View (which works on a copy) always finds it ready.
func (m *Model) refresh() {
	m.lines = nil
	if out := m.render(); out != "" {
		m.lines = strings.Split(out, "\n")
	}
}

// Assessment is what the pane shows now.
func (m Model) Assessment() *coach.Assessment { return m.a }

// View renders the pane.
func (m Model) View() string { return strings.Join(m.lines, "\n") }

// Lines is the pane row by row, for joining beside another pane without
// measuring it again.
func (m Model) Lines() []string { return m.lines }

func (m *Model) render() string {
	if m.a == nil || m.width < 10 || m.height < 1 {
		return ""
	}
	if m.height < 8 {
		return m.compact()
	}
	th := m.c.Theme
	inner := m.width - 4 // border and padding
	var lines []string
	title := th.Title.Render(m.c.T("pane.title"))
	if m.a.Provisional {
		title += "  " + th.Warn.Render(m.c.T("pane.provisional"))
	}
	lines = append(lines, title,
		m.sideBar(m.c.T("side.client"), m.a.Scores.Client, m.a.Outcome.Client, inner),
		m.pillars(inner, playbook.Readiness, playbook.Disclosure),
		m.sideBar(m.c.T("side.seller"), m.a.Scores.Seller, m.a.Outcome.Seller, inner),
		m.pillars(inner, playbook.Margin),
		"")
	lines = append(lines, m.grid(inner)...)
	lines = append(lines, m.verdictLine(inner))
	if m.height >= 24 {
		lines = append(lines, m.moneyLines(inner)...)
	}
	lines = append(lines, "")
	rest := m.height - 2 - len(lines)
	tip := m.tipLines(inner)
	flags := m.flagLines(inner, max(0, rest-len(tip)))
	lines = append(lines, flags...)
	if len(tip) > 0 && len(lines)+len(tip) <= m.height-2 {
		if len(flags) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, tip...)
	}
	if len(lines) > m.height-2 {
		lines = lines[:m.height-2]
	}
	return th.Pane.Width(m.width - 2).Height(m.height - 2).Render(strings.Join(lines, "\n"))
}

// moneyLines are the margin, the walk-away line and how many questions
// are still to find out, each when there is something to say.
func (m *Model) moneyLines(width int) []string {
	th := m.c.Theme
	var out []string
	if mg := m.a.Margin; mg != nil {
		lang := m.c.Lang()
		out = append(out, m.c.T("pane.margin", locale.FormatAmount(lang, m.a.Currency, mg.Amount), locale.FormatPercent(lang, mg.Percent)))
	}
	if m.a.WalkAway.Known {
		out = append(out, m.a.WalkAway.Line)
	}
	for i, l := range out {
		out[i] = th.Muted.Render(ansi.Truncate(l, width, "…"))
	}
	return append(out, m.findOutLines(width)...)
}

// findOutLines say how many answers are still to find out, and which, by
// their labels, in at most two lines.
func (m *Model) findOutLines(width int) []string {
	n := len(m.a.FindOut)
	if n == 0 || m.a.Answered == 0 {
		return nil
	}
	labels := make([]string, 0, n)
	for _, f := range m.a.FindOut {
		labels = append(labels, m.c.Playbook.Label(f.Question, m.c.Lang()))
	}
	text := m.c.T("report.pane.find_out", n) + ": " + strings.Join(labels, ", ")
	lines := strings.Split(ansi.Wordwrap(text, width, ""), "\n")
	if len(lines) > 2 {
		lines = lines[:2]
		lines[1] = ansi.Truncate(lines[1], width-1, "") + "…"
	}
	for i, l := range lines {
		lines[i] = m.c.Theme.Muted.Render(l)
	}
	return lines
}

// compact is the pane in three lines, for stacked layouts on short
// terminals.
func (m *Model) compact() string {
	th := m.c.Theme
	w := m.width
	line1 := m.c.T("side.client") + " " + m.sideScore(m.a.Scores.Client, m.a.Outcome.Client) + " " + m.outcomeText(m.a.Outcome.Client) +
		" · " + m.c.T("side.seller") + " " + m.sideScore(m.a.Scores.Seller, m.a.Outcome.Seller) + " " + m.outcomeText(m.a.Outcome.Seller) +
		" · " + m.verdictLine(w)
	rule := th.Faint.Render(strings.Repeat("─", w))
	lines := []string{rule, ansi.Truncate(line1, w, "…")}
	// The flags, strongest first, and the tip share the rows left,
	// wrapped: the tip keeps a row, the flags take what they need, and
	// text is cut (with an ellipsis) only when the rows run out.
	var tip []string
	if m.tip != "" {
		tip = compactWrap(m.c.T("pane.tip")+": "+m.tip, w)
	}
	room := m.height - len(lines) - min(len(tip), 1)
	for _, f := range m.a.Flags {
		if room <= 0 {
			break
		}
		flag := compactWrap(m.flagMark(f.Severity)+" "+f.Message, w)
		lines = append(lines, fitRows(flag, room, w)...)
		room -= min(len(flag), room)
	}
	for _, l := range fitRows(tip, m.height-len(lines), w) {
		lines = append(lines, th.Muted.Render(l))
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	return strings.Join(lines, "\n")
}

// compactWrap wraps s to width w.
func compactWrap(s string, w int) []string {
	return strings.Split(ansi.Wordwrap(s, max(1, w), ""), "\n")
}

// fitRows is at most n of lines; when some are left out, the last shown
// ends in an ellipsis.
func fitRows(lines []string, n, w int) []string {
	if n <= 0 {
		return nil
	}
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	out[n-1] = ansi.Truncate(out[n-1], max(1, w-1), "") + "…"
	return out
}

func (m *Model) scoreText(s coach.Score) string {
	if !s.Known {
		return "–"
	}
	return itoa(s.Int())
}

// sideScore is a side's score, or "?" while the side is open.
func (m *Model) sideScore(s coach.Score, o coach.Outcome) string {
	if o == coach.Open {
		return "?"
	}
	return m.scoreText(s)
}

func (m *Model) outcomeText(o coach.Outcome) string {
	th := m.c.Theme
	switch o {
	case coach.Win:
		return th.Win.Render(m.c.T("outcome.win"))
	case coach.Lose:
		return th.Lose.Render(m.c.T("outcome.lose"))
	}
	return th.Open.Render(m.c.T("outcome.open"))
}

// sideBar is "Client  ████████░░  82 wins".
func (m *Model) sideBar(label string, s coach.Score, o coach.Outcome, width int) string {
	th := m.c.Theme
	const labelW, tailW = 8, 12
	barW := max(4, width-labelW-tailW)
	cells := layout.BarCells(s.Value, barW)
	score := m.sideScore(s, o)
	if !s.Known || o == coach.Open {
		// An open side has no score to show yet: one answer that scores
		// 100 says nothing about the side.
		cells = 0
	}
	style := th.Open
	switch o {
	case coach.Win:
		style = th.Win
	case coach.Lose:
		style = th.Lose
	}
	bar := style.Render(strings.Repeat("█", cells)) + th.Faint.Render(strings.Repeat("░", barW-cells))
	return pad(ansi.Truncate(label, labelW-1, ""), labelW) + bar + " " + pad(score, 3) + " " + m.outcomeText(o)
}

// pillars is the line under a side's bar with the pillars behind it.
func (m *Model) pillars(width int, ps ...playbook.Pillar) string {
	parts := make([]string, 0, len(ps))
	for _, p := range ps {
		parts = append(parts, m.c.T("pillar."+string(p))+" "+m.scoreText(m.a.Scores.Pillar(p)))
	}
	return m.c.Theme.Muted.Render(ansi.Truncate("        "+strings.Join(parts, " · "), width, "…"))
}

func pad(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [12]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
