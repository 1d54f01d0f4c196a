package journal

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

// A practice case's draft: created with its case and mode, found again
// by case, never listed with the deals, replaced by a newer one of the
// same case, removed by the attempt that scores it, and only ever the
// owner's.
func TestCaseDrafts(t *testing.T) {
	const alice, bob = "SHA256:alice", "SHA256:bob"
	pb := coach.PlaybookRef{ID: "default", Version: 1}
	oven := NewDraft{Playbook: pb, Locale: "en", Total: 25, Case: "bakery-deck-oven", Mode: Exam,
		Answers: coach.Answers{"offer.name": coach.Text("Vulcan Four")}}

	tests := []struct {
		name string
		// run does the case's steps on a fresh journal; draft is alice's
		// draft of the oven case, made first.
		run func(t *testing.T, j *Journal, draft int64)
	}{
		{"created with its case, mode and answers; found by case", func(t *testing.T, j *Journal, draft int64) {
			require.NoError(t, j.SaveAnswer(ctx, alice, draft, "client.stage", coach.Text("growing")))
			d, err := j.CaseDraft(ctx, alice, "bakery-deck-oven")
			require.NoError(t, err)
			assert.Equal(t, draft, d.ID)
			assert.Equal(t, "bakery-deck-oven", d.Case)
			assert.Equal(t, Exam, d.Mode)
			assert.Equal(t, "Vulcan Four", d.Offer)
			assert.Equal(t, 2, d.Answered)
			assert.Equal(t, coach.Answers{"offer.name": coach.Text("Vulcan Four"), "client.stage": coach.Text("growing")}, d.Answers)
			byID, err := j.Draft(ctx, alice, draft)
			require.NoError(t, err)
			assert.Equal(t, d, byID)
		}},
		{"another case, or none, has no draft", func(t *testing.T, j *Journal, _ int64) {
			for _, id := range []string{"webshop-silent-cons", ""} {
				_, err := j.CaseDraft(ctx, alice, id)
				assert.ErrorIs(t, err, ErrNotFound, "case %q", id)
			}
		}},
		{"the deals' list leaves case drafts out", func(t *testing.T, j *Journal, _ int64) {
			deal, err := j.CreateDraft(ctx, alice, NewDraft{Playbook: pb, Total: 25})
			require.NoError(t, err)
			list, err := j.ListDrafts(ctx, alice)
			require.NoError(t, err)
			require.Len(t, list, 1)
			assert.Equal(t, deal, list[0].ID)
			assert.Empty(t, list[0].Case)
			assert.Empty(t, list[0].Mode)
		}},
		{"a new draft of the case replaces the old one", func(t *testing.T, j *Journal, draft int64) {
			again := oven
			again.Mode, again.Answers = Learn, nil
			newer, err := j.CreateDraft(ctx, alice, again)
			require.NoError(t, err)
			var n int
			require.NoError(t, j.db.QueryRow(`SELECT count(*) FROM drafts WHERE case_id = 'bakery-deck-oven'`).Scan(&n))
			assert.Equal(t, 1, n, "one draft per case")
			d, err := j.CaseDraft(ctx, alice, "bakery-deck-oven")
			require.NoError(t, err)
			assert.Equal(t, newer, d.ID)
			assert.Equal(t, Learn, d.Mode)
			assert.Empty(t, d.Answers, "the old draft's answers are gone")
		}},
		{"a case draft revises no deal", func(t *testing.T, j *Journal, _ int64) {
			bad := oven
			bad.Deal = 1
			_, err := j.CreateDraft(ctx, alice, bad)
			assert.ErrorIs(t, err, ErrInvalid)
		}},
		{"the scored attempt removes its draft", func(t *testing.T, j *Journal, draft int64) {
			_, err := j.SaveAttempt(ctx, alice, Attempt{Case: "bakery-deck-oven", Mode: Exam, Draft: draft})
			require.NoError(t, err)
			_, err = j.CaseDraft(ctx, alice, "bakery-deck-oven")
			assert.ErrorIs(t, err, ErrNotFound)
			var n int
			require.NoError(t, j.db.QueryRow(`SELECT count(*) FROM draft_answers WHERE draft_id = ?`, draft).Scan(&n))
			assert.Zero(t, n, "the draft's answers go with it")
		}},
		{"an attempt without a draft, or with one gone, is saved all the same", func(t *testing.T, j *Journal, draft int64) {
			require.NoError(t, j.DiscardDraft(ctx, alice, draft))
			_, err := j.SaveAttempt(ctx, alice, Attempt{Case: "bakery-deck-oven", Mode: Exam, Draft: draft})
			require.NoError(t, err)
			_, err = j.SaveAttempt(ctx, alice, Attempt{Case: "bakery-deck-oven", Mode: Exam})
			require.NoError(t, err)
			as, err := j.Attempts(ctx, alice, "bakery-deck-oven")
			require.NoError(t, err)
			assert.Len(t, as, 2)
		}},
		{"an attempt takes no deal's draft and no other case's", func(t *testing.T, j *Journal, draft int64) {
			deal, err := j.CreateDraft(ctx, alice, NewDraft{Playbook: pb, Total: 25})
			require.NoError(t, err)
			_, err = j.SaveAttempt(ctx, alice, Attempt{Case: "bakery-deck-oven", Draft: deal})
			require.NoError(t, err)
			_, err = j.SaveAttempt(ctx, alice, Attempt{Case: "webshop-silent-cons", Draft: draft})
			require.NoError(t, err)
			_, err = j.Draft(ctx, alice, deal)
			assert.NoError(t, err)
			_, err = j.Draft(ctx, alice, draft)
			assert.NoError(t, err)
		}},
		{"another owner neither sees nor ends it", func(t *testing.T, j *Journal, draft int64) {
			_, err := j.CaseDraft(ctx, bob, "bakery-deck-oven")
			assert.ErrorIs(t, err, ErrNotFound)
			_, err = j.Draft(ctx, bob, draft)
			assert.ErrorIs(t, err, ErrNotFound)
			assert.ErrorIs(t, j.SaveAnswer(ctx, bob, draft, "client.name", coach.Text("Bob was here")), ErrNotFound)
			assert.ErrorIs(t, j.DiscardDraft(ctx, bob, draft), ErrNotFound)
			_, err = j.SaveAttempt(ctx, bob, Attempt{Case: "bakery-deck-oven", Draft: draft})
			require.NoError(t, err)
			// Bob's own draft of the case replaces nothing of Alice's.
			mine, err := j.CreateDraft(ctx, bob, oven)
			require.NoError(t, err)
			d, err := j.CaseDraft(ctx, alice, "bakery-deck-oven")
			require.NoError(t, err)
			assert.Equal(t, draft, d.ID)
			assert.Equal(t, coach.Answers{"offer.name": coach.Text("Vulcan Four")}, d.Answers)
			b, err := j.CaseDraft(ctx, bob, "bakery-deck-oven")
			require.NoError(t, err)
			assert.Equal(t, mine, b.ID)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := openTest(t)
			draft, err := j.CreateDraft(ctx, alice, oven)
			require.NoError(t, err)
			tt.run(t, j, draft)
		})
	}
}
