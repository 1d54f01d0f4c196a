package room

import (
	"log"
	"math"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/practice"
)

// SetJoin sets the ssh command participants join with, shown on the
// trainer's screen (the server knows its address only once it listens).
func (h *Hub) SetJoin(cmd string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.join = cmd
}

// Called records the participant's scored call on the room's case: the
// call, the score, the attempt for the debrief, and a result for the
// export (kept in the store too, when there is one).
func (c *Conn) Called(r *practice.Result, p Progress) {
	if r == nil {
		return
	}
	h := c.h
	h.mu.Lock()
	m, room := c.member, c.room
	if m == nil || room == nil {
		h.mu.Unlock()
		return
	}
	v := r.Predicted
	m.predicted, m.score, m.scored, m.result = &v, r.Score, true, r
	p.Stage = Predicted
	m.progress = p
	now := h.clock()
	a := journal.RoomAttempt{
		Round: room.round, Participant: m.owner, Name: m.name, Case: room.cs.ID, Time: now,
		Mode: journal.Mode(r.Mode), Answered: p.Answered, Total: p.Total, Facts: round1(r.Points.Facts),
		Predict: journal.Verdict{Quadrant: v.Quadrant, Decision: v.Decision},
		Expert:  journal.Verdict{Quadrant: room.expert.Quadrant, Decision: room.expert.Decision},
		Score:   float64(r.Score), Seconds: int(math.Round(now.Sub(room.started).Seconds())),
	}
	replaced := false
	for i, old := range room.results {
		if old.Round == a.Round && old.Participant == a.Participant {
			room.results[i], replaced = a, true
		}
	}
	if !replaced {
		room.results = append(room.results, a)
	}
	h.notifyLocked(room, false)
	id := room.id
	h.mu.Unlock()
	if h.store != nil && id != 0 {
		a.Room = id
		h.saveResult(a)
	}
}

// round1 is f to one decimal, as the debrief and the export show it.
func round1(f float64) float64 { return math.Round(f*10) / 10 }

// storeRoom stores a room that just opened, then the results made
// before its id came back.
func (h *Hub) storeRoom(r *roomState) {
	h.mu.Lock()
	room := journal.Room{Code: r.code, Opened: r.opened, Trainer: r.trainer}
	h.mu.Unlock()
	ctx, cancel := storeCtx()
	id, err := h.store.SaveRoom(ctx, "", room)
	cancel()
	if err != nil {
		log.Printf("room: keeping room %s: %v", room.Code, err)
		return
	}
	h.mu.Lock()
	r.id = id
	early := append([]journal.RoomAttempt(nil), r.results...)
	h.mu.Unlock()
	for _, a := range early {
		a.Room = id
		h.saveResult(a)
	}
}

// saveResult keeps one result in the store; a failure is logged (the
// room keeps it in memory for the export key).
func (h *Hub) saveResult(a journal.RoomAttempt) {
	ctx, cancel := storeCtx()
	defer cancel()
	if err := h.store.SaveRoomAttempt(ctx, "", a); err != nil {
		log.Printf("room: keeping a result of room %d: %v", a.Room, err)
	}
}

// NextCase gives the trainer's room a new case, in the same room with
// the same code: everyone in it starts on the case at once; the calls
// on the earlier cases stay in the room's results.
func (c *Conn) NextCase(caseID string) error {
	cs, ok := c.h.lib.Case(caseID)
	if !ok {
		return ErrNoCase
	}
	return c.trainerDo(func(r *roomState) {
		r.round++
		r.started = c.h.clock()
		r.cs, r.expert, r.revealed = cs, practice.Expert(cs), false
		for _, m := range r.order {
			m.progress, m.predicted, m.score, m.scored, m.result = Progress{}, nil, 0, false, nil
		}
	})
}

// Results is the trainer's room as the journal would keep it, and
// every call made in it so far, for the export key.
func (c *Conn) Results() (journal.Room, []journal.RoomAttempt, error) {
	if !c.who.Trainer {
		return journal.Room{}, nil, ErrNotTrainer
	}
	h := c.h
	h.mu.Lock()
	defer h.mu.Unlock()
	r := c.room
	if r == nil {
		return journal.Room{}, nil, ErrNoRoom
	}
	out := make([]journal.RoomAttempt, len(r.results))
	for i, a := range r.results {
		a.Room = r.id
		out[i] = a
	}
	return journal.Room{ID: r.id, Code: r.code, Opened: r.opened, Trainer: r.trainer}, out, nil
}
