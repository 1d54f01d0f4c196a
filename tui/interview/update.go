package interview

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/export"
	"github.com/winwincoach/winwin/tui/field"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/verdict"
)

// exportedMsg carries the result of an export back to the screen.
type exportedMsg struct {
	paths []string
	err   error
}

// savedMsg carries the result of storing an answer or the verdict.
type savedMsg struct {
	err     error
	verdict bool
}

// Update handles the interview's messages and keys; keys it does not take
// go to the question's field or to the verdict.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case field.SubmitMsg:
		return m.answer(msg)
	case field.SkipMsg:
		if m.fromVerdict {
			return m.backToVerdict(msg.ID)
		}
		return m.goTo(m.cur + 1)
	case verdict.EditMsg:
		m, cmd := m.goToID(msg.ID)
		m.fromVerdict = !m.verdict
		return m, cmd
	case verdict.ExportMsg:
		return m, m.export()
	case exportedMsg:
		if msg.err != nil {
			m.vd.SetStatus(m.c.T("verdict.export_failed", safetext.Line(msg.err.Error())))
		} else {
			m.vd.SetStatus(m.exportedStatus(msg.paths))
		}
		return m, nil
	case savedMsg:
		m.warning = m.savedWarning(msg)
		return m, nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.Keys
	if m.verdict && ((keys.Matches(msg, k.NextSection) && m.vd.CanPage(1)) || (keys.Matches(msg, k.PrevSection) && m.vd.CanPage(-1))) {
		// The verdict is the last tab: pgup and pgdn page through it;
		// at its top pgup goes to the last section.
		var cmd tea.Cmd
		m.vd, cmd = m.vd.Update(msg)
		return m, cmd
	}
	if keys.Matches(msg, k.Next) || keys.Matches(msg, k.Prev) || keys.Matches(msg, k.NextSection) || keys.Matches(msg, k.PrevSection) {
		m.fromVerdict = false // moving on by hand: the round trip is over
	}
	switch {
	case keys.Matches(msg, k.Next):
		if m.verdict {
			return m.goTo(0)
		}
		return m.goTo(m.cur + 1)
	case keys.Matches(msg, m.prevKey(k.Prev)):
		if m.verdict {
			return m.goTo(len(m.fields) - 1)
		}
		return m.goTo(max(0, m.cur-1))
	case keys.Matches(msg, m.nextSectionKey()):
		return m.goTo(m.sectionStart(m.section() + 1))
	case keys.Matches(msg, m.prevSectionKey()):
		s := m.section()
		if m.verdict || m.cur == m.sectionStart(s) {
			s-- // from the verdict or a section's start: the section before
		}
		return m.goTo(m.sectionStart(max(0, s)))
	case keys.Matches(msg, m.toggleCoachKey()):
		m.coachShown = !m.coachShown
		m.layout()
		return m, nil
	}
	if m.verdict {
		var cmd tea.Cmd
		m.vd, cmd = m.vd.Update(msg)
		return m, cmd
	}
	if len(m.fields) == 0 {
		return m, nil
	}
	return m, m.fields[m.cur].Update(msg)
}

// goTo moves to question i; past the last question is the verdict.
func (m Model) goTo(i int) (Model, tea.Cmd) {
	if len(m.fields) == 0 {
		return m, nil
	}
	if !m.verdict {
		m.fields[m.cur].Blur()
	}
	if i >= len(m.fields) {
		if m.opts.Finish {
			ans := m.answers.Clone()
			return m, func() tea.Msg { return FinishedMsg{Answers: ans} }
		}
		m.verdict = true
		return m, m.saveVerdict()
	}
	m.verdict = false
	m.cur = max(0, i)
	m.layout()
	return m, m.fields[m.cur].Focus()
}

// Resume goes back into an interview that finished (FinishedMsg): moving
// past the last question blurred the question on screen, so keys would
// reach nothing. It focuses that question again, the one the user left
// from.
func (m Model) Resume() (Model, tea.Cmd) {
	if len(m.fields) == 0 {
		return m, nil
	}
	m.verdict = false
	m.layout()
	return m, m.fields[m.cur].Focus()
}

// goToID opens question id (from the verdict). The pane shows that
// question's tip, not the last one answered: that is the answer being
// looked at again.
func (m Model) goToID(id string) (Model, tea.Cmd) {
	for i, f := range m.fields {
		if f.ID() == id {
			m.showTip(id)
			return m.goTo(i)
		}
	}
	return m, nil
}

// BackToVerdict goes back to the verdict from a question opened on it
// (esc); ok is false when the question was not opened from the verdict.
func (m Model) BackToVerdict() (Model, tea.Cmd, bool) {
	if !m.fromVerdict || m.verdict {
		return m, nil, false
	}
	m, cmd := m.backToVerdict(m.Current())
	return m, cmd, true
}

// backToVerdict ends a round trip from the verdict: back on it, with the
// line of question id selected.
func (m Model) backToVerdict(id string) (Model, tea.Cmd) {
	m.fromVerdict = false
	next, cmd := m.goTo(len(m.fields))
	next.vd.Select(id)
	return next, cmd
}

// answer stores an answer, re-assesses at once and moves on: to the next
// question, or back to the verdict when the question was opened from it.
func (m Model) answer(msg field.SubmitMsg) (Model, tea.Cmd) {
	if why := field.RangeProblem(m.c, m.answers, msg.ID, msg.Answer); why != "" {
		for _, f := range m.fields {
			if r, ok := f.(field.Refuser); ok && f.ID() == msg.ID {
				r.Refuse(why)
			}
		}
		return m, nil
	}
	m.answers[msg.ID] = msg.Answer
	m.assess(msg.ID)
	save := m.save(msg.ID, msg.Answer)
	var next Model
	var focus tea.Cmd
	if m.fromVerdict {
		next, focus = m.backToVerdict(msg.ID)
	} else {
		next, focus = m.goToNext(msg.ID)
	}
	if next.verdict {
		// The answer that reaches the verdict must be stored before the
		// verdict is: run side by side, the verdict could find nothing
		// changed yet and skip, and the answer then opened a stray draft.
		return next, inOrder(save, focus)
	}
	return next, tea.Batch(save, focus)
}

// inOrder runs first and then second in one command and reports the
// first failure; both report a savedMsg.
func inOrder(first, second tea.Cmd) tea.Cmd {
	if first == nil || second == nil {
		return tea.Batch(first, second)
	}
	return func() tea.Msg {
		if msg, ok := first().(savedMsg); ok && msg.err != nil {
			// The verdict's save writes the pending answer first, so it
			// still runs: its own failure, if any, is the one to report.
			if next, ok := second().(savedMsg); ok && next.err != nil {
				return next
			}
			return msg
		}
		return second()
	}
}

// goToNext moves to the question after id.
func (m Model) goToNext(id string) (Model, tea.Cmd) {
	for i, f := range m.fields {
		if f.ID() == id {
			// Skip what does not apply to this deal (the strategic
			// value of a price above cost).
			next := i + 1
			for next < len(m.fields) && !m.c.Coach.Applies(m.answers, m.fields[next].ID()) {
				next++
			}
			return m.goTo(next)
		}
	}
	return m, nil
}

func (m Model) save(id string, a coach.Answer) tea.Cmd {
	if m.opts.Saver == nil {
		return nil
	}
	s, all := m.opts.Saver, m.answers.Clone()
	ticket := s.Ticket()
	return func() tea.Msg { return savedMsg{err: s.SaveAnswer(ticket, id, a, all)} }
}

// saveVerdict stores the verdict now on screen.
func (m Model) saveVerdict() tea.Cmd {
	if m.opts.Saver == nil {
		return nil
	}
	s, all, a := m.opts.Saver, m.answers.Clone(), m.a
	return func() tea.Msg { return savedMsg{err: s.SaveVerdict(all, a), verdict: true} }
}

// savedWarning is the header's warning after a save: the answers the
// journal does not hold yet stay marked until a later save stores them
// (the saver's count, not this message's error: saves may finish out of
// order, and a later one may have stored what an earlier one could not).
func (m Model) savedWarning(msg savedMsg) string {
	if m.opts.Saver != nil {
		if n := len(m.opts.Saver.Unsaved()); n > 0 {
			return m.c.T("interview.unsaved", n)
		}
	}
	if msg.verdict && msg.err != nil {
		return m.c.T("interview.save_failed")
	}
	return m.opts.Warning
}

// exportedStatus says what was written where: the files' name, then the
// folder on lines of its own, broken at its separators (a path cut
// mid-name cannot be read back).
func (m Model) exportedStatus(paths []string) string {
	dir, files := export.Written(paths)
	if dir == "" {
		return m.c.T("verdict.exported", files)
	}
	return m.c.T("interview.exported", files) + "\n" + strings.Join(export.WrapPath(dir, max(10, m.width-2)), "\n")
}

func (m Model) export() tea.Cmd {
	if m.opts.Exporter == nil {
		return nil
	}
	e, ans, a := m.opts.Exporter, m.answers.Clone(), m.a
	return func() tea.Msg {
		paths, err := e.Export(ans, a)
		return exportedMsg{paths: paths, err: err}
	}
}

// section is the index of the section on screen; the verdict is one past
// the last.
func (m Model) section() int {
	if m.verdict {
		return len(m.c.Playbook.Sections)
	}
	id := m.c.Playbook.Questions[m.cur].Section
	for i, s := range m.c.Playbook.Sections {
		if s.ID == id {
			return i
		}
	}
	return 0
}

// sectionStart is the index of the first question of section s; past the
// last section it is the verdict.
func (m Model) sectionStart(s int) int {
	n := 0
	for i, sec := range m.c.Playbook.Sections {
		if i == s {
			return n
		}
		n += len(sec.Questions)
	}
	return n
}
