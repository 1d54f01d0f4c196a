// Package autosave stores an interview in the journal as it happens:
// every answer when it is given (a draft), and the verdict when it is
// reached (a new deal, or the next revision of one). It talks to the
// journal through a small interface, so it is tested without a database.
package autosave

import (
	"context"
	"sync"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// Store is the part of the journal autosave uses.
type Store interface {
	CreateDraft(ctx context.Context, owner string, d journal.NewDraft) (int64, error)
	SaveAnswer(ctx context.Context, owner string, draft int64, question string, a coach.Answer) error
	SaveSession(ctx context.Context, owner string, s journal.NewSession) (journal.Ref, error)
}

// Saver stores one interview. Its methods run in tea commands, which may
// run at the same time, so it locks; answers carry the order they were
// given in, and an older save never overwrites a newer one.
type Saver struct {
	st    Store
	owner string
	base  journal.NewDraft // playbook, locale, total; Deal when revising

	mu    sync.Mutex
	draft int64 // the open draft, 0 until the first answer
	deal  int64 // the saved deal, once a verdict is stored
	seq   map[string]uint64
	next  uint64
	dirty bool // answers changed since the last stored verdict
}

// New returns a Saver for a new interview. draft is the draft being
// resumed (0 for none) and deal the saved deal being revised (0 for a
// new deal). base.Answers are the answers the interview starts with (a
// deal file's, say): a verdict reached on them alone is worth storing
// unless they are a saved deal's unchanged revision.
func New(st Store, owner string, base journal.NewDraft, draft, deal int64) *Saver {
	base.Deal = deal
	dirty := draft != 0 || (deal == 0 && len(base.Answers) > 0)
	return &Saver{st: st, owner: owner, base: base, draft: draft, deal: deal, seq: map[string]uint64{}, dirty: dirty}
}

// Draft is the id of the open draft, 0 when there is none.
func (s *Saver) Draft() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.draft
}

// Ticket numbers an answer in the order it was given; the interview
// takes one in Update, before the save runs in a command.
func (s *Saver) Ticket() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	return s.next
}

// SaveAnswer stores one answer in the draft, creating the draft (with
// every answer so far) on the first answer after a verdict or ever.
func (s *Saver) SaveAnswer(ticket uint64, id string, a coach.Answer, all coach.Answers) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ticket < s.seq[id] {
		return nil // a later answer to this question is already stored
	}
	s.seq[id] = ticket
	s.dirty = true
	ctx := context.Background()
	if s.draft == 0 {
		d := s.base
		d.Deal = s.deal
		d.Answers = all
		id, err := s.st.CreateDraft(ctx, s.owner, d)
		if err != nil {
			return err
		}
		s.draft = id
		return nil
	}
	return s.st.SaveAnswer(ctx, s.owner, s.draft, id, a)
}

// SaveVerdict stores the verdict when something changed since the last
// one: the draft becomes a revision of its deal and is closed.
func (s *Saver) SaveVerdict(all coach.Answers, a *coach.Assessment) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.dirty {
		return nil
	}
	ref, err := s.st.SaveSession(context.Background(), s.owner, journal.NewSession{Deal: s.deal, Draft: s.draft, Answers: all, Assessment: a})
	if err != nil {
		return err
	}
	s.deal, s.draft, s.dirty = ref.Deal, 0, false
	return nil
}
