package journalview

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// fakeStore is a journal in memory with the journal's list semantics:
// deals at their latest revision, newest first, filtered like Filter.
// It counts the rows it hands out, so tests can see that the screen
// reads pages, not the whole table.
type fakeStore struct {
	mu    sync.Mutex
	deals map[int64][]journal.Session // revisions, oldest first
	read  int                         // rows returned by List and ListAfter
	calls int
	fail  error                       // every read fails with it when set
	gone  map[int64][]journal.Session // deleted deals, for Restore
}

func newFakeStore() *fakeStore { return &fakeStore{deals: map[int64][]journal.Session{}} }

// add stores a revision of deal (its next one) with answers assessed by c.
func (f *fakeStore) add(c *coach.Coach, deal int64, at time.Time, ans coach.Answers) journal.Ref {
	a := c.Assess(ans)
	data, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	client, _ := ans.Str(coach.IDClientName)
	offer, _ := ans.Str(coach.IDOfferName)
	ref := journal.Ref{Deal: deal, Revision: len(f.deals[deal]) + 1}
	f.deals[deal] = append(f.deals[deal], journal.Session{
		Row: journal.Row{Ref: ref, Time: at, Client: client, Offer: offer,
			Quadrant: a.Quadrant, Decision: a.Decision, Provisional: a.Provisional},
		Playbook: a.Playbook, Locale: a.Lang, Answers: ans.Clone(), AssessmentJSON: data,
	})
	return ref
}

func (f *fakeStore) latest(filter journal.Filter) []journal.Row {
	text := strings.ToLower(strings.TrimSpace(filter.Text))
	var out []journal.Row
	for _, revs := range f.deals {
		r := revs[len(revs)-1].Row
		if filter.Quadrant != "" && r.Quadrant != filter.Quadrant ||
			filter.Decision != "" && r.Decision != filter.Decision ||
			text != "" && !strings.Contains(strings.ToLower(r.Client+"\n"+r.Offer), text) {
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return before(out[j], out[i]) })
	return out
}

// before reports whether a comes before b in time (then id).
func before(a, b journal.Row) bool {
	if !a.Time.Equal(b.Time) {
		return a.Time.Before(b.Time)
	}
	return a.Deal < b.Deal
}

func (f *fakeStore) Count(_ context.Context, _ string, filter journal.Filter) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return 0, f.fail
	}
	return len(f.latest(filter)), nil
}

func (f *fakeStore) List(_ context.Context, _ string, filter journal.Filter, offset, limit int) ([]journal.Row, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return nil, f.fail
	}
	all := f.latest(filter)
	lo, hi := min(offset, len(all)), min(offset+limit, len(all))
	f.read += hi - lo
	f.calls++
	return all[lo:hi], nil
}

func (f *fakeStore) ListAfter(_ context.Context, _ string, filter journal.Filter, after journal.Row, limit int) ([]journal.Row, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return nil, f.fail
	}
	var out []journal.Row
	for _, r := range f.latest(filter) {
		if before(r, after) && len(out) < limit {
			out = append(out, r)
		}
	}
	f.read += len(out)
	f.calls++
	return out, nil
}

func (f *fakeStore) Revisions(_ context.Context, _ string, deal int64) ([]journal.Row, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return nil, f.fail
	}
	revs := f.deals[deal]
	if len(revs) == 0 {
		return nil, journal.ErrNotFound
	}
	out := make([]journal.Row, len(revs))
	for i, s := range revs {
		out[i] = s.Row
	}
	return out, nil
}

func (f *fakeStore) Get(_ context.Context, _ string, ref journal.Ref) (journal.Session, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return journal.Session{}, f.fail
	}
	revs := f.deals[ref.Deal]
	if len(revs) == 0 || ref.Revision > len(revs) {
		return journal.Session{}, journal.ErrNotFound
	}
	if ref.Revision == 0 {
		return revs[len(revs)-1], nil
	}
	return revs[ref.Revision-1], nil
}

// bulk adds n one-revision deals, numbered from 1, a minute apart,
// sharing one stored verdict per variant (cheap enough for thousands).
func (f *fakeStore) bulk(c *coach.Coach, variants []coach.Answers, n int) {
	type stored struct {
		a    *coach.Assessment
		data []byte
	}
	vs := make([]stored, len(variants))
	for i, ans := range variants {
		a := c.Assess(ans)
		data, err := json.Marshal(a)
		if err != nil {
			panic(err)
		}
		vs[i] = stored{a, data}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range n {
		v := vs[i%len(vs)]
		ref := journal.Ref{Deal: int64(i + 1), Revision: 1}
		f.deals[ref.Deal] = []journal.Session{{
			Row: journal.Row{Ref: ref, Time: day0.Add(time.Duration(i) * time.Minute), Client: fmt.Sprintf("Client %d", i+1),
				Offer: "Advice day", Quadrant: v.a.Quadrant, Decision: v.a.Decision},
			Answers: variants[i%len(variants)], AssessmentJSON: v.data,
		}}
	}
}

func (f *fakeStore) DeleteDeal(_ context.Context, _ string, deal int64) (journal.Deleted, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	revs, ok := f.deals[deal]
	if !ok {
		return journal.Deleted{}, journal.ErrNotFound
	}
	if f.gone == nil {
		f.gone = map[int64][]journal.Session{}
	}
	f.gone[deal] = revs
	delete(f.deals, deal)
	return journal.Deleted{Row: revs[len(revs)-1].Row}, nil
}

func (f *fakeStore) Restore(_ context.Context, d journal.Deleted) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	revs, ok := f.gone[d.Deal]
	if !ok {
		return 0, journal.ErrNotFound
	}
	f.deals[d.Deal] = revs
	delete(f.gone, d.Deal)
	return d.Deal, nil
}
