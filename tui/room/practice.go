package room

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/practice"
)

// PracticeFlow is the room's case flow made of the practice screen
// (tui/practice) opened on the room's case: its story, its interview in
// learn or exam mode, the call and the result. cfg is the participant's
// (their Owner and Store keep the attempt under their identity).
func PracticeFlow(cfg practice.Config) NewFlow {
	return func(c common.Common, cs *cases.Case) (Flow, tea.Cmd) {
		m, cmd := practice.Open(c, cfg, cs.ID)
		return practiceFlow{m: m, c: c}, cmd
	}
}

// practiceFlow adapts the practice screen to the room: the room's case
// only, so the result's "next case" is off.
type practiceFlow struct {
	m     practice.Model
	c     common.Common
	width int
}

// Update hands msg to practice, except the key that would leave the
// room's case for the next one.
func (f practiceFlow) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok && f.m.Phase() == practice.PhaseResult && keys.Matches(km, f.c.Keys.Open) {
		return f, nil
	}
	s, cmd := f.m.Update(msg)
	if m, ok := s.(practice.Model); ok {
		f.m = m
	}
	return f, cmd
}

// View is practice's, with two lines changed for the room: what the case
// trains (its pillar and tags) is left out until the call is made, since
// it gives the verdict away; and the result's "press enter to start"
// the next case says instead that the trainer gives the room its next
// case (enter does nothing here).
func (f practiceFlow) View() string {
	v := f.m.View()
	if f.m.Result() == nil {
		if about := f.about(); about != "" {
			// As practice draws it: cut to its line when too long.
			v = strings.Replace(v, ansi.Truncate(about, max(1, f.width-2), "…"), "", 1)
		}
		return v
	}
	return strings.Replace(v, f.c.T("training.practice.enter_next"), f.c.T("room.next_by_trainer"), 1)
}

// about is what practice shows a case trains: its pillar and tags.
func (f practiceFlow) about() string {
	cs := f.m.Case()
	if cs == nil {
		return ""
	}
	parts := []string{f.c.T("pillar." + string(cs.Pillar))}
	for _, t := range cs.Tags {
		if key := "practice.tag." + t; f.c.Cat.Has(key) {
			parts = append(parts, f.c.T(key))
		} else {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " · ")
}

// SetSize is practice's.
func (f practiceFlow) SetSize(w, h int) nav.Screen {
	f.width = w
	if m, ok := f.m.SetSize(w, h).(practice.Model); ok {
		f.m = m
	}
	return f
}

// Typing is practice's.
func (f practiceFlow) Typing() bool { return f.m.Typing() }

// ShortHelp is practice's keys without "next case".
func (f practiceFlow) ShortHelp() []key.Binding { return f.withoutNext(f.m.ShortHelp()) }

// FullHelp is practice's keys without "next case".
func (f practiceFlow) FullHelp() [][]key.Binding {
	cols := f.m.FullHelp()
	out := make([][]key.Binding, len(cols))
	for i, col := range cols {
		out[i] = f.withoutNext(col)
	}
	return out
}

// withoutNext drops the open key from the result's help, where practice
// offers the next case, and names the back key for what it does in the
// room: where practice's back leaves the case, the room goes home.
func (f practiceFlow) withoutNext(bs []key.Binding) []key.Binding {
	result := f.m.Phase() == practice.PhaseResult
	open, back := f.c.Keys.Open.Help().Key, f.c.Keys.Back.Help().Key
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		switch {
		case result && b.Help().Key == open:
		case f.Home() && b.Help().Key == back:
			out = append(out, relabel(b, f.c.T("room.keys.home")))
		default:
			out = append(out, b)
		}
	}
	return out
}

// Progress maps practice's phase to the room's stage.
func (f practiceFlow) Progress() Progress {
	switch f.m.Phase() {
	case practice.PhaseInterview:
		n, total := f.m.Answered()
		return Progress{Stage: Answering, Answered: n, Total: total}
	case practice.PhasePredict:
		n, total := f.m.Answered()
		return Progress{Stage: Predicting, Answered: n, Total: total}
	case practice.PhaseResult:
		n, total := f.m.Answered()
		return Progress{Stage: Predicted, Answered: n, Total: total}
	}
	return Progress{Stage: Reading}
}

// Result is practice's scored attempt.
func (f practiceFlow) Result() *training.Result { return f.m.Result() }

// Call is the scored attempt's call and score.
func (f practiceFlow) Call() (training.Verdict, int, bool) {
	r := f.m.Result()
	if r == nil {
		return training.Verdict{}, 0, false
	}
	return r.Predicted, r.Score, true
}

// Home is true where practice's back key would leave the case.
func (f practiceFlow) Home() bool {
	switch f.m.Phase() {
	case practice.PhaseList, practice.PhaseStory, practice.PhaseResult:
		return true
	}
	return false
}
