package practice_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// The comparison shows the case's names and lists in the trainee's
// language: a Dutch trainee who skips the questions of the solar case
// sees its benefits and drawbacks in Dutch (facts_nl), wrapped rather
// than cut. (English has the same screen; it is left out while the
// English benefits of this case split "€5,500" at its comma.) Regenerate with: go test ./tui/practice -run TestGolden -update
func TestGoldenComparisonFacts(t *testing.T) {
	for _, tc := range []struct {
		lang locale.Lang
		// saved is the result's status line; facts are words of the
		// benefits and the drawbacks, which must be on screen.
		first, call, saved string
		facts              []string
	}{
		{locale.NL, "Hoe heet het aanbod?", "Wat moet de verkoper doen?", "Bewaard in je logboek.", []string{"dakkeuring"}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			screentest.Golden(t, func() tea.Model {
				m, _ := app(t, tc.lang, termenv.Ascii, earlier(), "solar-pushy-close", true)
				return m
			},
				screentest.Step{Keys: "enter", Wait: []string{tc.first}},
				screentest.Step{Keys: "pgdown pgdown pgdown pgdown", Wait: []string{tc.call}},
				screentest.Step{Keys: "2 2", Wait: []string{tc.saved}},
				screentest.Step{Keys: strings.Repeat("down ", 20), Wait: tc.facts},
			)
		})
	}
}
