package autosave

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// fakeStore records what autosave asks of the journal.
type fakeStore struct {
	mu       sync.Mutex
	drafts   map[int64]coach.Answers
	sessions []journal.NewSession
	nextDeal int64
	fail     error
}

func newFake() *fakeStore { return &fakeStore{drafts: map[int64]coach.Answers{}} }

func (f *fakeStore) CreateDraft(_ context.Context, _ string, d journal.NewDraft) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return 0, f.fail
	}
	id := int64(len(f.drafts) + 1)
	f.drafts[id] = d.Answers.Clone()
	return id, nil
}

func (f *fakeStore) SaveAnswer(_ context.Context, _ string, draft int64, q string, a coach.Answer) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.drafts[draft][q] = a
	return f.fail
}

func (f *fakeStore) SaveSession(_ context.Context, _ string, s journal.NewSession) (journal.Ref, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s.Deal == 0 {
		f.nextDeal++
		s.Deal = f.nextDeal
	}
	f.sessions = append(f.sessions, s)
	return journal.Ref{Deal: s.Deal, Revision: len(f.sessions)}, nil
}

func TestDraftThenVerdictThenRevision(t *testing.T) {
	st := newFake()
	s := New(st, "", journal.NewDraft{Total: 25}, 0, 0)
	a := coach.Answers{"client.name": coach.Text("Jansen")}
	require.NoError(t, s.SaveAnswer(s.Ticket(), "client.name", a["client.name"], a))
	assert.Equal(t, int64(1), s.Draft())
	a["client.stage"] = coach.Text("growing")
	require.NoError(t, s.SaveAnswer(s.Ticket(), "client.stage", a["client.stage"], a))
	assert.Equal(t, a, st.drafts[1])

	require.NoError(t, s.SaveVerdict(a, &coach.Assessment{}))
	require.Len(t, st.sessions, 1)
	assert.Equal(t, int64(1), st.sessions[0].Draft)
	assert.Equal(t, int64(0), s.Draft(), "the verdict closes the draft")

	// Seeing the verdict again without a change stores nothing.
	require.NoError(t, s.SaveVerdict(a, &coach.Assessment{}))
	assert.Len(t, st.sessions, 1)

	// A change after the verdict opens a new draft of the same deal.
	a["client.stage"] = coach.Text("starter")
	require.NoError(t, s.SaveAnswer(s.Ticket(), "client.stage", a["client.stage"], a))
	assert.Equal(t, int64(2), s.Draft())
	require.NoError(t, s.SaveVerdict(a, &coach.Assessment{}))
	require.Len(t, st.sessions, 2)
	assert.Equal(t, int64(1), st.sessions[1].Deal, "a new revision of the same deal")
}

// Saves run in commands, possibly out of order: a later answer to the
// same question is never overwritten by an earlier one.
func TestOlderAnswerNeverWins(t *testing.T) {
	st := newFake()
	s := New(st, "", journal.NewDraft{}, 0, 0)
	a := coach.Answers{"client.stage": coach.Text("growing")}
	require.NoError(t, s.SaveAnswer(s.Ticket(), "client.stage", a["client.stage"], a))
	first, second := s.Ticket(), s.Ticket()
	require.NoError(t, s.SaveAnswer(second, "client.stage", coach.Text("scaling"), a))
	require.NoError(t, s.SaveAnswer(first, "client.stage", coach.Text("starter"), a))
	assert.Equal(t, coach.Text("scaling"), st.drafts[1]["client.stage"])
}

func TestFailureIsReported(t *testing.T) {
	st := newFake()
	st.fail = errors.New("disk full")
	s := New(st, "", journal.NewDraft{}, 0, 0)
	a := coach.Answers{"client.name": coach.Text("x")}
	assert.Error(t, s.SaveAnswer(s.Ticket(), "client.name", a["client.name"], a))
}

func TestPrefilledVerdictIsStoredOnce(t *testing.T) {
	st := newFake()
	a := coach.Answers{"client.name": coach.Text("x")}
	s := New(st, "", journal.NewDraft{Answers: a}, 0, 0)
	require.NoError(t, s.SaveVerdict(a, &coach.Assessment{}))
	require.NoError(t, s.SaveVerdict(a, &coach.Assessment{}))
	assert.Len(t, st.sessions, 1)

	// An unchanged revision of a saved deal is not stored again.
	r := New(st, "", journal.NewDraft{Answers: a}, 0, 7)
	require.NoError(t, r.SaveVerdict(a, &coach.Assessment{}))
	assert.Len(t, st.sessions, 1)
}

// A settle that fails keeps the draft, so the answers are not lost; one
// that closes keeps nothing after it.
func TestKeeperSettle(t *testing.T) {
	st := newFake()
	k := NewKeeper(st, "", journal.NewDraft{}, 0)
	a := coach.Answers{"client.name": coach.Text("x")}
	require.NoError(t, k.SaveAnswer(k.Ticket(), "client.name", a["client.name"], a))
	fail := errors.New("disk full")
	err := k.Settle(true, func(draft int64, changed bool) (int64, error) {
		assert.Equal(t, int64(1), draft)
		assert.True(t, changed)
		return 0, fail
	})
	assert.ErrorIs(t, err, fail)
	assert.Equal(t, int64(1), k.Draft(), "a failed settle keeps the draft")

	require.NoError(t, k.Settle(true, func(int64, bool) (int64, error) { return 0, nil }))
	assert.Equal(t, int64(0), k.Draft())
	require.NoError(t, k.SaveAnswer(k.Ticket(), "client.name", coach.Text("late"), a))
	assert.Equal(t, int64(0), k.Draft(), "closed: a late answer opens no draft")
	assert.Len(t, st.drafts, 1)
}
