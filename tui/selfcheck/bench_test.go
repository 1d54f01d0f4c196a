package selfcheck_test

import (
	"testing"

	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// BenchmarkKeystroke measures one key's Update plus View at 120×40 on a
// statement and on the profile, in true colour.
func BenchmarkKeystroke(b *testing.B) {
	cases := []struct {
		name, to string
		keys     [2]string
	}{
		{"statement", "", [2]string{"down", "up"}},
		{"profile", answers(set(b)), [2]string{"down", "up"}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			m := screentest.Start(app(b, locale.EN, termenv.TrueColor, twoEarlier(b)), 120, 40)
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
				m, _ = m.Update(k)
				_ = m.View()
			}
		})
	}
}
