package practice

import (
	"errors"
	"math"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/coach/practice/history"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/theme"
)

// resultChrome is the lines of the result around its content: the
// header, the title with the score and blanks above; the status below.
const resultChrome = 5

// score scores the attempt, remembers it, picks the next case and stores
// the attempt.
func (m Model) score() (nav.Screen, tea.Cmd) {
	m.step = stepResult
	m.pager.Top()
	r, err := training.Score(m.c.Coach, m.cs, training.Attempt{CaseID: m.cs.ID, Mode: m.mode(), Answers: m.answers, Prefilled: m.prefilled, Predicted: m.pred.verdict()})
	if err != nil {
		var de *dealfile.Error
		if errors.As(err, &de) {
			m.failed = de.Format(m.c.Cat)
		} else {
			m.failed = safetext.Line(err.Error())
		}
		m.rebuild()
		return m, nil
	}
	m.result = r
	// The coach's verdict on answers that leave a side open, or too many
	// unknown, is not worth the same as a firm one: say so beside it.
	a := m.c.Coach.Assess(m.answers)
	m.coachOpen = a.Outcome.Client == coach.Open && a.Outcome.Seller == coach.Open
	m.coachProvisional = a.Provisional
	m.history = append(m.history, training.Done{CaseID: r.CaseID, At: m.now(), Mode: m.mode(), Score: r.Score, Weakest: r.Weakest})
	m.rec, m.hasRec = training.Recommend(m.cfg.Library, r, m.history)
	m.status = ""
	if m.cfg.Store == nil {
		m.status = m.c.T("training.practice.not_kept_long")
	}
	m.rebuild()
	return m, m.storeAttempt(history.Attempt(r, m.answers))
}

// resultKey scrolls the result, starts the recommended case or goes back
// to the list.
func (m Model) resultKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k := m.c.Keys
	switch {
	case keys.Matches(msg, k.Back):
		m.step = stepList
		return m, nil
	case keys.Matches(msg, k.Up):
		m.pager.Scroll(-1)
	case keys.Matches(msg, k.Down):
		m.pager.Scroll(1)
	case keys.Matches(msg, k.NextSection):
		m.pager.Scroll(max(1, m.pager.Len()))
	case keys.Matches(msg, k.PrevSection):
		m.pager.Top()
	case keys.Matches(msg, m.nextCaseKey()):
		for i, cs := range m.cases() {
			if cs.ID == m.rec.CaseID {
				m.cursor = i
				m.first = layout.Window(m.first, i, m.listRows(), len(m.cases()))
				return m.openStory(cs)
			}
		}
	}
	return m, nil
}

// resultView is the title and score, the comparison and the status.
func (m Model) resultView() string {
	th := m.c.Theme
	title := th.Title.Render(m.c.T("practice.result.title"))
	if m.result != nil {
		title += "   " + th.Heading.Render(m.c.T("practice.result.score", m.result.Score))
	}
	lines := []string{m.header(m.c.T("practice.title")+" · "+m.caseTitle(), m.modeName()), "", "  " + ansi.Truncate(title, max(1, m.width-2), "…"), ""}
	lines = append(lines, m.pager.Lines()...)
	return strings.Join(append(lines, page.Footer(th, m.status, m.pager.CanDown(), m.c.T("training.more"), m.width)), "\n")
}

// resultLines is the comparison: the points, the three verdicts, what was
// missed most and the next case, then every answer that differs from the
// case with its teaching note.
func (m Model) resultLines() []string {
	th := m.c.Theme
	w := min(m.width-2, maxText)
	if m.failed != "" {
		var out []string
		for _, l := range strings.Split(m.failed, "\n") {
			out = append(out, page.Wrap(th.Error, l, "  ", w)...)
		}
		return out
	}
	r := m.result
	if r == nil {
		return nil
	}
	pts := func(key string, got, of float64) string {
		return m.c.T(key, int(math.Round(got)), int(of))
	}
	// The lesson of the case, kept back until the call is made.
	out := page.Wrap(th.Accent, m.c.T("training.result.trains", m.about(m.cs)), "  ", w)
	out = append(out, page.Wrap(th.Muted, strings.Join([]string{
		pts("practice.result.quadrant", r.Points.Quadrant, training.QuadrantPoints),
		pts("practice.result.decision", r.Points.Decision, training.DecisionPoints),
		pts("practice.result.facts", r.Points.Facts, training.FactPoints),
	}, " · "), "  ", w)...)
	if r.Given > 0 {
		out = append(out, page.Wrap(th.Faint, m.c.T(plural("training.result.given", r.Given), r.Given), "  ", w)...)
	}
	out = append(out, "")
	out = append(out, m.verdictRows()...)
	out = append(out, "")
	out = append(out, m.nextLines(w)...)
	out = append(out, m.taughtLines(w)...)
	taught := map[string]bool{}
	for _, tg := range r.Taught {
		taught[tg.Question] = true
	}
	var others []training.Diff
	for _, d := range r.Diffs {
		if !taught[d.Question] {
			others = append(others, d)
		}
	}
	out = append(out, "", "  "+th.Heading.Render(m.c.T("practice.result.differs")))
	if len(others) == 0 {
		out = append(out, "  "+th.Win.Render(m.c.T("training.result.no_other_diffs")))
	}
	for _, d := range others {
		out = append(out, "")
		out = append(out, m.diffLines(d, w)...)
	}
	return out
}

// verdictRows are the prediction, the coach's verdict and the expert's,
// one row each; the prediction's parts show right or wrong in colour.
func (m Model) verdictRows() []string {
	th := m.c.Theme
	r := m.result
	labels := []string{m.c.T("practice.result.you"), m.c.T("practice.result.coach"), m.c.T("practice.result.expert")}
	lw := 0
	for _, l := range labels {
		lw = max(lw, layout.Width(l))
	}
	right := func(ok bool) theme.Paint {
		if ok {
			return th.Win
		}
		return th.Lose
	}
	q := func(v training.Verdict) string { return m.c.T("quadrant." + string(v.Quadrant)) }
	d := func(v training.Verdict) string { return m.c.T("decision." + string(v.Decision)) }
	arrow := th.Muted.Render(" → ")
	rows := []string{
		right(r.Predicted.Quadrant == r.Expert.Quadrant).Render(q(r.Predicted)) + arrow + right(r.Predicted.Decision == r.Expert.Decision).Render(d(r.Predicted)),
		m.coachRow(q(r.Coach) + arrow + th.Text.Render(d(r.Coach))),
		th.Heading.Render(q(r.Expert)) + arrow + th.Heading.Render(d(r.Expert)),
	}
	out := make([]string, len(rows))
	for i, row := range rows {
		pad := strings.Repeat(" ", lw-layout.Width(labels[i])+3)
		out[i] = ansi.Truncate("  "+th.Muted.Render(labels[i])+pad+row, m.width, "…")
	}
	return out
}

// coachRow is the coach's verdict, or that it has none yet, and whether
// it is provisional.
func (m Model) coachRow(verdict string) string {
	th := m.c.Theme
	if m.coachOpen {
		return th.Muted.Render(m.c.T("training.result.coach_open"))
	}
	if m.coachProvisional {
		return th.Text.Render(verdict) + "  " + th.Warn.Render(m.c.T("pane.provisional"))
	}
	return th.Text.Render(verdict)
}

// nextLines say what was missed most and which case trains it.
func (m Model) nextLines(w int) []string {
	th := m.c.Theme
	r := m.result
	var out []string
	if missed := m.missText(r.Missed); missed != "" {
		out = append(out, "  "+th.Warn.Render(m.c.T("practice.result.weakest", missed)))
	} else {
		out = append(out, "  "+th.Win.Render(m.c.T("practice.result.perfect")))
	}
	if !m.hasRec {
		return out
	}
	cs, ok := m.cfg.Library.Case(m.rec.CaseID)
	if !ok {
		return out
	}
	out = append(out, "  "+th.Heading.Render(ansi.Truncate(m.c.T("practice.recommend.next", cs.Title.In(m.c.Lang())), max(1, w-2), "…")))
	why := m.focusText(m.rec.Focus)
	if why != "" {
		why += " "
	}
	why += m.c.T("practice.recommend." + string(m.rec.Why))
	out = append(out, page.Wrap(th.Muted, why, "    ", w)...)
	return append(out, "    "+th.Accent.Render(m.c.T("training.practice.enter_next")))
}

// diffLines are one answer that differs: the question, both answers, and
// the note.
func (m Model) diffLines(d training.Diff, w int) []string {
	th := m.c.Theme
	out := page.Wrap(th.Heading, m.questionText(d.Question), "  ", w)
	cmp := th.Muted.Render(m.c.T("practice.result.yours")+": ") + th.Lose.Render(d.TraineeText) +
		th.Muted.Render(" · "+m.c.T("practice.result.case")+": ") + th.Win.Render(d.CaseText)
	if d.Credit > 0 {
		cmp += th.Muted.Render(" · " + m.c.T("practice.result.partial"))
	}
	// Wrapped, not cut: a list of the case's (a Dutch one above all) is
	// longer than a line, and every item of it is what the trainee missed.
	for _, l := range strings.Split(ansi.Wordwrap(cmp, max(8, w-4), ""), "\n") {
		out = append(out, "    "+l)
	}
	if d.Note != "" {
		out = append(out, page.Wrap(th.Text, d.Note, "    ", w)...)
	}
	return out
}
