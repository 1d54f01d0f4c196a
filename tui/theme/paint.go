package theme

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Paint is an inline text style (colour, bold, underline: no padding,
// width or border) reduced to the escape sequences before and after its
// text. lipgloss converts colours and measures text on every Render; the
// TUI draws hundreds of short styled strings per frame, so it paints them
// with the sequences worked out once. The output is the same.
type Paint struct {
	style     lipgloss.Style
	pre, post string
}

// NewPaint works out the sequences of s. s must be an inline style.
func NewPaint(s lipgloss.Style) Paint {
	out := s.Render("\x00")
	pre, post, _ := strings.Cut(out, "\x00")
	return Paint{style: s, pre: pre, post: post}
}

// Render styles the strings, joined by spaces as lipgloss does; each line
// of a multi-line text is styled on its own, so no style spans a newline.
// Unlike lipgloss, short lines are not padded to the longest one: the
// panes lay out their own lines.
func (p Paint) Render(strs ...string) string {
	s := strings.Join(strs, " ")
	if p.pre == "" && p.post == "" {
		return s
	}
	if !strings.Contains(s, "\n") {
		return p.pre + s + p.post
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = p.pre + l + p.post
	}
	return strings.Join(lines, "\n")
}

// Style is the lipgloss style, for components that take one (text
// inputs, the help).
func (p Paint) Style() lipgloss.Style { return p.style }
