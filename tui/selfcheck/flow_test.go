package selfcheck_test

import (
	"testing"

	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/selfcheck"
)

func run(t *testing.T, store selfcheck.Store, keys string) string {
	t.Helper()
	m := screentest.Start(app(t, locale.EN, termenv.Ascii, store), 120, 40)
	return screentest.Drive(m, screentest.Keys(keys)...).View()
}

// Rating one statement at a time.
func TestRating(t *testing.T) {
	s := set(t)
	first, second := s.Statements[0].Text.In(locale.EN), s.Statements[1].Text.In(locale.EN)
	tests := []struct {
		name    string
		keys    string
		want    []string
		notWant []string
	}{
		{"the first statement, the cursor in the middle", "", []string{"statement 1 of 20", first, "❯ 3 two or three", "0 of 20 rated"}, nil},
		{"a digit rates and moves on", "4", []string{"statement 2 of 20", second, "1 of 20 rated"}, nil},
		{"enter rates under the cursor", "down enter", []string{"statement 2 of 20"}, nil},
		{"shift+tab goes back with the rating ticked", "4 shift+tab", []string{"statement 1 of 20", "❯ 4 four ✓"}, nil},
		{"tab moves on only past a rated statement", "tab", []string{"statement 1 of 20"}, nil},
		{"up stops at never", "up up up up", []string{"❯ 1 none of them"}, nil},
		{"esc goes home", "esc", []string{"Prepare a deal"}, nil},
		{"the last rating shows the profile", answers(s), []string{"Your profile", "Weakest trait: Able to say no", "What to practise"}, []string{"statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := run(t, &fakeStore{}, tt.keys)
			for _, w := range tt.want {
				assert.Contains(t, v, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, v, w)
			}
		})
	}
}

// The finished check is stored with its ratings and trait scores, and
// compared with the earlier checks.
func TestCheckIsStored(t *testing.T) {
	store := twoEarlier(t)
	v := run(t, store, answers(set(t)))
	require.Len(t, store.saved, 1)
	row := store.saved[0]
	assert.Equal(t, clock(), row.Time)
	assert.Len(t, row.Ratings, 20)
	p, err := training.Profile(set(t), training.Ratings(row.Ratings), clock())
	require.NoError(t, err)
	assert.InDelta(t, float64(p.Score("say_no")), row.Traits.SayNo, 0)
	assert.Contains(t, v, "+25 since your last check")
	assert.Contains(t, v, "Saved in your journal.")
}

// A first check says so; without a journal it says it is not kept; a
// failing journal says that.
func TestFirstCheckAndStores(t *testing.T) {
	keys := answers(set(t))
	v := run(t, &fakeStore{}, keys)
	assert.Contains(t, v, "This is your first check")
	assert.NotContains(t, v, "since your last check")

	v = run(t, nil, keys)
	assert.Contains(t, v, "This check is not kept")

	v = run(t, &fakeStore{err: errLocked}, keys)
	assert.Contains(t, v, "The check was not saved")
}
