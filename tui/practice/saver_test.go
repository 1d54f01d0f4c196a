package practice

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

// The saver opens the case's draft on the first answer, never lets an
// older save of a question overwrite a newer one, and once the attempt
// is stored (with the draft gone) keeps nothing more.
func TestCaseSaver(t *testing.T) {
	ctx := context.Background()
	j, err := journal.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = j.Close() })
	s := newCaseSaver(j, "ann", journal.NewDraft{Total: 25, Case: "oven", Mode: journal.Learn}, 0)

	first, older, newer := s.Ticket(), s.Ticket(), s.Ticket()
	require.NoError(t, s.SaveAnswer(first, "offer.name", coach.Text("Vulcan"), coach.Answers{"offer.name": coach.Text("Vulcan")}))
	require.NoError(t, s.SaveAnswer(newer, "client.stage", coach.Text("growing"), nil))
	require.NoError(t, s.SaveAnswer(older, "client.stage", coach.Text("starter"), nil))
	d, err := j.CaseDraft(ctx, "ann", "oven")
	require.NoError(t, err)
	assert.Equal(t, coach.Answers{"offer.name": coach.Text("Vulcan"), "client.stage": coach.Text("growing")}, d.Answers)
	assert.Equal(t, journal.Learn, d.Mode)

	require.NoError(t, s.saveAttempt(journal.Attempt{Case: "oven", Mode: journal.Learn}))
	_, err = j.CaseDraft(ctx, "ann", "oven")
	assert.ErrorIs(t, err, journal.ErrNotFound, "the attempt removed the draft")
	require.NoError(t, s.SaveAnswer(s.Ticket(), "client.name", coach.Text("late"), coach.Answers{}))
	_, err = j.CaseDraft(ctx, "ann", "oven")
	assert.ErrorIs(t, err, journal.ErrNotFound, "an answer arriving after the attempt opens no draft")
}
