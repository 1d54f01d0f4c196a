// Package page holds what the training screens share for long content:
// a Pager that shows a window of rendered lines and scrolls it, and Wrap,
// which breaks a text into styled lines of a width. The screens render
// their content once per change and size, then only move the window.
package page

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/theme"
)

// Pager is a window of height lines over a block of rendered lines.
type Pager struct {
	lines         []string
	first, height int
}

// SetLines replaces the content; the window stays where it was when it
// can.
func (p *Pager) SetLines(lines []string) {
	p.lines = lines
	p.clamp()
}

// SetHeight sets the window's height.
func (p *Pager) SetHeight(h int) {
	p.height = max(0, h)
	p.clamp()
}

// Scroll moves the window by n lines (negative is up).
func (p *Pager) Scroll(n int) {
	p.first += n
	p.clamp()
}

// Top moves the window to the first line.
func (p *Pager) Top() { p.first = 0 }

// Show scrolls the least that makes line i visible.
func (p *Pager) Show(i int) {
	p.first = layout.Window(p.first, i, p.height, len(p.lines))
}

// First is the index of the top line shown.
func (p Pager) First() int { return p.first }

// Len is the number of content lines.
func (p Pager) Len() int { return len(p.lines) }

// CanUp reports whether there is more above the window.
func (p Pager) CanUp() bool { return p.first > 0 }

// CanDown reports whether there is more below the window.
func (p Pager) CanDown() bool { return p.first+p.height < len(p.lines) }

// Lines is the window: exactly height lines.
func (p Pager) Lines() []string {
	end := min(len(p.lines), p.first+p.height)
	return layout.Lines(append([]string(nil), p.lines[min(p.first, end):end]...), p.height)
}

// View is the window joined by newlines.
func (p Pager) View() string { return strings.Join(p.Lines(), "\n") }

func (p *Pager) clamp() {
	p.first = min(p.first, max(0, len(p.lines)-p.height))
	p.first = max(0, p.first)
}

// Wrap breaks s into lines of at most width cells, each painted with
// style and led by indent (which counts against the width). It breaks only
// at spaces, so "six-month" and "win-win" stay whole; a word longer than
// a line is cut hard.
func Wrap(style theme.Paint, s, indent string, width int) []string {
	w := max(8, width-layout.Width(indent))
	var out []string
	for _, l := range wrapWords(s, w) {
		out = append(out, indent+style.Render(l))
	}
	return out
}

// wrapWords fills lines of at most w cells with the words of s, greedily.
func wrapWords(s string, w int) []string {
	var lines []string
	cur, curW := "", 0
	flush := func() {
		lines = append(lines, cur)
		cur, curW = "", 0
	}
	for _, word := range strings.Fields(s) {
		ww := layout.Width(word)
		if curW > 0 && curW+1+ww > w {
			flush()
		}
		for ww > w { // longer than a line: cut it
			if curW > 0 {
				flush()
			}
			head := ansi.Truncate(word, w, "")
			lines = append(lines, head)
			word = word[len(head):]
			ww = layout.Width(word)
		}
		if curW > 0 {
			cur += " "
			curW++
		}
		cur += word
		curW += ww
	}
	if curW > 0 || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// Paragraphs splits a text into paragraphs at blank lines; the lines of
// one paragraph are joined by spaces.
func Paragraphs(s string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// Footer is a screen's last line: a status on the left and, when the
// pager has more below, the hint that says so on the right.
func Footer(th *theme.Theme, status string, more bool, hint string, width int) string {
	right := ""
	if more {
		right = th.Faint.Render(hint)
	}
	rw := layout.Width(right)
	left := "  " + th.Muted.Render(ansi.Truncate(status, max(0, width-rw-5), "…"))
	gap := max(1, width-layout.Width(left)-rw-1)
	return ansi.Truncate(left+strings.Repeat(" ", gap)+right, width, "")
}
