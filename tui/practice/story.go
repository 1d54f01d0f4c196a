package practice

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/winwincoach/winwin/coach"
	training "github.com/winwincoach/winwin/coach/practice"

	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/interview"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
)

// storyChrome is the lines of the story step around the story: the
// header, the title, what the case trains and blanks above; a blank and
// the mode line below.
const storyChrome = 7

// maxText is the widest a paragraph is set, for reading.
const maxText = 96

// storyKey scrolls the story, switches the mode and starts (or goes back
// to) the interview.
func (m Model) storyKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k := m.c.Keys
	if next, cmd, ok := m.draftKey(msg); ok {
		return next, cmd
	}
	switch {
	case keys.Matches(msg, k.Back):
		// The interview goes; with a store its answers stay in the
		// case's draft, which the story offers when the case is opened.
		m.step, m.started, m.saver = stepList, false, nil
		return m, nil
	case keys.Matches(msg, k.Up):
		m.pager.Scroll(-1)
	case keys.Matches(msg, k.Down):
		m.pager.Scroll(1)
	case keys.Matches(msg, k.NextSection):
		m.pager.Scroll(m.pager.Len())
	case keys.Matches(msg, k.PrevSection):
		m.pager.Top()
	case keys.Matches(msg, m.modeKey()):
		m.exam = !m.exam
	case keys.Matches(msg, m.startKey()):
		if m.pending {
			// Started before the store said whether there is a draft:
			// start once it has, unless there is one to offer.
			m.startWanted = true
			return m, nil
		}
		return m.startInterview()
	}
	return m, nil
}

// startInterview opens the interview of the case (continuing the draft
// offered, on its first unanswered question), or goes back to the one
// under way. With a store every answer is kept in the case's draft.
func (m Model) startInterview() (nav.Screen, tea.Cmd) {
	m.step = stepInterview
	if m.started {
		return m, nil
	}
	m, answers, draft := m.continueDraft()
	m.started, m.asking, m.problem = true, false, ""
	answers = m.prefill(answers)
	opts := interview.Options{Exam: m.exam, Finish: true}
	m.saver = nil
	if m.cfg.Store != nil {
		m.saver = newCaseSaver(m.cfg.Store, m.cfg.Owner, m.draftBase(), draft)
		m.cfg.Ledger.Add(m.saver.Keeper)
		opts.Saver = m.saver
	}
	m.iv = interview.New(m.c, answers, opts)
	m.sizeInterview()
	m.side.Top()
	init := m.iv.Init()
	if draft == 0 && len(m.prefilled) > 0 {
		// A fresh start opens on the offer the case filled in, so the
		// trainee reads it over before going on (pgup from the first
		// question after it, or from an offer question left open, is
		// the offer's first question).
		var back tea.Cmd
		m.iv, back = m.iv.Update(tea.KeyMsg{Type: tea.KeyPgUp})
		init = tea.Batch(init, back)
	}
	return m, init
}

// storyView is the case's title, its client and offer, the story and the
// mode. What the case trains is not said before the call.
func (m Model) storyView() string {
	th := m.c.Theme
	lines := []string{m.header(m.c.T("practice.title"), m.c.T("practice.story")), ""}
	lines = append(lines, m.oneLine(th.Heading, m.caseTitle()), m.oneLine(th.Muted, m.who(m.cs)), "")
	lines = append(lines, m.pager.Lines()...)
	more := ""
	switch {
	case m.problem != "":
		more = m.oneLine(th.Warn, m.problem)
	case m.pager.CanDown():
		more = "  " + th.Faint.Render(m.c.T("training.more"))
	}
	lines = append(lines, more, m.modeLine())
	return strings.Join(lines, "\n")
}

// storyLines is the story, paragraph by paragraph.
func (m Model) storyLines() []string {
	if m.cs == nil {
		return nil
	}
	var out []string
	w := min(m.width-2, maxText)
	for i, p := range page.Paragraphs(m.cs.Story.In(m.c.Lang())) {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, page.Wrap(m.c.Theme.Text, p, "  ", w)...)
	}
	return out
}

// modeLine shows the mode: a choice before the interview, fixed after.
func (m Model) modeLine() string {
	th := m.c.Theme
	switch {
	case m.started && m.cfg.Store != nil:
		return m.oneLine(th.Muted, m.c.T("training.story.started_kept", m.modeName()))
	case m.started:
		return m.oneLine(th.Muted, m.c.T("training.story.started", m.modeName()))
	case m.found != nil:
		return m.draftLine()
	}
	learn, exam := th.Faint.Render(" "+m.c.T("practice.mode.learn")+" "), th.Faint.Render(" "+m.c.T("practice.mode.exam")+" ")
	hint := m.c.T("practice.mode.learn_hint")
	if m.exam {
		exam = th.Selected.Render("[" + m.c.T("practice.mode.exam") + "]")
		hint = m.c.T("practice.mode.exam_hint")
	} else {
		learn = th.Selected.Render("[" + m.c.T("practice.mode.learn") + "]")
	}
	line := "  " + th.Text.Render(m.c.T("training.story.mode")) + " " + learn + " " + exam + "  " + th.Muted.Render(hint)
	return ansi.Truncate(line, m.width, "…")
}

// prefill fills in the case's offer (training.Prefill) under the answers
// the interview starts from, and remembers it, so the score leaves the
// prefilled answers the trainee keeps out. An answer of the draft wins.
func (m *Model) prefill(answers coach.Answers) coach.Answers {
	pre, err := training.Prefill(m.c.Coach, m.cs)
	if err != nil {
		// The case cannot be scored either; the result says why.
		m.prefilled = nil
		return answers
	}
	m.prefilled = pre
	out := pre.Clone()
	for id, a := range answers {
		out[id] = a
	}
	return out
}
