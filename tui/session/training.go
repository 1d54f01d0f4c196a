package session

import (
	tea "github.com/charmbracelet/bubbletea"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/practice"
	"github.com/winwincoach/winwin/tui/progress"
	tuiselfcheck "github.com/winwincoach/winwin/tui/selfcheck"
)

// ScreenFunc opens a screen: what nav.OpenMsg and Config.Start take.
type ScreenFunc = func(common.Common) (nav.Screen, tea.Cmd)

// PracticeStart opens the practice screen: the case list, or case id's
// story when id is given; exam starts cases in exam mode. Without a
// journal the attempts are not kept, and the screen says so.
func PracticeStart(cfg Config, id string, exam bool) ScreenFunc {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		lib, err := library(cfg)
		if err != nil {
			// Only a broken build gets here (the embedded library is
			// tested); stay home and say why.
			return nil, func() tea.Msg { return nav.HomeMsg{} }
		}
		pc := practice.Config{Library: lib, Owner: cfg.Owner, Exam: exam, Now: cfg.Now, Ledger: cfg.Ledger}
		if cfg.Journal != nil {
			pc.Store = cfg.Journal
		}
		return practice.Screen(pc, id)(c)
	}
}

// SelfCheckStart opens the self-check.
func SelfCheckStart(cfg Config) ScreenFunc {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		set, err := selfcheck.Load()
		if err != nil {
			return nil, func() tea.Msg { return nav.HomeMsg{} }
		}
		sc := tuiselfcheck.Config{Set: set, Owner: cfg.Owner, Now: cfg.Now}
		if cfg.Journal != nil {
			sc.Store = cfg.Journal
		}
		return tuiselfcheck.Screen(sc)(c)
	}
}

// ProgressStart opens the progress screen.
func ProgressStart(cfg Config) ScreenFunc {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		pc := progress.Config{Owner: cfg.Owner}
		pc.Set, _ = selfcheck.Load() // nil: stored scores stand
		pc.Library, _ = library(cfg) // nil: cases by id
		if cfg.Journal != nil {
			pc.Reader = cfg.Journal
		}
		return progress.Screen(pc)(c)
	}
}

// library is the configured case library, or the built-in one.
func library(cfg Config) (*cases.Library, error) {
	if cfg.Cases != nil {
		return cfg.Cases, nil
	}
	return cases.Load()
}

// practiceEntries is the home entry that opens practice. The home lists
// only what works: with a playbook (--playbook DIR) under which the case
// library's expert verdicts are not the coach's, practice would grade
// trainees against answers the coach contradicts, so it is left out
// (`winwin practice` says why).
func practiceEntries(c common.Common, cfg Config) []home.Entry {
	if !practiceFits(c, cfg) {
		return nil
	}
	return []home.Entry{{
		Title:  c.T("training.home.practice"),
		Detail: c.T("training.home.practice_detail"),
		Msg:    nav.OpenMsg{New: PracticeStart(cfg, "", false)},
	}}
}

// practiceFits reports whether the case library's expert verdicts are
// the coach's. The built-in library under the built-in playbook is
// checked by the content tests, which spares every start the cost of
// loading and assessing the cases.
func practiceFits(c common.Common, cfg Config) bool {
	if cfg.Cases == nil && cfg.Playbook.Builtin() {
		return true
	}
	lib, err := library(cfg)
	return err == nil && len(training.VerifyLibrary(c.Coach, lib)) == 0
}

// selfCheckEntries is the home entry that opens the self-check.
func selfCheckEntries(c common.Common, cfg Config) []home.Entry {
	return []home.Entry{{
		Title:  c.T("training.home.selfcheck"),
		Detail: c.T("training.home.selfcheck_detail"),
		Msg:    nav.OpenMsg{New: SelfCheckStart(cfg)},
	}}
}

// progressEntries is the home entry that opens progress.
func progressEntries(c common.Common, cfg Config) []home.Entry {
	return []home.Entry{{
		Title:  c.T("training.home.progress"),
		Detail: c.T("training.home.progress_detail"),
		Msg:    nav.OpenMsg{New: ProgressStart(cfg)},
	}}
}
