package practice

import (
	"context"
	"errors"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
)

// This file is the story's offer to continue a case's draft: the answers
// of an interview left unfinished (quit, or a dropped connection in the
// training room), kept answer by answer by caseSaver.

// draftMsg carries the case's draft read from the store.
type draftMsg struct {
	caseID string
	draft  journal.Draft
	err    error
}

// discardedMsg carries the result of discarding a draft to start over.
type discardedMsg struct{ err error }

// loadDraft asks the store for the owner's draft of case id, off the
// Update path; nil without a store.
func (m Model) loadDraft(id string) tea.Cmd {
	s, owner := m.cfg.Store, m.cfg.Owner
	if s == nil {
		return nil
	}
	return func() tea.Msg {
		d, err := s.CaseDraft(context.Background(), owner, id)
		return draftMsg{caseID: id, draft: d, err: err}
	}
}

// gotDraft offers the draft on the story it was read for, or starts the
// interview asked for meanwhile when there is none. A draft of another
// playbook is not offered: its answers are to other questions.
func (m Model) gotDraft(msg draftMsg) (nav.Screen, tea.Cmd) {
	if m.step != stepStory || m.cs == nil || m.cs.ID != msg.caseID || m.started || !m.pending {
		return m, nil
	}
	m.pending = false
	switch {
	case errors.Is(msg.err, journal.ErrNotFound):
	case msg.err != nil:
		m.problem = m.c.T("training.draft.unreadable", m.c.Cat.M(journal.MessageOf(msg.err)))
	case msg.draft.Playbook.ID == m.c.Playbook.ID:
		d := msg.draft
		d.Answers = m.known(d.Answers)
		m.found, m.startWanted = &d, false
	}
	return m.startIfWanted()
}

// startIfWanted starts the interview asked for while the store was busy.
func (m Model) startIfWanted() (nav.Screen, tea.Cmd) {
	if !m.startWanted || m.step != stepStory {
		return m, nil
	}
	m.startWanted = false
	return m.startInterview()
}

// known is answers without those to questions the playbook does not ask.
func (m Model) known(answers coach.Answers) coach.Answers {
	out := coach.Answers{}
	for _, q := range m.c.Playbook.Questions {
		if a, ok := answers[q.ID]; ok {
			out[q.ID] = a
		}
	}
	return out
}

// draftKey handles the keys of the offer: x asks to start over, y then
// discards the draft, n keeps it. It reports whether it took the key.
func (m Model) draftKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	switch {
	case keys.Matches(msg, m.startOverKey()):
		m.asking = true
	case keys.Matches(msg, m.keepKey()):
		m.asking = false
	case keys.Matches(msg, m.discardKey()):
		s, owner, id := m.cfg.Store, m.cfg.Owner, m.found.ID
		m.found, m.asking, m.pending = nil, false, true
		return m, func() tea.Msg {
			err := s.DiscardDraft(context.Background(), owner, id)
			if errors.Is(err, journal.ErrNotFound) {
				err = nil // gone already: what was asked for
			}
			return discardedMsg{err: err}
		}, true
	default:
		return m, nil, false
	}
	return m, nil, true
}

// discarded ends the wait for the discard; the case then starts afresh.
func (m Model) discarded(msg discardedMsg) (nav.Screen, tea.Cmd) {
	if !m.pending || m.started {
		return m, nil
	}
	m.pending = false
	if msg.err != nil {
		m.problem = m.c.T("training.draft.discard_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
	}
	return m.startIfWanted()
}

// offering is true while the story offers a draft (before the interview).
func (m Model) offering() bool { return m.step == stepStory && !m.started && m.found != nil }

// startOverKey asks to discard the draft; x, as discarding a deal's draft
// on the home screen.
func (m Model) startOverKey() key.Binding {
	return keys.Enable(relabel(m.c.Keys.Discard, m.c.T("training.keys.start_over")), m.offering() && !m.asking)
}

// discardKey confirms starting over.
func (m Model) discardKey() key.Binding {
	return keys.Enable(relabel(m.c.Keys.Yes, m.c.T("training.keys.discard_answers")), m.offering() && m.asking)
}

// keepKey takes the question back.
func (m Model) keepKey() key.Binding {
	return keys.Enable(relabel(m.c.Keys.No, m.c.T("training.keys.keep_answers")), m.offering() && m.asking)
}

// startKey starts the interview (continuing the draft when one is
// offered), or goes back to the one under way. While the store is asked
// about the draft the start waits for its answer, so a fast enter cannot
// start afresh over a draft not yet offered.
func (m Model) startKey() key.Binding {
	label := "training.keys.start"
	if m.started || m.found != nil {
		label = "training.keys.continue"
	}
	return keys.Enable(relabel(m.c.Keys.Open, m.c.T(label)), m.step == stepStory && !m.asking)
}

// draftLine is the mode line while a draft is offered: how far it got
// and in which mode, or the question whether to start over.
func (m Model) draftLine() string {
	th := m.c.Theme
	n := len(m.found.Answers)
	if m.asking {
		return m.oneLine(th.Warn, m.c.T(plural("training.draft.confirm", n), n))
	}
	mode := m.nameOf(training.Mode(m.found.Mode))
	return m.oneLine(th.Accent, m.c.T("training.draft.found", n, m.c.Coach.Total(m.found.Answers), mode))
}

// continueDraft is what the interview starts from: the draft's answers,
// its id and its mode, or nothing new.
func (m Model) continueDraft() (Model, coach.Answers, int64) {
	if m.found == nil {
		return m, nil, 0
	}
	d := m.found
	m.exam = training.Mode(d.Mode) == training.Exam
	m.found = nil
	return m, d.Answers, d.ID
}

// storeAttempt stores the scored attempt: through the saver, which
// removes the case's draft with it, else straight into the store.
func (m Model) storeAttempt(a journal.Attempt) tea.Cmd {
	if m.saver != nil {
		sv := m.saver
		return func() tea.Msg { return savedMsg{err: sv.saveAttempt(a)} }
	}
	return m.save(a)
}

// draftBase is the new draft of the case in progress.
func (m Model) draftBase() journal.NewDraft {
	return journal.NewDraft{
		Playbook: coach.PlaybookRef{ID: m.c.Playbook.ID, Version: m.c.Playbook.Version},
		Locale:   string(m.c.Lang()),
		Total:    m.c.Coach.Total(nil), // the questions that apply
		Case:     m.cs.ID,
		Mode:     journal.Mode(m.mode()),
	}
}
