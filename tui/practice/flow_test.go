package practice_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/practice"
)

// run opens practice on case id at 120×40 and presses keys.
func run(t *testing.T, store practice.Store, id string, exam bool, keys string) tea.Model {
	t.Helper()
	m, _ := app(t, locale.EN, termenv.Ascii, store, id, exam)
	m = screentest.Start(m, 120, 40)
	return screentest.Drive(m, screentest.Keys(keys)...)
}

// An exam attempt from the story to the score (both parts of the call
// right, one fact of the case given): the journal gets the
// attempt with the prediction, the coach's and the expert's verdicts,
// the score, the pillar missed most and the answers.
func TestExamAttemptIsStored(t *testing.T) {
	store := &fakeStore{}
	m := run(t, store, "webshop-silent-cons", true, "enter text:Webshop_Start enter pgdown tab 3 pgdown pgdown pgdown 2 2")
	v := m.View()
	assert.Contains(t, v, "Score: 52 of 100")
	assert.Contains(t, v, "Saved in your journal.")
	require.Len(t, store.saved, 1)
	a := store.saved[0]
	assert.Equal(t, "webshop-silent-cons", a.Case)
	assert.Equal(t, journal.Exam, a.Mode)
	assert.Equal(t, journal.Verdict{Quadrant: coach.WinLose, Decision: coach.GoAfterFixes}, a.Predict)
	assert.Equal(t, journal.Verdict{Quadrant: coach.WinLose, Decision: coach.GoAfterFixes}, a.Expert)
	assert.InDelta(t, 52, a.Score, 0)
	assert.Equal(t, playbook.Disclosure, a.Weakest)
	assert.Equal(t, coach.Text("established"), a.Answers["client.stage"])
	assert.Equal(t, coach.Text("Webshop Start"), a.Answers["offer.name"])
}

// The steps and what each key does on them.
func TestPracticeSteps(t *testing.T) {
	tests := []struct {
		name    string
		id      string
		exam    bool
		keys    string
		want    []string
		notWant []string
	}{
		{name: "the list with the best score so far", keys: "",
			want: []string{"Pick a case", "A new deck oven for a busy bakery", "best so far 64", "17 cases"}},
		{name: "enter opens the story", keys: "down enter",
			want: []string{"A first healthcare client, below cost", "Mode: [Learn]"}},
		{name: "space switches to exam", id: "bakery-deck-oven", keys: "space",
			want: []string{"[Exam]", "no coach pane"}},
		{name: "learn mode shows the coach pane", id: "bakery-deck-oven", keys: "enter",
			want: []string{"What is the offer called?", "Coach", "Learn"}},
		{name: "exam mode hides it", id: "bakery-deck-oven", exam: true, keys: "enter",
			want: []string{"What is the offer called?", "Exam"}, notWant: []string{"Coach"}},
		{name: "esc in the interview shows the story, the mode fixed", id: "bakery-deck-oven", keys: "enter esc",
			want: []string{"Vulcan Four", "Learn mode. enter: back to the interview"}},
		{name: "enter goes back to the interview where it was", id: "bakery-deck-oven", keys: "enter tab tab esc enter",
			want: []string{"Smallest client it fits"}},
		{name: "moving past the last question asks for the call", id: "bakery-deck-oven", keys: "enter pgdown pgdown pgdown pgdown",
			want: []string{"Your call", "Where does this deal stand?", "What should the seller do?"}},
		{name: "a quadrant picked moves on to the decision", id: "bakery-deck-oven", keys: "enter pgdown pgdown pgdown pgdown down enter",
			want: []string{"2 win-lose — you win, the client loses ✓", "❯ 1 Go"}},
		{name: "esc from the decision goes back to the quadrant", id: "bakery-deck-oven", keys: "enter pgdown pgdown pgdown pgdown 1 esc down",
			want: []string{"❯ 2 win-lose"}},
		{name: "esc from the call goes back into the interview", id: "bakery-deck-oven", keys: "enter pgdown pgdown pgdown pgdown esc",
			want: []string{"What price will you offer?", "Coach"}},
		{name: "the result recommends a case of the pillar missed most", id: "bakery-deck-oven", keys: "enter pgdown pgdown pgdown pgdown 4 5",
			want: []string{"Score: 0 of 100", "Missed most: Readiness", "Next case: A proposal asked for before anyone named the problem", "Press enter to start it."}},
		{name: "enter on the recommendation opens its story", id: "bakery-deck-oven", keys: "enter pgdown pgdown pgdown pgdown 4 5 enter",
			want: []string{"A proposal asked for before anyone named the problem", "Mode:"}},
		{name: "esc on the result goes back to the list", id: "bakery-deck-oven", keys: "enter pgdown pgdown pgdown pgdown 1 1 esc",
			want: []string{"Pick a case", "best so far 64"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := run(t, earlier(), tt.id, tt.exam, tt.keys).View()
			for _, w := range tt.want {
				assert.Contains(t, v, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, v, w)
			}
		})
	}
}

// Without a journal practice works and says the attempt is not kept.
func TestInMemory(t *testing.T) {
	m := run(t, nil, "bakery-deck-oven", false, "")
	assert.Contains(t, m.View(), "not kept")
	m = screentest.Drive(m, screentest.Keys("enter pgdown pgdown pgdown pgdown 1 1")...)
	assert.Contains(t, m.View(), "This attempt is not kept")
	// The attempt counts for the list of this run.
	m = screentest.Drive(m, screentest.Key("esc"))
	assert.Contains(t, m.View(), "best so far")
}

// A journal that fails says so, and practice carries on.
func TestStoreFails(t *testing.T) {
	m := run(t, &fakeStore{err: errLocked}, "bakery-deck-oven", false, "enter pgdown pgdown pgdown pgdown 1 1")
	v := m.View()
	assert.Contains(t, v, "The attempt was not saved")
	assert.Contains(t, v, "Score:")
}

// esc on the list goes home.
func TestListEscGoesHome(t *testing.T) {
	m := run(t, earlier(), "", false, "esc")
	assert.Contains(t, m.View(), "Prepare a deal")
}

// The prediction is scored as the expert would: the result's verdicts
// are what coach/practice says of the same attempt.
func TestResultMatchesScore(t *testing.T) {
	lib := library(t)
	cs, ok := lib.Case("bakery-deck-oven")
	require.True(t, ok)
	c := screentest.Common(t, locale.EN, termenv.Ascii)
	r, err := training.Score(c.Coach, cs, training.Attempt{CaseID: cs.ID, Answers: coach.Answers{}, Predicted: training.Verdict{Quadrant: coach.WinWin, Decision: coach.Go}})
	require.NoError(t, err)
	store := &fakeStore{}
	run(t, store, cs.ID, false, "enter pgdown pgdown pgdown pgdown 1 1")
	require.Len(t, store.saved, 1)
	assert.InDelta(t, float64(r.Score), store.saved[0].Score, 0)
	assert.Equal(t, r.Weakest, store.saved[0].Weakest)
}
