package selfcheck_test

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
	"github.com/winwincoach/winwin/content/locale"
	sc "github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/selfcheck"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

func clock() time.Time { return time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC) }

// fakeStore keeps checks in a slice; err fails every call.
type fakeStore struct {
	saved   []journal.SelfCheck
	earlier []journal.SelfCheck
	err     error
}

func (f *fakeStore) SaveSelfCheck(_ context.Context, _ string, s journal.SelfCheck) (int64, error) {
	if f.err != nil {
		return 0, f.err
	}
	f.saved = append(f.saved, s)
	return int64(len(f.saved)), nil
}

func (f *fakeStore) SelfChecks(context.Context, string) ([]journal.SelfCheck, error) {
	return f.earlier, f.err
}

var errLocked = errors.New("locked")

func set(t testing.TB) *sc.Set {
	t.Helper()
	s, err := sc.Load()
	require.NoError(t, err)
	return s
}

// ratings rates every statement: v for a normal one, w for a reverse one.
func ratings(s *sc.Set, v, w int) map[string]int {
	out := map[string]int{}
	for _, st := range s.Statements {
		out[st.ID] = v
		if st.Reverse {
			out[st.ID] = w
		}
	}
	return out
}

// twoEarlier is a journal with two earlier checks, a month apart.
func twoEarlier(t testing.TB) *fakeStore {
	s := set(t)
	return &fakeStore{earlier: []journal.SelfCheck{
		{Time: clock().AddDate(0, -2, 0), Ratings: ratings(s, 2, 4)},
		{Time: clock().AddDate(0, -1, 0), Ratings: ratings(s, 3, 3)},
	}}
}

func app(t testing.TB, lang locale.Lang, profile termenv.Profile, store selfcheck.Store) tea.Model {
	t.Helper()
	cfg := selfcheck.Config{Set: set(t), Owner: "ann", Now: clock}
	if store != nil {
		cfg.Store = store
	}
	return screentest.App(screentest.Common(t, lang, profile), selfcheck.Screen(cfg))
}

// answers rates the statements in order: 4 for normal ones, 2 for
// reverse ones, except the say-no statements, rated 2 (normal) and 4
// (reverse), so that trait comes out weakest.
func answers(s *sc.Set) string {
	keys := ""
	for _, st := range s.Statements {
		v := "4"
		switch {
		case st.Trait == sc.SayNo && st.Reverse:
			v = "4"
		case st.Trait == sc.SayNo, st.Reverse:
			v = "2"
		}
		keys += v + " "
	}
	return keys
}
