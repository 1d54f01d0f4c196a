// Package chart draws the training screens' charts with block characters:
// a score bar, a sparkline and a column chart of scores over time. Every
// function is pure and returns plain text; the screens paint it. Scores
// are 0..100.
package chart

import (
	"strings"

	"github.com/winwincoach/winwin/tui/layout"
)

// Full and Empty are the cells of a bar.
const (
	Full  = "█"
	Empty = "░"
)

// eighth returns the block n eighths high, 1..8: ▁ (U+2581) to █
// (U+2588) are consecutive.
func eighth(n int) string { return string(rune(0x2580 + min(max(n, 1), 8))) }

// Bar splits width cells for score into the filled and the empty part.
// A score above zero always fills a cell, as layout.BarCells rounds.
func Bar(score float64, width int) (filled, empty string) {
	n := layout.BarCells(score, width)
	return strings.Repeat(Full, n), strings.Repeat(Empty, max(0, width-n))
}

// Spark is a sparkline: one cell per value, from ▁ (0) to █ (100).
func Spark(values []int) string {
	var b strings.Builder
	for _, v := range values {
		v = min(max(v, 0), 100)
		b.WriteString(eighth(1 + v*7/100))
	}
	return b.String()
}

// Columns draws values as vertical bars height rows tall, each colWidth
// cells wide with gap cells between, and returns the rows top first. A
// bar's top cell is drawn in eighths, so a 40 and a 45 differ even on a
// short chart; a value above zero shows at least an eighth.
func Columns(values []int, height, colWidth, gap int) []string {
	if height <= 0 {
		return nil
	}
	rows := make([]strings.Builder, height)
	steps := height * 8
	for i, v := range values {
		v = min(max(v, 0), 100)
		filled := v * steps / 100
		if v > 0 && filled == 0 {
			filled = 1
		}
		for r := 0; r < height; r++ {
			// r counts from the top; the row's floor in eighths:
			floor := (height - 1 - r) * 8
			cell := " "
			switch {
			case filled >= floor+8:
				cell = Full
			case filled > floor:
				cell = eighth(filled - floor)
			}
			if i > 0 {
				rows[r].WriteString(strings.Repeat(" ", gap))
			}
			rows[r].WriteString(strings.Repeat(cell, colWidth))
		}
	}
	out := make([]string, height)
	for r := range rows {
		out[r] = rows[r].String()
	}
	return out
}

// Fit is how many columns of colWidth with gap fit in width.
func Fit(width, colWidth, gap int) int {
	if width < colWidth || colWidth <= 0 {
		return 0
	}
	return (width + gap) / (colWidth + gap)
}

// Scale is the y axis for values: lo and hi are multiples of 10 that
// hold every value with a margin of 5 and at least minSpan between them,
// within 0..100.
// A chart drawn on it shows the size of a change (55 to 60 against 55 to
// 70) that a 0..100 axis flattens.
func Scale(values []int, minSpan int) (lo, hi int) {
	if len(values) == 0 {
		return 0, 100
	}
	least, most := 100, 0
	for _, v := range values {
		v = min(max(v, 0), 100)
		least, most = min(least, v), max(most, v)
	}
	// A margin of 5 on either side, so no score sits on the axis's edge
	// (a lone 61 on a 60..80 axis would look like nothing).
	lo, hi = max(0, least-5)/10*10, min(100, (most+5+9)/10*10)
	for hi-lo < min(minSpan, 100) {
		if hi < 100 {
			hi += 10
		}
		if hi-lo < minSpan && lo > 0 {
			lo -= 10
		}
	}
	return lo, hi
}

// Rescale maps values on lo..hi to 0..100, for Columns and Spark.
func Rescale(values []int, lo, hi int) []int {
	out := make([]int, len(values))
	span := max(1, hi-lo)
	for i, v := range values {
		out[i] = min(max((v-lo)*100/span, 0), 100)
	}
	return out
}
