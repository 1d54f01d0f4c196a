package journalview

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
)

// comparison is two revisions of a deal compared: how the verdict moved
// and what changed answer by answer.
type comparison struct {
	from, to journal.Row
	c        *journal.Comparison // nil until read
	old, new *coach.Assessment   // both verdicts, for the flags' messages
	lines    []string            // drawn when read and on resize
	first    int
}

func (m Model) gotComparison(msg compareMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status = m.c.Cat.M(journal.MessageOf(msg.err))
		if m.mode == compareMode {
			m.mode = dealMode
		}
		return m, nil
	}
	if msg.from.Ref != m.cmp.from.Ref || msg.to.Ref != m.cmp.to.Ref {
		return m, nil
	}
	m.cmp.c, m.cmp.old, m.cmp.new, m.cmp.first = &msg.cmp, msg.old, msg.new, 0
	m.cmp.lines = m.drawComparison()
	return m, nil
}

// compareRows is the lines of the comparison on screen.
func (m Model) compareRows() int { return max(1, m.height-1) }

// compareView draws the visible part of the comparison.
func (m Model) compareView() string {
	if m.cmp.c == nil {
		return strings.Join([]string{"", m.dealTitle(m.deal.row), "", "  " + m.c.Theme.Faint.Render(m.c.T("journalview.loading"))}, "\n")
	}
	lines := m.cmp.lines
	end := min(len(lines), m.cmp.first+m.compareRows())
	out := append([]string{}, lines[m.cmp.first:end]...)
	return m.withFooter(out, m.footer())
}

// compareKey scrolls the comparison; esc goes back to the revisions.
func (m Model) compareKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.Keys
	last := m.compareLast()
	up, down, pgUp, pgDown := m.compareKeys()
	switch {
	case keys.Matches(msg, up):
		m.cmp.first = max(0, m.cmp.first-1)
	case keys.Matches(msg, down):
		m.cmp.first = min(last, m.cmp.first+1)
	case keys.Matches(msg, pgUp):
		m.cmp.first = max(0, m.cmp.first-m.compareRows())
	case keys.Matches(msg, pgDown):
		m.cmp.first = min(last, m.cmp.first+m.compareRows())
	case keys.Matches(msg, k.Back):
		m.mode = dealMode
	}
	return m, nil
}

// compareHelp is the comparison's help line.
func (m Model) compareHelp() []key.Binding {
	up, down, pgUp, pgDown := m.compareKeys()
	return []key.Binding{up, down, pgDown, pgUp, m.c.Keys.Back}
}

// compareLast is the first line shown when scrolled to the end.
func (m Model) compareLast() int { return max(0, len(m.cmp.lines)-m.compareRows()) }

// compareKeys scroll the comparison, each on while there is more that way.
func (m Model) compareKeys() (up, down, pgUp, pgDown key.Binding) {
	k := m.c.Keys
	above, below := m.cmp.first > 0, m.cmp.first < m.compareLast()
	return keys.Enable(k.Up, above), keys.Enable(k.Down, below),
		keys.Enable(m.relabel(k.PrevSection, "journalview.key.page_up"), above),
		keys.Enable(m.relabel(k.NextSection, "journalview.key.page_down"), below)
}

// drawComparison lays the comparison out: the two revisions, how the
// verdict moved, the scores before and after, the flags raised and
// cleared, and every changed answer with its old and new value.
func (m Model) drawComparison() []string {
	th := m.c.Theme
	c := m.cmp.c
	from, to := m.cmp.from, m.cmp.to
	lines := []string{"", m.dealTitle(m.deal.row),
		"  " + th.Muted.Render(m.c.T("journalview.compare.between", from.Revision, from.Time.Format(timeFormat), to.Revision, to.Time.Format(timeFormat))), ""}

	verdictOf := func(q coach.Quadrant, d coach.Decision) string {
		return th.Quadrant(q).Render(m.c.T("quadrant."+string(q))) + th.Muted.Render(" · ") + th.Text.Render(m.c.T("decision."+string(d)))
	}
	label := th.Heading.Render(cell(m.c.T("journalview.compare.verdict"), 12))
	if c.VerdictMoved() {
		lines = append(lines, "  "+label+verdictOf(c.OldQuadrant, c.OldDecision)+th.Accent.Render("  →  ")+verdictOf(c.NewQuadrant, c.NewDecision))
	} else {
		lines = append(lines, "  "+label+verdictOf(c.NewQuadrant, c.NewDecision)+th.Muted.Render("  "+m.c.T("journalview.compare.unchanged")))
	}
	switch {
	case c.OldProvisional && !c.NewProvisional:
		lines = append(lines, "  "+cell("", 12)+th.Win.Render(m.c.T("journalview.compare.no_longer_provisional")))
	case !c.OldProvisional && c.NewProvisional:
		lines = append(lines, "  "+cell("", 12)+th.Warn.Render(m.c.T("journalview.compare.now_provisional")))
	}

	lines = append(lines, "", "  "+th.Heading.Render(cell(m.c.T("journalview.compare.scores"), 14))+
		th.Muted.Render(cell(m.c.T("journalview.compare.before"), 8)+m.c.T("journalview.compare.after")))
	for _, s := range c.Scores {
		line := "  " + th.Text.Render(cell(m.scoreLabel(s.Name), 14)) + th.Muted.Render(cell(scoreText(s.Old), 8)) + th.Text.Render(cell(scoreText(s.New), 8))
		if d, ok := s.Delta(); ok && d != 0 {
			p, sign := th.Win, "+"
			if d < 0 {
				p, sign = th.Lose, ""
			}
			line += p.Render(sign + strconv.Itoa(d))
		}
		lines = append(lines, strings.TrimRight(line, " "))
	}

	lines = append(lines, m.flagLines("journalview.compare.raised", c.Raised, m.flagMessages(true))...)
	lines = append(lines, m.flagLines("journalview.compare.cleared", c.Cleared, m.flagMessages(false))...)

	lines = append(lines, "", "  "+th.Heading.Render(m.c.T("journalview.compare.changes", len(c.Changes))))
	if len(c.Changes) == 0 {
		lines = append(lines, "  "+th.Muted.Render(m.c.T("journalview.compare.no_changes")))
	}
	for _, ch := range c.Changes {
		lines = append(lines, m.wrapped(th.Text, m.questionText(ch.Question))...)
		old, now := m.answerText(ch.Question, ch.Old, ch.Had), m.answerText(ch.Question, ch.New, ch.Has)
		if layout.Width("    "+old+"  →  "+now) <= m.width {
			lines = append(lines, "    "+th.Lose.Render(old)+th.Accent.Render("  →  ")+th.Win.Render(now))
			continue
		}
		// Too long for one line: before and after on lines of their own.
		w := max(10, m.width-6)
		lines = append(lines, "    "+th.Lose.Render(ansi.Truncate(old, w, "…")), "  "+th.Accent.Render("→ ")+th.Win.Render(ansi.Truncate(now, w, "…")))
	}
	// Whatever is still wider than the screen is cut with an ellipsis,
	// never by the terminal.
	for i, l := range lines {
		if layout.Width(l) > m.width {
			lines[i] = ansi.Truncate(l, max(1, m.width), "…")
		}
	}
	return lines
}

// scoreLabel names a score of journal.ScoreChange.
func (m Model) scoreLabel(name string) string {
	switch name {
	case "client", "seller":
		return m.c.T("side." + name)
	}
	return m.c.T("pillar." + name)
}

// flagMessages maps flag ids to the flags of the new (raised) or the old
// (cleared) revision's verdict.
func (m Model) flagMessages(raised bool) map[string]coach.Flag {
	out := map[string]coach.Flag{}
	a := m.cmp.old
	if raised {
		a = m.cmp.new
	}
	if a != nil {
		for _, f := range a.Flags {
			out[f.ID] = f
		}
	}
	return out
}

// flagLines lists flags under a heading, by message when known.
func (m Model) flagLines(headKey string, ids []string, msgs map[string]coach.Flag) []string {
	if len(ids) == 0 {
		return nil
	}
	th := m.c.Theme
	out := []string{"", "  " + th.Heading.Render(m.c.T(headKey))}
	for _, id := range ids {
		text, mark := id, th.Info.Render("i")
		if f, ok := msgs[id]; ok {
			text, mark = f.Message, flagMark(m, f.Severity)
		}
		out = append(out, m.hanging("  "+mark+" ", th.Text, text)...)
	}
	return out
}
