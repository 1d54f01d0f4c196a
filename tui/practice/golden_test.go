package practice_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// earlier is a journal with one earlier attempt, so the list shows a
// best score and the recommendation skips a case done.
func earlier() *fakeStore {
	return &fakeStore{earlier: []journal.Attempt{{Case: "bakery-deck-oven", Time: clock().AddDate(0, 0, -3), Score: 64, Mode: journal.Exam}}}
}

// The case screen: the title, what it trains, the story and the mode.
// Regenerate with: go test ./tui/practice -run TestGolden -update
func TestGoldenStory(t *testing.T) {
	for _, tc := range []struct {
		lang locale.Lang
		wait string
	}{{locale.EN, "Mode:"}, {locale.NL, "Modus:"}} {
		t.Run(string(tc.lang), func(t *testing.T) {
			screentest.Golden(t, func() tea.Model {
				m, _ := app(t, tc.lang, termenv.Ascii, earlier(), "webshop-silent-cons", true)
				return m
			}, screentest.Step{Wait: []string{tc.wait}})
		})
	}
}

// The comparison: in exam mode the trainee names the offer, gets the
// client's stage right, skips the rest and calls the deal win-lose / say
// no; the expert says win-lose / go after fixes.
func TestGoldenComparison(t *testing.T) {
	for _, tc := range []struct {
		lang locale.Lang
		// waits are the texts of each step's screen: the first question,
		// the second, the stage, the size, the prediction, the saved result.
		waits [6]string
	}{
		{locale.EN, [6]string{"What is the offer called?", "Which client stages", "What stage is the client", "How many people", "What should the seller do?", "Saved in your journal."}},
		{locale.NL, [6]string{"Hoe heet het aanbod?", "Voor welke fase", "In welke fase", "Hoeveel mensen", "Wat moet de verkoper doen?", "Bewaard in je journaal."}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			w := tc.waits
			screentest.Golden(t, func() tea.Model {
				m, _ := app(t, tc.lang, termenv.Ascii, earlier(), "webshop-silent-cons", true)
				return m
			},
				screentest.Step{Keys: "enter", Wait: []string{w[0]}},
				screentest.Step{Keys: "text:Webshop_Start enter", Wait: []string{w[1]}},
				screentest.Step{Keys: "pgdown tab", Wait: []string{w[2]}},
				screentest.Step{Keys: "3", Wait: []string{w[3]}},
				screentest.Step{Keys: "pgdown pgdown pgdown", Wait: []string{w[4]}},
				screentest.Step{Keys: "2 5", Wait: []string{w[5]}},
			)
		})
	}
}
