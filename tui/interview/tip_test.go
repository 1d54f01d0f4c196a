package interview

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/tui/field"
	"github.com/winwincoach/winwin/tui/verdict"
)

// Jumping from the verdict to a question shows that question's tip in
// the pane, not the tip of the last answer given.
func TestJumpShowsTheQuestionsTip(t *testing.T) {
	c := testCommon(t)
	ans := coach.Answers{
		"client.stage":    coach.Text("starter"),
		"client.capacity": coach.Text("yes"),
	}
	m := New(c, ans, Options{})
	m.SetSize(120, 40)
	m, _ = m.Update(field.SubmitMsg{ID: "client.capacity", Answer: coach.Text("yes")})
	capacityTip := c.Coach.Tip(m.answers, "client.capacity")
	require.Equal(t, capacityTip, m.tip)
	m, _ = m.Update(verdict.EditMsg{ID: "client.stage"})
	require.Equal(t, "client.stage", m.Current())
	stageTip := c.Coach.Tip(m.answers, "client.stage")
	require.NotEmpty(t, stageTip)
	assert.Equal(t, stageTip, m.tip)
	assert.NotEqual(t, capacityTip, m.tip)
}

// A largest size below the smallest is refused where it is typed.
func TestSizeRangeRefused(t *testing.T) {
	c := testCommon(t)
	m := New(c, coach.Answers{"offer.fit.employees.min": coach.Amount(10)}, Options{})
	m.SetSize(120, 40)
	m, _ = m.goToID("offer.fit.employees.max")
	m, _ = m.Update(field.SubmitMsg{ID: "offer.fit.employees.max", Answer: coach.Amount(5)})
	assert.NotContains(t, m.answers, "offer.fit.employees.max")
	assert.Equal(t, "offer.fit.employees.max", m.Current(), "stays on the question")
	assert.Contains(t, m.View(), "smaller than the smallest size (10)")
	m, _ = m.Update(field.SubmitMsg{ID: "offer.fit.employees.max", Answer: coach.Amount(50)})
	assert.Equal(t, coach.Amount(50), m.answers["offer.fit.employees.max"])
}
