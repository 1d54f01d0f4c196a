package practice

import (
	"github.com/winwincoach/winwin/coach"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
)

// This file is what a screen that hosts practice reads off it: the
// training room of `winwin serve` wraps one case's practice screen and
// tells the trainer how far each participant is and what they called.

// Phase is the step of practice on screen.
type Phase int

// The phases, in order.
const (
	PhaseList Phase = iota
	PhaseStory
	PhaseInterview
	PhasePredict
	PhaseResult
)

// Phase is the step on screen.
func (m Model) Phase() Phase {
	switch m.step {
	case stepStory:
		return PhaseStory
	case stepInterview:
		return PhaseInterview
	case stepPredict:
		return PhasePredict
	case stepResult:
		return PhaseResult
	}
	return PhaseList
}

// Answered is how many of the interview's questions the trainee has
// answered so far, and how many there are to answer: the offer the case
// prefilled counts in neither while it is kept as it was (a trainee who
// only pressed on has answered nothing), and in both once changed.
func (m Model) Answered() (answered, total int) {
	// Only the questions that apply to the answers so far count (the
	// strategic value only below cost for a reason).
	var given coach.Answers
	switch {
	case m.step >= stepPredict && m.answers != nil:
		given = m.answers
	case m.started:
		given = m.iv.Answers()
	default:
		return 0, m.c.Coach.Total(nil)
	}
	kept := training.Kept(m.prefilled, given)
	return len(given) - kept, m.c.Coach.Total(given) - kept
}

// Result is the scored attempt once the call is made, else nil.
func (m Model) Result() *training.Result {
	if m.step != stepResult {
		return nil
	}
	return m.result
}

// Case is the case on screen (its story, interview or result), nil on
// the list.
func (m Model) Case() *cases.Case {
	if m.step == stepList {
		return nil
	}
	return m.cs
}
