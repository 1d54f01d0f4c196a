package practice

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// listKey moves over the cases and opens one.
func (m Model) listKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k, n := m.c.Keys, len(m.cases())
	switch {
	case keys.Matches(msg, k.Back):
		return m, func() tea.Msg { return nav.HomeMsg{} }
	case n == 0:
	case keys.Matches(msg, k.Up):
		m.cursor = (m.cursor + n - 1) % n
		m.first = layout.Window(m.first, m.cursor, m.listRows(), n)
	case keys.Matches(msg, k.Down):
		m.cursor = (m.cursor + 1) % n
		m.first = layout.Window(m.first, m.cursor, m.listRows(), n)
	case keys.Matches(msg, k.Open):
		return m.openStory(m.cases()[m.cursor])
	}
	return m, nil
}

// openStory shows cs's story with a fresh attempt, and asks the store
// for a draft of it to offer.
func (m Model) openStory(cs *cases.Case) (Model, tea.Cmd) {
	m.cs, m.step, m.started = cs, stepStory, false
	m.answers, m.prefilled, m.result, m.hasRec, m.failed = nil, nil, nil, false, ""
	m.saver, m.found, m.asking, m.problem, m.startWanted = nil, nil, false, "", false
	m.pager.Top()
	m.rebuild()
	cmd := m.loadDraft(cs.ID)
	m.pending = cmd != nil
	return m, cmd
}

// listView is the cases, two lines each: the title, then the client and
// the offer and the best score so far. What a case trains is its lesson,
// so the list does not say it: that comes with the result.
func (m Model) listView() string {
	th := m.c.Theme
	w := max(20, m.width-4)
	lines := []string{m.header(m.c.T("practice.title"), m.c.T(plural("training.practice.count", len(m.cases())), len(m.cases()))), ""}
	lines = append(lines, "  "+th.Heading.Render(m.c.T("practice.pick")), "")
	all := m.cases()
	if len(all) == 0 {
		lines = append(lines, "  "+th.Muted.Render(m.c.T("training.practice.no_cases")))
		return strings.Join(lines, "\n")
	}
	best := m.best()
	for i := m.first; i < len(all) && i < m.first+m.listRows(); i++ {
		cs := all[i]
		mark, style := "    ", th.Text
		if i == m.cursor {
			mark, style = "  "+th.Cursor.Render("❯ "), th.Selected
		}
		lines = append(lines, mark+style.Render(ansi.Truncate(cs.Title.In(m.c.Lang()), w-2, "…")))
		// The best score stays whole; the client and offer give way.
		score := ""
		if b, ok := best[cs.ID]; ok {
			score = " · " + m.c.T("training.practice.best", b)
		}
		detail := ansi.Truncate(m.who(cs), max(1, w-2-layout.Width(score)), "…") + score
		lines = append(lines, "    "+th.Muted.Render(ansi.Truncate(detail, w-2, "…")))
	}
	return strings.Join(lines, "\n")
}

// listRows is how many cases fit under the list's four lines of heading.
func (m Model) listRows() int { return max(1, (m.height-4)/2) }

// who is a case's client and offer, from its facts: what tells cases
// apart without giving their lesson away. Read once per case.
func (m Model) who(cs *cases.Case) string {
	if s, ok := m.labels[cs.ID]; ok {
		return s
	}
	var parts []string
	if f, err := training.Facts(m.c.Coach, cs); err == nil {
		for _, id := range []string{"client.name", "offer.name"} {
			if v, ok := f[id].Value.(string); ok && v != "" {
				parts = append(parts, safetext.Line(v))
			}
		}
	}
	s := strings.Join(parts, " · ")
	if m.labels != nil {
		m.labels[cs.ID] = s
	}
	return s
}

// about names a case's pillar and what it trains: its lesson, shown only
// once the call is made.
func (m Model) about(cs *cases.Case) string {
	parts := []string{m.c.T("pillar." + string(cs.Pillar))}
	for _, t := range cs.Tags {
		parts = append(parts, m.tag(t))
	}
	return strings.Join(parts, " · ")
}

// tag is a tag's name, or the tag as written when the catalog has none (a
// trainer's own).
func (m Model) tag(t string) string {
	if key := "practice.tag." + t; m.c.Cat.Has(key) {
		return m.c.T(key)
	}
	return t
}

// best is the best score per case so far.
func (m Model) best() map[string]int {
	out := map[string]int{}
	for _, d := range m.history {
		if b, ok := out[d.CaseID]; !ok || d.Score > b {
			out[d.CaseID] = d.Score
		}
	}
	return out
}

// plural is key for a count: key_one for one, key for any other.
func plural(key string, n int) string {
	if n == 1 {
		return key + "_one"
	}
	return key
}
