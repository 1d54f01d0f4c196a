package practice

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// TestCredit is the table of partial credit per kind of answer.
func TestCredit(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	tests := []struct {
		id         string
		got, want  coach.Answer
		unanswered bool
		credit     float64
	}{
		{"client.need", coach.Text("clear"), coach.Text("clear"), false, Full},
		{"client.need", coach.Text("partial"), coach.Text("clear"), false, Near},
		{"client.need", coach.Text("unclear"), coach.Text("clear"), false, 0},
		{"client.stage", coach.Text("growing"), coach.Text("starter"), false, Near},
		{"client.stage", coach.Text("established"), coach.Text("starter"), false, 0},
		{"disclosure.client_knowledge", coach.Text("medium"), coach.Text("high"), false, Near},
		{"seller.strategic_reason", coach.Text("new-market"), coach.Text("reference"), false, Near},
		{"seller.strategic_reason", coach.Text("none"), coach.Text("reference"), false, 0},
		{"seller.strategic_reason", coach.Text("reference"), coach.Text("none"), false, 0},
		{"offer.fit.stages", coach.Items("growing", "established"), coach.Items("established", "growing"), false, Full},
		{"offer.fit.stages", coach.Items("growing"), coach.Items("growing", "established"), false, Near},
		{"offer.fit.stages", coach.Items("starter"), coach.Items("growing"), false, 0},
		{"seller.price", coach.Amount(23000), coach.Amount(23000), false, Full},
		{"seller.price", coach.Amount(23100), coach.Amount(23000), false, Full},
		{"seller.price", coach.Amount(24500), coach.Amount(23000), false, Near},
		{"seller.price", coach.Amount(2300), coach.Amount(23000), false, 0},
		{"seller.walk_away", coach.Amount(0), coach.Amount(0), false, Full},
		{"seller.walk_away", coach.Amount(1000), coach.Amount(0), false, 0},
		{"client.employees", coach.Amount(12), coach.Amount(11), false, Near},
		{"disclosure.cons", coach.Items("a", "b", "c"), coach.Items("x", "y"), false, Full},
		{"disclosure.cons", coach.Items("a"), coach.Items("x", "y"), false, Near},
		{"disclosure.cons", coach.Items(), coach.Items("x", "y"), false, 0},
		{"disclosure.cons", coach.Items("a"), coach.Items(), false, 0},
		{"disclosure.cons", coach.Items(), coach.Items(), false, Full},
		{"client.need", coach.UnknownAnswer(), coach.Text("clear"), false, 0},
		{"client.need", coach.UnknownAnswer(), coach.UnknownAnswer(), false, Full},
		{"client.need", coach.Text("clear"), coach.UnknownAnswer(), false, 0},
		{"client.need", coach.Answer{}, coach.Text("clear"), true, 0},
		{"client.need", coach.Text("nonsense"), coach.Text("clear"), false, 0},
		{"client.need", coach.Amount(3), coach.Text("clear"), false, 0},
	}
	for _, tt := range tests {
		q, ok := pb.Question(tt.id)
		require.True(t, ok, tt.id)
		got := credit(q, tt.got, !tt.unanswered, tt.want)
		assert.Equal(t, tt.credit, got, "%s: %v against %v", tt.id, tt.got.Value, tt.want.Value)
	}
}

func TestCreditScaleAndYesNo(t *testing.T) {
	scale := &playbook.Question{ID: "s", Kind: playbook.Scale}
	assert.Equal(t, Full, credit(scale, coach.Amount(3), true, coach.Amount(3)))
	assert.Equal(t, Near, credit(scale, coach.Amount(4), true, coach.Amount(3)))
	assert.Equal(t, 0.0, credit(scale, coach.Amount(5), true, coach.Amount(3)))
	yn := &playbook.Question{ID: "y", Kind: playbook.YesNo}
	assert.Equal(t, Full, credit(yn, coach.YesNo(true), true, coach.YesNo(true)))
	assert.Equal(t, 0.0, credit(yn, coach.YesNo(false), true, coach.YesNo(true)))
}

// TestQuestionPillars: every question of the default playbook that a
// trainee can get wrong counts against some pillar, except the offer's
// benefits, which no rule reads.
func TestQuestionPillars(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	m := questionPillars(pb)
	assert.Equal(t, playbook.Margin, m["offer.cost"])
	assert.Equal(t, playbook.Margin, m["seller.strategic_reason"])
	assert.Equal(t, playbook.Disclosure, m["disclosure.client_knowledge"])
	assert.Equal(t, playbook.Disclosure, m["offer.drawbacks"])
	assert.Equal(t, playbook.Readiness, m["offer.fit.stages"])
	assert.Equal(t, playbook.Readiness, m["offer.fit.employees.max"])
	for _, q := range pb.Questions {
		if q.Kind == playbook.Free || q.ID == "offer.benefits" {
			continue
		}
		assert.NotEmpty(t, m[q.ID], q.ID)
	}
}
