package autosave

import (
	"sync"

	"github.com/winwincoach/winwin/coach"
)

// Ledger remembers every Keeper an app opened, so that on quitting the
// answers still pending can be retried and, failing that, copied out
// instead of dropped. It is safe for concurrent use.
type Ledger struct {
	mu      sync.Mutex
	keepers []*Keeper
}

// Add remembers k; a nil Ledger remembers nothing.
func (l *Ledger) Add(k *Keeper) {
	if l == nil || k == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.keepers = append(l.keepers, k)
}

// Lost is an interview whose answers the journal still does not hold
// after a last try.
type Lost struct {
	// Unsaved are the questions whose answer was not stored.
	Unsaved []string
	// Answers are all the interview's answers, for the copy.
	Answers coach.Answers
	// Err is why the last try failed.
	Err error
}

// Rescue tries once more to store every pending answer and returns the
// interviews for which that failed.
func (l *Ledger) Rescue() []Lost {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	keepers := append([]*Keeper(nil), l.keepers...)
	l.mu.Unlock()
	var lost []Lost
	for _, k := range keepers {
		if len(k.Unsaved()) == 0 {
			continue
		}
		err := k.Flush()
		if unsaved := k.Unsaved(); len(unsaved) > 0 {
			lost = append(lost, Lost{Unsaved: unsaved, Answers: k.Answers(), Err: err})
		}
	}
	return lost
}
