// Package theme holds winwin's colours and text styles. Colours are
// adaptive (one shade for light terminals, one for dark) and every style
// is made from the renderer of the output it is drawn on, so an SSH
// session gets its own terminal's colour profile, and NO_COLOR or
// --no-color give plain text.
package theme

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Palette is the set of adaptive colours.
type Palette struct {
	Text, Muted, Faint, Accent, Win, Lose, Warn, Info, Border, SelectedBg lipgloss.AdaptiveColor
}

// DefaultPalette is winwin's palette: readable on light and dark
// backgrounds, with win green and lose red told apart by more than hue
// (the texts always say "wins"/"loses" too).
func DefaultPalette() Palette {
	return Palette{
		Text:       lipgloss.AdaptiveColor{Light: "#1f2328", Dark: "#e6edf3"},
		Muted:      lipgloss.AdaptiveColor{Light: "#57606a", Dark: "#9da7b3"},
		Faint:      lipgloss.AdaptiveColor{Light: "#8c959f", Dark: "#6e7681"},
		Accent:     lipgloss.AdaptiveColor{Light: "#6639ba", Dark: "#b392f0"},
		Win:        lipgloss.AdaptiveColor{Light: "#1a7f37", Dark: "#3fb950"},
		Lose:       lipgloss.AdaptiveColor{Light: "#cf222e", Dark: "#f85149"},
		Warn:       lipgloss.AdaptiveColor{Light: "#9a6700", Dark: "#d29922"},
		Info:       lipgloss.AdaptiveColor{Light: "#0969da", Dark: "#58a6ff"},
		Border:     lipgloss.AdaptiveColor{Light: "#d0d7de", Dark: "#30363d"},
		SelectedBg: lipgloss.AdaptiveColor{Light: "#ddf4ff", Dark: "#1f3a5f"},
	}
}

// Theme is the styles every screen and report draws with.
type Theme struct {
	Renderer *lipgloss.Renderer
	Palette  Palette

	// Inline styles, painted with precomputed sequences.
	Title, Heading, Text, Muted, Faint, Accent Paint
	Win, Lose, Open, Warn, Info, Knockout      Paint
	Selected, Cursor, Key, KeyDesc, Error      Paint
	// Block styles with padding and borders.
	Pane, ActivePane, Tab, ActiveTab lipgloss.Style
}

// New makes the theme for output drawn by r. With noColor the renderer
// is switched to plain ASCII first (NO_COLOR is honoured by termenv when
// the renderer detects its profile).
func New(r *lipgloss.Renderer, noColor bool) *Theme {
	if noColor {
		r.SetColorProfile(termenv.Ascii)
	}
	p := DefaultPalette()
	s := r.NewStyle
	t := &Theme{Renderer: r, Palette: p}
	t.Title = NewPaint(s().Bold(true).Foreground(p.Accent))
	t.Heading = NewPaint(s().Bold(true).Foreground(p.Text))
	t.Text = NewPaint(s().Foreground(p.Text))
	t.Muted = NewPaint(s().Foreground(p.Muted))
	t.Faint = NewPaint(s().Foreground(p.Faint))
	t.Accent = NewPaint(s().Foreground(p.Accent))
	t.Win = NewPaint(s().Bold(true).Foreground(p.Win))
	t.Lose = NewPaint(s().Bold(true).Foreground(p.Lose))
	t.Open = NewPaint(s().Foreground(p.Muted))
	t.Warn = NewPaint(s().Foreground(p.Warn))
	t.Info = NewPaint(s().Foreground(p.Info))
	t.Knockout = NewPaint(s().Bold(true).Foreground(p.Lose))
	t.Selected = NewPaint(s().Bold(true).Foreground(p.Accent))
	t.Cursor = NewPaint(s().Foreground(p.Accent))
	t.Key = NewPaint(s().Foreground(p.Muted).Bold(true))
	t.KeyDesc = NewPaint(s().Foreground(p.Faint))
	t.Error = NewPaint(s().Foreground(p.Lose))
	t.Pane = s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border).Padding(0, 1)
	t.ActivePane = t.Pane.BorderForeground(p.Accent)
	t.Tab = s().Foreground(p.Muted).Padding(0, 1)
	t.ActiveTab = s().Bold(true).Foreground(p.Accent).Padding(0, 1).Underline(true)
	return t
}
