package practice

import (
	"context"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/autosave"
)

// caseSaver keeps a case's interview in the journal as the case's draft,
// answer by answer (autosave.Keeper), so quitting or dropping out of the
// training room loses at most the answer being typed. A practice
// interview never reaches a verdict: the scored attempt is what is kept,
// and storing it (saveAttempt) removes the draft.
type caseSaver struct {
	*autosave.Keeper
	st    Store
	owner string
}

// newCaseSaver saves into draft (one being continued), or creates the
// draft on the first answer when draft is 0.
func newCaseSaver(st Store, owner string, base journal.NewDraft, draft int64) *caseSaver {
	return &caseSaver{Keeper: autosave.NewKeeper(st, owner, base, draft), st: st, owner: owner}
}

// SaveVerdict does nothing: a practice interview has no verdict tab.
func (s *caseSaver) SaveVerdict(coach.Answers, *coach.Assessment) error { return nil }

// saveAttempt stores the scored attempt with the draft it finishes, which
// the journal removes with it, and stops saving answers: one arriving
// late would otherwise open a draft of a case already done.
func (s *caseSaver) saveAttempt(a journal.Attempt) error {
	return s.Settle(true, func(draft int64, _ bool) (int64, error) {
		a.Draft = draft
		_, err := s.st.SaveAttempt(context.Background(), s.owner, a)
		return 0, err
	})
}
