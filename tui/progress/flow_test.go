package progress_test

import (
	"testing"

	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/progress"
)

func TestProgressStates(t *testing.T) {
	tests := []struct {
		name    string
		cfg     progress.Config
		size    [2]int
		keys    string
		want    []string
		notWant []string
	}{
		{"nothing yet", progress.Config{Reader: fakeReader{}}, [2]int{120, 40}, "",
			[]string{"Nothing yet: practise a case or take the self-check."}, []string{"Practice scores"}},
		{"no journal: nothing kept", progress.Config{}, [2]int{120, 40}, "",
			[]string{"not kept", "Nothing yet"}, nil},
		{"the journal fails", progress.Config{Reader: fakeReader{err: errLocked}}, [2]int{120, 40}, "",
			[]string{"Your progress cannot be read"}, nil},
		{"learn and exam apart", progress.Config{Reader: fakeReader{attempts: journalOf(t).attempts}}, [2]int{120, 40}, "",
			[]string{"Learn mode  8 attempts · average 58", "Exam mode  4 attempts · average 61", "2026-10-01", "2026-10-23",
				"6 of 12 attempts (50%)"}, nil},
		{"attempts without checks", progress.Config{Reader: fakeReader{attempts: journalOf(t).attempts}}, [2]int{120, 40}, "down down down down down down down down down down down down down down down down down down down down down down down down down down down down down down",
			[]string{"No self-check yet."}, nil},
		{"only one mode", progress.Config{Reader: fakeReader{attempts: journalOf(t).attempts[:1]}}, [2]int{120, 40}, "",
			[]string{"Learn mode  1 attempt", "Exam mode  no attempts yet", "1 of 1 attempts (100%)"}, nil},
		{"checks without attempts", progress.Config{Reader: fakeReader{checks: journalOf(t).checks}}, [2]int{120, 40}, "",
			[]string{"3 checks, the latest on 2026-10-21", "Able to say no"}, []string{"Practice scores"}},
		{"scrolls on a small terminal", progress.Config{Reader: journalOf(t)}, [2]int{80, 24}, "down down down down down down down down down down down down down down down down down down down down down down down down down down down down down down",
			[]string{"Self-check traits"}, []string{"Practice scores"}},
		{"only the latest attempts that fit", progress.Config{Reader: many(t, 30)}, [2]int{60, 24}, "",
			[]string{"the latest 17 of 20 attempts"}, nil},
		{"esc goes home", progress.Config{Reader: journalOf(t)}, [2]int{120, 40}, "esc",
			[]string{"Prepare a deal"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := screentest.Start(app(t, locale.EN, termenv.Ascii, tt.cfg), tt.size[0], tt.size[1])
			v := screentest.Drive(m, screentest.Keys(tt.keys)...).View()
			for _, w := range tt.want {
				assert.Contains(t, v, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, v, w)
			}
		})
	}
}

// many is a journal of n attempts.
func many(t *testing.T, n int) fakeReader {
	base := journalOf(t).attempts
	var r fakeReader
	for i := 0; i < n; i++ {
		a := base[i%len(base)]
		a.Time = day(i)
		r.attempts = append(r.attempts, a)
	}
	return r
}
