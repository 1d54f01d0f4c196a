package practice_test

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/locale"
)

func ids(a coach.Answers) []string {
	out := make([]string, 0, len(a))
	for id := range a {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// The offer is prefilled from the facts, except a question the case has a
// teaching note on: that one is what the case trains.
func TestPrefill(t *testing.T) {
	c := newCoach(t, locale.EN)
	lib := library(t)
	tests := []struct {
		caseID string
		want   []string
	}{
		{"bakery-deck-oven", []string{"offer.benefits", "offer.cost", "offer.drawbacks", "offer.fit.employees.max", "offer.fit.employees.min", "offer.fit.stages", "offer.list_price", "offer.name"}},
		{"it-support-renewal", []string{"offer.benefits", "offer.drawbacks", "offer.fit.employees.max", "offer.fit.employees.min", "offer.fit.stages", "offer.list_price", "offer.name"}},
	}
	for _, tt := range tests {
		t.Run(tt.caseID, func(t *testing.T) {
			cs := getCase(t, lib, tt.caseID)
			got, err := practice.Prefill(c, cs)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ids(got))
			f := facts(t, c, cs)
			for id, a := range got {
				assert.Equal(t, f[id], a, id)
			}
		})
	}
}

// Prefilled answers left as they were earn nothing and lose nothing; a
// prefilled answer changed counts like any other.
func TestScorePrefilled(t *testing.T) {
	c := newCoach(t, locale.EN)
	cs := getCase(t, library(t), "bakery-deck-oven")
	pre, err := practice.Prefill(c, cs)
	require.NoError(t, err)

	tests := []struct {
		name   string
		change func(a *practice.Attempt)
		facts  float64
		given  int
		diffs  []string
	}{
		{"every answer right, offer prefilled: full marks", func(a *practice.Attempt) {}, 50, 7, nil},
		{"only the prefilled answers: no free points", func(a *practice.Attempt) { a.Answers = pre.Clone() }, 0, 7, nil},
		{"a prefilled answer changed to a wrong one loses", func(a *practice.Attempt) {
			a.Answers["offer.list_price"] = coach.Amount(1)
		}, -1, 6, []string{"offer.list_price"}},
		{"a prefilled answer removed counts as unanswered", func(a *practice.Attempt) {
			delete(a.Answers, "offer.cost")
		}, -1, 6, []string{"offer.cost"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := perfect(t, c, cs)
			at.Prefilled = pre
			tt.change(&at)
			r, err := practice.Score(c, cs, at)
			require.NoError(t, err)
			if tt.facts >= 0 {
				assert.InDelta(t, tt.facts, r.Points.Facts, 0.01)
			} else {
				assert.Less(t, r.Points.Facts, 50.0)
				assert.Greater(t, r.Points.Facts, 0.0)
			}
			assert.Equal(t, tt.given, r.Given)
			var diffs []string
			for _, d := range r.Diffs {
				if d.Question == "offer.list_price" || d.Question == "offer.cost" {
					diffs = append(diffs, d.Question)
				}
			}
			assert.Equal(t, tt.diffs, diffs)
		})
	}
}

func TestKept(t *testing.T) {
	pre := coach.Answers{"offer.cost": coach.Amount(100), "offer.benefits": coach.Items("a", "b")}
	tests := []struct {
		name  string
		given coach.Answers
		want  int
	}{
		{"all kept", coach.Answers{"offer.cost": coach.Amount(100), "offer.benefits": coach.Items("a", "b"), "client.stage": coach.Text("growing")}, 2},
		{"one changed", coach.Answers{"offer.cost": coach.Amount(120), "offer.benefits": coach.Items("a", "b")}, 1},
		{"a list changed", coach.Answers{"offer.cost": coach.Amount(100), "offer.benefits": coach.Items("a")}, 1},
		{"made unknown", coach.Answers{"offer.cost": coach.UnknownAnswer(), "offer.benefits": coach.Items("a", "b")}, 1},
		{"removed", coach.Answers{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, practice.Kept(pre, tt.given))
		})
	}
	assert.Zero(t, practice.Kept(nil, pre), "nothing prefilled")
}
