package progress_test

import (
	"testing"

	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/progress"
)

// BenchmarkKeystroke measures scrolling the progress screen at 80×24 (so
// there is something to scroll), Update plus View, in true colour.
func BenchmarkKeystroke(b *testing.B) {
	m := screentest.Start(app(b, locale.EN, termenv.TrueColor, progress.Config{Reader: journalOf(b)}), 80, 24)
	k0, k1 := screentest.Key("down"), screentest.Key("up")
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
}
