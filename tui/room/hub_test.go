package room

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/tui/internal/testwait"
)

// inbox collects what the hub sends one session.
type inbox chan Snapshot

func (in inbox) send(msg any) {
	if u, ok := msg.(UpdateMsg); ok {
		in <- u.Snapshot
	}
}

// next waits for the next snapshot (the hub sends from its own
// goroutine); the deadline only guards against a hang.
func (in inbox) next(t *testing.T) Snapshot {
	t.Helper()
	select {
	case s := <-in:
		return s
	case <-time.After(testwait.Hang):
		t.Fatal("no update from the hub")
		return Snapshot{}
	}
}

// until waits for a snapshot that satisfies ok, skipping older ones
// (updates coalesce, so intermediate states may be skipped).
func (in inbox) until(t *testing.T, ok func(Snapshot) bool) Snapshot {
	t.Helper()
	for {
		if s := in.next(t); ok(s) {
			return s
		}
	}
}

func library(t *testing.T) *cases.Library {
	t.Helper()
	lib, err := cases.Load()
	require.NoError(t, err)
	return lib
}

func connect(h *Hub, who Who) (*Conn, inbox) {
	in := make(inbox, 64)
	return h.Connect(who, in.send), in
}

func TestCodes(t *testing.T) {
	c, err := NewCode(bytes.NewReader(bytes.Repeat([]byte{255, 0, 1, 2, 3, 4, 5, 6}, 4)))
	require.NoError(t, err)
	assert.Equal(t, "ABCDEF", c, "bytes at the top of the range are skipped")
	fresh, err := NewCode(nil)
	require.NoError(t, err)
	assert.Len(t, fresh, CodeLen)
	assert.Equal(t, "ABC123", NormalizeCode(" abc-123 "))
	assert.Equal(t, "AB", NormalizeCode("a\x1b\x07b"))
	assert.Len(t, NormalizeCode(string(bytes.Repeat([]byte("x"), 10000))), maxCodeLen)
	assert.True(t, SameCode("ABC", "ABC"))
	assert.False(t, SameCode("", ""), "no code never matches")
	assert.False(t, SameCode("ABC", "ABD"))
}

// The whole flow: a trainer opens a room, participants join, report and
// call; the trainer sees all of it, participants see nothing of each
// other, and the reveal reaches everyone at once.
func TestRoomFlow(t *testing.T) {
	lib := library(t)
	cs := lib.Cases[0]
	h := NewHub(lib, "", nil)
	trainer, tin := connect(h, Who{Owner: "key:T", Name: "Tess", Trainer: true})
	s, err := trainer.Open(cs.ID)
	require.NoError(t, err)
	assert.Len(t, s.Code, CodeLen)
	assert.True(t, h.IsOpen(s.Code) && h.Admits(s.Code))
	assert.NotNil(t, s.Expert, "the trainer always sees the expert verdict")
	code := s.Code

	anna, ain := connect(h, Who{Owner: "name:" + code + ":anna", Name: "Anna"})
	bob, bin := connect(h, Who{Owner: "name:" + code + ":bob", Name: "Bob"})
	as, err := anna.Join(code)
	require.NoError(t, err)
	assert.Same(t, cs, as.Case)
	assert.Nil(t, as.Expert)
	assert.Nil(t, as.Members)
	_, err = bob.Join(code)
	require.NoError(t, err)

	anna.Report(Progress{Stage: Answering, Answered: 3, Total: 25})
	anna.Predict(practice.Verdict{Quadrant: coach.Quadrant(cs.Verdict.Quadrant), Decision: coach.Decision(cs.Verdict.Decision)})
	anna.Scored(87)
	bob.Predict(practice.Verdict{Quadrant: "lose-lose", Decision: "say-no"})
	ts := tin.until(t, func(s Snapshot) bool {
		return len(s.Members) == 2 && s.Members[1].Predicted != nil && s.Members[0].Scored
	})
	assert.Equal(t, "Anna", ts.Members[0].Name)
	assert.Equal(t, Predicted, ts.Members[0].Progress.Stage)
	assert.Equal(t, 87, ts.Members[0].Score)
	assert.Equal(t, 2, ts.In)
	assert.Equal(t, 2, ts.Spread.Calls)

	// Nothing of it reached the participants: their progress changes
	// are the trainer's business only.
	assert.Empty(t, ain)
	assert.Empty(t, bin)

	require.NoError(t, trainer.Reveal())
	for _, in := range []inbox{ain, bin} {
		s := in.until(t, func(s Snapshot) bool { return s.Revealed })
		require.NotNil(t, s.Expert)
		assert.Equal(t, cs.Verdict.Quadrant, string(s.Expert.Quadrant))
		assert.Equal(t, 2, s.Spread.Calls)
		assert.Nil(t, s.Members, "after the reveal still no names or answers")
	}
	assert.Error(t, anna.Reveal(), "a participant cannot reveal")
}

// A participant who drops and comes back is the same member, with the
// call already made; the trainer sees them go and come back.
func TestReconnect(t *testing.T) {
	lib := library(t)
	h := NewHub(lib, "standing", nil)
	trainer, tin := connect(h, Who{Owner: "key:T", Trainer: true})
	s, err := trainer.Open(lib.Cases[1].ID)
	require.NoError(t, err)
	assert.Equal(t, "STANDING", s.Code, "the first room takes the standing code")
	assert.True(t, h.Admits("standing"))

	p1, _ := connect(h, Who{Owner: "o", Name: "Anna"})
	_, err = p1.Join(s.Code)
	require.NoError(t, err)
	p1.Predict(practice.Verdict{Quadrant: "win-win", Decision: "go"})
	p1.Close()
	gone := tin.until(t, func(s Snapshot) bool { return len(s.Members) == 1 && !s.Members[0].Connected })
	assert.NotNil(t, gone.Members[0].Predicted)

	p2, _ := connect(h, Who{Owner: "o", Name: "Anna"})
	_, err = p2.Join(s.Code)
	require.NoError(t, err)
	back := tin.until(t, func(s Snapshot) bool { return len(s.Members) == 1 && s.Members[0].Connected })
	assert.Equal(t, Predicted, back.Members[0].Progress.Stage)
	p2.Report(Progress{Stage: Answering, Answered: 5, Total: 25})
	still := tin.until(t, func(s Snapshot) bool { return s.Members[0].Progress.Answered == 5 })
	assert.Equal(t, Predicted, still.Members[0].Progress.Stage, "going back to an answer keeps the call")

	// A second room cannot take the standing code while it is in use.
	other, _ := connect(h, Who{Owner: "key:U", Trainer: true})
	s2, err := other.Open(lib.Cases[2].ID)
	require.NoError(t, err)
	assert.NotEqual(t, "STANDING", s2.Code)
	assert.Len(t, h.Rooms(), 2)
	assert.Equal(t, "STANDING", h.Rooms()[0].Code)
}

func TestErrors(t *testing.T) {
	lib := library(t)
	h := NewHub(lib, "", nil)
	p, _ := connect(h, Who{Owner: "p"})
	_, err := p.Open(lib.Cases[0].ID)
	assert.ErrorIs(t, err, ErrNotTrainer)
	_, err = p.Join("NOPE")
	assert.ErrorIs(t, err, ErrNoRoom)
	_, err = p.Watch("NOPE")
	assert.ErrorIs(t, err, ErrNotTrainer)
	assert.False(t, h.Admits(""), "no standing code admits nobody by an empty code")

	tr, _ := connect(h, Who{Owner: "t", Trainer: true})
	_, err = tr.Open("no-such-case")
	assert.ErrorIs(t, err, ErrNoCase)
	assert.ErrorIs(t, tr.Reveal(), ErrNoRoom)

	s, err := tr.Open(lib.Cases[0].ID)
	require.NoError(t, err)
	_, pin := connect(h, Who{Owner: "q"})
	h.Shutdown()
	assert.False(t, h.IsOpen(s.Code))
	_, err = tr.Open(lib.Cases[0].ID)
	assert.ErrorIs(t, err, ErrClosed)
	assert.Empty(t, pin)
	for _, e := range []error{ErrNoRoom, ErrNoCase, ErrNotTrainer, ErrClosed, assert.AnError} {
		assert.NotEmpty(t, MessageOf(e).Key)
	}
}

// A closed room tells its participants; a closed Conn stops its
// goroutine and may be closed twice.
func TestCloseRoom(t *testing.T) {
	lib := library(t)
	h := NewHub(lib, "", nil)
	tr, _ := connect(h, Who{Owner: "t", Trainer: true})
	s, err := tr.Open(lib.Cases[0].ID)
	require.NoError(t, err)
	p, pin := connect(h, Who{Owner: "p"})
	_, err = p.Join(s.Code)
	require.NoError(t, err)
	require.NoError(t, tr.CloseRoom())
	got := pin.until(t, func(s Snapshot) bool { return !s.Open })
	assert.False(t, got.Revealed)
	assert.False(t, h.IsOpen(s.Code))
	p.Close()
	p.Close()
	_, ok := p.Snapshot()
	assert.False(t, ok)
}
