package journalview

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
)

// step is keys to press and what must be on screen after them.
type step struct {
	keys []string
	wait string
}

// TestScreens goldens the final View of the journal screen inside the
// app. Regenerate with: go test ./tui/journalview -run TestScreens -update
func TestScreens(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lang  locale.Lang
		steps []step
	}{
		{name: "list", steps: []step{{wait: "12 deals"}}},
		{name: "list_nl", lang: locale.NL, steps: []step{{wait: "12 deals"}}},
		{name: "filtered", steps: []step{{wait: "12 deals"}, {keys: []string{"/", "text:ij", "enter"}, wait: "/ij"},
			{keys: []string{"d"}, wait: "decision: Go"}}},
		{name: "deal", steps: []step{{wait: "12 deals"}, {keys: []string{"end", "up", "up", "enter"}, wait: "Both sides win"}}},
		{name: "compare", steps: []step{{wait: "12 deals"}, {keys: []string{"end", "up", "up", "enter"}, wait: "Revisions (3)"},
			{keys: []string{"down", "down", "space", "up", "up", "space", "c"}, wait: "Answers changed"}}},
	} {
		for _, size := range [][2]int{{120, 40}, {80, 24}} {
			t.Run(fmt.Sprintf("%s/%dx%d", tc.name, size[0], size[1]), func(t *testing.T) {
				lang := tc.lang
				if lang == "" {
					lang = locale.EN
				}
				c := newCommon(t, lang, termenv.Ascii)
				st := sampleStore(t, c)
				tm := teatest.NewTestModel(t, tui.New(c, tui.Options{}), teatest.WithInitialTermSize(size[0], size[1]))
				tm.Send(Open(st, ""))
				for _, s := range tc.steps {
					for _, k := range presses(s.keys...) {
						tm.Send(k)
					}
					teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s.wait)) },
						teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
				}
				tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
				fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
				golden.RequireEqual(t, []byte(fm.View()))
			})
		}
	}
}
