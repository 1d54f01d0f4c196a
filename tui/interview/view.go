package interview

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/theme"
)

// chrome is the lines above the body: header, tabs and a blank line.
const chrome = 3

// layout sizes the panes for the current terminal size.
func (m *Model) layout() {
	bodyH := max(1, m.height-chrome)
	m.vd.SetSize(m.width, bodyH)
	main, coachW, side := m.columns()
	switch {
	case m.opts.Exam:
		m.pane.SetSize(0, 0)
	case side:
		m.pane.SetSize(coachW, bodyH)
	case m.coachShown:
		_, coachH := layout.Rows(bodyH)
		m.pane.SetSize(m.width, coachH)
	default:
		m.pane.SetSize(m.width, 0)
	}
	for _, f := range m.fields {
		f.SetWidth(main - 2)
	}
}

// columns is layout.Columns, or the full width when the coach is hidden
// (exam mode).
func (m Model) columns() (main, coach int, side bool) {
	if m.opts.Exam {
		return m.width, 0, false
	}
	return layout.Columns(m.width)
}

// View draws the header, the tabs and the body.
func (m Model) View() string {
	if m.width == 0 {
		return ""
	}
	header, tabs, body := m.header(), m.tabs(), m.body()
	var b strings.Builder
	b.Grow(len(header) + len(tabs) + len(body) + 3)
	b.WriteString(header)
	b.WriteByte('\n')
	b.WriteString(tabs)
	b.WriteString("\n\n")
	b.WriteString(body)
	return b.String()
}

// header is the product, the deal once known, and the progress.
func (m Model) header() string {
	th := m.c.Theme
	left := th.Title.Render("winwin")
	if deal := m.dealName(); deal != "" {
		left += th.Muted.Render(" · ") + th.Heading.Render(deal)
	}
	right := th.Muted.Render(m.c.T("interview.progress", m.a.Answered, m.a.Total))
	if m.warning != "" {
		right = th.Warn.Render(m.warning) + "  " + right
	}
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		left = ansi.Truncate(left, max(0, m.width-lipgloss.Width(right)-2), "…")
		gap = max(1, m.width-lipgloss.Width(left)-lipgloss.Width(right))
	}
	return ansi.Truncate(left+strings.Repeat(" ", gap)+right, m.width, "")
}

func (m Model) dealName() string {
	switch {
	case m.a.Deal.Client != "" && m.a.Deal.Offer != "":
		return m.a.Deal.Client + " — " + m.a.Deal.Offer
	case m.a.Deal.Client != "":
		return m.a.Deal.Client
	}
	return m.a.Deal.Offer
}

// tabs is the section tabs with answered counts, then the verdict.
func (m Model) tabs() string {
	active := m.section()
	var tabs []tab
	for _, s := range m.c.Playbook.Sections {
		done, total := 0, 0
		for _, q := range s.Questions {
			_, ok := m.answers[q.ID]
			if ok {
				done++
			}
			// A question that does not apply to this deal is not counted.
			if ok || q.When == nil || m.c.Coach.Applies(m.answers, q.ID) {
				total++
			}
		}
		tabs = append(tabs, tab{title: s.Title.In(m.c.Lang()), done: done, total: total})
	}
	if !m.opts.Finish {
		tabs = append(tabs, tab{title: m.c.T("interview.verdict_tab"), total: -1})
	}
	var sig strings.Builder
	for _, t := range tabs {
		sig.WriteString(strconv.Itoa(t.done))
		sig.WriteByte('/')
		sig.WriteString(strconv.Itoa(t.total))
		sig.WriteByte(',')
	}
	sig.WriteString(strconv.Itoa(active) + "," + strconv.Itoa(m.width))
	return m.tabMemo.Get(sig.String(), func() string { return m.drawTabs(tabs, active) })
}

// drawTabs lays out and styles the tabs.
func (m Model) drawTabs(tabs []tab, active int) string {
	th := m.c.Theme
	labels := fitTabs(tabs, active, m.width)
	parts := make([]string, len(labels))
	for i, l := range labels {
		if i == active {
			parts[i] = th.ActiveTab.Render(l)
		} else {
			parts[i] = th.Tab.Render(l)
		}
	}
	return ansi.Truncate(strings.Join(parts, th.Faint.Render("│")), m.width, "…")
}

// body is the question with the coach pane beside or under it, or the
// verdict.
func (m Model) body() string {
	bodyH := max(1, m.height-chrome)
	if m.verdict {
		return m.vd.View()
	}
	main, coachW, side := m.columns()
	if side {
		q := layout.Fit(strings.Split(m.question(main, bodyH), "\n"), main, bodyH)
		// The pane is rendered to its exact size when it changes; only a
		// mismatch (a size change in flight) needs measuring here.
		pane := m.pane.Lines()
		if len(pane) != bodyH {
			pane = layout.Fit(pane, coachW, bodyH)
		}
		size := len(q)
		for i := range q {
			size += len(q[i]) + 1 + len(pane[i])
		}
		var b strings.Builder
		b.Grow(size)
		for i := range q {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(q[i])
			b.WriteByte(' ')
			b.WriteString(pane[i])
		}
		return b.String()
	}
	if !m.coachShown || m.opts.Exam {
		return m.question(m.width, bodyH)
	}
	qH, coachH := layout.Rows(bodyH)
	q := layout.Lines(strings.Split(m.question(m.width, qH), "\n"), qH)
	if coachH == 0 {
		return strings.Join(q, "\n")
	}
	return strings.Join(q, "\n") + "\n" + m.pane.View()
}

// question draws the question on screen: where it is, its text, its help
// and its input. When space is short the help goes first, then the top of
// the input (the part under the cursor stays).
func (m Model) question(width, height int) string {
	if len(m.fields) == 0 {
		return ""
	}
	th := m.c.Theme
	q := m.c.Playbook.Questions[m.cur]
	lang := m.c.Lang()
	sec := m.c.Playbook.Sections[m.section()]
	pos := 0
	for i, sq := range sec.Questions {
		if sq.ID == q.ID {
			pos = i + 1
		}
	}
	w := max(10, width-2)
	where := th.Muted.Render(ansi.Truncate(m.c.T("interview.where", sec.Title.In(lang), pos, len(sec.Questions)), w, "…"))
	text := wrap(th.Heading, q.Text.In(lang), w)
	help := wrap(th.Muted, q.Help.In(lang), w)
	input := strings.Split(m.fields[m.cur].View(), "\n")
	for i := range input {
		input[i] = " " + input[i]
	}
	head := append([]string{where}, text...)
	lines := append(append(append(head, help...), ""), input...)
	if len(lines) > height {
		lines = append(append(head, ""), input...)
	}
	if len(lines) > height {
		lines = lines[len(lines)-height:]
	}
	return strings.Join(lines, "\n")
}

func wrap(style theme.Paint, s string, w int) []string {
	lines := strings.Split(ansi.Wordwrap(s, w, ""), "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}
