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
