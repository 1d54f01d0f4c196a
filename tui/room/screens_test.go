package room

import (
	"os"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/theme"
)

func newCommon(t *testing.T, lang locale.Lang) common.Common {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	cat := locale.MustLoad(lang)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.Ascii)
	return common.New(theme.New(r, true), cat, coach.New(pb, cat))
}

// run runs a command and the commands of the batch it returns,
// synchronously, and gives back the messages that came out.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, run(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

func press(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// The trainer's screen shows the members and their calls against the
// expert; r reveals, x twice closes.
func TestTrainerScreen(t *testing.T) {
	lib := library(t)
	cs := lib.Cases[0]
	h := NewHub(lib, "", nil)
	tc, tin := connect(h, Who{Owner: "t", Trainer: true})
	c := newCommon(t, locale.EN)
	s, _ := OpenTrainer(tc, cs.ID)(c)
	s = s.SetSize(120, 30)
	view := s.View()
	assert.Contains(t, view, "Training room")
	assert.Contains(t, view, "Nobody has joined yet")
	assert.Contains(t, view, "hidden from the room")

	tr, ok := s.(Trainer)
	require.True(t, ok)
	code := tr.Snapshot().Code
	p, _ := connect(h, Who{Owner: "a", Name: "Anna"})
	_, err := p.Join(code)
	require.NoError(t, err)
	p.Report(Progress{Stage: Answering, Answered: 10, Total: 25})
	p.Predict(practice.Verdict{Quadrant: coach.Quadrant(cs.Verdict.Quadrant), Decision: "say-no"})
	snap := tin.until(t, func(s Snapshot) bool { return len(s.Members) == 1 && s.Members[0].Predicted != nil })
	s, _ = s.Update(UpdateMsg{Snapshot: snap})
	view = s.View()
	assert.Contains(t, view, "Anna")
	assert.Contains(t, view, "1 in · 1 called")
	assert.Contains(t, view, "✓")
	assert.Contains(t, view, "✗", "say-no is not the expert's decision")

	s, cmd := s.Update(press("r"))
	assert.Empty(t, run(cmd))
	snap = tin.until(t, func(s Snapshot) bool { return s.Revealed })
	s, _ = s.Update(UpdateMsg{Snapshot: snap})
	assert.Contains(t, s.View(), "revealed to the room")
	for _, b := range s.ShortHelp() {
		if b.Help().Desc == c.T("room.keys.reveal") {
			assert.False(t, b.Enabled(), "nothing left to reveal")
		}
	}

	s, cmd = s.Update(press("x"))
	assert.Nil(t, cmd)
	assert.Contains(t, s.View(), "Press x again")
	s, cmd = s.Update(press("x"))
	run(cmd)
	assert.False(t, h.IsOpen(code))

	_, cmd = s.Update(press("esc"))
	msgs := run(cmd)
	require.Len(t, msgs, 1)
	assert.IsType(t, nav.HomeMsg{}, msgs[0])
}

// fakeFlow is a case flow that makes its call on "c".
type fakeFlow struct {
	called bool
	w, h   int
}

func (f fakeFlow) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.String() == "c" {
		f.called = true
	}
	return f, nil
}
func (f fakeFlow) View() string {
	if f.called {
		return "RESULT WITH THE EXPERT"
	}
	return "THE STORY"
}
func (f fakeFlow) SetSize(w, h int) nav.Screen { f.w, f.h = w, h; return f }
func (f fakeFlow) Typing() bool                { return false }
func (f fakeFlow) ShortHelp() []key.Binding    { return nil }
func (f fakeFlow) FullHelp() [][]key.Binding   { return nil }
func (f fakeFlow) Progress() Progress {
	if f.called {
		return Progress{Stage: Predicted}
	}
	return Progress{Stage: Reading}
}
func (f fakeFlow) Call() (practice.Verdict, int, bool) {
	return practice.Verdict{Quadrant: "win-win", Decision: "go"}, 80, f.called
}
func (f fakeFlow) Home() bool { return true }
func (f fakeFlow) Result() *practice.Result {
	if !f.called {
		return nil
	}
	return &practice.Result{Score: 80, Mode: practice.Exam, Predicted: practice.Verdict{Quadrant: "win-win", Decision: "go"}}
}

func newFake(common.Common, *cases.Case) (Flow, tea.Cmd) { return fakeFlow{}, nil }

// A participant's result waits for the reveal: until then the screen
// shows their call and a waiting text, not the flow's result.
func TestParticipantWaitsForReveal(t *testing.T) {
	lib := library(t)
	h := NewHub(lib, "", nil)
	tc, tin := connect(h, Who{Owner: "t", Trainer: true})
	snap, err := tc.Open(lib.Cases[0].ID)
	require.NoError(t, err)
	pc, pin := connect(h, Who{Owner: "a", Name: "Anna"})
	c := newCommon(t, locale.NL)

	s, _ := OpenParticipant(pc, snap.Code, newFake)(c)
	s = s.SetSize(100, 20)
	assert.Contains(t, s.View(), "THE STORY")
	assert.Contains(t, s.View(), "Trainingsruimte")

	s, cmd := s.Update(press("c"))
	run(cmd)
	view := s.View()
	assert.NotContains(t, view, "RESULT WITH THE EXPERT")
	assert.Contains(t, view, "Je inschatting is doorgegeven")
	got := tin.until(t, func(s Snapshot) bool { return len(s.Members) == 1 && s.Members[0].Scored })
	assert.Equal(t, 80, got.Members[0].Score)

	require.NoError(t, tc.Reveal())
	s, _ = s.Update(UpdateMsg{Snapshot: pin.until(t, func(s Snapshot) bool { return s.Revealed })})
	view = s.View()
	assert.Contains(t, view, "RESULT WITH THE EXPERT")
	assert.Contains(t, view, "De inschatting van de groep")

	_, cmd = s.Update(press("esc"))
	msgs := run(cmd)
	require.Len(t, msgs, 1)
	assert.IsType(t, nav.HomeMsg{}, msgs[0])
	_, in := pc.Snapshot()
	assert.False(t, in, "left the room")
}

// A participant whose code names no open room is told so.
func TestParticipantNoRoom(t *testing.T) {
	h := NewHub(library(t), "", nil)
	pc, _ := connect(h, Who{Owner: "a"})
	s, _ := OpenParticipant(pc, "NOPE42", newFake)(newCommon(t, locale.EN))
	s = s.SetSize(80, 20)
	assert.Contains(t, s.View(), "No room with that code is open")
}

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}
