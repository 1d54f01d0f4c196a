// Package selfcheck is the self-check screen: one statement at a time,
// rated 1 to 5, then the profile: a bar per trait, the change against
// earlier checks, and what to practise for the weakest trait. Scoring is
// coach/practice's; this screen asks and draws.
package selfcheck

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	sc "github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/nav"
)

// Store keeps self-checks; *journal.Journal is one.
type Store interface {
	SaveSelfCheck(ctx context.Context, owner string, s journal.SelfCheck) (int64, error)
	SelfChecks(ctx context.Context, owner string) ([]journal.SelfCheck, error)
}

// Config is what the screen is wired to.
type Config struct {
	Set *sc.Set
	// Store keeps the checks; nil keeps nothing, and the screen says so.
	Store Store
	Owner string
	// Now dates the check; nil is time.Now.
	Now func() time.Time
}

// Model is the self-check screen.
type Model struct {
	c   common.Common
	cfg Config

	cur     int // the statement on screen
	cursor  int // the rating under the cursor, 1..5
	ratings training.Ratings

	profile *training.SelfProfile // set once every statement is rated
	earlier []training.SelfProfile
	trends  []training.TraitTrend
	status  string
	// evidence is what the journal shows beside two of the claims.
	evidence training.Evidence

	pager         page.Pager // the profile
	width, height int
}

// New starts a self-check and reads the earlier ones.
func New(c common.Common, cfg Config) (Model, tea.Cmd) {
	m := Model{c: c, cfg: cfg, ratings: training.Ratings{}, cursor: 3}
	return m, tea.Batch(m.loadEarlier(), m.loadEvidence())
}

// Screen opens the self-check as a nav.Screen, for nav.OpenMsg.
func Screen(cfg Config) func(common.Common) (nav.Screen, tea.Cmd) {
	return func(c common.Common) (nav.Screen, tea.Cmd) { return New(c, cfg) }
}

// Typing is false: the self-check has no text input.
func (m Model) Typing() bool { return false }

// SetSize gives the screen its space.
func (m Model) SetSize(w, h int) nav.Screen {
	m.width, m.height = w, h
	m.rebuild()
	return m
}

// Done reports whether every statement is rated and the profile shown.
func (m Model) Done() bool { return m.profile != nil }

func (m Model) statements() []sc.Statement {
	if m.cfg.Set == nil {
		return nil
	}
	return m.cfg.Set.Statements
}

func (m Model) now() time.Time {
	if m.cfg.Now != nil {
		return m.cfg.Now()
	}
	return time.Now()
}
