package practice

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
)

// predict is the trainee's call: a quadrant, then a decision. Each group
// has a cursor and the option picked (-1 before one is).
type predict struct {
	group  int // 0 the quadrant, 1 the decision
	cursor [2]int
	picked [2]int
}

func newPredict() predict { return predict{picked: [2]int{-1, -1}} }

// options is the number of options in each group.
func groupSize(g int) int {
	if g == 0 {
		return len(coach.Quadrants())
	}
	return len(coach.Decisions())
}

// predictAction is what a key did to the prediction.
type predictAction int

const (
	predictStay predictAction = iota
	predictDone               // both picked: score it
	predictBack               // leave the prediction for the interview
)

// update applies one key. Picking (a digit, or enter on the cursor) in
// the quadrant moves on to the decision; picking the decision is done.
func (p predict) update(msg tea.KeyMsg, k *keys.KeyMap) (predict, predictAction) {
	n := groupSize(p.group)
	pick := func(i int) (predict, predictAction) {
		p.cursor[p.group], p.picked[p.group] = i, i
		if p.group == 0 {
			p.group = 1
			if p.picked[1] >= 0 {
				return p, predictDone
			}
			return p, predictStay
		}
		return p, predictDone
	}
	switch {
	case keys.Matches(msg, k.Back):
		if p.group == 1 {
			p.group = 0
			return p, predictStay
		}
		return p, predictBack
	case keys.Matches(msg, k.Up):
		p.cursor[p.group] = (p.cursor[p.group] + n - 1) % n
	case keys.Matches(msg, k.Down):
		p.cursor[p.group] = (p.cursor[p.group] + 1) % n
	case keys.Matches(msg, k.Next), keys.Matches(msg, k.Prev):
		p.group = 1 - p.group
	case keys.Matches(msg, k.Answer):
		return pick(p.cursor[p.group])
	case keys.Matches(msg, k.PickUpTo(n)):
		if i, err := strconv.Atoi(msg.String()); err == nil {
			return pick(i - 1)
		}
	}
	return p, predictStay
}

// verdict is the prediction in the coach's terms; a group not picked
// yet is empty.
func (p predict) verdict() training.Verdict {
	var v training.Verdict
	if p.picked[0] >= 0 {
		v.Quadrant = coach.Quadrants()[p.picked[0]]
	}
	if p.picked[1] >= 0 {
		v.Decision = coach.Decisions()[p.picked[1]]
	}
	return v
}

// predictKey runs a key through the prediction; when both are picked the
// attempt is scored.
func (m Model) predictKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	var act predictAction
	m.pred, act = m.pred.update(msg, m.c.Keys)
	switch act {
	case predictDone:
		return m.score()
	case predictBack:
		return m.resume()
	}
	return m, nil
}

// resume goes back into the finished interview, on the question it
// finished from.
func (m Model) resume() (nav.Screen, tea.Cmd) {
	m.step = stepInterview
	var cmd tea.Cmd
	m.iv, cmd = m.iv.Resume()
	return m, cmd
}

// predictView is the two groups of options.
func (m Model) predictView() string {
	th := m.c.Theme
	lines := []string{m.header(m.c.T("practice.title")+" · "+m.caseTitle(), m.modeName()), ""}
	lines = append(lines, m.oneLine(th.Title, m.c.T("practice.predict.title")), "")
	groups := []struct {
		title  string
		labels []string
	}{
		{m.c.T("practice.predict.quadrant"), m.quadrantLabels()},
		{m.c.T("practice.predict.decision"), m.decisionLabels()},
	}
	for g, grp := range groups {
		style := th.Muted
		if g == m.pred.group {
			style = th.Heading
		}
		lines = append(lines, m.oneLine(style, grp.title))
		for i, l := range grp.labels {
			lines = append(lines, m.optionLine(g, i, l))
		}
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// optionLine is one option: the cursor in the active group, the digit,
// the label and a tick when picked.
func (m Model) optionLine(g, i int, label string) string {
	th := m.c.Theme
	active := g == m.pred.group && i == m.pred.cursor[g]
	mark, style := "    ", th.Text
	if active {
		mark, style = "  "+th.Cursor.Render("❯ "), th.Selected
	}
	tick := ""
	if m.pred.picked[g] == i {
		tick = " " + th.Win.Render("✓")
	}
	return mark + th.Faint.Render(strconv.Itoa(i+1)+" ") + style.Render(label) + tick
}

func (m Model) quadrantLabels() []string {
	var out []string
	for _, q := range coach.Quadrants() {
		out = append(out, m.c.T("quadrant."+string(q))+" — "+m.c.T("quadrant.hint."+string(q)))
	}
	return out
}

func (m Model) decisionLabels() []string {
	var out []string
	for _, d := range coach.Decisions() {
		out = append(out, m.c.T("decision."+string(d)))
	}
	return out
}

// predictKeys are the prediction's keys.
func (m Model) predictKeys() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Up, k.Down, k.PickUpTo(groupSize(m.pred.group)), k.Answer, relabel(k.Next, m.c.T("training.keys.switch")), k.Back}
}
