package offerpick

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
)

// Question ids of the offer's fit, shown in each offer's detail line.
const (
	idStages = "offer.fit.stages"
	idMin    = "offer.fit.employees.min"
	idMax    = "offer.fit.employees.max"
)

// head is the title and intro above the list; rows of two lines follow.
func (m Model) head(w int) []string {
	th := m.c.Theme
	lines := []string{"", "  " + th.Title.Render(m.c.T("home.prepare")) + th.Muted.Render("  "+m.c.T("offerpick.subtitle")), ""}
	for _, l := range strings.Split(ansi.Wordwrap(m.c.T("offerpick.intro"), w, ""), "\n") {
		lines = append(lines, "  "+th.Text.Render(l))
	}
	return append(lines, "")
}

// rows is how many offers fit under the head, above the status line.
func (m Model) rows() int {
	return max(1, (m.height-len(m.head(m.textWidth()))-4)/2)
}

func (m Model) textWidth() int { return max(20, m.width-4) }

// View draws the head, the visible offers and the confirmation or
// status line.
func (m Model) View() string {
	th := m.c.Theme
	w := m.textWidth()
	lines := m.head(w)
	rows := m.rows()
	first := m.window(rows)
	for i := first; i <= len(m.offers) && i < first+rows; i++ {
		title, detail := m.c.T("offerpick.new"), m.c.T("offerpick.new_detail")
		if i < len(m.offers) {
			title, detail = m.offers[i].Name, m.detail(m.offers[i])
		}
		mark, style := "    ", th.Text
		if i == m.cursor {
			mark, style = "  "+th.Cursor.Render("❯ "), th.Selected
		}
		lines = append(lines, mark+style.Render(ansi.Truncate(title, w-2, "…")))
		lines = append(lines, "    "+th.Muted.Render(ansi.Truncate(detail, w-2, "…")))
	}
	lines = append(lines, "")
	switch {
	case m.confirm && m.cursor < len(m.offers):
		for _, l := range strings.Split(ansi.Wordwrap(m.c.T("offerpick.confirm", m.offers[m.cursor].Name), w, ""), "\n") {
			lines = append(lines, "  "+th.Warn.Render(l))
		}
	case m.status != "":
		for _, l := range strings.Split(ansi.Wordwrap(m.status, w, ""), "\n") {
			lines = append(lines, "  "+th.Error.Render(l))
		}
	}
	if len(lines) > m.height {
		lines = lines[:max(0, m.height)]
	}
	return strings.Join(lines, "\n")
}

// detail is an offer's cost price, list price and fit on one line.
func (m Model) detail(o journal.Offer) string {
	lang := m.c.Lang()
	var parts []string
	if v, ok := o.Answers.Num(coach.IDCost); ok {
		parts = append(parts, m.c.T("offerpick.cost", locale.FormatMoney(lang, v)))
	}
	if v, ok := o.Answers.Num("offer.list_price"); ok {
		parts = append(parts, m.c.T("offerpick.list_price", locale.FormatMoney(lang, v)))
	}
	if stages, ok := o.Answers.List(idStages); ok && len(stages) > 0 {
		labels := make([]string, len(stages))
		for i, s := range stages {
			labels[i] = safetext.Line(s)
			if q, ok := m.c.Playbook.Question(idStages); ok {
				if opt, ok := q.Option(s); ok {
					labels[i] = opt.Label.In(lang)
				}
			}
		}
		parts = append(parts, strings.Join(labels, ", "))
	}
	lo, hasLo := o.Answers.Num(idMin)
	hi, hasHi := o.Answers.Num(idMax)
	if hasLo && hasHi {
		parts = append(parts, m.c.T("offerpick.employees", count(lo), count(hi)))
	}
	if len(parts) == 0 {
		return m.c.T("offerpick.no_detail")
	}
	return strings.Join(parts, " · ")
}

func count(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
