package room

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/internal/page"
)

// pageChrome is the lines of the detail and class views around their
// page: title, two lines about it, blank; the "more" line below.
const pageChrome = 5

// pageView is the participant's answers or the class view: its head and
// the page of lines under it.
func (t Trainer) pageView() []string {
	th := t.c.Theme
	w := max(20, t.width-2)
	var head []string
	if t.view == viewClass {
		head = []string{t.titleLine(t.c.T("room.class.title")), " " + th.Heading.Render(ansi.Truncate(t.caseLine(), w, "…")),
			" " + th.Muted.Render(ansi.Truncate(t.c.T("room.class.hint", t.snap.Spread.Calls), w, "…")), ""}
	} else {
		head = t.detailHead(w)
	}
	lines := append(head, t.pager.Lines()...)
	more := ""
	if t.pager.CanDown() {
		more = " " + th.Faint.Render(t.c.T("training.more"))
	}
	return append(lines, more)
}

// rebuild sets the page's lines for the view on screen.
func (t *Trainer) rebuild() {
	t.pager.SetHeight(t.pageRows())
	switch t.view {
	case viewDetail:
		t.pager.SetLines(t.detailLines())
	case viewClass:
		t.pager.SetLines(t.classLines())
	}
}

// member is the participant under the cursor.
func (t Trainer) member() (Member, bool) {
	if t.cursor < 0 || t.cursor >= len(t.snap.Members) {
		return Member{}, false
	}
	return t.snap.Members[t.cursor], true
}

// detailHead is the participant's line: mode, answered, facts, score,
// and their call against the expert.
func (t Trainer) detailHead(w int) []string {
	th := t.c.Theme
	m, ok := t.member()
	if !ok {
		return []string{t.titleLine(""), "", "", ""}
	}
	parts := []string{m.Name}
	if m.Progress.Total > 0 {
		parts = append(parts, t.c.T("room.detail.answered", m.Progress.Answered, m.Progress.Total))
	}
	call := th.Faint.Render(t.where(m.Progress))
	if r := m.Result; r != nil {
		parts = append(parts, t.c.T("practice.mode."+string(r.Mode)), t.c.T("room.detail.facts", int(r.Points.Facts+0.5), int(practice.FactPoints)), t.c.T("room.score", r.Score))
		call = t.callText(Member{Predicted: &r.Predicted})
	}
	expert := ""
	if t.snap.Expert != nil {
		expert = th.Muted.Render("   "+t.c.T("room.expert")+" ") + th.Heading.Render(t.verdict(*t.snap.Expert))
	}
	return []string{
		t.titleLine(t.c.T("room.detail.title", t.cursor+1, len(t.snap.Members))),
		" " + th.Heading.Render(ansi.Truncate(strings.Join(parts, " · "), w, "…")),
		ansi.Truncate(" "+th.Muted.Render(t.c.T("room.detail.call")+" ")+call+expert, t.width, "…"),
		"",
	}
}

// detailLines are the participant's answers that differ from the case's
// facts, each with the case's fact and its teaching note.
func (t Trainer) detailLines() []string {
	th := t.c.Theme
	w := min(max(20, t.width-2), 100)
	m, ok := t.member()
	if !ok {
		return nil
	}
	if m.Result == nil {
		return page.Wrap(th.Muted, t.c.T("room.detail.no_call", m.Name), " ", w)
	}
	diffs := m.Result.Diffs
	if len(diffs) == 0 {
		return page.Wrap(th.Win, t.c.T("room.detail.all_match"), " ", w)
	}
	out := []string{" " + th.Heading.Render(t.c.T("room.detail.differ", len(diffs))), ""}
	for _, d := range diffs {
		out = append(out, page.Wrap(th.Text, t.question(d.Question), " ", w)...)
		theirs := d.TraineeText
		if !d.Given {
			theirs = t.c.T("room.no_answer")
		}
		cmp := th.Muted.Render(ansi.Truncate(m.Name, 20, "…")+": ") + th.Lose.Render(theirs) +
			th.Muted.Render(" · "+t.c.T("room.detail.case")+": ") + th.Win.Render(d.CaseText)
		if d.Credit > 0 {
			cmp += th.Muted.Render(" · " + t.c.T("room.detail.partly"))
		}
		out = append(out, ansi.Truncate("    "+cmp, max(1, t.width), "…"))
		if d.Note != "" {
			out = append(out, page.Wrap(th.Muted, d.Note, "    ", w)...)
		}
		out = append(out, "")
	}
	return append(out, page.Wrap(th.Faint, t.c.T("room.detail.rest_match"), " ", w)...)
}

// question is a question's text in the session's language.
func (t Trainer) question(id string) string {
	if q, ok := t.c.Playbook.Question(id); ok {
		return q.Text.In(t.c.Lang())
	}
	return id
}

// answerCount is how many participants gave one answer to a question.
type answerCount struct {
	text string
	n    int
}

// questionSpread is the class's answers to one question.
type questionSpread struct {
	id     string
	order  int    // the question's place in the first attempt that missed it
	caseIs string // the case's answer
	missed int
	others []answerCount // the other answers, most given first
}

// classLines are the class per question: the call's spread with the
// expert's marked, then every question someone got wrong, the most
// missed first, with how many gave which answer and the case's answer
// marked.
func (t Trainer) classLines() []string {
	th := t.c.Theme
	w := min(max(20, t.width-2), 100)
	s := t.snap
	out := []string{
		" " + th.Heading.Render(t.c.T("room.class.call")),
		" " + t.countLine(t.c.T("room.calls"), s.Spread.Quadrants, func(k string) string { return t.c.T("quadrant." + k) }),
		" " + t.countLine(t.c.T("room.decisions"), s.Spread.Decisions, func(k string) string { return t.c.T("decision." + k) }),
		"",
	}
	called := 0
	for _, m := range s.Members {
		if m.Result != nil {
			called++
		}
	}
	qs := t.spreads()
	if len(qs) == 0 {
		return append(out, page.Wrap(th.Win, t.c.T("room.class.all_match"), " ", w)...)
	}
	for _, q := range qs {
		out = append(out, ansi.Truncate(" "+th.Text.Render(t.question(q.id))+th.Lose.Render("  "+t.c.T("room.class.missed", q.missed, called)), t.width, "…"))
		out = append(out, ansi.Truncate("    "+th.Win.Render("★ "+t.c.T("room.class.case", q.caseIs, called-q.missed)), t.width, "…"))
		for _, a := range q.others {
			out = append(out, ansi.Truncate("      "+th.Muted.Render(t.c.T("room.class.answer", a.text, a.n)), t.width, "…"))
		}
		out = append(out, "")
	}
	return append(out, page.Wrap(th.Faint, t.c.T("room.class.rest_match"), " ", w)...)
}

// spreads gathers, per question, the answers that differ from the case
// among the calls made: a participant without a difference on a
// question gave the case's answer.
func (t Trainer) spreads() []questionSpread {
	byID := map[string]*questionSpread{}
	var all []*questionSpread
	for _, m := range t.snap.Members {
		if m.Result == nil {
			continue
		}
		for i, d := range m.Result.Diffs {
			q, ok := byID[d.Question]
			if !ok {
				q = &questionSpread{id: d.Question, order: i, caseIs: d.CaseText}
				byID[d.Question] = q
				all = append(all, q)
			}
			q.missed++
			text := d.TraineeText
			if !d.Given {
				text = t.c.T("room.no_answer")
			}
			found := false
			for j := range q.others {
				if q.others[j].text == text {
					q.others[j].n++
					found = true
				}
			}
			if !found {
				q.others = append(q.others, answerCount{text: text, n: 1})
			}
		}
	}
	out := make([]questionSpread, len(all))
	for i, q := range all {
		sort.SliceStable(q.others, func(a, b int) bool { return q.others[a].n > q.others[b].n })
		out[i] = *q
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].missed != out[b].missed {
			return out[a].missed > out[b].missed
		}
		return out[a].order < out[b].order
	})
	return out
}
