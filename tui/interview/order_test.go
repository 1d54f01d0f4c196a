package interview

import (
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/tui/field"
)

// orderSaver records the order of the saves.
type orderSaver struct {
	mu    sync.Mutex
	calls []string
}

func (s *orderSaver) Ticket() uint64    { return 1 }
func (s *orderSaver) Unsaved() []string { return nil }
func (s *orderSaver) SaveAnswer(_ uint64, id string, _ coach.Answer, _ coach.Answers) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, "answer "+id)
	return nil
}
func (s *orderSaver) SaveVerdict(coach.Answers, *coach.Assessment) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, "verdict")
	return nil
}

// The answer that reaches the verdict is stored before the verdict, in
// one command: side by side, the verdict could be skipped as "nothing
// changed" (a revised deal then lost its new revision).
func TestLastAnswerIsSavedBeforeTheVerdict(t *testing.T) {
	c := testCommon(t)
	last := c.Playbook.Questions[len(c.Playbook.Questions)-1].ID
	ans := coach.Answers{}
	for _, q := range c.Playbook.Questions[:len(c.Playbook.Questions)-1] {
		ans[q.ID] = coach.UnknownAnswer()
	}
	s := &orderSaver{}
	m := New(c, ans, Options{Saver: s})
	require.Equal(t, last, m.Current())
	m, cmd := m.Update(field.SubmitMsg{ID: last, Answer: coach.Amount(5000)})
	require.True(t, m.OnVerdict())
	require.NotNil(t, cmd)
	_, isBatch := cmd().(tea.BatchMsg)
	assert.False(t, isBatch, "one command, not two that may run at once")
	assert.Equal(t, []string{"answer " + last, "verdict"}, s.calls)
}
