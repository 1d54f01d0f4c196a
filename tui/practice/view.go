package practice

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/theme"
)

// View draws the step on screen.
func (m Model) View() string {
	if m.width == 0 {
		return ""
	}
	switch m.step {
	case stepStory:
		return m.storyView()
	case stepInterview:
		return m.interviewView()
	case stepPredict:
		return m.predictView()
	case stepResult:
		return m.resultView()
	}
	return m.listView()
}

// header is the screen's top line: winwin, where the trainee is, and on
// the right what applies (the mode, the number of cases) and whether the
// work is kept.
func (m Model) header(where, right string) string {
	th := m.c.Theme
	left := th.Title.Render("winwin") + th.Muted.Render(" · ") + th.Heading.Render(where)
	r := th.Muted.Render(right)
	if m.cfg.Store == nil {
		r = th.Warn.Render(m.c.T("training.practice.not_kept")) + "  " + r
	}
	gap := m.width - layout.Width(left) - layout.Width(r)
	if gap < 1 {
		left = ansi.Truncate(left, max(0, m.width-layout.Width(r)-2), "…")
		gap = max(1, m.width-layout.Width(left)-layout.Width(r))
	}
	return ansi.Truncate(left+strings.Repeat(" ", gap)+r, m.width, "")
}

// modeName is the mode of the case in progress.
func (m Model) modeName() string { return m.nameOf(m.mode()) }

// nameOf is a mode's name on screen; anything but exam is learn.
func (m Model) nameOf(mode training.Mode) string {
	if mode == training.Exam {
		return m.c.T("practice.mode.exam")
	}
	return m.c.T("practice.mode.learn")
}

// mode is the mode of the case in progress.
func (m Model) mode() training.Mode {
	if m.exam {
		return training.Exam
	}
	return training.Learn
}

// caseTitle is the title of the case in progress.
func (m Model) caseTitle() string {
	if m.cs == nil {
		return ""
	}
	return m.cs.Title.In(m.c.Lang())
}

// rebuild renders the long content of the step on screen (the story or
// the result) for the current size, and sizes the pager.
func (m *Model) rebuild() {
	switch m.step {
	case stepStory:
		m.pager.SetLines(m.storyLines())
		m.pager.SetHeight(m.height - storyChrome)
	case stepResult:
		m.pager.SetLines(m.resultLines())
		m.pager.SetHeight(m.height - resultChrome)
	}
}

// oneLine is s on one indented line, cut to the width.
func (m Model) oneLine(style theme.Paint, s string) string {
	return "  " + style.Render(ansi.Truncate(s, max(1, m.width-2), "…"))
}
