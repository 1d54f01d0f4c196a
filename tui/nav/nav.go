// Package nav holds the messages screens send to the root model to move
// between screens. Keeping them apart lets screens not import each other.
package nav

import "github.com/winwincoach/winwin/coach"

// PrepMsg opens the interview, prefilled with Answers (may be empty).
type PrepMsg struct {
	Answers coach.Answers
	// DraftID names the stored draft being resumed, "" for a new deal.
	DraftID string
}

// HomeMsg returns to the home screen.
type HomeMsg struct{}
