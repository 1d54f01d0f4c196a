package room

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// errMsg carries a failed hub call to the screen that made it.
type errMsg struct{ err error }

// Trainer is the trainer's view of a room: who is in, how far each is,
// each call against the expert's, the spread of calls; enter reveals the
// expert verdict to the room, x (twice) closes it.
type Trainer struct {
	c       common.Common
	conn    *Conn
	snap    Snapshot
	problem string
	arm     bool // x was pressed once: the next x closes the room
	first   int  // the first member row shown
	width   int
	height  int
}

// OpenTrainer opens a new room for case id and shows it, for
// nav.OpenMsg.
func OpenTrainer(conn *Conn, id string) func(common.Common) (nav.Screen, tea.Cmd) {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		s, err := conn.Open(id)
		return newTrainer(c, conn, s, err), nil
	}
}

// WatchTrainer shows the open room with code to a trainer, for
// nav.OpenMsg.
func WatchTrainer(conn *Conn, code string) func(common.Common) (nav.Screen, tea.Cmd) {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		s, err := conn.Watch(code)
		return newTrainer(c, conn, s, err), nil
	}
}

func newTrainer(c common.Common, conn *Conn, s Snapshot, err error) Trainer {
	t := Trainer{c: c, conn: conn, snap: s}
	if err != nil {
		t.problem = c.Cat.M(MessageOf(err))
	}
	return t
}

// Snapshot is the room as the screen shows it (for tests).
func (t Trainer) Snapshot() Snapshot { return t.snap }

// Update takes the hub's updates and the trainer's keys.
func (t Trainer) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case UpdateMsg:
		if msg.Snapshot.Code == t.snap.Code {
			t.snap = msg.Snapshot
			t.first = min(t.first, max(0, len(t.snap.Members)-1))
		}
	case errMsg:
		t.problem = t.c.Cat.M(MessageOf(msg.err))
	case tea.KeyMsg:
		return t.key(msg)
	}
	return t, nil
}

func (t Trainer) key(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	conn := t.conn
	closing := t.arm
	t.arm = false
	switch {
	case keys.Matches(msg, t.c.Keys.Back):
		return t, func() tea.Msg {
			conn.Leave() // the room stays open; home lists it to watch again
			return nav.HomeMsg{}
		}
	case keys.Matches(msg, t.revealKey()):
		return t, hubCall(conn.Reveal)
	case keys.Matches(msg, t.closeKey()):
		if !closing {
			t.arm = true
			return t, nil
		}
		return t, hubCall(conn.CloseRoom)
	case keys.Matches(msg, t.c.Keys.Up):
		t.first = max(0, t.first-1)
	case keys.Matches(msg, t.c.Keys.Down):
		t.first = min(max(0, len(t.snap.Members)-t.memberRows()), t.first+1)
	}
	return t, nil
}

// hubCall runs a hub action off the Update path; the hub's update, not
// the command, changes the screen.
func hubCall(f func() error) tea.Cmd {
	return func() tea.Msg {
		if err := f(); err != nil {
			return errMsg{err}
		}
		return nil
	}
}

func (t Trainer) revealKey() key.Binding {
	return keys.Enable(relabel(t.c.Keys.Open, t.c.T("room.keys.reveal")), t.snap.Open && !t.snap.Revealed)
}

func (t Trainer) closeKey() key.Binding {
	desc := t.c.T("room.keys.close")
	if t.arm {
		desc = t.c.T("room.keys.close_again")
	}
	return keys.Enable(relabel(t.c.Keys.Discard, desc), t.snap.Open)
}

// relabel is b with this screen's own help text.
func relabel(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// SetSize gives the screen its space.
func (t Trainer) SetSize(w, h int) nav.Screen {
	t.width, t.height = w, h
	return t
}

// Typing is false: the trainer's screen has no text input.
func (t Trainer) Typing() bool { return false }

// ShortHelp is the trainer's keys.
func (t Trainer) ShortHelp() []key.Binding {
	k := t.c.Keys
	scroll := len(t.snap.Members) > t.memberRows()
	return []key.Binding{t.revealKey(), t.closeKey(), keys.Enable(k.Up, scroll), keys.Enable(k.Down, scroll), relabel(k.Back, t.c.T("room.keys.home"))}
}

// FullHelp is the same keys in one column.
func (t Trainer) FullHelp() [][]key.Binding { return [][]key.Binding{t.ShortHelp()} }

// memberRows is how many member rows fit under the header.
func (t Trainer) memberRows() int { return max(1, t.height-trainerChrome) }

// window is the first member shown, kept in range.
func (t Trainer) window() int {
	return layout.Window(t.first, t.first, t.memberRows(), len(t.snap.Members))
}
