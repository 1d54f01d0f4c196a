package page

import (
	"strconv"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/tui/theme"
)

func numbered(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}

func TestPager(t *testing.T) {
	tests := []struct {
		name      string
		lines     int
		height    int
		scroll    []int
		want      []string
		up, down  bool
		wantFirst int
	}{
		{"fits", 2, 4, nil, []string{"0", "1", "", ""}, false, false, 0},
		{"scrolls down", 6, 3, []int{1}, []string{"1", "2", "3"}, true, true, 1},
		{"stops at the end", 6, 3, []int{10}, []string{"3", "4", "5"}, true, false, 3},
		{"stops at the top", 6, 3, []int{2, -5}, []string{"0", "1", "2"}, false, true, 0},
		{"empty", 0, 2, []int{1}, []string{"", ""}, false, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Pager
			p.SetHeight(tt.height)
			p.SetLines(numbered(tt.lines))
			for _, n := range tt.scroll {
				p.Scroll(n)
			}
			assert.Equal(t, tt.want, p.Lines())
			assert.Equal(t, tt.up, p.CanUp())
			assert.Equal(t, tt.down, p.CanDown())
			assert.Equal(t, tt.wantFirst, p.First())
		})
	}
}

// Shrinking the content or growing the window keeps the window inside.
func TestPagerClamps(t *testing.T) {
	var p Pager
	p.SetHeight(2)
	p.SetLines(numbered(10))
	p.Scroll(8)
	p.SetLines(numbered(4))
	assert.Equal(t, []string{"2", "3"}, p.Lines())
	p.SetHeight(10)
	assert.Equal(t, 0, p.First())
	p.SetHeight(2)
	p.Show(3)
	assert.Equal(t, 2, p.First())
}

func TestWrap(t *testing.T) {
	plain := theme.NewPaint(lipgloss.NewStyle())
	tests := []struct {
		name, s, indent string
		width           int
		want            []string
	}{
		{"short", "a win-win deal", "  ", 40, []string{"  a win-win deal"}},
		{"at spaces", "one two three four", "", 9, []string{"one two", "three", "four"}},
		{"long word cut", "abcdefghijkl", "", 8, []string{"abcdefgh", "ijkl"}},
		{"a hyphenated word stays whole", "a six-month programme", "", 10, []string{"a", "six-month", "programme"}},
		{"a long word after others starts its own line", "ab abcdefghijkl cd", "", 8, []string{"ab", "abcdefgh", "ijkl cd"}},
		{"euros and wide runes count by cells", "€ 4.200 één", "", 8, []string{"€ 4.200", "één"}},
		{"empty", "", " ", 10, []string{" "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Wrap(plain, tt.s, tt.indent, tt.width))
		})
	}
}

func TestParagraphs(t *testing.T) {
	assert.Equal(t, []string{"one two", "three"}, Paragraphs("one\ntwo\n\n\n three \n"))
	assert.Empty(t, Paragraphs("\n \n"))
}
