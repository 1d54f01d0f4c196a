package practice_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// BenchmarkKeystroke measures one key's Update plus View at 120×40 on
// each practice step, drawing in true colour as a real terminal does.
// Keys alternate so the state stays the same.
func BenchmarkKeystroke(b *testing.B) {
	toResult := "enter pgdown pgdown pgdown pgdown 2 2"
	cases := []struct {
		name, id, to string
		keys         [2]string
	}{
		{"list", "", "", [2]string{"down", "up"}},
		{"story", "webshop-silent-cons", "", [2]string{"space", "space"}},
		{"interview_learn", "webshop-silent-cons", "enter pgdown tab", [2]string{"down", "up"}},
		{"interview_text", "webshop-silent-cons", "enter", [2]string{"x", "backspace"}},
		{"predict", "webshop-silent-cons", "enter pgdown pgdown pgdown pgdown", [2]string{"down", "up"}},
		{"result", "webshop-silent-cons", toResult, [2]string{"down", "up"}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			m, _ := app(b, locale.EN, termenv.TrueColor, earlier(), tc.id, false)
			m = screentest.Start(m, 120, 40)
			m = screentest.Drive(m, screentest.Keys(tc.to)...)
			k0, k1 := screentest.Key(tc.keys[0]), screentest.Key(tc.keys[1])
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := k0
				if i%2 == 1 {
					k = k1
				}
				i++
				var cmd tea.Cmd
				m, cmd = m.Update(k)
				_ = cmd
				_ = m.View()
			}
		})
	}
}
