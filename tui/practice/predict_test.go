package practice

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/keys"
)

// The prediction's keys: move, pick by digit or enter, switch groups,
// and esc back out.
func TestPredict(t *testing.T) {
	k := keys.New(locale.MustLoad(locale.EN))
	tests := []struct {
		name  string
		keys  string
		want  training.Verdict
		group int
		act   predictAction
	}{
		{"nothing picked", "", training.Verdict{}, 0, predictStay},
		{"a digit picks the quadrant and moves on", "3", training.Verdict{Quadrant: coach.LoseWin}, 1, predictStay},
		{"enter picks under the cursor", "down down enter", training.Verdict{Quadrant: coach.LoseWin}, 1, predictStay},
		{"up wraps", "up enter", training.Verdict{Quadrant: coach.LoseLose}, 1, predictStay},
		{"both picked is done", "2 5", training.Verdict{Quadrant: coach.WinLose, Decision: coach.SayNo}, 1, predictDone},
		{"the third decision is find out first", "1 3", training.Verdict{Quadrant: coach.WinWin, Decision: coach.FindOutFirst}, 1, predictDone},
		{"tab switches without picking", "tab 2", training.Verdict{Decision: coach.GoAfterFixes}, 1, predictDone},
		{"a quadrant changed after the decision is done at once", "1 2 esc 4", training.Verdict{Quadrant: coach.LoseLose, Decision: coach.GoAfterFixes}, 1, predictDone},
		{"esc on the decision goes to the quadrant", "1 esc", training.Verdict{Quadrant: coach.WinWin}, 0, predictStay},
		{"esc on the quadrant leaves", "esc", training.Verdict{}, 0, predictBack},
		{"digits past the options do nothing", "9", training.Verdict{}, 0, predictStay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, act := newPredict(), predictStay
			for _, name := range strings.Fields(tt.keys) {
				p, act = p.update(screentest.Key(name), &k)
			}
			assert.Equal(t, tt.want, p.verdict())
			assert.Equal(t, tt.group, p.group)
			assert.Equal(t, tt.act, act)
		})
	}
}
