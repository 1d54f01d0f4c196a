package room

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
)

// Flow is a participant's work on the room's case: a practice screen for
// one case (story, interview, call, result) that says how far the
// participant is.
type Flow interface {
	nav.Screen
	// Progress is how far the participant is.
	Progress() Progress
	// Call is the participant's call and the attempt's score, once made.
	Call() (v practice.Verdict, score int, ok bool)
	// Result is the scored attempt once the call is made, else nil.
	Result() *practice.Result
	// Home reports whether the flow's back key would leave the case
	// (from its story or its result): in a room that goes home instead.
	Home() bool
}

// NewFlow opens the flow for case cs.
type NewFlow func(c common.Common, cs *cases.Case) (Flow, tea.Cmd)

// bannerLines is the room's lines above the flow.
const bannerLines = 2

// Participant is a participant's screen in a room: the room's line on
// top and the case flow under it. Once the call is made it shows a
// waiting panel instead of the flow's result, which holds the expert's
// verdict, until the trainer reveals it.
type Participant struct {
	c        common.Common
	conn     *Conn
	newFlow  NewFlow
	snap     Snapshot
	flow     Flow
	problem  string
	reported Progress
	called   bool
	width    int
	height   int
}

// OpenParticipant joins the open room with code and shows its case, for
// nav.OpenMsg.
func OpenParticipant(conn *Conn, code string, newFlow NewFlow) func(common.Common) (nav.Screen, tea.Cmd) {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		p := Participant{c: c, conn: conn, newFlow: newFlow}
		s, err := conn.Join(code)
		if err != nil {
			p.problem = c.Cat.M(MessageOf(err))
			return p, nil
		}
		p.snap = s
		return p.start()
	}
}

// start opens the flow of the room's case (again after "next case").
func (p Participant) start() (nav.Screen, tea.Cmd) {
	f, cmd := p.newFlow(p.c, p.snap.Case)
	p.flow = f
	p.resize()
	p.reported = f.Progress()
	_, _, p.called = f.Call()
	conn, pr := p.conn, p.reported
	return p, tea.Batch(cmd, func() tea.Msg { conn.Report(pr); return nil })
}

// Snapshot is the room as the screen knows it (for tests).
func (p Participant) Snapshot() Snapshot { return p.snap }

// Update takes the hub's updates and hands everything else to the
// flow, then tells the room what changed.
func (p Participant) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case UpdateMsg:
		if msg.Snapshot.Code != p.snap.Code {
			return p, nil
		}
		next := msg.Snapshot.Round != p.snap.Round && msg.Snapshot.Open
		p.snap = msg.Snapshot
		if next && p.flow != nil {
			// The trainer gave the room its next case: everyone starts on
			// it at once.
			return p.start()
		}
		return p, nil
	case errMsg:
		p.problem = p.c.Cat.M(MessageOf(msg.err))
		return p, nil
	case tea.KeyMsg:
		if keys.Matches(msg, p.c.Keys.Back) && (p.flow == nil || p.flow.Home() || p.waiting()) {
			conn := p.conn
			return p, func() tea.Msg {
				conn.Leave()
				return nav.HomeMsg{}
			}
		}
		if p.waiting() {
			return p, nil // nothing to do but wait for the reveal
		}
	}
	if p.flow == nil {
		return p, nil
	}
	s, cmd := p.flow.Update(msg)
	f, ok := s.(Flow)
	if !ok {
		return p, cmd
	}
	p.flow = f
	return p, tea.Batch(cmd, p.report())
}

// report tells the room about new progress or a new call.
func (p *Participant) report() tea.Cmd {
	var cmds []tea.Cmd
	conn := p.conn
	if pr := p.flow.Progress(); pr != p.reported {
		p.reported = pr
		cmds = append(cmds, func() tea.Msg { conn.Report(pr); return nil })
	}
	if r := p.flow.Result(); r != nil && !p.called {
		p.called = true
		pr := p.flow.Progress()
		cmds = append(cmds, func() tea.Msg {
			conn.Called(r, pr)
			return nil
		})
	}
	return tea.Batch(cmds...)
}

// waiting is true between the call and the reveal.
func (p Participant) waiting() bool {
	return p.called && p.snap.Open && !p.snap.Revealed
}

// SetSize gives the flow the space under the room's lines.
func (p Participant) SetSize(w, h int) nav.Screen {
	p.width, p.height = w, h
	p.resize()
	return p
}

// resize gives the flow the space under the room's lines.
func (p *Participant) resize() {
	if p.flow == nil || p.width == 0 {
		return
	}
	if f, ok := p.flow.SetSize(p.width, max(1, p.height-bannerLines)).(Flow); ok {
		p.flow = f
	}
}

// Typing is the flow's.
func (p Participant) Typing() bool { return p.flow != nil && !p.waiting() && p.flow.Typing() }

// ShortHelp is the flow's keys, or back while waiting.
func (p Participant) ShortHelp() []key.Binding {
	if p.flow == nil || p.waiting() {
		return []key.Binding{relabel(p.c.Keys.Back, p.c.T("room.keys.home"))}
	}
	return p.flow.ShortHelp()
}

// FullHelp is the flow's.
func (p Participant) FullHelp() [][]key.Binding {
	if p.flow == nil || p.waiting() {
		return [][]key.Binding{p.ShortHelp()}
	}
	return p.flow.FullHelp()
}
