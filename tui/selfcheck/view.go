package selfcheck

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	training "github.com/winwincoach/winwin/coach/practice"
	sc "github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/internal/chart"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/layout"
)

// profileChrome is the lines around the profile: the header and a blank
// above, the status below.
const profileChrome = 3

// maxText is the widest a paragraph is set, for reading.
const maxText = 96

// barWidth is the width of a trait's bar.
const barWidth = 24

// View draws the statement on screen, or the profile.
func (m Model) View() string {
	if m.width == 0 {
		return ""
	}
	if m.profile != nil {
		return m.profileView()
	}
	return m.rateView()
}

// header is the screen's top line: winwin, the self-check, and on the
// right how far the trainee is.
func (m Model) header(right string) string {
	th := m.c.Theme
	left := th.Title.Render("winwin") + th.Muted.Render(" · ") + th.Heading.Render(m.c.T("practice.selfcheck.title"))
	r := th.Muted.Render(right)
	if m.cfg.Store == nil {
		r = th.Warn.Render(m.c.T("training.practice.not_kept")) + "  " + r
	}
	gap := max(1, m.width-layout.Width(left)-layout.Width(r))
	return ansi.Truncate(left+strings.Repeat(" ", gap)+r, m.width, "")
}

// rateView is the intro, the statement and the scale.
func (m Model) rateView() string {
	th := m.c.Theme
	st := m.statements()
	w := min(m.width-2, maxText)
	if len(st) == 0 {
		return m.header("")
	}
	lines := []string{m.header(m.c.T("training.selfcheck.position", m.cur+1, len(st))), ""}
	lines = append(lines, page.Wrap(th.Muted, m.c.T("practice.selfcheck.intro"), "  ", w)...)
	lines = append(lines, "")
	lines = append(lines, page.Wrap(th.Heading, st[m.cur].Text.In(m.c.Lang()), "  ", w)...)
	lines = append(lines, "")
	rated, has := m.ratings[st[m.cur].ID]
	for v := sc.MinRating; v <= sc.MaxRating; v++ {
		mark, style := "    ", th.Text
		if v == m.cursor {
			mark, style = "  "+th.Cursor.Render("❯ "), th.Selected
		}
		tick := ""
		if has && v == rated {
			tick = " " + th.Win.Render("✓")
		}
		lines = append(lines, mark+th.Faint.Render(strconv.Itoa(v)+" ")+style.Render(m.c.T("practice.selfcheck.scale."+strconv.Itoa(v)))+tick)
	}
	lines = append(lines, "", "  "+th.Faint.Render(m.c.T("training.selfcheck.rated", len(m.ratings), len(st))))
	if m.status != "" {
		lines = append(lines, "  "+th.Warn.Render(ansi.Truncate(m.status, max(1, m.width-2), "…")))
	}
	return strings.Join(lines, "\n")
}

// profileView is the profile in a pager, with the status under it.
func (m Model) profileView() string {
	th := m.c.Theme
	lines := []string{m.header(""), ""}
	lines = append(lines, m.pager.Lines()...)
	return strings.Join(append(lines, page.Footer(th, m.status, m.pager.CanDown(), m.c.T("training.more"), m.width)), "\n")
}

// rebuild renders the profile for the current size.
func (m *Model) rebuild() {
	if m.profile == nil {
		return
	}
	m.pager.SetLines(m.profileLines())
	m.pager.SetHeight(m.height - profileChrome)
}

// profileLines are the bars with the change per trait, the weakest
// trait, what it means and what to practise.
func (m Model) profileLines() []string {
	th := m.c.Theme
	w := min(m.width-2, maxText)
	lang := m.c.Lang()
	out := []string{"  " + th.Title.Render(m.c.T("practice.selfcheck.profile")), ""}
	names := make([]string, len(m.trends))
	nw := 0
	for i, tr := range m.trends {
		names[i] = m.c.T("practice.trait." + string(tr.Trait))
		nw = max(nw, layout.Width(names[i]))
	}
	for i, tr := range m.trends {
		out = append(out, m.traitLines(tr, names[i], nw)...)
	}
	out = append(out, "")
	if len(m.earlier) == 0 {
		out = append(out, page.Wrap(th.Muted, m.c.T("practice.selfcheck.first"), "  ", w)...)
		out = append(out, "")
	}
	weak := m.c.T("practice.trait." + string(m.profile.Weakest))
	out = append(out, "  "+th.Warn.Render(m.c.T("practice.selfcheck.weakest", weak)))
	if info, ok := m.cfg.Set.Trait(m.profile.Weakest); ok {
		out = append(out, page.Wrap(th.Muted, info.About.In(lang), "  ", w)...)
	}
	out = append(out, m.evidenceLines(w)...)
	out = append(out, "", "  "+th.Heading.Render(m.c.T("practice.selfcheck.practise")))
	for _, a := range m.profile.Advice(m.cfg.Set, lang) {
		wrapped := page.Wrap(th.Text, a, "    ", w)
		wrapped[0] = "  " + th.Accent.Render("•") + wrapped[0][3:]
		out = append(out, wrapped...)
	}
	return out
}

// traitLines are one trait: its name, bar and score with the change, and
// under it its trust-equation term, the best so far and a sparkline of
// every check.
func (m Model) traitLines(tr training.TraitTrend, name string, nameWidth int) []string {
	th := m.c.Theme
	filled, empty := chart.Bar(float64(tr.Now), barWidth)
	bar := th.Accent.Render(filled) + th.Faint.Render(empty)
	if tr.Trait == m.profile.Weakest {
		bar = th.Warn.Render(filled) + th.Faint.Render(empty)
	}
	pad := strings.Repeat(" ", nameWidth-layout.Width(name)+2)
	line := "  " + th.Text.Render(name) + pad + bar + " " + th.Heading.Render(padLeft(strconv.Itoa(tr.Now), 3))
	if tr.HasPrevious {
		change := m.c.T("practice.selfcheck.same")
		style := th.Muted
		if tr.Change != 0 {
			change = m.c.T("practice.selfcheck.change", tr.Change)
			style = th.Win
			if tr.Change < 0 {
				style = th.Lose
			}
		}
		line += "  " + style.Render(change)
	}
	info := m.c.T("practice.term." + termOf(m.cfg.Set, tr.Trait))
	if tr.HasPrevious {
		info += " · " + m.c.T("practice.selfcheck.best", tr.Best) + " · " + chart.Spark(tr.History)
	}
	under := strings.Repeat(" ", nameWidth+4) + th.Faint.Render(info)
	return []string{ansi.Truncate(line, m.width, "…"), ansi.Truncate(under, m.width, "…")}
}

// termOf is the trust-equation term of trait t.
func termOf(set *sc.Set, t sc.Trait) string {
	if info, ok := set.Trait(t); ok {
		return string(info.Term)
	}
	return ""
}

func padLeft(s string, w int) string {
	return strings.Repeat(" ", max(0, w-len(s))) + s
}
