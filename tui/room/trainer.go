package room

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// errMsg carries a failed hub call to the screen that made it.
type errMsg struct{ err error }

// view is what the trainer's screen shows.
type view int

const (
	viewRoom   view = iota // who is in, how far, the calls: the debrief table
	viewDetail             // one participant's answers beside the case's facts
	viewClass              // the class per question
	viewPick               // the case list, for the room's next case
)

// Trainer is the trainer's view of a room: who is in, each one's mode,
// answers, facts score and call against the expert, the spread of
// calls; a projector mode that hides the verdict and the calls until the
// reveal; one participant's answers and the class per question for the
// debrief; the next case in the same room; the export of the results.
type Trainer struct {
	c         common.Common
	k         roomKeys
	conn      *Conn
	snap      Snapshot
	problem   string
	note      string // what the last action did (the export's files)
	arm       bool   // x was pressed once: the next x closes the room
	projector bool
	view      view
	cursor    int // the member under the cursor
	first     int // the first member row shown
	pager     page.Pager
	pick      Picker
	width     int
	height    int
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
	t := Trainer{c: c, k: newRoomKeys(c), conn: conn, snap: s, pick: Picker{c: c, conn: conn, next: true}}
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
			if msg.Snapshot.Round != t.snap.Round {
				t.view = viewRoom // the next case: its debrief starts empty
			}
			t.snap = msg.Snapshot
			t.cursor = min(t.cursor, max(0, len(t.snap.Members)-1))
			t.first = layout.Window(t.first, t.cursor, t.memberRows(), len(t.snap.Members))
			t.rebuild()
		}
	case errMsg:
		t.problem = t.c.Cat.M(MessageOf(msg.err))
	case exportedMsg:
		t.problem, t.note = "", t.c.T("room.exported", msg.csv, msg.json)
	case tea.KeyMsg:
		return t.key(msg)
	}
	return t, nil
}

func (t Trainer) key(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	switch t.view {
	case viewDetail, viewClass:
		return t.pageKey(msg)
	case viewPick:
		return t.pickKey(msg)
	}
	return t.roomKey(msg)
}

// roomKey handles the keys of the room's table.
func (t Trainer) roomKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	conn := t.conn
	closing := t.arm
	t.arm = false
	k := t.c.Keys
	switch {
	case keys.Matches(msg, k.Back):
		return t, func() tea.Msg {
			conn.Leave() // the room stays open; home lists it to watch again
			return nav.HomeMsg{}
		}
	case keys.Matches(msg, t.k.Projector):
		t.projector = !t.projector
	case keys.Matches(msg, t.revealKey()):
		return t, hubCall(conn.Reveal)
	case keys.Matches(msg, t.closeKey()):
		if !closing {
			t.arm = true
			return t, nil
		}
		return t, hubCall(conn.CloseRoom)
	case keys.Matches(msg, t.detailKey()):
		t.view = viewDetail
		t.rebuild()
	case keys.Matches(msg, t.classKey()):
		t.view = viewClass
		t.rebuild()
	case keys.Matches(msg, t.nextKey()):
		t.view = viewPick
	case keys.Matches(msg, t.exportKey()):
		return t, t.export()
	case keys.Matches(msg, k.Up):
		t.cursor = max(0, t.cursor-1)
	case keys.Matches(msg, k.Down):
		t.cursor = min(max(0, len(t.snap.Members)-1), t.cursor+1)
	}
	t.first = layout.Window(t.first, t.cursor, t.memberRows(), len(t.snap.Members))
	return t, nil
}

// pageKey scrolls the participant's answers or the class view; left and
// right go to the previous and next participant.
func (t Trainer) pageKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k := t.c.Keys
	switch {
	case keys.Matches(msg, k.Back):
		t.view = viewRoom
	case keys.Matches(msg, k.Up):
		t.pager.Scroll(-1)
	case keys.Matches(msg, k.Down):
		t.pager.Scroll(1)
	case keys.Matches(msg, k.NextSection):
		t.pager.Scroll(max(1, t.pageRows()-1))
	case keys.Matches(msg, k.PrevSection):
		t.pager.Scroll(-max(1, t.pageRows()-1))
	case t.view == viewDetail && keys.Matches(msg, t.k.Prev):
		t.cursor = max(0, t.cursor-1)
		t.rebuild()
		t.pager.Top()
	case t.view == viewDetail && keys.Matches(msg, t.k.Following):
		t.cursor = min(max(0, len(t.snap.Members)-1), t.cursor+1)
		t.rebuild()
		t.pager.Top()
	}
	return t, nil
}

// pickKey runs the case list of "next case": enter gives the room the
// case under the cursor, esc goes back to the room.
func (t Trainer) pickKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k := t.c.Keys
	switch {
	case keys.Matches(msg, k.Back):
		t.view = viewRoom
		return t, nil
	case keys.Matches(msg, k.Open):
		t.view = viewRoom
		if id := t.pick.Chosen(); id != "" {
			conn := t.conn
			return t, hubCall(func() error { return conn.NextCase(id) })
		}
		return t, nil
	}
	s, cmd := t.pick.Update(msg)
	if p, ok := s.(Picker); ok {
		t.pick = p
	}
	return t, cmd
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

// hidden reports whether the projector hides the verdict and the calls.
func (t Trainer) hidden() bool { return t.projector && !t.snap.Revealed }

func (t Trainer) revealKey() key.Binding {
	return keys.Enable(t.k.Reveal, t.snap.Open && !t.snap.Revealed)
}

func (t Trainer) closeKey() key.Binding {
	desc := t.c.T("room.keys.close")
	if t.arm {
		desc = t.c.T("room.keys.close_again")
	}
	return keys.Enable(relabel(t.c.Keys.Discard, desc), t.snap.Open)
}

// detailKey opens the answers of the participant under the cursor; not
// while the projector hides the calls.
func (t Trainer) detailKey() key.Binding {
	return keys.Enable(relabel(t.c.Keys.Open, t.c.T("room.keys.detail")), len(t.snap.Members) > 0 && !t.hidden())
}

func (t Trainer) classKey() key.Binding {
	return keys.Enable(t.k.Class, t.snap.Spread.Calls > 0 && !t.hidden())
}

func (t Trainer) nextKey() key.Binding {
	return keys.Enable(t.k.Next, t.snap.Open && len(t.conn.h.lib.Cases) > 0)
}

func (t Trainer) exportKey() key.Binding {
	return keys.Enable(t.k.Export, t.snap.Results > 0 && t.conn.h.exportDir != "")
}

// relabel is b with this screen's own help text.
func relabel(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// SetSize gives the screen its space.
func (t Trainer) SetSize(w, h int) nav.Screen {
	t.width, t.height = w, h
	if p, ok := t.pick.SetSize(w, h).(Picker); ok {
		t.pick = p
	}
	t.rebuild()
	return t
}

// Typing is false: the trainer's screen has no text input.
func (t Trainer) Typing() bool { return false }

// ShortHelp is the keys of what is on screen.
func (t Trainer) ShortHelp() []key.Binding {
	k := t.c.Keys
	switch t.view {
	case viewDetail:
		return []key.Binding{t.k.Prev, t.k.Following, k.Up, k.Down, relabel(k.Back, t.c.T("room.keys.room"))}
	case viewClass:
		return []key.Binding{k.Up, k.Down, relabel(k.Back, t.c.T("room.keys.room"))}
	case viewPick:
		return []key.Binding{k.Up, k.Down, relabel(k.Open, t.c.T("room.keys.give_case")), relabel(k.Back, t.c.T("room.keys.room"))}
	}
	proj := t.k.Projector
	if t.projector {
		proj = relabel(proj, t.c.T("room.keys.projector_off"))
	}
	return []key.Binding{t.revealKey(), proj, t.detailKey(), t.classKey(), t.nextKey(), t.exportKey(), t.closeKey(),
		relabel(k.Back, t.c.T("room.keys.home"))}
}

// FullHelp is the same keys in one column, with moving the cursor.
func (t Trainer) FullHelp() [][]key.Binding {
	return [][]key.Binding{append(t.ShortHelp(), t.c.Keys.Up, t.c.Keys.Down)}
}

// memberRows is how many member rows fit under the header.
func (t Trainer) memberRows() int { return max(1, t.height-trainerChrome) }

// pageRows is how many lines of the detail or class view fit.
func (t Trainer) pageRows() int { return max(1, t.height-pageChrome) }
