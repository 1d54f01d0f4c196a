package journalview

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/verdict"
)

// dealHead is the lines above a deal's revisions: a blank, the deal's
// name, a blank and the heading.
const dealHead = 4

// verdictHead is the lines above a revision's whole verdict.
const verdictHead = 3

// timeFormat is how a revision's time is shown.
const timeFormat = "2006-01-02 15:04"

// dealTitle is "client — offer" and the deal's number.
func (m Model) dealTitle(r journal.Row) string {
	th := m.c.Theme
	name := m.nameOr(r.Client, "journalview.no_client") + " — " + m.nameOr(r.Offer, "journalview.no_offer")
	num := "  #" + strconv.FormatInt(r.Deal, 10)
	return "  " + th.Title.Render(ansi.Truncate(name, max(10, m.width-4-len(num)), "…")) + th.Muted.Render(num)
}

// dealView lists the revisions and sums up the selected one's verdict.
func (m Model) dealView() string {
	th := m.c.Theme
	d := &m.deal
	lines := []string{"", m.dealTitle(d.row), "", "  " + th.Heading.Render(m.c.T("journalview.revisions", len(d.revs)))}
	rows := m.revRows()
	qw, _ := m.labelWidths()
	for i := d.first; i < len(d.revs) && i < d.first+rows; i++ {
		r := d.revs[len(d.revs)-1-i]
		mark := "  "
		if i == d.cursor {
			mark = th.Cursor.Render("❯ ")
		}
		tick := "  "
		if slices.Contains(d.marked, r.Revision) {
			tick = th.Accent.Render("● ")
		}
		lines = append(lines, "  "+mark+tick+th.Muted.Render(cell(strconv.Itoa(r.Revision), 4))+
			th.Muted.Render(r.Time.Format(timeFormat))+gap+
			th.Quadrant(r.Quadrant).Render(cell(m.c.T("quadrant."+string(r.Quadrant)), qw))+gap+
			th.Text.Render(m.c.T("decision."+string(r.Decision))))
	}
	lines = append(lines, "")
	footer := m.footer()
	if r, ok := d.selected(); ok {
		lines = append(lines, m.brief(r, d.verdicts[r.Revision], m.height-len(lines)-max(1, len(footer)))...)
	}
	return m.withFooter(lines, footer)
}

// brief is a revision's verdict in a few lines: quadrant and decision,
// the summary, the scores and the flags, as many as fit in room lines.
func (m Model) brief(r journal.Row, a *coach.Assessment, room int) []string {
	th := m.c.Theme
	head := "  " + th.Heading.Render(m.c.T("journalview.revision", r.Revision)) + "  " +
		th.Quadrant(r.Quadrant).Render(m.c.T("quadrant."+string(r.Quadrant))) + th.Muted.Render(" · ") +
		th.Text.Render(m.c.T("decision."+string(r.Decision)))
	if r.Provisional {
		head += "  " + th.Warn.Render(m.c.T("pane.provisional"))
	}
	out := []string{head}
	if a == nil {
		return append(out, "  "+th.Faint.Render(m.c.T("journalview.loading")))
	}
	out = append(out, m.wrapped(th.Text, a.Summary)...)
	out = append(out, "  "+m.scoresLine(a.Scores))
	for _, f := range a.Flags {
		if len(out) >= room {
			break
		}
		// Wrapped while there is room; the last line that fits says
		// with an ellipsis that there is more.
		lines := m.hanging("  "+flagMark(m, f.Severity)+" ", th.Text, f.Message)
		if left := room - len(out); len(lines) > left {
			lines = lines[:left]
			lines[left-1] = ansi.Truncate(lines[left-1], max(10, m.width-3), "") + "…"
		}
		out = append(out, lines...)
	}
	return out[:min(len(out), max(1, room))]
}

// scoresLine is the five scores on one line.
func (m Model) scoresLine(s coach.Scores) string {
	th := m.c.Theme
	parts := []string{}
	for _, p := range []struct {
		label string
		s     coach.Score
	}{
		{m.c.T("pillar.readiness"), s.Readiness}, {m.c.T("pillar.disclosure"), s.Disclosure}, {m.c.T("pillar.margin"), s.Margin},
		{m.c.T("side.client"), s.Client}, {m.c.T("side.seller"), s.Seller},
	} {
		parts = append(parts, th.Muted.Render(p.label)+" "+th.Text.Render(scoreText(p.s)))
	}
	return strings.Join(parts, th.Faint.Render(" · "))
}

// scoreText is a score, or a dash when unknown.
func scoreText(s coach.Score) string {
	if !s.Known {
		return "–"
	}
	return strconv.Itoa(s.Int())
}

func flagMark(m Model, s playbook.Severity) string {
	th := m.c.Theme
	switch s {
	case playbook.Knockout:
		return th.Knockout.Render("✗")
	case playbook.Warning:
		return th.Warn.Render("!")
	}
	return th.Info.Render("i")
}

// newVerdict is an empty verdict view sized for the screen.
func (m Model) newVerdict() verdict.Model {
	vd := verdict.New(m.c, false)
	vd.SetReadOnly(true)
	vd.SetSize(m.width, max(1, m.height-verdictHead))
	return vd
}

// verdictView is one revision's whole verdict under the deal's name.
func (m Model) verdictView() string {
	th := m.c.Theme
	d := &m.deal
	sub := m.c.T("journalview.revision", d.viewing)
	if r, ok := d.byNumber(d.viewing); ok {
		sub += " · " + r.Time.Format(timeFormat)
	}
	lines := []string{"", m.dealTitle(d.row), "  " + th.Muted.Render(sub)}
	if d.verdicts[d.viewing] == nil {
		lines = append(lines, "", "  "+th.Faint.Render(m.c.T("journalview.loading")))
	} else {
		lines = append(lines, strings.Split(m.vd.View(), "\n")...)
	}
	if footer := m.footer(); len(footer) > 0 {
		return m.withFooter(lines, footer)
	}
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// verdictKey scrolls the verdict; esc goes back to the revisions.
func (m Model) verdictKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.Keys
	up, down := m.vd.CanScroll()
	switch {
	case keys.Matches(msg, keys.Enable(k.Up, up)), keys.Matches(msg, keys.Enable(k.Down, down)):
		m.vd, _ = m.vd.Update(msg)
	case keys.Matches(msg, k.Revise):
		return m, m.reviseCmd(m.deal.row.Deal)
	case keys.Matches(msg, k.Back):
		m.mode = dealMode
	}
	return m, nil
}

// verdictHelp is the verdict view's help line.
func (m Model) verdictHelp() []key.Binding {
	k := m.c.Keys
	up, down := m.vd.CanScroll()
	return []key.Binding{keys.Enable(k.Up, up), keys.Enable(k.Down, down), k.Revise, m.exportKey(), k.Back}
}
