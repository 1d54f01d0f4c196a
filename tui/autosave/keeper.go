package autosave

import (
	"context"
	"sort"
	"sync"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// DraftStore is the part of the journal a Keeper uses.
type DraftStore interface {
	CreateDraft(ctx context.Context, owner string, d journal.NewDraft) (int64, error)
	SaveAnswer(ctx context.Context, owner string, draft int64, question string, a coach.Answer) error
}

// Keeper keeps an interview's answers in a journal draft, answer by
// answer: a deal's (inside Saver) or a practice case's. Its methods run in
// tea commands, which may run at the same time, so it locks; answers carry
// the order they were given in, and an older save never overwrites a
// newer one.
//
// An answer whose save fails stays pending: every later save writes every
// pending answer first, so one failed save (a journal locked by another
// process, a full disk) loses nothing once saving works again, and
// Unsaved says how many answers the journal does not hold yet.
type Keeper struct {
	st    DraftStore
	owner string

	mu      sync.Mutex
	base    journal.NewDraft // what a new draft is made of; Deal when revising
	draft   int64            // the open draft, 0 until the first answer
	seq     map[string]uint64
	next    uint64
	changed bool                    // answers not yet settled (see Settle)
	closed  bool                    // settled for good: nothing more to keep
	pending map[string]coach.Answer // answers given whose save has not succeeded yet
	latest  coach.Answers           // every answer given so far, the newest of each
	opened  bool                    // CreateDraft must run (the draft holds nothing yet)
	newest  uint64                  // the ticket latest was taken from
}

// NewKeeper keeps answers in draft (one being resumed), or opens a draft
// from base on the first answer when draft is 0. A resumed draft, or
// answers the interview starts with that are no saved deal's, count as
// changed until settled.
func NewKeeper(st DraftStore, owner string, base journal.NewDraft, draft int64) *Keeper {
	changed := draft != 0 || (base.Deal == 0 && len(base.Answers) > 0)
	return &Keeper{st: st, owner: owner, base: base, draft: draft, seq: map[string]uint64{}, changed: changed,
		pending: map[string]coach.Answer{}, latest: base.Answers.Clone()}
}

// Draft is the id of the open draft, 0 when there is none.
func (k *Keeper) Draft() int64 {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.draft
}

// Ticket numbers an answer in the order it was given; the interview
// takes one in Update, before the save runs in a command.
func (k *Keeper) Ticket() uint64 {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.next++
	return k.next
}

// SaveAnswer stores one answer in the draft, opening the draft (with
// every answer so far) on the first answer since it was settled, or ever,
// and writes every answer still pending from a failed save before it. It
// fails while any answer stays pending.
func (k *Keeper) SaveAnswer(ticket uint64, id string, a coach.Answer, all coach.Answers) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.closed || ticket < k.seq[id] {
		return nil // done, or a later answer to this question is already stored
	}
	k.seq[id] = ticket
	k.changed = true
	k.pending[id] = a
	if ticket >= k.newest {
		// The newest answer's interview holds every answer so far.
		k.newest, k.latest = ticket, all.Clone()
	}
	if k.latest == nil {
		k.latest = coach.Answers{}
	}
	k.latest[id] = a
	if k.draft == 0 {
		k.opened = true
	}
	return k.flush()
}

// flush writes what is pending: a new draft holding every answer given
// so far, or each pending answer into the open draft. An answer stays
// pending until its own write succeeds. The caller holds the lock.
func (k *Keeper) flush() error {
	ctx := context.Background()
	if k.draft == 0 && k.opened {
		d := k.base
		d.Answers = k.latest.Clone()
		draft, err := k.st.CreateDraft(ctx, k.owner, d)
		if err != nil {
			return err
		}
		k.draft, k.opened = draft, false
		clear(k.pending)
		return nil
	}
	for _, id := range sortedKeys(k.pending) {
		if err := k.st.SaveAnswer(ctx, k.owner, k.draft, id, k.pending[id]); err != nil {
			return err
		}
		delete(k.pending, id)
	}
	return nil
}

// Flush retries every pending answer now (before quitting, say); it fails
// while any stays pending.
func (k *Keeper) Flush() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.closed {
		return nil
	}
	return k.flush()
}

// Unsaved lists the questions whose latest answer the journal does not
// hold yet, sorted.
func (k *Keeper) Unsaved() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.closed {
		return nil
	}
	return sortedKeys(k.pending)
}

// Answers is every answer given so far, the newest of each: what a copy
// written when saving keeps failing must hold.
func (k *Keeper) Answers() coach.Answers {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.latest.Clone()
}

// Settle ends the open draft under the lock, so no answer slips in
// between: end gets the draft (0 for none) and whether answers changed
// since the last Settle, stores what the draft became (a verdict's
// revision, a scored attempt) and returns the deal a next draft revises.
// Pending answers are written first; while any stays pending Settle fails
// and end does not run, so a verdict never closes a draft that misses an
// answer. When end succeeds the next answer opens a new draft, or, once
// closed, none at all (an answer arriving after a scored attempt must not
// bring back a draft of a case already done).
func (k *Keeper) Settle(closed bool, end func(draft int64, changed bool) (deal int64, err error)) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if len(k.pending) > 0 {
		if err := k.flush(); err != nil {
			return err
		}
	}
	deal, err := end(k.draft, k.changed)
	if err != nil {
		return err
	}
	k.base.Deal, k.draft, k.changed, k.closed = deal, 0, false, closed
	return nil
}

func sortedKeys(m map[string]coach.Answer) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
