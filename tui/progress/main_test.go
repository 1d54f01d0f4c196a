package progress_test

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	sc "github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/progress"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// fakeReader serves fixed attempts and checks.
type fakeReader struct {
	attempts []journal.Attempt
	checks   []journal.SelfCheck
	err      error
}

func (f fakeReader) Attempts(context.Context, string, string) ([]journal.Attempt, error) {
	return f.attempts, f.err
}

func (f fakeReader) SelfChecks(context.Context, string) ([]journal.SelfCheck, error) {
	return f.checks, f.err
}

// day n of the training, at noon UTC so the date is the same in any
// time zone the tests run in.
func day(n int) time.Time { return time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n) }

// journalOf is twelve attempts that get better, and three self-checks.
func journalOf(t testing.TB) fakeReader {
	set := loadSet(t)
	lib := loadLibrary(t)
	scores := []float64{35, 42, 40, 55, 52, 61, 58, 70, 66, 74, 81, 78}
	weakest := []playbook.Pillar{playbook.Readiness, playbook.Margin, playbook.Readiness, playbook.Disclosure}
	var r fakeReader
	for i, s := range scores {
		mode := journal.Learn
		if i%3 == 2 {
			mode = journal.Exam
		}
		r.attempts = append(r.attempts, journal.Attempt{Case: lib.Cases[i%len(lib.Cases)].ID, Time: day(2 * i), Mode: mode, Score: s, Weakest: weakest[i%len(weakest)]})
	}
	for i, v := range []int{2, 3, 4} {
		ratings := map[string]int{}
		for _, st := range set.Statements {
			ratings[st.ID] = v
			if st.Reverse {
				ratings[st.ID] = 6 - v
			}
			if st.Trait == sc.SayNo && !st.Reverse {
				ratings[st.ID] = 2 + i%2
			}
		}
		r.checks = append(r.checks, journal.SelfCheck{Time: day(10 * i), Ratings: ratings})
	}
	return r
}

var errLocked = errors.New("locked")

func loadSet(t testing.TB) *sc.Set {
	t.Helper()
	s, err := sc.Load()
	require.NoError(t, err)
	return s
}

func loadLibrary(t testing.TB) *cases.Library {
	t.Helper()
	lib, err := cases.Load()
	require.NoError(t, err)
	return lib
}

func app(t testing.TB, lang locale.Lang, profile termenv.Profile, r progress.Config) tea.Model {
	t.Helper()
	r.Set, r.Library, r.Owner = loadSet(t), loadLibrary(t), "ann"
	return screentest.App(screentest.Common(t, lang, profile), progress.Screen(r))
}
