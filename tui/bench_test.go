package tui_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
)

// BenchmarkKeystroke measures one key's Update plus View at 120×40 on a
// question of each kind, drawing in true colour as a real terminal does. Keys alternate so the state stays the same.
func BenchmarkKeystroke(b *testing.B) {
	cases := []struct {
		name, pbDir, to string
		keys            [2]string
	}{
		{"text", "", "", [2]string{"x", "backspace"}},
		{"multi", "", "tab", [2]string{"down", "up"}},
		{"number", "", "tab tab", [2]string{"1", "backspace"}},
		{"money", "", "tab tab tab tab", [2]string{"6", "backspace"}},
		{"list", "", "tab tab tab tab tab tab text:one enter text:two enter up", [2]string{"up", "down"}},
		{"choice", "", "pgdown tab", [2]string{"down", "up"}},
		{"yesno", "testdata/kinds", "", [2]string{"down", "up"}},
		{"scale", "testdata/kinds", "tab", [2]string{"left", "right"}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			c := newCommonProfile(b, locale.EN, tc.pbDir, termenv.TrueColor)
			var m tea.Model = newApp(c, tui.Options{Prep: true})
			m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 40})
			m = drive(m, keysOf(tc.to)...)
			k0, k1 := keysOf(tc.keys[0])[0], keysOf(tc.keys[1])[0]
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := k0
				if i%2 == 1 {
					k = k1
				}
				i++
				m, _ = m.Update(k)
				_ = m.View()
			}
		})
	}
}

// BenchmarkAnswer measures answering a question: Update, the coach's
// assessment, moving on, and the View.
func BenchmarkAnswer(b *testing.B) {
	c := newCommonProfile(b, locale.EN, "", termenv.TrueColor)
	base := drive(newApp(c, tui.Options{Prep: true}), tea.WindowSizeMsg{Width: 120, Height: 40}, key("pgdown"), key("tab"))
	b.ReportAllocs()
	for b.Loop() {
		m := drive(base, key("2"))
		_ = m.View()
	}
}

// BenchmarkFirstFrame measures start-up to the first frame: building the
// model for a prefilled deal, the first size and the first View.
func BenchmarkFirstFrame(b *testing.B) {
	c := newCommonProfile(b, locale.EN, "", termenv.TrueColor)
	ans := exampleDeal(b, c)
	delete(ans, "seller.walk_away")
	b.ReportAllocs()
	for b.Loop() {
		m := drive(newApp(c, tui.Options{Prep: true, Answers: ans}), tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}
