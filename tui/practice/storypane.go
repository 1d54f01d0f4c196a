package practice

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// This file keeps the story in sight while the trainee answers: beside
// the questions where the screen is wide enough (layout.SideBySide), in
// place of them on a key below that. The answers are in the story, so
// hiding it while answering only tests memory.

// storyPaneMin and storyPaneMax bound the story pane's width beside the
// interview.
const (
	storyPaneMin = 34
	storyPaneMax = 60
)

// wide reports whether the story fits beside the interview.
func (m Model) wide() bool { return m.width >= layout.SideBySide }

// storyShown reports whether the story is on screen with the interview:
// by default beside it on a wide screen, and not on a narrow one; the
// toggle key flips that.
func (m Model) storyShown() bool { return m.wide() != m.storyFlipped }

// storyCovers reports whether the story is shown in place of the
// questions (a narrow screen); keys then scroll it.
func (m Model) storyCovers() bool { return m.storyShown() && !m.wide() }

// paneWidth is the story pane's width beside the interview, 0 when it is
// not beside it.
func (m Model) paneWidth() int {
	if !m.storyShown() || !m.wide() {
		return 0
	}
	return min(max(m.width*3/8, storyPaneMin), storyPaneMax)
}

// sizeInterview gives the interview what the story leaves of the screen
// (the header line above it, the story pane and a rule beside it), and
// sizes the story pane.
func (m *Model) sizeInterview() {
	w, h := m.width, max(1, m.height-1)
	if pw := m.paneWidth(); pw > 0 {
		w -= pw + 1
	}
	if m.started {
		m.iv.SetSize(w, h)
	}
	m.side.SetLines(m.paneLines())
	m.side.SetHeight(h - 1)
}

// paneLines are the story set for the pane, or for the whole width when
// it covers the questions.
func (m Model) paneLines() []string {
	if m.cs == nil {
		return nil
	}
	w := min(m.width-2, maxText)
	indent := "  "
	if pw := m.paneWidth(); pw > 0 {
		w, indent = pw-1, " "
	}
	var out []string
	for i, p := range page.Paragraphs(m.cs.Story.In(m.c.Lang())) {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, page.Wrap(m.c.Theme.Text, p, indent, w)...)
	}
	return out
}

// storyToggleKey shows or hides the story during the interview.
func (m Model) storyToggleKey() key.Binding {
	b := key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", m.c.T("training.keys.story_toggle")))
	return keys.Enable(b, m.step == stepInterview)
}

// storyScrollKeys are the keys that scroll the story while it is on
// screen with the interview, up first: alt with the arrows beside the
// questions (the arrows are the answer's), the arrows too when it covers
// them.
func (m Model) storyScrollKeys() (up, down []string) {
	up, down = []string{"alt+up", "alt+k"}, []string{"alt+down", "alt+j"}
	if m.storyCovers() {
		up, down = append(up, "up", "k", "pgup"), append(down, "down", "j", "pgdown")
	}
	return up, down
}

// storyScrollKey is the story's scroll keys as one binding, for the help
// line.
func (m Model) storyScrollKey() key.Binding {
	up, down := m.storyScrollKeys()
	label := "alt+↑/↓"
	if m.storyCovers() {
		label = "↑/↓"
	}
	on := m.step == stepInterview && m.storyShown() && (m.side.CanUp() || m.side.CanDown())
	return keys.Enable(key.NewBinding(key.WithKeys(append(up, down...)...), key.WithHelp(label, m.c.T("training.keys.story_scroll"))), on)
}

// storyPaneKey handles the story's keys in the interview; ok is false
// for a key that is the interview's.
func (m Model) storyPaneKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd, bool) {
	switch {
	case keys.Matches(msg, m.storyToggleKey()):
		m.storyFlipped = !m.storyFlipped
		m.sizeInterview()
		return m, nil, true
	case keys.Matches(msg, m.storyScrollKey()):
		up, _ := m.storyScrollKeys()
		if slices.Contains(up, msg.String()) {
			m.side.Scroll(-1)
		} else {
			m.side.Scroll(1)
		}
		return m, nil, true
	case m.storyCovers() && keys.Matches(msg, m.c.Keys.Back):
		m.storyFlipped = !m.storyFlipped
		m.sizeInterview()
		return m, nil, true
	case m.storyCovers():
		// The questions are out of sight: typing into them blind helps
		// nobody.
		return m, nil, true
	}
	return m, nil, false
}

// interviewView is the interview under one line naming the case, with the
// story beside it or in its place.
func (m Model) interviewView() string {
	right := m.modeName()
	if m.prefilled != nil && strings.HasPrefix(m.iv.Current(), training.PrefillSection+".") {
		// The long hint where it leaves room for the case's title, else
		// the short one.
		for _, k := range []string{"training.prefill.hint", "training.prefill.short"} {
			if hint := m.c.T(k) + " · " + right; layout.Width(hint)+40 <= m.width {
				right = hint
				break
			}
		}
	}
	head := m.header(m.c.T("practice.title")+" · "+m.caseTitle(), right)
	h := max(1, m.height-1)
	if m.storyCovers() {
		return head + "\n" + strings.Join(m.paneView(m.width, h), "\n")
	}
	pw := m.paneWidth()
	if pw == 0 {
		return head + "\n" + m.iv.View()
	}
	ivW := m.width - pw - 1
	left := layout.Fit(strings.Split(m.iv.View(), "\n"), ivW, h)
	pane := m.paneView(pw, h)
	rule := m.c.Theme.Faint.Render("│")
	var b strings.Builder
	b.WriteString(head)
	for i := range left {
		b.WriteString("\n" + left[i] + rule + pane[i])
	}
	return b.String()
}

// paneView is the story's title over its window, w wide and h high.
func (m Model) paneView(w, h int) []string {
	th := m.c.Theme
	indent := " "
	if m.storyCovers() {
		indent = "  "
	}
	title := th.Heading.Render(m.c.T("practice.story"))
	if m.side.CanDown() {
		title += "  " + th.Faint.Render(m.c.T("training.more"))
	}
	lines := append([]string{ansi.Truncate(indent+title, w, "…")}, m.side.Lines()...)
	return layout.Fit(lines, w, h)
}
