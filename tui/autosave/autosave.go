// Package autosave stores an interview in the journal as it happens:
// every answer when it is given (a draft), and the verdict when it is
// reached (a new deal, or the next revision of one). It talks to the
// journal through a small interface, so it is tested without a database.
package autosave

import (
	"context"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// Store is the part of the journal autosave uses.
type Store interface {
	DraftStore
	SaveSession(ctx context.Context, owner string, s journal.NewSession) (journal.Ref, error)
}

// Saver stores one interview: its answers through the embedded Keeper,
// and each verdict reached as the next revision of its deal.
type Saver struct {
	*Keeper
	st    Store
	owner string
	deal  int64 // the saved deal, once a verdict is stored; guarded by the Keeper's lock (Settle)
}

// New returns a Saver for a new interview. draft is the draft being
// resumed (0 for none) and deal the saved deal being revised (0 for a
// new deal). base.Answers are the answers the interview starts with (a
// deal file's, say): a verdict reached on them alone is worth storing
// unless they are a saved deal's unchanged revision.
func New(st Store, owner string, base journal.NewDraft, draft, deal int64) *Saver {
	base.Deal = deal
	return &Saver{Keeper: NewKeeper(st, owner, base, draft), st: st, owner: owner, deal: deal}
}

// SaveVerdict stores the verdict when something changed since the last
// one: the draft becomes a revision of its deal and is closed.
func (s *Saver) SaveVerdict(all coach.Answers, a *coach.Assessment) error {
	return s.Settle(false, func(draft int64, changed bool) (int64, error) {
		if !changed {
			return s.deal, nil
		}
		ref, err := s.st.SaveSession(context.Background(), s.owner, journal.NewSession{Deal: s.deal, Draft: draft, Answers: all, Assessment: a})
		if err != nil {
			return 0, err
		}
		s.deal = ref.Deal
		return ref.Deal, nil
	})
}
