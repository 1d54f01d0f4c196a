package selfcheck_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// The profile after a check, against two earlier ones.
// Regenerate with: go test ./tui/selfcheck -run TestGolden -update
func TestGoldenProfile(t *testing.T) {
	for _, tc := range []struct {
		lang locale.Lang
		wait string
	}{{locale.EN, "Saved in your journal."}, {locale.NL, "Bewaard in je logboek."}} {
		t.Run(string(tc.lang), func(t *testing.T) {
			screentest.Golden(t, func() tea.Model { return app(t, tc.lang, termenv.Ascii, twoEarlier(t)) },
				// The earlier checks load apart from the save: wait for both, or
				// a busy machine catches the profile before its history.
				screentest.Step{Keys: answers(set(t)), Wait: []string{tc.wait, "+25"}})
		})
	}
}
