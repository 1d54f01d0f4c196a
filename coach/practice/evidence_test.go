package practice_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
)

func TestJournalEvidence(t *testing.T) {
	cons := coach.Answers{"disclosure.cons": coach.Items("fee"), "seller.walk_away": coach.Amount(0)}
	floor := coach.Answers{"disclosure.cons": coach.Items(), "seller.walk_away": coach.Amount(900)}
	both := coach.Answers{"disclosure.cons": coach.Items("fee"), "seller.walk_away": coach.Amount(900)}
	unknown := coach.Answers{"disclosure.cons": coach.UnknownAnswer(), "seller.walk_away": coach.UnknownAnswer()}
	tests := []struct {
		name  string
		deals []coach.Answers
		want  practice.Evidence
	}{
		{"no deals", nil, practice.Evidence{}},
		{"counted per deal", []coach.Answers{cons, floor, both}, practice.Evidence{Deals: 3, ConsNamed: 2, FloorSet: 2}},
		{"unknown and unanswered are not done", []coach.Answers{unknown, {}}, practice.Evidence{Deals: 2}},
		{"only the last five", []coach.Answers{both, both, floor, floor, floor, floor, floor}, practice.Evidence{Deals: 5, FloorSet: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, practice.JournalEvidence(tt.deals))
		})
	}
}
