package room

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/tui/internal/testwait"
	"github.com/winwincoach/winwin/tui/nav"
)

// refreshes counts the home refreshes the hub sends one session.
type refreshes struct{ n atomic.Int64 }

func (r *refreshes) send(msg any) {
	if _, ok := msg.(nav.RefreshHomeMsg); ok {
		r.n.Add(1)
	}
}

// waitFor waits until the count reaches want; the deadline only guards
// against a hang (the hub sends from its own goroutine).
func (r *refreshes) waitFor(t *testing.T, want int64) {
	t.Helper()
	deadline := time.Now().Add(testwait.Hang)
	for r.n.Load() < want {
		require.True(t, time.Now().Before(deadline), "no home refresh: have %d, want %d", r.n.Load(), want)
		time.Sleep(time.Millisecond)
	}
}

// asked reports whether the hub asked c for an update since the last
// look, and takes the request. c must come from register: with no
// mailbox to take it, a request stays on c, and the hub makes it before
// the call that caused it returns, so the answer does not depend on
// timing.
func asked(c *Conn) bool {
	select {
	case <-c.dirty:
		return true
	default:
		return false
	}
}

// Sessions sitting on their home screen hear when its room entries
// change: everyone when a room opens or closes, trainers (whose entries
// count who is in) when a participant joins or leaves.
func TestHomeRefresh(t *testing.T) {
	h := NewHub(library(t), "", nil)
	var idle, coach refreshes
	h.Connect(Who{Owner: "key:P", Name: "Pia"}, idle.send)
	h.Connect(Who{Owner: "key:C", Name: "Cas", Trainer: true}, coach.send)
	// Quinn is a participant on the home screen like Pia, whose requests
	// the test reads where the hub leaves them.
	quinn := h.register(Who{Owner: "key:Q", Name: "Quinn"}, nil)
	defer quinn.Close()
	trainer, _ := connect(h, Who{Owner: "key:T", Name: "Tess", Trainer: true})

	s, err := trainer.Open(library(t).Cases[0].ID)
	require.NoError(t, err)
	assert.True(t, asked(quinn), "a room opened")
	idle.waitFor(t, 1)
	coach.waitFor(t, 1)

	// Joins and leaves are not the participant's business: only the
	// room's opening and closing reach them.
	anna, _ := connect(h, Who{Owner: "key:A", Name: "Anna"})
	_, err = anna.Join(s.Code)
	require.NoError(t, err)
	assert.False(t, asked(quinn), "a participant joined")
	coach.waitFor(t, 2)
	anna.Close()
	assert.False(t, asked(quinn), "a participant left")
	coach.waitFor(t, 3)

	require.NoError(t, trainer.CloseRoom())
	assert.True(t, asked(quinn), "the room closed")
	idle.waitFor(t, 2)
	coach.waitFor(t, 4)
	// Pia, like Quinn, was asked twice; each refresh was sent before the
	// next was asked for, so none coalesced and none is still to come.
	assert.Equal(t, int64(2), idle.n.Load())
}
