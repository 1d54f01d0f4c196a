// Package session assembles the whole interactive app for one user: the
// theme for their terminal, the coach, the journal-backed autosave, the
// home screen's entries and every feature screen. `winwin` on a local
// terminal and each participant of `winwin serve` get their app from New,
// so both run the same screens wired the same way.
package session

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/autosave"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/interview"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/theme"
)

// Config is everything one user's app is wired to.
type Config struct {
	Playbook *playbook.Playbook
	Catalog  *locale.Catalog
	// Renderer draws on the user's terminal (its colour profile and
	// background); NoColor forces plain text.
	Renderer *lipgloss.Renderer
	NoColor  bool

	// Journal stores drafts, deals, offers and practice; nil keeps
	// everything in memory, with JournalProblem (if any) shown as a
	// warning on the home screen.
	Journal        *journal.Journal
	JournalProblem string
	// Owner is whose rows these are: "" locally, a participant over SSH.
	Owner string
	// Ledger, when set, remembers every interview's autosave, so the host
	// can retry answers still pending when the app ends and copy out
	// those that stay unsaved (see autosave.Ledger.Rescue).
	Ledger *autosave.Ledger

	// Exporter writes verdicts to files; nil hides export.
	Exporter interview.Exporter

	// Prep opens the interview at once (winwin prep), with Answers.
	Prep    bool
	Answers coach.Answers

	// Now is the clock ("2 hours ago"); nil is time.Now.
	Now func() time.Time

	// Cases is the practice library (--cases DIR); nil is the built-in one.
	Cases *cases.Library
	// Start opens a screen at start instead of home (winwin practice,
	// selfcheck, progress: see PracticeStart and its kin); nil opens home.
	Start func(common.Common) (nav.Screen, tea.Cmd)

	// Entries adds the host's own home entries (the SSH server's
	// training room); nil adds none. It is called whenever home is shown.
	Entries func(c common.Common) []home.Entry
}

// New returns the app's root model for cfg.
func New(cfg Config) tea.Model {
	c := Common(cfg)
	opts := tui.Options{Prep: cfg.Prep, Answers: cfg.Answers, Warning: cfg.JournalProblem}
	opts.Interview.Exporter = cfg.Exporter
	if cfg.Journal == nil && cfg.JournalProblem != "" {
		opts.Interview.Warning = c.T("interview.in_memory")
	}
	if cfg.Journal != nil {
		opts.NewSaver = func(p nav.PrepMsg) interview.Saver {
			base := journal.NewDraft{
				Playbook: coach.PlaybookRef{ID: cfg.Playbook.ID, Version: cfg.Playbook.Version},
				Locale:   string(cfg.Catalog.Lang()),
				Total:    c.Coach.Total(p.Answers), // the questions that apply
				Answers:  p.Answers,
			}
			s := autosave.New(cfg.Journal, cfg.Owner, base, p.Draft, p.Deal)
			cfg.Ledger.Add(s.Keeper)
			return s
		}
	}
	opts.HomeEntries = func() []home.Entry { return entries(c, cfg) }
	opts = withOffers(cfg, opts)
	opts.Start = cfg.Start
	return tui.New(c, opts)
}

// Common builds the value every component is handed.
func Common(cfg Config) common.Common {
	return common.New(theme.New(cfg.Renderer, cfg.NoColor), cfg.Catalog, coach.New(cfg.Playbook, cfg.Catalog))
}

func (cfg Config) now() time.Time {
	if cfg.Now != nil {
		return cfg.Now()
	}
	return time.Now()
}
