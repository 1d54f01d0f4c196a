package practice

import (
	"context"
	"sync"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// caseSaver keeps a case's interview in the journal as a draft, answer by
// answer, so quitting or dropping out of the training room loses at most
// the answer being typed. It is the interview's Saver; its methods run in
// tea commands, which may run at the same time, so it locks, and an older
// save of a question never overwrites a newer one.
//
// A practice interview never reaches a verdict: the scored attempt is
// what is kept, and storing it (saveAttempt) removes the draft.
type caseSaver struct {
	st    Store
	owner string
	base  journal.NewDraft // playbook, locale, total, case and mode

	mu     sync.Mutex
	draft  int64 // the open draft, 0 until the first answer
	seq    map[string]uint64
	next   uint64
	closed bool // the attempt is stored: nothing more to keep
}

// newCaseSaver saves into draft (one being continued), or creates the
// draft on the first answer when draft is 0.
func newCaseSaver(st Store, owner string, base journal.NewDraft, draft int64) *caseSaver {
	return &caseSaver{st: st, owner: owner, base: base, draft: draft, seq: map[string]uint64{}}
}

// Ticket numbers an answer in the order it was given.
func (s *caseSaver) Ticket() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	return s.next
}

// SaveAnswer stores one answer, creating the draft with every answer so
// far on the first one.
func (s *caseSaver) SaveAnswer(ticket uint64, id string, a coach.Answer, all coach.Answers) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || ticket < s.seq[id] {
		return nil
	}
	s.seq[id] = ticket
	ctx := context.Background()
	if s.draft == 0 {
		d := s.base
		d.Answers = all
		draft, err := s.st.CreateDraft(ctx, s.owner, d)
		if err != nil {
			return err
		}
		s.draft = draft
		return nil
	}
	return s.st.SaveAnswer(ctx, s.owner, s.draft, id, a)
}

// SaveVerdict does nothing: a practice interview has no verdict tab.
func (s *caseSaver) SaveVerdict(coach.Answers, *coach.Assessment) error { return nil }

// saveAttempt stores the scored attempt with the draft it finishes, which
// the journal removes with it, and stops saving answers: one arriving
// late would otherwise open a draft of a case already done.
func (s *caseSaver) saveAttempt(a journal.Attempt) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	a.Draft = s.draft
	_, err := s.st.SaveAttempt(context.Background(), s.owner, a)
	return err
}
