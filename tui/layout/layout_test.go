package layout

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTooSmall(t *testing.T) {
	tests := []struct {
		w, h int
		want bool
	}{{60, 16, false}, {59, 16, true}, {60, 15, true}, {40, 10, true}, {120, 40, false}, {0, 0, true}}
	for _, tt := range tests {
		assert.Equal(t, tt.want, TooSmall(tt.w, tt.h), "%dx%d", tt.w, tt.h)
	}
}

func TestColumns(t *testing.T) {
	tests := []struct {
		width, main, coach int
		side               bool
	}{
		{80, 80, 80, false},
		{99, 99, 99, false},
		{100, 61, 38, true},
		{120, 76, 43, true},
		{200, 147, 52, true},
	}
	for _, tt := range tests {
		m, c, s := Columns(tt.width)
		assert.Equal(t, []any{tt.main, tt.coach, tt.side}, []any{m, c, s}, "width %d", tt.width)
		if s {
			assert.Equal(t, tt.width, m+c+1, "panes and gap fill the width")
		}
	}
}

func TestGridColumns(t *testing.T) {
	tests := []struct {
		name                                  string
		width, labelNeed, firstNeed, lastNeed int
		label, first, last                    int
	}{
		{"wide pane: label as needed, the rest shared", 39, 8, 12, 12, 9, 15, 15},
		{"long label fits exactly", 39, 12, 12, 14, 13, 12, 14},
		{"narrowest side pane: columns keep their need", 34, 8, 12, 12, 9, 12, 13},
		{"long label is cut before the columns", 34, 12, 12, 14, 8, 12, 14},
		{"tiny pane: label keeps 4, columns shrink", 20, 8, 12, 12, 4, 8, 8},
	}
	for _, tt := range tests {
		l, f, r := GridColumns(tt.width, tt.labelNeed, tt.firstNeed, tt.lastNeed)
		assert.Equal(t, []int{tt.label, tt.first, tt.last}, []int{l, f, r}, tt.name)
		assert.Equal(t, tt.width, l+f+r, "%s: the columns fill the width", tt.name)
	}
}

func TestRows(t *testing.T) {
	tests := []struct{ h, main, coach int }{{24, 16, 8}, {16, 11, 5}, {40, 28, 12}, {9, 8, 1}, {5, 5, 0}}
	for _, tt := range tests {
		m, c := Rows(tt.h)
		assert.Equal(t, []int{tt.main, tt.coach}, []int{m, c}, "height %d", tt.h)
	}
}

func TestBarCells(t *testing.T) {
	tests := []struct {
		score float64
		width int
		want  int
	}{{0, 10, 0}, {1, 10, 1}, {50, 10, 5}, {54, 10, 5}, {55, 10, 6}, {100, 10, 10}, {150, 10, 10}, {-5, 10, 0}, {50, 0, 0}}
	for _, tt := range tests {
		assert.Equal(t, tt.want, BarCells(tt.score, tt.width), "%v of %d", tt.score, tt.width)
	}
}

func TestWindow(t *testing.T) {
	tests := []struct{ first, cursor, rows, n, want int }{
		{0, 0, 5, 3, 0},
		{0, 4, 5, 10, 0},
		{0, 5, 5, 10, 1},
		{3, 2, 5, 10, 2},
		{8, 9, 5, 10, 5},
		{0, 0, 0, 10, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Window(tt.first, tt.cursor, tt.rows, tt.n), "%+v", tt)
	}
}

func TestWidthFitLines(t *testing.T) {
	assert.Equal(t, 5, Width("hello"))
	assert.Equal(t, 2, Width("✓✓"))
	assert.Equal(t, 3, Width("\x1b[1mabc\x1b[0m"))
	// A line too wide is cut with an ellipsis, never silently.
	assert.Equal(t, []string{"ab   ", "abcd…", "     "}, Fit([]string{"ab", "abcdefg"}, 5, 3))
	assert.Equal(t, []string{"✓    "}, Fit([]string{"✓"}, 5, 1))
	assert.Equal(t, []string{"a", "", ""}, Lines([]string{"a"}, 3))
	assert.Equal(t, []string{"a"}, Lines([]string{"a", "b"}, 1))
	assert.Empty(t, Lines([]string{"a"}, 0))
}

func TestHeight(t *testing.T) {
	tests := []struct {
		in     string
		height int
		want   string
	}{
		{"a\nb\nc", 3, "a\nb\nc"},
		{"a\nb\nc", 2, "a\nb"},
		{"a\nb\nc", 1, "a"},
		{"a", 3, "a\n\n"},
		{"", 2, "\n"},
		{"a\n\nc\n", 3, "a\n\nc"},
		{"a\nb", 0, "a"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Height(tt.in, tt.height), "%q to %d lines", tt.in, tt.height)
	}
}
