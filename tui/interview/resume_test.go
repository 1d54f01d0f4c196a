package interview

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

// An interview that finished comes back, with Resume, on the question it
// was left from, focused: keys reach its input again.
func TestResumeFocusesTheQuestionLeft(t *testing.T) {
	c := testCommon(t)
	qs := c.Playbook.Questions
	lastSection := len(c.Playbook.Sections) - 1
	tests := []struct {
		name string
		// leave goes to a question and finishes the interview from it.
		leave func(m Model) (Model, tea.Cmd)
		want  func(m Model) string
	}{
		{"past the last question, from the first", func(m Model) (Model, tea.Cmd) {
			return m.goTo(len(qs))
		}, func(Model) string { return qs[0].ID }},
		{"the next section, from the last section's first question", func(m Model) (Model, tea.Cmd) {
			m, _ = m.goTo(m.sectionStart(lastSection))
			return m.Update(tea.KeyMsg{Type: tea.KeyPgDown})
		}, func(m Model) string { return qs[m.sectionStart(lastSection)].ID }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New(c, nil, Options{Finish: true})
			m.SetSize(120, 40)
			m, cmd := tt.leave(m)
			require.NotNil(t, cmd)
			_, ok := cmd().(FinishedMsg)
			require.True(t, ok, "the interview finished")
			assert.False(t, m.Typing(), "finishing blurs the question")

			m, _ = m.Resume()
			assert.Equal(t, tt.want(m), m.Current())
			assert.False(t, m.OnVerdict())
		})
	}
}

// Resumed on a text question, typed keys go into its input again.
func TestResumeTakesTyping(t *testing.T) {
	c := testCommon(t)
	m := New(c, nil, Options{Finish: true})
	m.SetSize(120, 40)
	require.True(t, m.Typing(), "the first question is a text")
	m, _ = m.goTo(len(c.Playbook.Questions))
	m, _ = m.Resume()
	require.True(t, m.Typing())
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Vulcan Four")})
	assert.Contains(t, m.View(), "Vulcan Four")
}

// With Finish there is no verdict tab: an interview opened with every
// question answered (a practice case resumed) opens on the last question.
func TestFinishOpensCompleteAnswersOnTheLastQuestion(t *testing.T) {
	c := testCommon(t)
	all := coach.Answers{}
	for _, q := range c.Playbook.Questions {
		all[q.ID] = coach.UnknownAnswer()
	}
	m := New(c, all, Options{Finish: true})
	assert.False(t, m.OnVerdict())
	assert.Equal(t, c.Playbook.Questions[len(c.Playbook.Questions)-1].ID, m.Current())
	assert.Nil(t, m.Init(), "no verdict to store")

	m = New(c, all, Options{})
	assert.True(t, m.OnVerdict(), "without Finish it opens on the verdict, as before")
}
