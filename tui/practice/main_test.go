package practice_test

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

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/practice"
)

// TestMain fixes the colour profile so no escapes leak into goldens.
func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// fakeStore keeps attempts in a slice and no drafts (the flow tests use
// a real journal for those); err fails every call.
type fakeStore struct {
	saved   []journal.Attempt
	earlier []journal.Attempt
	err     error
}

func (f *fakeStore) SaveAttempt(_ context.Context, _ string, a journal.Attempt) (int64, error) {
	if f.err != nil {
		return 0, f.err
	}
	f.saved = append(f.saved, a)
	return int64(len(f.saved)), nil
}

func (f *fakeStore) Attempts(context.Context, string, string) ([]journal.Attempt, error) {
	return f.earlier, f.err
}

func (f *fakeStore) CaseDraft(context.Context, string, string) (journal.Draft, error) {
	if f.err != nil {
		return journal.Draft{}, f.err
	}
	return journal.Draft{}, journal.ErrNotFound
}

func (f *fakeStore) CreateDraft(context.Context, string, journal.NewDraft) (int64, error) {
	return 1, f.err
}

func (f *fakeStore) SaveAnswer(context.Context, string, int64, string, coach.Answer) error {
	return f.err
}

func (f *fakeStore) DiscardDraft(context.Context, string, int64) error { return f.err }

var errLocked = errors.New("locked")

func clock() time.Time { return time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC) }

func library(t testing.TB) *cases.Library {
	t.Helper()
	lib, err := cases.Load()
	require.NoError(t, err)
	return lib
}

// app opens practice (on case id when given) in the root model.
func app(t testing.TB, lang locale.Lang, profile termenv.Profile, store practice.Store, id string, exam bool) (tea.Model, common.Common) {
	t.Helper()
	c := screentest.Common(t, lang, profile)
	cfg := practice.Config{Library: library(t), Owner: "ann", Exam: exam, Now: clock}
	if store != nil {
		cfg.Store = store
	}
	return screentest.App(c, practice.Screen(cfg, id)), c
}
