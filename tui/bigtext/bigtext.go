// Package bigtext draws short words in a three-line block font, for the
// verdict's quadrant and decision "in large type", and for the training
// room's code on a projector.
package bigtext

import (
	"strings"
	"unicode"
)

// font maps a letter to its three rows; every glyph is three cells wide.
func glyph(r rune) ([3]string, bool) {
	g, ok := map[rune][3]string{
		'A': {"▄▀▄", "█▀█", "▀ ▀"}, 'B': {"█▀▄", "█▀▄", "▀▀ "}, 'C': {"▄▀▀", "█  ", " ▀▀"},
		'D': {"█▀▄", "█ █", "▀▀ "}, 'E': {"█▀▀", "█▀ ", "▀▀▀"}, 'F': {"█▀▀", "█▀ ", "▀  "},
		'G': {"▄▀▀", "█ ▄", " ▀▀"}, 'H': {"█ █", "█▀█", "▀ ▀"}, 'I': {"▀█▀", " █ ", "▀▀▀"},
		'J': {"  █", "  █", "▀▀ "}, 'K': {"█ ▄", "█▀▄", "▀ ▀"}, 'L': {"█  ", "█  ", "▀▀▀"},
		'M': {"█▄█", "█ █", "▀ ▀"}, 'N': {"█▀▄", "█ █", "▀ ▀"}, 'O': {"▄▀▄", "█ █", " ▀ "},
		'P': {"█▀▄", "█▀ ", "▀  "}, 'Q': {"▄▀▄", "█ █", " ▀▄"}, 'R': {"█▀▄", "█▀▄", "▀ ▀"},
		'S': {"▄▀▀", " ▀▄", "▀▀ "}, 'T': {"▀█▀", " █ ", " ▀ "}, 'U': {"█ █", "█ █", " ▀ "},
		'V': {"█ █", "▀▄▀", " ▀ "}, 'W': {"█ █", "█▄█", "▀ ▀"}, 'X': {"▀▄▀", " █ ", "▀ ▀"},
		'Y': {"█ █", " █ ", " ▀ "}, 'Z': {"▀▀█", "▄▀ ", "▀▀▀"}, '-': {"   ", "▀▀▀", "   "},
		' ': {"   ", "   ", "   "}, ',': {"   ", "   ", " ▄▀"},
		// Digits, for room codes read off a projector.
		'0': {"▄▀▄", "█ █", " ▀ "}, '1': {"▄█ ", " █ ", "▀▀▀"}, '2': {"▀▀▄", "▄▀ ", "▀▀▀"},
		'3': {"▀▀█", " ▀█", "▀▀ "}, '4': {"█ █", "▀▀█", "  ▀"}, '5': {"█▀▀", "▀▀▄", "▀▀ "},
		'6': {"▄▀▀", "█▀▄", " ▀ "}, '7': {"▀▀█", " █ ", " ▀ "}, '8': {"▄▀▄", "▄▀▄", " ▀ "},
		'9': {"▄▀▄", " ▀█", "▀▀ "},
	}[r]
	return g, ok
}

// Width is the number of cells Render uses for s.
func Width(s string) int {
	n := len([]rune(s))
	if n == 0 {
		return 0
	}
	return n*4 - 1
}

// Render draws s in the block font, or returns ok false when s has a
// character the font lacks (the caller then falls back to plain bold).
func Render(s string) (lines [3]string, ok bool) {
	var rows [3]strings.Builder
	for i, r := range strings.ToUpper(s) {
		g, found := glyph(unicode.ToUpper(r))
		if !found {
			return lines, false
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteByte(' ')
			}
			rows[j].WriteString(g[j])
		}
	}
	for j := range rows {
		lines[j] = rows[j].String()
	}
	return lines, true
}
