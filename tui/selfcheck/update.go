package selfcheck

import (
	"context"
	"errors"
	"strconv"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/coach/practice/history"
	sc "github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
)

// earlierMsg carries the earlier checks read from the store.
type earlierMsg struct {
	checks []training.SelfProfile
	err    error
}

// savedMsg carries the result of storing the check.
type savedMsg struct{ err error }

func (m Model) loadEarlier() tea.Cmd {
	s, owner, set := m.cfg.Store, m.cfg.Owner, m.cfg.Set
	if s == nil {
		return nil
	}
	return func() tea.Msg {
		checks, err := s.SelfChecks(context.Background(), owner)
		return earlierMsg{checks: history.Profiles(set, checks), err: err}
	}
}

// Update handles the store's answers and the keys.
func (m Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case earlierMsg:
		if msg.err != nil {
			m.status = m.c.T("training.selfcheck.history_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		}
		m.earlier = msg.checks
		m.compare()
		return m, nil
	case evidenceMsg:
		m.evidence = msg.ev
		m.rebuild()
		return m, nil
	case savedMsg:
		m.status = m.c.T("training.selfcheck.saved")
		if msg.err != nil {
			m.status = m.c.T("training.selfcheck.save_failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		}
		return m, nil
	case tea.KeyMsg:
		if m.profile != nil {
			return m.profileKey(msg)
		}
		return m.rateKey(msg)
	}
	return m, nil
}

// rateKey moves over the scale, rates and moves between statements.
func (m Model) rateKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k := m.c.Keys
	n := len(m.statements())
	switch {
	case keys.Matches(msg, k.Back):
		return m, func() tea.Msg { return nav.HomeMsg{} }
	case n == 0:
	case keys.Matches(msg, k.Up):
		m.cursor = max(sc.MinRating, m.cursor-1)
	case keys.Matches(msg, k.Down):
		m.cursor = min(sc.MaxRating, m.cursor+1)
	case keys.Matches(msg, k.Answer):
		return m.rate(m.cursor)
	case keys.Matches(msg, k.PickUpTo(sc.MaxRating)):
		if v, err := strconv.Atoi(msg.String()); err == nil {
			return m.rate(v)
		}
	case keys.Matches(msg, k.Prev):
		m.goTo(m.cur - 1)
	case keys.Matches(msg, m.nextKey()):
		m.goTo(m.cur + 1)
	}
	return m, nil
}

// rate rates the statement on screen v and moves on: to the next
// statement not rated yet, or to the profile when all are.
func (m Model) rate(v int) (nav.Screen, tea.Cmd) {
	st := m.statements()
	// Copy on write: earlier copies of the model keep their ratings.
	r := make(training.Ratings, len(m.ratings)+1)
	for id, old := range m.ratings {
		r[id] = old
	}
	r[st[m.cur].ID] = v
	m.ratings = r
	for i := 1; i <= len(st); i++ {
		j := (m.cur + i) % len(st)
		if _, ok := m.ratings[st[j].ID]; !ok {
			m.goTo(j)
			return m, nil
		}
	}
	return m.finish()
}

// goTo shows statement i with its rating (or the middle) under the
// cursor.
func (m *Model) goTo(i int) {
	st := m.statements()
	m.cur = min(max(i, 0), len(st)-1)
	m.cursor = 3
	if v, ok := m.ratings[st[m.cur].ID]; ok {
		m.cursor = v
	}
}

// finish scores the check, compares it and stores it.
func (m Model) finish() (nav.Screen, tea.Cmd) {
	ratings := m.ratings
	p, err := training.Profile(m.cfg.Set, ratings, m.now())
	if err != nil {
		// rate finishes only when every statement is rated, so this is a
		// broken set; say what is wrong rather than fail.
		m.status = err.Error()
		var re *training.RatingError
		if errors.As(err, &re) {
			m.status = re.Format(m.c.Cat)
		}
		return m, nil
	}
	m.profile = p
	m.compare()
	if m.cfg.Store == nil {
		m.status = m.c.T("training.selfcheck.not_kept")
		return m, nil
	}
	s, owner, row := m.cfg.Store, m.cfg.Owner, history.SelfCheck(p, ratings)
	return m, func() tea.Msg {
		_, err := s.SaveSelfCheck(context.Background(), owner, row)
		return savedMsg{err: err}
	}
}

// compare sets the trends of the profile against the earlier checks.
func (m *Model) compare() {
	if m.profile == nil {
		return
	}
	m.trends = training.Compare(m.profile, m.earlier)
	m.pager.Top()
	m.rebuild()
}

// profileKey scrolls the profile; esc and enter go home.
func (m Model) profileKey(msg tea.KeyMsg) (nav.Screen, tea.Cmd) {
	k := m.c.Keys
	switch {
	case keys.Matches(msg, k.Back), keys.Matches(msg, k.Open):
		return m, func() tea.Msg { return nav.HomeMsg{} }
	case keys.Matches(msg, k.Up):
		m.pager.Scroll(-1)
	case keys.Matches(msg, k.Down):
		m.pager.Scroll(1)
	}
	return m, nil
}
