package room

import (
	"fmt"
	"log"
	"runtime/debug"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/nav"
)

// Conn is one session's link to the hub: what it may do depends on
// whether the session is a trainer's.
type Conn struct {
	h     *Hub
	who   Who
	send  func(any)
	dirty chan struct{} // one pending update; more coalesce into it
	done  chan struct{}

	// Guarded by h.mu.
	room   *roomState
	member *member // the participant's member record in room
	// awaiting is the code of a room not open yet that the session's
	// waiting screen wants to hear about ("" for none).
	awaiting string
}

// Who is the session's identity.
func (c *Conn) Who() Who { return c.who }

// mark asks the Conn's goroutine to send a fresh snapshot; a pending
// request already covers it.
func (c *Conn) mark() {
	select {
	case c.dirty <- struct{}{}:
	default:
	}
}

// mailbox sends a snapshot for every marked change until the Conn is
// closed. It recovers from a panic in send, so a broken program cannot
// take the server down.
func (c *Conn) mailbox() {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("room: update of a session failed: %v\n%s", r, debug.Stack())
		}
	}()
	for {
		select {
		case <-c.done:
			return
		case <-c.dirty:
		}
		s, ok := c.Snapshot()
		if !ok {
			if c.awaitOver() {
				c.send(OpenedMsg{})
				continue
			}
			// In no room: the session is on its home screen (or elsewhere),
			// whose room entries changed.
			c.send(nav.RefreshHomeMsg{})
			continue
		}
		c.send(UpdateMsg{Snapshot: s})
	}
}

// await makes the session wait for the room with code ("" stops
// waiting); it reports whether that room is open already.
func (c *Conn) await(code string) bool {
	c.h.mu.Lock()
	defer c.h.mu.Unlock()
	_, open := c.h.rooms[code]
	c.awaiting = ""
	if !open {
		c.awaiting = code
	}
	return open && code != ""
}

// awaitOver reports whether the room the session waits for is open now,
// and stops the waiting when it is.
func (c *Conn) awaitOver() bool {
	c.h.mu.Lock()
	defer c.h.mu.Unlock()
	if c.awaiting == "" {
		return false
	}
	if _, open := c.h.rooms[c.awaiting]; !open {
		return false
	}
	c.awaiting = ""
	return true
}

// Close ends the session's part in the hub: a participant shows as
// gone to the trainer (and is the same member on reconnecting).
func (c *Conn) Close() {
	h := c.h
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.conns[c]; !ok {
		return
	}
	c.leaveLocked()
	delete(h.conns, c)
	close(c.done)
}

// leaveLocked takes the Conn out of its room.
func (c *Conn) leaveLocked() {
	r := c.room
	if r == nil {
		return
	}
	if c.member != nil {
		c.member.conns--
		c.h.notifyLocked(r, false)
		// Trainers' home entries count who is in.
		c.h.notifyHomesLocked(true)
	}
	c.room, c.member = nil, nil
}

// Leave takes the session out of its room (its room screen closed).
func (c *Conn) Leave() {
	c.h.mu.Lock()
	defer c.h.mu.Unlock()
	c.leaveLocked()
}

// Open opens a room for the case with id and makes the session its
// trainer. It returns the trainer's first snapshot.
func (c *Conn) Open(caseID string) (Snapshot, error) {
	if !c.who.Trainer {
		return Snapshot{}, ErrNotTrainer
	}
	cs, ok := c.h.lib.Case(caseID)
	if !ok {
		return Snapshot{}, fmt.Errorf("%w: %s", ErrNoCase, caseID)
	}
	h := c.h
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return Snapshot{}, ErrClosed
	}
	code, err := h.newCodeLocked()
	if err != nil {
		return Snapshot{}, err
	}
	h.seq++
	now := h.clock()
	r := &roomState{code: code, seq: h.seq, trainer: c.who.Name, opened: now, round: 1, started: now,
		cs: cs, expert: practice.Expert(cs), open: true, members: map[string]*member{}}
	h.rooms[code] = r
	c.leaveLocked()
	c.room = r
	h.notifyHomesLocked(false)
	if h.store != nil {
		// Stored off the lock; results wait for the id (storeRoom).
		go h.storeRoom(r)
	}
	return c.snapshotLocked(), nil
}

// Watch makes a trainer's session watch the open room with code (a
// trainer who reconnects, or a second trainer).
func (c *Conn) Watch(code string) (Snapshot, error) {
	if !c.who.Trainer {
		return Snapshot{}, ErrNotTrainer
	}
	return c.enter(code)
}

// Join makes a participant's session a member of the open room with
// code. A participant who was in the room before (the same owner) is
// the same member again, with their progress and call.
func (c *Conn) Join(code string) (Snapshot, error) {
	return c.enter(code)
}

func (c *Conn) enter(code string) (Snapshot, error) {
	h := c.h
	h.mu.Lock()
	defer h.mu.Unlock()
	r, ok := h.rooms[NormalizeCode(code)]
	if !ok {
		return Snapshot{}, ErrNoRoom
	}
	c.leaveLocked()
	c.room, c.awaiting = r, ""
	if !c.who.Trainer {
		m, ok := r.members[c.who.Owner]
		if !ok {
			m = &member{owner: c.who.Owner, name: c.who.Name}
			r.members[c.who.Owner] = m
			r.order = append(r.order, m)
		}
		m.conns++
		c.member = m
		h.notifyLocked(r, false)
		h.notifyHomesLocked(true)
	}
	return c.snapshotLocked(), nil
}

// Report records how far the participant is.
func (c *Conn) Report(p Progress) {
	c.update(func(m *member) {
		// A participant going back to an answer does not undo a call
		// already given: the stage only moves forward once predicted.
		if m.progress.Stage == Predicted && p.Stage < Predicted {
			p.Stage = Predicted
		}
		m.progress = p
	})
}

// Predict records the participant's call.
func (c *Conn) Predict(v practice.Verdict) {
	c.update(func(m *member) {
		m.predicted = &v
		m.progress.Stage = Predicted
	})
}

// Scored records the practice score of the participant's attempt.
func (c *Conn) Scored(score int) {
	c.update(func(m *member) { m.score, m.scored = score, true })
}

func (c *Conn) update(f func(m *member)) {
	h := c.h
	h.mu.Lock()
	defer h.mu.Unlock()
	if c.member == nil || c.room == nil {
		return
	}
	f(c.member)
	h.notifyLocked(c.room, false)
}

// Reveal shows the expert verdict (and the spread of calls) to everyone
// in the trainer's room at once.
func (c *Conn) Reveal() error {
	return c.trainerDo(func(r *roomState) { r.revealed = true })
}

// CloseRoom closes the trainer's room; participants' screens say so.
func (c *Conn) CloseRoom() error {
	return c.trainerDo(func(r *roomState) {
		r.open = false
		delete(c.h.rooms, r.code)
		c.h.notifyHomesLocked(false)
	})
}

func (c *Conn) trainerDo(f func(r *roomState)) error {
	if !c.who.Trainer {
		return ErrNotTrainer
	}
	h := c.h
	h.mu.Lock()
	defer h.mu.Unlock()
	if c.room == nil {
		return ErrNoRoom
	}
	f(c.room)
	h.notifyLocked(c.room, true)
	return nil
}

// Snapshot is the room as this session may see it; ok is false when the
// session is in no room.
func (c *Conn) Snapshot() (Snapshot, bool) {
	c.h.mu.Lock()
	defer c.h.mu.Unlock()
	if c.room == nil {
		return Snapshot{}, false
	}
	return c.snapshotLocked(), true
}

// snapshotLocked copies the room for this session. A participant's copy
// never holds the members; the expert verdict and the spread only once
// revealed.
func (c *Conn) snapshotLocked() Snapshot {
	r := c.room
	s := Snapshot{Code: r.code, Case: r.cs, Round: r.round, Trainer: c.who.Trainer, Open: r.open, Revealed: r.revealed}
	if c.who.Trainer || r.revealed {
		e := r.expert
		s.Expert = &e
		s.Spread = spread(r.order)
	}
	if !c.who.Trainer {
		return s
	}
	s.In = r.connected()
	s.Join = c.h.join
	s.Results = len(r.results)
	s.Notices = append([]Notice(nil), c.h.notices[r.code]...)
	s.Members = make([]Member, len(r.order))
	for i, m := range r.order {
		s.Members[i] = Member{Name: m.name, Connected: m.conns > 0, Progress: m.progress, Score: m.score, Scored: m.scored, Result: m.result}
		if m.predicted != nil {
			v := *m.predicted
			s.Members[i].Predicted = &v
		}
	}
	return s
}
