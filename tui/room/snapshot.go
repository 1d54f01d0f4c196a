package room

import (
	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
)

// Stage is how far a participant is with the room's case.
type Stage int

// The stages, in order.
const (
	Reading    Stage = iota // reading the story
	Answering               // in the interview
	Predicting              // giving their call
	Predicted               // call given, waiting for the reveal
)

// Progress is what a participant's screen reports as they go.
type Progress struct {
	Stage    Stage
	Answered int
	Total    int
}

// Member is one participant as the trainer sees them.
type Member struct {
	Name      string
	Connected bool
	Progress  Progress
	// Predicted is the participant's call, nil until given.
	Predicted *practice.Verdict
	// Score is the practice score of the attempt, when Scored.
	Score  int
	Scored bool
	// Result is the scored attempt (mode, facts, answers that differ
	// from the case), nil before the call. Shared: read it, never change
	// it.
	Result *practice.Result
}

// Count is how many calls named one quadrant or decision.
type Count struct {
	Key string
	N   int
}

// Spread is the room's calls counted: quadrants in cases.Quadrants order,
// decisions in cases.Decisions order, zeros included.
type Spread struct {
	Calls     int
	Quadrants []Count
	Decisions []Count
}

// Snapshot is the room as one session may see it. For a participant,
// Members is always nil, and Expert and Spread are empty until Revealed.
type Snapshot struct {
	Code string
	// Case is the room's case (read-only, shared by every session), and
	// Round counts the room's cases: 1, then 2 after "next case", ...
	Case     *cases.Case
	Round    int
	Trainer  bool // the snapshot is a trainer's
	Open     bool // false once the trainer has closed the room
	Revealed bool
	Expert   *practice.Verdict
	Spread   Spread
	Members  []Member
	// In is how many participants are connected (trainers only).
	In int
	// Notices are what happened to names at login, newest last
	// (trainers only).
	Notices []Notice
	// Join is the ssh command participants join with ("" when unknown),
	// and Results how many calls the room has kept so far (trainers
	// only).
	Join    string
	Results int
}

// UpdateMsg carries a new snapshot of the room to a session's program.
type UpdateMsg struct {
	Snapshot Snapshot
}

// spread counts the calls of the members.
func spread(ms []*member) Spread {
	qs, ds := cases.Quadrants(), cases.Decisions()
	s := Spread{Quadrants: make([]Count, len(qs)), Decisions: make([]Count, len(ds))}
	for i, q := range qs {
		s.Quadrants[i].Key = q
	}
	for i, d := range ds {
		s.Decisions[i].Key = d
	}
	for _, m := range ms {
		if m.predicted == nil {
			continue
		}
		s.Calls++
		for i := range s.Quadrants {
			if coach.Quadrant(s.Quadrants[i].Key) == m.predicted.Quadrant {
				s.Quadrants[i].N++
			}
		}
		for i := range s.Decisions {
			if coach.Decision(s.Decisions[i].Key) == m.predicted.Decision {
				s.Decisions[i].N++
			}
		}
	}
	return s
}
