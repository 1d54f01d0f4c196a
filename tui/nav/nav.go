// Package nav holds the messages screens send to the root model to move
// between screens, and the Screen interface that feature screens
// (practice, self-check, journal) implement to be shown by the root.
package nav

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/tui/common"
)

// PrepMsg opens the interview, prefilled with Answers (may be empty).
type PrepMsg struct {
	Answers coach.Answers
	// Draft is the stored draft being resumed, 0 for a new interview.
	Draft int64
	// Deal is the saved deal being revised, 0 for a new deal.
	Deal int64
}

// HomeMsg returns to the home screen.
type HomeMsg struct{}

// RefreshHomeMsg says the home screen's entries changed elsewhere (a
// trainer opened a room on the SSH server, say): the root reads them
// again when home is showing, and otherwise drops it, since going home
// reads them anyway.
type RefreshHomeMsg struct{}

// Screen is a full screen the root can show. The root handles quit,
// help and resize and hands it every other message; it returns itself
// (its own concrete type, as a Screen) after each.
type Screen interface {
	Update(msg tea.Msg) (Screen, tea.Cmd)
	View() string
	// SetSize gives the screen the space above the help line.
	SetSize(w, h int) Screen
	// Typing reports whether keys go into a text input, so the root
	// leaves q and ? to it.
	Typing() bool
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// OpenMsg asks the root to show the screen New makes. New runs when the
// screen opens, so home entries cost nothing until picked.
type OpenMsg struct {
	New func(c common.Common) (Screen, tea.Cmd)
}
