package journal

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

func TestDraftSaveAndResume(t *testing.T) {
	j := openTest(t)
	pb := coach.PlaybookRef{ID: "default", Version: 1}
	id, err := j.CreateDraft(ctx, "", NewDraft{Playbook: pb, Locale: "nl", Total: 25})
	require.NoError(t, err)

	given := coach.Answers{
		"client.name":             coach.Text("Bakkerij Jansen"),
		"client.stage":            coach.UnknownAnswer(),
		"client.employees":        coach.Amount(6),
		"client.capacity":         coach.Text("yes"),
		"disclosure.pros":         coach.Items("peer group"),
		"disclosure.cons":         coach.Items(),
		"seller.walk_away":        coach.Amount(0), // optional amount left unset
		"seller.strategic_reason": coach.UnknownAnswer(),
		"offer.name":              coach.Text("unknown"), // a text that says "unknown"
		"offer.list_price":        coach.Amount(6499.95),
		"offer.fit.stages":        coach.Items("growing"),
		"extra.flag":              coach.YesNo(false),
	}
	for q, a := range given {
		require.NoError(t, j.SaveAnswer(ctx, "", id, q, a), q)
	}
	// Changing an answer replaces it.
	require.NoError(t, j.SaveAnswer(ctx, "", id, "client.capacity", coach.Text("strained")))
	given["client.capacity"] = coach.Text("strained")

	d, err := j.Draft(ctx, "", id)
	require.NoError(t, err)
	assert.Equal(t, given, d.Answers, "every answer reads back exactly")
	assert.Equal(t, "Bakkerij Jansen", d.Client)
	assert.Equal(t, "unknown", d.Offer)
	assert.Equal(t, len(given), d.Answered)
	assert.Equal(t, 25, d.Total)
	assert.Equal(t, pb, d.Playbook)
	assert.Equal(t, "nl", d.Locale)
	assert.True(t, d.Updated.After(d.Created))

	// The same journal opened again (a restart) has it all.
	require.NoError(t, j.Close())
	j2 := openIn(t, j.Dir())
	d2, err := j2.Draft(ctx, "", id)
	require.NoError(t, err)
	assert.Equal(t, given, d2.Answers)

	require.NoError(t, j2.ClearAnswer(ctx, "", id, "extra.flag"))
	d3, err := j2.Draft(ctx, "", id)
	require.NoError(t, err)
	assert.NotContains(t, d3.Answers, "extra.flag")
	assert.Equal(t, len(given)-1, d3.Answered)
}

func TestListAndDiscardDrafts(t *testing.T) {
	j := openTest(t)
	prefill := coach.Answers{"offer.name": coach.Text("Growth \x1b[31mprogramme"), "offer.cost": coach.Amount(4000)}
	first, err := j.CreateDraft(ctx, "", NewDraft{Total: 25, Answers: prefill})
	require.NoError(t, err)
	second, err := j.CreateDraft(ctx, "", NewDraft{Total: 25})
	require.NoError(t, err)
	require.NoError(t, j.SaveAnswer(ctx, "", first, "client.name", coach.Text("  Bakkerij Jansen ")))

	list, err := j.ListDrafts(ctx, "")
	require.NoError(t, err)
	require.Len(t, list, 2)
	assert.Equal(t, first, list[0].ID, "the draft answered last comes first")
	assert.Equal(t, "Bakkerij Jansen", list[0].Client)
	assert.Equal(t, "Growth programme", list[0].Offer, "escape sequences are stripped from display names")
	assert.Equal(t, 3, list[0].Answered)
	assert.Equal(t, second, list[1].ID)

	require.NoError(t, j.DiscardDraft(ctx, "", first))
	_, err = j.Draft(ctx, "", first)
	assert.ErrorIs(t, err, ErrNotFound)
	assert.ErrorIs(t, j.DiscardDraft(ctx, "", first), ErrNotFound)
	assert.ErrorIs(t, j.SaveAnswer(ctx, "", first, "client.name", coach.Text("x")), ErrNotFound)
	var n int
	require.NoError(t, j.db.QueryRow(`SELECT count(*) FROM draft_answers WHERE draft_id = ?`, first).Scan(&n))
	assert.Zero(t, n, "a discarded draft's answers go with it")
}

func TestSaveAnswerRefusesWhatCannotRoundTrip(t *testing.T) {
	j := openTest(t)
	id, err := j.CreateDraft(ctx, "", NewDraft{})
	require.NoError(t, err)
	for _, a := range []coach.Answer{{Value: 3}, {Value: nan()}, {Value: map[string]string{}}} {
		assert.ErrorIs(t, j.SaveAnswer(ctx, "", id, "x", a), ErrInvalid)
	}
}
