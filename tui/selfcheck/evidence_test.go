package selfcheck_test

import (
	"context"
	"iter"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// dealStore is a journal with deals: each session a revision of a deal.
type dealStore struct {
	*fakeStore
	sessions []journal.Session
}

func (d dealStore) All(context.Context, string) iter.Seq2[journal.Session, error] {
	return func(yield func(journal.Session, error) bool) {
		for _, s := range d.sessions {
			if !yield(s, nil) {
				return
			}
		}
	}
}

func session(deal int64, rev int, a coach.Answers) journal.Session {
	return journal.Session{Row: journal.Row{Ref: journal.Ref{Deal: deal, Revision: rev}}, Answers: a}
}

// The profile sets the claims beside the journal: each deal counted once,
// by its latest revision.
func TestJournalEvidence(t *testing.T) {
	none := coach.Answers{"disclosure.cons": coach.Items(), "seller.walk_away": coach.Amount(0)}
	both := coach.Answers{"disclosure.cons": coach.Items("fee"), "seller.walk_away": coach.Amount(900)}
	store := dealStore{fakeStore: &fakeStore{}, sessions: []journal.Session{
		session(1, 1, none), session(2, 1, both), session(1, 2, both), session(3, 1, none),
	}}
	v := run(t, store, answers(set(t)))
	assert.Contains(t, v, "Beside your journal: your last 3 deals")
	assert.Contains(t, v, "Cons named to the client: in 2 of 3 deals. You said: four (of your last five conversations).")
	assert.Contains(t, v, "A lowest price set: in 2 of 3 deals. You said: one (of your last five conversations).")

	// A journal without deals shows nothing of it.
	assert.NotContains(t, run(t, dealStore{fakeStore: &fakeStore{}}, answers(set(t))), "Beside your journal")
}
