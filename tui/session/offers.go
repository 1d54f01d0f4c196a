package session

import (
	"context"
	"strings"
	"sync"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/interview"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/offerpick"
)

// withOffers wires saved offers into the app: "prepare a deal" offers
// them first (tui/offerpick), and every interview saves its offer when
// the verdict is reached. Without a journal there is nothing to pick
// from or save to, and opts stay as they are.
func withOffers(cfg Config, opts tui.Options) tui.Options {
	if cfg.Journal == nil {
		return opts
	}
	opts.Prepare = offerpick.Open(cfg.Journal, cfg.Owner)
	if inner := opts.NewSaver; inner != nil {
		opts.NewSaver = func(p nav.PrepMsg) interview.Saver {
			return newOfferSaver(inner(p), cfg.Journal, cfg.Owner, p)
		}
	}
	return opts
}

// OfferStore is the part of the journal that keeps offers.
type OfferStore interface {
	SaveOffer(ctx context.Context, owner string, ans coach.Answers) (int64, error)
}

// offerSaver saves the deal's offer (its offer.* answers, by name, so an
// offer of the same name is updated rather than added) when the verdict
// is stored. It saves at the verdict, not when the offer's section is
// done, so an offer half typed and abandoned never clutters the picker
// (the draft keeps it), and the offer saved is the one a whole deal was
// assessed with.
//
// It saves only when there is something new: a new deal (typed in, from
// a deal file or from a picked offer) or an offer answer changed in this
// interview. Re-opening an old deal to look at it must not overwrite
// the saved offer with the offer as it was back then.
type offerSaver struct {
	interview.Saver
	st    OfferStore
	owner string

	mu      sync.Mutex
	pending bool // the offer is to be saved at the next verdict
}

func newOfferSaver(inner interview.Saver, st OfferStore, owner string, p nav.PrepMsg) *offerSaver {
	return &offerSaver{Saver: inner, st: st, owner: owner, pending: p.Deal == 0}
}

// SaveAnswer stores the answer and notes a changed offer.
func (s *offerSaver) SaveAnswer(ticket uint64, id string, a coach.Answer, all coach.Answers) error {
	if strings.HasPrefix(id, journal.OfferPrefix) {
		s.mu.Lock()
		s.pending = true
		s.mu.Unlock()
	}
	return s.Saver.SaveAnswer(ticket, id, a, all)
}

// SaveVerdict stores the verdict, then the offer when it is new or
// changed and has a name. The first failure is returned.
func (s *offerSaver) SaveVerdict(all coach.Answers, a *coach.Assessment) error {
	err := s.Saver.SaveVerdict(all, a)
	s.mu.Lock()
	defer s.mu.Unlock()
	name, ok := all.Str(coach.IDOfferName)
	if !s.pending || !ok || strings.TrimSpace(name) == "" {
		return err
	}
	if _, oerr := s.st.SaveOffer(context.Background(), s.owner, all); oerr != nil {
		if err == nil {
			err = oerr
		}
		return err
	}
	s.pending = false
	return err
}
