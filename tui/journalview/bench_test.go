package journalview

import (
	"os"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/journal/journaltest"
	"github.com/winwincoach/winwin/content/locale"
)

// bigSessions is the size of the benchmarks' journal.
const bigSessions = 100_000

// big is the 100k journal, built once per run of the test binary, on the
// first benchmark that asks for it, and removed by TestMain.
var big bigJournal

type bigJournal struct {
	once sync.Once
	dir  string
	err  error
}

func (b *bigJournal) get(tb testing.TB) string {
	tb.Helper()
	b.once.Do(func() {
		if b.dir, b.err = os.MkdirTemp("", "winwin-journalview-bench-"); b.err == nil {
			b.err = journaltest.Generate(b.dir, bigSessions)
		}
	})
	if b.err != nil {
		tb.Fatal(b.err)
	}
	return b.dir
}

func (b *bigJournal) cleanup() {
	if b.dir != "" {
		_ = os.RemoveAll(b.dir)
	}
}

func openBig(b *testing.B) *journal.Journal {
	j, err := journal.Open(big.get(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = j.Close() })
	return j
}

// Opening the journal screen over 100,000 deals to its first frame with
// rows: the screen, its count and first page (run as the app runs its
// commands), and the View, in true colour at 120×40. "with open" also
// opens the journal file, as a fresh `winwin` does before home.
func BenchmarkOpenToFirstFrame(b *testing.B) {
	c := newCommon(b, locale.EN, termenv.TrueColor)
	j := openBig(b)
	first := func(st Store) {
		m, cmd := New(c, st, "")
		s, _ := drive(m.SetSize(120, 40), run(cmd)...)
		if v := s.View(); len(v) == 0 {
			b.Fatal("empty frame")
		}
	}
	b.Run("journal open", func(b *testing.B) {
		for b.Loop() {
			first(j)
		}
	})
	b.Run("with open", func(b *testing.B) {
		for b.Loop() {
			fresh, err := journal.Open(big.get(b))
			if err != nil {
				b.Fatal(err)
			}
			first(fresh)
			_ = fresh.Close()
		}
	})
}

// A keystroke in the list of 100,000 deals: Update plus View at 120×40 in
// true colour. Moving a row keeps to loaded pages; paging down runs into
// unloaded ones, whose reads are commands (timed apart, below).
func BenchmarkListKeystroke(b *testing.B) {
	c := newCommon(b, locale.EN, termenv.TrueColor)
	j := openBig(b)
	for _, tc := range []struct {
		name string
		keys [2]string
	}{
		{"down up", [2]string{"down", "up"}},
		{"page down up", [2]string{"pgdown", "pgup"}},
		{"filter typing", [2]string{"x", "backspace"}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			s := open(b, c, j, 120, 40)
			s, _ = drive(s, presses("pgdown", "pgdown", "pgdown")...)
			if tc.name == "filter typing" {
				s, _ = drive(s, presses("/", "text:jansen")...)
			}
			keys := presses(tc.keys[0], tc.keys[1])
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				s, _ = s.Update(keys[i%2])
				_ = s.View()
				i++
			}
		})
	}
}

// The reads behind the screen, as its commands run them: a page deep in
// the list by key, a page by offset (a jump), and a new text filter's
// count and first page.
func BenchmarkListReads(b *testing.B) {
	c := newCommon(b, locale.EN, termenv.TrueColor)
	j := openBig(b)
	m, _ := New(c, j, "")
	rows, err := j.List(b.Context(), "", journal.Filter{}, 50_000, 1)
	if err != nil || len(rows) != 1 {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		cmd  tea.Cmd
	}{
		{"page after row 50000", m.pageCmd(1, 501, journal.Filter{}, &rows[0])},
		{"page at offset 50000", m.pageCmd(1, 500, journal.Filter{}, nil)},
		{"text filter count", m.countCmd(1, journal.Filter{Text: "jansen"})},
		{"text filter first page", m.pageCmd(1, 0, journal.Filter{Text: "jansen"}, nil)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				switch msg := tc.cmd().(type) {
				case pageMsg:
					if msg.err != nil || len(msg.rows) == 0 {
						b.Fatal(msg.err)
					}
				case countMsg:
					if msg.err != nil {
						b.Fatal(msg.err)
					}
				}
			}
		})
	}
}
