package practice_test

import (
	"context"

	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// ctx is the context of the journal calls.
var ctx = context.Background()

// twoAnswers starts the oven case's interview in exam mode and answers
// its first two questions: the offer's name and the stages it fits.
const twoAnswers = "space enter text:Vulcan_Four enter down space down space enter"

// journalIn opens a journal in a temporary directory.
func journalIn(t *testing.T) *journal.Journal {
	t.Helper()
	j, err := journal.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = j.Close() })
	return j
}

// reopen opens practice on the same journal, as a restarted winwin does,
// on case id ("" for the list), and presses keys.
func reopen(t *testing.T, j *journal.Journal, id, keys string) tea.Model {
	t.Helper()
	m, _ := app(t, locale.EN, termenv.Ascii, j, id, false)
	m = screentest.Start(m, 120, 40)
	return screentest.Drive(m, screentest.Keys(keys)...)
}

// Answers are kept in the case's draft as they are given: reopening the
// case offers to continue in the same mode, on the first unanswered
// question, with the answers there; scoring the attempt removes the draft.
func TestCaseDraftContinues(t *testing.T) {
	j := journalIn(t)
	run(t, j, "bakery-deck-oven", false, twoAnswers)
	d, err := j.CaseDraft(ctx, "ann", "bakery-deck-oven")
	require.NoError(t, err, "the answers are kept before the attempt is done")
	assert.Equal(t, journal.Exam, d.Mode)
	assert.Equal(t, coach.Text("Vulcan Four"), d.Answers["offer.name"])
	assert.Len(t, d.Answers, 2)
	deals, err := j.ListDrafts(ctx, "ann")
	require.NoError(t, err)
	assert.Empty(t, deals, "a case's draft is not a deal's")

	for _, tc := range []struct{ name, id, keys string }{
		{"opened by id", "bakery-deck-oven", ""},
		{"picked from the list", "", "enter"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := reopen(t, j, tc.id, tc.keys)
			v := m.View()
			assert.Contains(t, v, "Your answers so far: 2 of 28 (Exam mode)")
			assert.Contains(t, v, "enter continue")
			assert.Contains(t, v, "x start over")
			assert.NotContains(t, v, "learn/exam", "the mode is the draft's")

			m = screentest.Drive(m, screentest.Key("enter"))
			v = m.View()
			assert.Contains(t, v, "Smallest client it fits", "on the first unanswered question")
			assert.Contains(t, v, "Exam")
			assert.NotContains(t, v, "Coach", "exam mode, as the draft was")
			m = screentest.Drive(m, screentest.Keys("shift+tab shift+tab")...)
			assert.Contains(t, m.View(), "Vulcan Four", "the answers are there")
		})
	}

	// Go on answering, then make the call: the attempt has every answer,
	// and the case no longer offers a draft.
	m := reopen(t, j, "bakery-deck-oven", "enter")
	m = screentest.Drive(m, screentest.Keys("pgdown tab 3 pgdown pgdown pgdown 1 1")...)
	require.Contains(t, m.View(), "Saved in your journal.")
	as, err := j.Attempts(ctx, "ann", "bakery-deck-oven")
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, journal.Exam, as[0].Mode)
	assert.Equal(t, coach.Text("Vulcan Four"), as[0].Answers["offer.name"])
	assert.Equal(t, coach.Text("established"), as[0].Answers["client.stage"])
	_, err = j.CaseDraft(ctx, "ann", "bakery-deck-oven")
	assert.ErrorIs(t, err, journal.ErrNotFound, "a scored case does not resume")
	assert.NotContains(t, reopen(t, j, "bakery-deck-oven", "").View(), "Your answers so far")
}

// Starting over asks first; n keeps the draft, y discards it and the
// case starts afresh, in the mode picked on the story.
func TestCaseDraftStartOver(t *testing.T) {
	j := journalIn(t)
	run(t, j, "bakery-deck-oven", false, twoAnswers)

	m := reopen(t, j, "bakery-deck-oven", "x")
	v := m.View()
	assert.Contains(t, v, "Start over and discard your 2 answers?")
	assert.Contains(t, v, "y discard the answers")
	assert.Contains(t, v, "n keep them")
	assert.NotContains(t, v, "enter continue", "enter waits for the answer")

	m = screentest.Drive(m, screentest.Key("n"))
	assert.Contains(t, m.View(), "Your answers so far: 2 of 28")
	_, err := j.CaseDraft(ctx, "ann", "bakery-deck-oven")
	require.NoError(t, err, "kept")

	m = screentest.Drive(m, screentest.Keys("x y")...)
	v = m.View()
	assert.Contains(t, v, "Mode: [Learn]", "the mode is to pick again")
	assert.Contains(t, v, "enter start")
	_, err = j.CaseDraft(ctx, "ann", "bakery-deck-oven")
	assert.ErrorIs(t, err, journal.ErrNotFound, "discarded")

	m = screentest.Drive(m, screentest.Key("enter"))
	v = m.View()
	assert.Contains(t, v, "What is the offer called?")
	assert.NotContains(t, v, "Vulcan Four")
	assert.Contains(t, v, "Coach", "learn mode")
}

// Another owner of the same journal finds no draft of the case.
func TestCaseDraftIsTheOwners(t *testing.T) {
	j := journalIn(t)
	run(t, j, "bakery-deck-oven", false, twoAnswers)
	_, err := j.CaseDraft(ctx, "bob", "bakery-deck-oven")
	assert.ErrorIs(t, err, journal.ErrNotFound)
	d, err := j.CaseDraft(ctx, "ann", "bakery-deck-oven")
	require.NoError(t, err)
	assert.Len(t, d.Answers, 2)
}

// esc from the interview leaves the case with its answers kept, and the
// story says so.
func TestCaseDraftKeptOnLeaving(t *testing.T) {
	j := journalIn(t)
	m := run(t, j, "bakery-deck-oven", false, "enter text:Vulcan_Four enter esc")
	assert.Contains(t, m.View(), "esc: back to the cases (your answers are kept)")
	m = screentest.Drive(m, screentest.Keys("esc enter")...)
	assert.Contains(t, m.View(), "Your answers so far: 1 of 28 (Learn mode)")
}

// The story of a case with a draft: how far it got, in which mode, and
// the keys to continue or start over.
// Regenerate with: go test ./tui/practice -run TestGoldenDraftOffer -update
func TestGoldenDraftOffer(t *testing.T) {
	for _, tc := range []struct {
		lang locale.Lang
		wait string
	}{{locale.EN, "Your answers so far: 2 of 28"}, {locale.NL, "Al 2 van 28 beantwoord"}} {
		t.Run(string(tc.lang), func(t *testing.T) {
			j := journalIn(t)
			_, err := j.CreateDraft(ctx, "ann", journal.NewDraft{Total: 25, Case: "webshop-silent-cons", Mode: journal.Exam,
				Playbook: coach.PlaybookRef{ID: "default", Version: 1},
				Answers:  coach.Answers{"offer.name": coach.Text("Webshop Start"), "client.stage": coach.Text("established")}})
			require.NoError(t, err)
			screentest.Golden(t, func() tea.Model {
				m, _ := app(t, tc.lang, termenv.Ascii, j, "webshop-silent-cons", false)
				return m
			}, screentest.Step{Wait: []string{tc.wait}})
		})
	}
}
