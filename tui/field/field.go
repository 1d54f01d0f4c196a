// Package field holds the input of each question kind: choice, multi,
// yes/no, money, number, list, text and scale. The interview (the form)
// holds one Field per question (the form's fields, grouped by section)
// and moves between them by messages, huh's Form -> Group -> Field.
package field

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
)

// SubmitMsg is sent when the user answers a question. The interview
// stores the answer, re-assesses and moves on.
type SubmitMsg struct {
	ID     string
	Answer coach.Answer
}

// SkipMsg is sent when the user leaves a question without answering
// (enter on an empty, non-optional input).
type SkipMsg struct{ ID string }

// Field is the input of one question. Fields are pointers held by the
// interview; Update mutates the field and returns a command (a SubmitMsg
// when the user answers).
type Field interface {
	// ID is the question id.
	ID() string
	// Update handles a key the interview did not take for itself.
	Update(msg tea.KeyMsg) tea.Cmd
	// View renders the input.
	View() string
	// SetWidth sets the width the input may use.
	SetWidth(w int)
	// Set loads the saved answer (ok is false when there is none).
	Set(a coach.Answer, ok bool)
	// Focus and Blur start and stop text input; Focus may start a cursor.
	Focus() tea.Cmd
	Blur()
	// Typing reports whether printable keys go into text now, so "q" and
	// "?" are text rather than quit and help.
	Typing() bool
	// Bindings are the field's keys, enabled as they apply now.
	Bindings() []key.Binding
}

// New returns the field for q.
func New(c common.Common, q *playbook.Question) Field {
	switch q.Kind {
	case playbook.Choice, playbook.YesNo:
		return newChoice(c, q)
	case playbook.Multi:
		return newMulti(c, q)
	case playbook.Money, playbook.Number:
		return newAmount(c, q)
	case playbook.List:
		return newList(c, q)
	case playbook.Scale:
		return newScale(c, q)
	}
	return newText(c, q)
}

func submit(id string, a coach.Answer) tea.Cmd {
	return func() tea.Msg { return SubmitMsg{ID: id, Answer: a} }
}

func skip(id string) tea.Cmd {
	return func() tea.Msg { return SkipMsg{ID: id} }
}

// base is what every field shares.
type base struct {
	c     common.Common
	q     *playbook.Question
	width int
	// unknown is set when the saved answer is "unknown".
	unknown bool
}

func (b *base) ID() string     { return b.q.ID }
func (b *base) SetWidth(w int) { b.width = max(10, w) }

// label returns an option's label in the session's language.
func (b *base) label(o playbook.Option) string { return o.Label.In(b.c.Lang()) }
