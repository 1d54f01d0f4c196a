package journal

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach"
)

func TestDiffAnswers(t *testing.T) {
	old := coach.Answers{
		"a": coach.Text("x"),
		"b": coach.Amount(1),
		"c": coach.Items("p", "q"),
		"d": coach.UnknownAnswer(),
		"e": coach.Items(),
		"f": coach.YesNo(true),
	}
	cur := coach.Answers{
		"a": coach.Text("x"),        // same
		"b": coach.Amount(2),        // changed
		"c": coach.Items("q", "p"),  // reordered: changed
		"d": coach.Text("growing"),  // unknown -> known
		"e": {Value: []string(nil)}, // empty list = no list
		"f": coach.YesNo(true),      // same
		"g": coach.UnknownAnswer(),  // newly answered
	}
	c := Diff(old, cur, nil, nil)
	assert.Equal(t, []Change{
		{Question: "b", Old: coach.Amount(1), New: coach.Amount(2), Had: true, Has: true},
		{Question: "c", Old: coach.Items("p", "q"), New: coach.Items("q", "p"), Had: true, Has: true},
		{Question: "d", Old: coach.UnknownAnswer(), New: coach.Text("growing"), Had: true, Has: true},
		{Question: "g", New: coach.UnknownAnswer(), Has: true},
	}, c.Changes)
	assert.False(t, c.VerdictMoved())

	back := Diff(cur, old, nil, nil)
	assert.Len(t, back.Changes, 4)
	assert.Equal(t, Change{Question: "g", Old: coach.UnknownAnswer(), Had: true}, back.Changes[3], "an answer taken away")

	assert.Empty(t, Diff(old, old.Clone(), nil, nil).Changes)
}

func TestDiffVerdict(t *testing.T) {
	c := testCoach(t)
	good := winWin()
	bad := good.Clone()
	bad["client.stage"] = coach.Text("starter")
	bad["seller.price"] = coach.Amount(3000)
	oldA, newA := c.Assess(good), c.Assess(bad)

	d := Diff(good, bad, oldA, newA)
	assert.Equal(t, coach.WinWin, d.OldQuadrant)
	assert.Equal(t, coach.LoseLose, d.NewQuadrant)
	assert.Equal(t, coach.Go, d.OldDecision)
	assert.Equal(t, coach.SayNo, d.NewDecision)
	assert.True(t, d.VerdictMoved())
	assert.Len(t, d.Changes, 2)
	assert.Contains(t, d.Raised, "stage_too_early")
	assert.Empty(t, d.Cleared)

	names := make([]string, len(d.Scores))
	for i, s := range d.Scores {
		names[i] = s.Name
	}
	assert.Equal(t, []string{"readiness", "disclosure", "margin", "client", "seller"}, names)
	delta, ok := d.Scores[2].Delta()
	assert.True(t, ok)
	assert.Negative(t, delta, "the margin fell")
	delta, ok = d.Scores[1].Delta()
	assert.True(t, ok)
	assert.Zero(t, delta, "disclosure did not move")

	_, ok = ScoreChange{New: coach.Score{Value: 50, Known: true}}.Delta()
	assert.False(t, ok, "no delta from an unknown score")

	up := Diff(bad, good, newA, oldA)
	assert.Equal(t, d.Raised, up.Cleared)
}
