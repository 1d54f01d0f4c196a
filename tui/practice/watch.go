package practice

import training "github.com/winwincoach/winwin/coach/practice"

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

// Answered is how many of the interview's questions are answered so far,
// and how many there are.
func (m Model) Answered() (answered, total int) {
	// Only the questions that apply to the answers so far count (the
	// strategic value only below cost for a reason).
	switch {
	case m.step >= stepPredict && m.answers != nil:
		return len(m.answers), m.c.Coach.Total(m.answers)
	case m.started:
		ans := m.iv.Answers()
		return len(ans), m.c.Coach.Total(ans)
	}
	return 0, m.c.Coach.Total(nil)
}

// Result is the scored attempt once the call is made, else nil.
func (m Model) Result() *training.Result {
	if m.step != stepResult {
		return nil
	}
	return m.result
}
