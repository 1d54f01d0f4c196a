package room

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/locale"
	training "github.com/winwincoach/winwin/tui/practice"
)

// Calls are kept per case of the room; the next case starts everyone
// afresh in the same room with the same code, and the results keep the
// calls of every case; a participant's snapshot never holds them.
func TestNextCaseKeepsResults(t *testing.T) {
	lib := library(t)
	h := NewHub(lib, "TRAIN1", nil)
	at := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	h.SetStore(nil, func() time.Time { return at })
	tc := h.register(Who{Owner: "t", Name: "Tess", Trainer: true}, func(any) {})
	_, err := tc.Open(lib.Cases[0].ID)
	require.NoError(t, err)
	anna := join(t, h, "Anna")
	anna.Called(&practice.Result{Mode: practice.Exam, Score: 90, Predicted: practice.Expert(lib.Cases[0])}, Progress{Answered: 20, Total: 25})
	anna.Called(&practice.Result{Mode: practice.Exam, Score: 80, Predicted: practice.Expert(lib.Cases[0])}, Progress{Answered: 21, Total: 25})

	room, as, err := tc.Results()
	require.NoError(t, err)
	assert.Equal(t, "TRAIN1", room.Code)
	require.Len(t, as, 1, "a second call on the same case replaces the first")
	assert.Equal(t, 80.0, as[0].Score)

	require.NoError(t, tc.NextCase(lib.Cases[1].ID))
	s, ok := tc.Snapshot()
	require.True(t, ok)
	assert.Equal(t, 2, s.Round)
	assert.Equal(t, "TRAIN1", s.Code)
	assert.Equal(t, lib.Cases[1].ID, s.Case.ID)
	require.Len(t, s.Members, 1)
	assert.Nil(t, s.Members[0].Predicted, "the next case starts without a call")
	assert.Nil(t, s.Members[0].Result)
	assert.False(t, s.Revealed)

	anna.Called(&practice.Result{Mode: practice.Learn, Score: 40}, Progress{Answered: 3, Total: 25})
	_, as, err = tc.Results()
	require.NoError(t, err)
	require.Len(t, as, 2)
	assert.Equal(t, []int{1, 2}, []int{as[0].Round, as[1].Round})
	assert.Equal(t, lib.Cases[1].ID, as[1].Case)

	ps, ok := anna.Snapshot()
	require.True(t, ok)
	assert.Nil(t, ps.Members)
	assert.Zero(t, ps.Results)
	assert.Nil(t, ps.Expert, "no verdict before the reveal")
	_, _, err = anna.Results()
	assert.ErrorIs(t, err, ErrNotTrainer)
	assert.ErrorIs(t, anna.NextCase(lib.Cases[0].ID), ErrNotTrainer)
	assert.ErrorIs(t, tc.NextCase("nope"), ErrNoCase)
}

// A participant who logs in before the room opens waits, and is in the
// room's case as soon as the trainer opens it.
func TestWaitingForTheTrainer(t *testing.T) {
	lib := library(t)
	h := NewHub(lib, "STAND1", nil)
	p, pin := connect(h, Who{Owner: "a", Name: "Anna"})
	opened := make(chan struct{}, 1)
	p.send = func(msg any) {
		if _, ok := msg.(OpenedMsg); ok {
			opened <- struct{}{}
		}
		pin.send(msg)
	}
	c := newCommon(t, locale.EN)
	s, _ := Start(p, newFake, "stand1")(c)
	s = s.SetSize(80, 20)
	assert.Contains(t, s.View(), "Waiting for the trainer")

	tc, _ := connect(h, Who{Owner: "t", Trainer: true})
	_, err := tc.Open(lib.Cases[0].ID)
	require.NoError(t, err)
	select {
	case <-opened:
	case <-time.After(time.Minute):
		t.Fatal("the waiting screen never heard the room open")
	}
	s, _ = s.Update(OpenedMsg{})
	assert.Contains(t, s.View(), "THE STORY", "in the room's case, at the waiting screen's size")
	_, in := p.Snapshot()
	assert.True(t, in)
}

// In a room the story does not say what the case trains (it gives the
// verdict away) until the call is made.
func TestRoomStoryHasNoSubtitle(t *testing.T) {
	lib := library(t)
	cs := lib.Cases[0]
	c := newCommon(t, locale.EN)
	f, _ := PracticeFlow(training.Config{Library: lib})(c, cs)
	s := f.SetSize(100, 30)
	view := s.View()
	assert.Contains(t, view, cs.Title.In(locale.EN))
	about := c.T("pillar." + string(cs.Pillar))
	for _, tag := range cs.Tags {
		about += " · " + c.T("practice.tag."+tag)
	}
	assert.NotContains(t, view, about)
}
