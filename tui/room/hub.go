package room

import (
	"errors"
	"io"
	"sync"
	"time"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
)

// Errors of the hub; each has a line in the catalog (room.err.*).
var (
	ErrNoRoom     = errors.New("no open room with that code")
	ErrNoCase     = errors.New("no such case")
	ErrNotTrainer = errors.New("only a trainer may do that")
	ErrClosed     = errors.New("the server is shutting down")
)

// MessageOf is err as a message of the catalog.
func MessageOf(err error) locale.Message {
	switch {
	case errors.Is(err, ErrNoRoom):
		return locale.Msg("room.err.no_room")
	case errors.Is(err, ErrNoCase):
		return locale.Msg("room.err.no_case")
	case errors.Is(err, ErrNotTrainer):
		return locale.Msg("room.err.not_trainer")
	case errors.Is(err, ErrClosed):
		return locale.Msg("room.err.closed")
	}
	return locale.Msg("room.err.failed", err.Error())
}

// Who is a session's identity as the room knows it.
type Who struct {
	Owner   string // the journal owner: unique per person
	Name    string // shown to the trainer (already cleaned of escapes)
	Trainer bool
}

// Hub is every open room of one server. Its methods are safe for use
// from any goroutine.
type Hub struct {
	lib      *cases.Library
	standing string    // the server's standing code, "" for none
	rand     io.Reader // for codes; nil is crypto/rand

	now       func() time.Time // nil: time.Now
	store     Store            // nil: rooms are kept in memory only
	mu        sync.Mutex
	rooms     map[string]*roomState // by code
	conns     map[*Conn]struct{}
	seq       int // rooms opened so far, to list them in order
	closed    bool
	personal  map[string]string   // name owner -> hash of its personal code
	join      string              // the ssh command participants join with
	exportDir string              // where the export key writes, "" for nowhere
	notices   map[string][]Notice // room code -> what happened to names
	tries     map[string]tries    // name owner -> wrong personal codes in a row
}

// roomState is one room; guarded by Hub.mu.
type roomState struct {
	code     string
	seq      int
	id       int64  // the room in the store, 0 until stored
	trainer  string // who opened it
	opened   time.Time
	round    int       // the room's case: 1, then 2 after "next case", ...
	started  time.Time // when the round's case was given
	cs       *cases.Case
	expert   practice.Verdict
	revealed bool
	open     bool
	members  map[string]*member // by owner
	order    []*member          // in the order they joined
	// results are every call made in the room, every round, in the
	// order made (a participant's second call on a case replaces the
	// first): what an export writes.
	results []journal.RoomAttempt
}

// member is one participant of a room; guarded by Hub.mu. It outlives
// their connection, so a participant who reconnects is the same member.
type member struct {
	owner     string
	name      string
	conns     int
	progress  Progress
	predicted *practice.Verdict
	score     int
	scored    bool
	// result is the scored attempt of the round's case (nil before the
	// call): the trainer's debrief reads its mode, facts and answers.
	result *practice.Result
}

// NewHub makes the hub for lib's cases. standing is the server's
// standing room code (--room-code), normalized; the first room opened
// takes it. rand is where codes come from (nil: crypto/rand).
func NewHub(lib *cases.Library, standing string, rand io.Reader) *Hub {
	return &Hub{lib: lib, standing: NormalizeCode(standing), rand: rand, rooms: map[string]*roomState{}, conns: map[*Conn]struct{}{},
		personal: map[string]string{}, notices: map[string][]Notice{}, tries: map[string]tries{}}
}

// Library is the hub's case library.
func (h *Hub) Library() *cases.Library { return h.lib }

// Admits reports whether code lets a participant in by name: the
// standing code, or the code of an open room.
func (h *Hub) Admits(code string) bool {
	code = NormalizeCode(code)
	if SameCode(code, h.standing) {
		return true
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	_, ok := h.rooms[code]
	return ok
}

// IsOpen reports whether a room with code is open.
func (h *Hub) IsOpen(code string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, ok := h.rooms[NormalizeCode(code)]
	return ok
}

// Info is an open room as a home screen lists it.
type Info struct {
	Code string
	Case *cases.Case
	In   int // participants connected
	seq  int
}

// Rooms lists the open rooms, oldest first.
func (h *Hub) Rooms() []Info {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []Info
	for _, r := range h.rooms {
		out = append(out, Info{Code: r.code, Case: r.cs, In: r.connected(), seq: r.seq})
	}
	sortInfos(out)
	return out
}

// Connect registers a session. send delivers a message to the session's
// program (tea.Program.Send); it is called from the Conn's own
// goroutine, never with the hub locked. Close the Conn when the session
// ends.
func (h *Hub) Connect(who Who, send func(any)) *Conn {
	c := h.register(who, send)
	go c.mailbox()
	return c
}

// register adds a Conn without starting its mailbox. Connect starts it;
// a test may leave it stopped, so the updates the hub asked for stay
// pending on the Conn where the test can look (see home_test.go).
func (h *Hub) register(who Who, send func(any)) *Conn {
	c := &Conn{h: h, who: who, send: send, dirty: make(chan struct{}, 1), done: make(chan struct{})}
	h.mu.Lock()
	h.conns[c] = struct{}{}
	h.mu.Unlock()
	return c
}

// Shutdown closes every room; open screens hear that the room closed.
func (h *Hub) Shutdown() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for code, r := range h.rooms {
		r.open = false
		delete(h.rooms, code)
		h.notifyLocked(r, true)
	}
	h.notifyHomesLocked(false)
}

// newCodeLocked picks the code of a new room: the standing code when it
// is free, else a fresh one no open room has.
func (h *Hub) newCodeLocked() (string, error) {
	if h.standing != "" {
		if _, used := h.rooms[h.standing]; !used {
			return h.standing, nil
		}
	}
	for {
		code, err := NewCode(h.rand)
		if err != nil {
			return "", err
		}
		if _, used := h.rooms[code]; !used && code != h.standing {
			return code, nil
		}
	}
}

// notifyLocked marks every Conn in room r that must see a change: the
// trainers always, participants when all is set (a reveal, a close).
func (h *Hub) notifyLocked(r *roomState, all bool) {
	for c := range h.conns {
		if c.room == r && (all || c.who.Trainer) {
			c.mark()
		}
	}
}

// notifyHomesLocked marks the Conns in no room, whose home entries list
// the open rooms: only the trainers' when just a count of who is in
// changed (participants' entries do not show it).
func (h *Hub) notifyHomesLocked(trainersOnly bool) {
	for c := range h.conns {
		if c.room == nil && (!trainersOnly || c.who.Trainer) {
			c.mark()
		}
	}
}

// connected counts the room's connected participants.
func (r *roomState) connected() int {
	n := 0
	for _, m := range r.order {
		if m.conns > 0 {
			n++
		}
	}
	return n
}
