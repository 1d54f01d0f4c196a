// Package layout holds the TUI's pure layout arithmetic: how wide each
// pane is at a terminal size, when the screen is too small, how a score
// bar is cut. Everything here is a small function with a table test.
package layout

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Minimum terminal size below which screens show a "too small" message
// instead of a broken layout.
const (
	MinWidth  = 60
	MinHeight = 16
	// SideBySide is the width from which the coach pane sits beside the
	// question; below it the pane goes under the question or is toggled.
	SideBySide = 100
)

// TooSmall reports whether a w×h terminal is below the minimum.
func TooSmall(w, h int) bool { return w < MinWidth || h < MinHeight }

// Columns splits a width into the question pane and the coach pane. With
// side false the panes are stacked and both get the full width.
func Columns(width int) (main, coach int, side bool) {
	if width < SideBySide {
		return width, width, false
	}
	coach = clamp(width*36/100, 38, 52)
	return width - coach - 1, coach, true
}

// Rows splits the body height when the panes are stacked: the coach pane
// gets what the question needs least of, at most half and never less
// than its compact form (3 lines) when it is shown at all.
func Rows(height int) (main, coach int) {
	coach = clamp(height/3, 3, 12)
	if height-coach < 8 {
		coach = max(0, height-8)
	}
	return height - coach, coach
}

// BarCells returns how many of width cells a 0..100 score fills, rounded
// to the nearest cell and never empty for a score above zero.
func BarCells(score float64, width int) int {
	if width <= 0 || score <= 0 {
		return 0
	}
	if score >= 100 {
		return width
	}
	n := int(score*float64(width)/100 + 0.5)
	return clamp(n, 1, width)
}

// Window returns the first index of a window of size rows that keeps
// cursor visible in a list of n items, given the previous first index.
func Window(first, cursor, rows, n int) int {
	if rows <= 0 || n <= rows {
		return 0
	}
	if cursor < first {
		first = cursor
	}
	if cursor >= first+rows {
		first = cursor - rows + 1
	}
	return clamp(first, 0, n-rows)
}

// GridColumns splits the coach pane's quadrant grid into a row-label
// column and two quadrant columns. The quadrant columns get what their
// widest line needs first (firstNeed with its gap, lastNeed), since a cut
// quadrant name says nothing; the label column gets up to labelNeed plus
// a gap of what is left, never less than 4. Width nobody needs widens
// the quadrant columns evenly; width that is missing is taken from both.
func GridColumns(width, labelNeed, firstNeed, lastNeed int) (label, first, last int) {
	label = clamp(width-firstNeed-lastNeed, 4, labelNeed+1)
	spare := width - label - firstNeed - lastNeed
	first = max(1, firstNeed+spare/2)
	return label, first, max(1, width-label-first)
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Width is the number of cells s takes. Plain ASCII, by far the most
// common line, is counted without the grapheme segmentation that
// ansi.StringWidth does for every line it measures.
func Width(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == 0x1b {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// Height returns s with exactly height lines: the first height lines of
// a longer s, a shorter one padded with empty lines. A frame is mostly
// the right height already, and then s itself comes back, uncopied.
func Height(s string, height int) string {
	height = max(1, height)
	n := strings.Count(s, "\n") + 1
	switch {
	case n == height:
		return s
	case n < height:
		return s + strings.Repeat("\n", height-n)
	}
	cut := 0
	for range height {
		cut += strings.IndexByte(s[cut:], '\n') + 1
	}
	return s[:cut-1]
}

// Fit returns exactly height lines of exactly width cells: long lines are
// cut, short ones padded, missing ones blank. Joining fitted blocks line
// by line needs no further measuring.
func Fit(lines []string, width, height int) []string {
	out := make([]string, height)
	blank := strings.Repeat(" ", max(0, width))
	for i := range out {
		if i >= len(lines) {
			out[i] = blank
			continue
		}
		l := lines[i]
		w := Width(l)
		if w > width {
			l = ansi.Truncate(l, width, "…") // cut text says so
			w = Width(l)
		}
		out[i] = l + blank[:max(0, width-w)]
	}
	return out
}

// Lines returns exactly height lines: extra ones are dropped, missing ones
// are blank.
func Lines(lines []string, height int) []string {
	if len(lines) >= height {
		return lines[:max(0, height)]
	}
	return append(lines, make([]string, height-len(lines))...)
}
