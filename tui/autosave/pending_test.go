package autosave

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// failing makes the fake's saves fail, as a journal locked by another
// process or a full disk does, and stores nothing while it does.
type failing struct{ *fakeStore }

func (f failing) SaveAnswer(ctx context.Context, owner string, draft int64, q string, a coach.Answer) error {
	f.mu.Lock()
	fail := f.fail
	f.mu.Unlock()
	if fail != nil {
		return fail
	}
	return f.fakeStore.SaveAnswer(ctx, owner, draft, q, a)
}

func (f *fakeStore) setFail(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = err
}

// answerAll gives the answers in order through k, the way the interview
// does, and returns the last save's error.
func answerAll(k *Keeper, all coach.Answers, ids ...string) error {
	var err error
	for _, id := range ids {
		all[id] = coach.Text(id + " answer")
		err = k.SaveAnswer(k.Ticket(), id, all[id], all.Clone())
	}
	return err
}

// The red-team run: two answers saved, two given while the journal is
// locked, one more after: every answer is stored, and "not saved" stays
// until then.
func TestFailedSavesAreRetriedByTheNextSave(t *testing.T) {
	for _, tc := range []struct {
		name       string
		failFirst  bool // the very first save fails too (no draft yet)
		wantDrafts int
	}{
		{name: "draft open", wantDrafts: 1},
		{name: "draft not yet created", failFirst: true, wantDrafts: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := newFake()
			fs := failing{st}
			k := NewKeeper(fs, "", journal.NewDraft{Total: 25}, 0)
			all := coach.Answers{}
			locked := errors.New("database is locked")
			if tc.failFirst {
				st.setFail(locked)
			}
			err := answerAll(k, all, "a.one", "a.two")
			if tc.failFirst {
				require.ErrorIs(t, err, locked)
				assert.Equal(t, []string{"a.one", "a.two"}, k.Unsaved())
			} else {
				require.NoError(t, err)
			}
			st.setFail(locked)
			require.ErrorIs(t, answerAll(k, all, "b.three", "b.four"), locked)
			assert.Subset(t, k.Unsaved(), []string{"b.three", "b.four"})

			st.setFail(nil)
			require.NoError(t, answerAll(k, all, "c.five"))
			assert.Empty(t, k.Unsaved())
			require.Len(t, st.drafts, tc.wantDrafts)
			assert.Equal(t, all, st.drafts[k.Draft()], "every answer is in the draft")
		})
	}
}

// A verdict is never stored on a draft missing an answer: Settle writes
// what is pending first, and fails (leaving the draft open) if it cannot.
func TestSettleWritesPendingFirst(t *testing.T) {
	st := newFake()
	k := NewKeeper(failing{st}, "", journal.NewDraft{}, 0)
	all := coach.Answers{}
	require.NoError(t, answerAll(k, all, "a.one"))
	st.setFail(errors.New("disk full"))
	require.Error(t, answerAll(k, all, "a.two"))
	ran := false
	require.Error(t, k.Settle(false, func(int64, bool) (int64, error) { ran = true; return 0, nil }))
	assert.False(t, ran)
	st.setFail(nil)
	require.NoError(t, k.Settle(false, func(draft int64, _ bool) (int64, error) {
		assert.Equal(t, all, st.drafts[draft])
		return 0, nil
	}))
}

// Quitting: the ledger retries, and returns what still could not be
// stored with every answer of its interview, for the copy.
func TestLedgerRescue(t *testing.T) {
	st := newFake()
	l := &Ledger{}
	k := NewKeeper(failing{st}, "", journal.NewDraft{}, 0)
	l.Add(k)
	l.Add(NewKeeper(failing{st}, "", journal.NewDraft{}, 0)) // an interview with nothing pending
	all := coach.Answers{}
	require.NoError(t, answerAll(k, all, "a.one"))
	full := errors.New("disk full")
	st.setFail(full)
	require.Error(t, answerAll(k, all, "a.two", "a.three"))

	lost := l.Rescue()
	require.Len(t, lost, 1)
	assert.Equal(t, []string{"a.three", "a.two"}, lost[0].Unsaved)
	assert.Equal(t, all, lost[0].Answers)
	assert.ErrorIs(t, lost[0].Err, full)

	st.setFail(nil)
	assert.Empty(t, l.Rescue(), "the retry on quitting stores them")
	assert.Equal(t, all, st.drafts[k.Draft()])
	assert.Empty(t, (*Ledger)(nil).Rescue())
}
