package theme

import "github.com/winwincoach/winwin/coach"

// Quadrant is the paint of a quadrant wherever one is shown (verdict,
// coach pane, journal): green for win-win, red for lose-lose, amber for
// the two where one side loses.
func (t *Theme) Quadrant(q coach.Quadrant) Paint {
	switch q {
	case coach.WinWin:
		return t.Win
	case coach.LoseLose:
		return t.Lose
	}
	return t.Warn
}
