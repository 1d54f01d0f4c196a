package selfcheck

import (
	"context"
	"iter"
	"strconv"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/internal/page"
)

// This file sets two of the self-check's claims beside what the journal
// shows of the seller's latest deals: how often cons were named and a
// walk-away price set. What you say you do and what you did are not
// always the same, and the difference is worth seeing.

// DealReader streams the stored deals; *journal.Journal is one. A Store
// that is not one shows no journal evidence.
type DealReader interface {
	All(ctx context.Context, owner string) iter.Seq2[journal.Session, error]
}

// evidenceMsg carries the journal evidence; a failed read shows none.
type evidenceMsg struct{ ev training.Evidence }

// loadEvidence reads the latest answers of every deal, off the Update
// path; nil when the store keeps no deals.
func (m Model) loadEvidence() tea.Cmd {
	r, ok := m.cfg.Store.(DealReader)
	if !ok || m.cfg.Store == nil {
		return nil
	}
	owner := m.cfg.Owner
	return func() tea.Msg {
		latest := map[int64]int{} // deal -> index in deals
		var deals []coach.Answers
		for s, err := range r.All(context.Background(), owner) {
			if err != nil {
				return evidenceMsg{}
			}
			if i, seen := latest[s.Deal]; seen {
				deals[i] = s.Answers // a later revision of the deal
				continue
			}
			latest[s.Deal] = len(deals)
			deals = append(deals, s.Answers)
		}
		return evidenceMsg{ev: training.JournalEvidence(deals)}
	}
}

// evidenceLines are the two claims beside the journal, when it has deals.
func (m Model) evidenceLines(w int) []string {
	th := m.c.Theme
	ev := m.evidence
	if ev.Deals == 0 {
		return nil
	}
	said := func(id string) string {
		if v, ok := m.ratings[id]; ok {
			return m.c.T("practice.selfcheck.scale." + strconv.Itoa(v))
		}
		return "–"
	}
	out := []string{"", "  " + th.Heading.Render(m.c.T(plural("training.selfcheck.journal", ev.Deals), ev.Deals))}
	out = append(out, page.Wrap(th.Text, m.c.T("training.selfcheck.journal_cons", ev.ConsNamed, ev.Deals, said("names_drawbacks")), "    ", w)...)
	out = append(out, page.Wrap(th.Text, m.c.T("training.selfcheck.journal_floor", ev.FloorSet, ev.Deals, said("sets_walk_away")), "    ", w)...)
	return out
}

// plural is key for a count: key_one for one, key for any other.
func plural(key string, n int) string {
	if n == 1 {
		return key + "_one"
	}
	return key
}
