package chart

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBar(t *testing.T) {
	tests := []struct {
		score         float64
		width         int
		filled, empty string
	}{
		{0, 4, "", "░░░░"},
		{1, 4, "█", "░░░"},
		{50, 4, "██", "░░"},
		{100, 4, "████", ""},
		{50, 0, "", ""},
	}
	for _, tt := range tests {
		f, e := Bar(tt.score, tt.width)
		assert.Equal(t, tt.filled, f, "%v", tt.score)
		assert.Equal(t, tt.empty, e, "%v", tt.score)
	}
}

func TestSpark(t *testing.T) {
	assert.Equal(t, "▁▄█▁█", Spark([]int{0, 50, 100, -5, 150}))
	assert.Equal(t, "", Spark(nil))
}

func TestColumns(t *testing.T) {
	tests := []struct {
		name   string
		values []int
		height int
		want   []string
	}{
		{"full and empty", []int{100, 0}, 2, []string{"█  ", "█  "}},
		{"half", []int{50}, 2, []string{" ", "█"}},
		{"eighths on top", []int{75}, 2, []string{"▄", "█"}},
		{"a small score shows", []int{1}, 2, []string{" ", "▁"}},
		{"no rows", []int{50}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Columns(tt.values, tt.height, 1, 1))
		})
	}
	assert.Equal(t, []string{"██ ██"}, Columns([]int{100, 100}, 1, 2, 1))
}

func TestFit(t *testing.T) {
	assert.Equal(t, 3, Fit(8, 2, 1))
	assert.Equal(t, 2, Fit(7, 2, 1))
	assert.Equal(t, 0, Fit(1, 2, 1))
}

func TestScale(t *testing.T) {
	tests := []struct {
		name   string
		values []int
		lo, hi int
	}{
		{"nothing: the whole range", nil, 0, 100},
		{"a small change gets a close axis", []int{55, 60}, 50, 70},
		{"a larger one a wider axis", []int{55, 70}, 50, 80},
		{"one value: at least the minimum span", []int{80}, 70, 90},
		{"at the top the span grows down", []int{100}, 80, 100},
		{"at the bottom it grows up", []int{0, 3}, 0, 20},
		{"the whole range", []int{0, 100}, 0, 100},
		{"a lone score sits inside the axis, not on its edge", []int{61}, 50, 70},
		{"scores on a multiple of ten get a margin too", []int{60, 70}, 50, 80},
		{"out of range values are clamped", []int{-5, 120}, 0, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := Scale(tt.values, 20)
			assert.Equal(t, [2]int{tt.lo, tt.hi}, [2]int{lo, hi})
		})
	}
	assert.Equal(t, []int{25, 50, 100, 0, 100}, Rescale([]int{55, 60, 70, 40, 90}, 50, 70))
}
