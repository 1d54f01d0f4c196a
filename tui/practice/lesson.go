package practice

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/internal/page"
)

// This file is the lesson of the result: the expert's reasoning on the
// facts the case teaches, what was missed most and why the next case
// trains it.

// taughtLines are the expert's reasoning: every fact the case teaches,
// the trainee's answer beside the case's, and the note, whether the
// trainee got it right or not.
func (m Model) taughtLines(w int) []string {
	th := m.c.Theme
	r := m.result
	if len(r.Taught) == 0 {
		return nil
	}
	out := []string{"", "  " + th.Heading.Render(m.c.T("training.result.taught"))}
	for _, tg := range r.Taught {
		out = append(out, "")
		out = append(out, page.Wrap(th.Heading, m.questionText(tg.Question), "  ", w)...)
		mark, style := th.Win.Render("✓ "), th.Win
		switch {
		case tg.Credit >= training.Full:
		case tg.Credit > 0:
			mark, style = th.Warn.Render("~ "), th.Warn
		default:
			mark, style = th.Lose.Render("✗ "), th.Lose
		}
		cmp := mark + th.Muted.Render(m.c.T("practice.result.yours")+": ") + style.Render(tg.TraineeText) +
			th.Muted.Render(" · "+m.c.T("practice.result.case")+": ") + th.Win.Render(tg.CaseText)
		// Wrapped like the answers that differ: a list is the point here.
		for _, l := range strings.Split(ansi.Wordwrap(cmp, max(8, w-4), ""), "\n") {
			out = append(out, "    "+l)
		}
		out = append(out, page.Wrap(th.Text, tg.Note, "    ", w)...)
	}
	return out
}

// questionText is a question's text in the screen's language, or its id.
func (m Model) questionText(id string) string {
	if q, ok := m.c.Playbook.Question(id); ok {
		return q.Text.In(m.c.Lang())
	}
	return id
}

// missText names what an attempt missed most: the decision, a side of
// the quadrant or a pillar; "" for nothing.
func (m Model) missText(miss training.Miss) string {
	switch miss.Kind {
	case training.MissDecision:
		return m.c.T("training.missed.decision", m.c.T("decision."+string(miss.Decision)))
	case training.MissSeller:
		return m.c.T("training.missed.seller")
	case training.MissClient:
		return m.c.T("training.missed.client")
	case training.MissPillar:
		return m.c.T("pillar." + string(miss.Pillar))
	}
	return ""
}

// focusText says why the next case trains what was missed; "" when any
// case would do.
func (m Model) focusText(f training.Miss) string {
	switch f.Kind {
	case training.MissDecision:
		return m.c.T("training.focus.decision")
	case training.MissSeller, training.MissClient:
		// Not which way the side goes: that would give the next case's
		// verdict away.
		return m.c.T("training.focus." + string(f.Kind))
	case training.MissPillar:
		return m.c.T("practice.recommend.pillar", m.c.T("pillar."+string(f.Pillar)))
	}
	return ""
}
