package practice

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/coach/practice/history"
	"github.com/winwincoach/winwin/tui/interview"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
)

// historyMsg carries the earlier attempts read from the store.
type historyMsg struct {
	done []training.Done
	err  error
}

// savedMsg carries the result of storing an attempt.
type savedMsg struct{ err error }

// loadHistory reads the earlier attempts, off the Update path.
func (m Model) loadHistory() tea.Cmd {
	s, owner := m.cfg.Store, m.cfg.Owner
	if s == nil {
		return nil
	}
	return func() tea.Msg {
		as, err := s.Attempts(context.Background(), owner, "")
		return historyMsg{done: history.DoneAll(as), err: err}
	}
}

// save stores an attempt.
func (m Model) save(a journal.Attempt) tea.Cmd {
	s, owner := m.cfg.Store, m.cfg.Owner
	if s == nil {
		return nil
	}
	return func() tea.Msg {
		_, err := s.SaveAttempt(context.Background(), owner, a)
		return savedMsg{err: err}
	}
}

// Update handles the store's answers, the interview's messages and keys.
func (m Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case historyMsg:
		if msg.err != nil {
			m.status = m.c.T("training.practice.history_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		} else {
			// Attempts made in this run before the read came back stay.
			m.history = append(msg.done, m.history...)
		}
		return m, nil
	case savedMsg:
		if msg.err != nil {
			m.status = m.c.T("training.practice.save_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		} else {
			m.status = m.c.T("training.practice.saved")
		}
		m.rebuild()
		return m, nil
	case draftMsg:
		return m.gotDraft(msg)
	case discardedMsg:
		return m.discarded(msg)
	case interview.FinishedMsg:
		m.answers, m.step = msg.Answers, stepPredict
		m.pred = newPredict()
		return m, nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	if m.started {
		// The interview's own messages (answers submitted, skips) arrive
		// as commands; they belong to it whatever step is on screen.
		var cmd tea.Cmd
		m.iv, cmd = m.iv.Update(msg)
		return m, cmd
	}
	return m, nil
}

// key hands a key to the step on screen.
func (m Model) key(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	switch m.step {
	case stepStory:
		return m.storyKey(msg)
	case stepInterview:
		if next, cmd, ok := m.storyPaneKey(msg); ok {
			return next, cmd
		}
		if keys.Matches(msg, m.c.Keys.Back) {
			m.step = stepStory
			m.rebuild()
			return m, nil
		}
		var cmd tea.Cmd
		m.iv, cmd = m.iv.Update(msg)
		return m, cmd
	case stepPredict:
		return m.predictKey(msg)
	case stepResult:
		return m.resultKey(msg)
	}
	return m.listKey(msg)
}
