package progress_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/progress"
)

// The progress screen of twelve attempts and three self-checks.
// Regenerate with: go test ./tui/progress -run TestGolden -update
func TestGoldenProgress(t *testing.T) {
	for _, tc := range []struct {
		lang locale.Lang
		wait string
	}{{locale.EN, "Learn mode"}, {locale.NL, "Leren"}} {
		t.Run(string(tc.lang), func(t *testing.T) {
			screentest.Golden(t, func() tea.Model {
				return app(t, tc.lang, termenv.Ascii, progress.Config{Reader: journalOf(t)})
			}, screentest.Step{Wait: []string{tc.wait}})
		})
	}
}
