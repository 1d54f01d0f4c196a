package journal

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

// A participant of the SSH server can neither read nor change another
// participant's rows, whatever ids they try.
func TestOwnersAreIsolated(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	const alice, bob = "SHA256:alice", "SHA256:bob"

	draft, err := j.CreateDraft(ctx, alice, NewDraft{Total: 25})
	require.NoError(t, err)
	require.NoError(t, j.SaveAnswer(ctx, alice, draft, "client.name", coach.Text("Alice's client")))
	deal := saveDeal(t, j, c, alice, 0, winWin())
	offer, err := j.SaveOffer(ctx, alice, winWin())
	require.NoError(t, err)
	_, err = j.SaveAttempt(ctx, alice, Attempt{Case: "c1", Mode: Exam, Score: 80})
	require.NoError(t, err)
	_, err = j.SaveSelfCheck(ctx, alice, SelfCheck{Traits: Traits{Trustworthy: 4}})
	require.NoError(t, err)

	// Bob sees nothing of it.
	drafts, err := j.ListDrafts(ctx, bob)
	require.NoError(t, err)
	assert.Empty(t, drafts)
	rows, err := j.List(ctx, bob, Filter{}, 0, 10)
	require.NoError(t, err)
	assert.Empty(t, rows)
	n, err := j.Count(ctx, bob, Filter{})
	require.NoError(t, err)
	assert.Zero(t, n)
	offers, err := j.Offers(ctx, bob)
	require.NoError(t, err)
	assert.Empty(t, offers)
	attempts, err := j.Attempts(ctx, bob, "")
	require.NoError(t, err)
	assert.Empty(t, attempts)
	checks, err := j.SelfChecks(ctx, bob)
	require.NoError(t, err)
	assert.Empty(t, checks)
	for range j.All(ctx, bob) {
		t.Fatal("Bob streams Alice's sessions")
	}

	// Bob's guesses at Alice's ids find nothing and change nothing.
	_, err = j.Draft(ctx, bob, draft)
	assert.ErrorIs(t, err, ErrNotFound)
	assert.ErrorIs(t, j.SaveAnswer(ctx, bob, draft, "client.name", coach.Text("Bob was here")), ErrNotFound)
	assert.ErrorIs(t, j.ClearAnswer(ctx, bob, draft, "client.name"), ErrNotFound)
	assert.ErrorIs(t, j.DiscardDraft(ctx, bob, draft), ErrNotFound)
	_, err = j.Get(ctx, bob, deal)
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = j.Revisions(ctx, bob, deal.Deal)
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = j.Compare(ctx, bob, deal, deal)
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = j.CreateDraft(ctx, bob, NewDraft{Deal: deal.Deal})
	assert.ErrorIs(t, err, ErrNotFound, "Bob cannot revise Alice's deal")
	_, err = j.SaveSession(ctx, bob, NewSession{Deal: deal.Deal, Answers: winWin(), Assessment: c.Assess(winWin())})
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = j.SaveSession(ctx, bob, NewSession{Draft: draft, Answers: winWin(), Assessment: c.Assess(winWin())})
	assert.ErrorIs(t, err, ErrNotFound, "Bob cannot finish Alice's draft")
	_, err = j.Offer(ctx, bob, offer)
	assert.ErrorIs(t, err, ErrNotFound)
	assert.ErrorIs(t, j.DeleteOffer(ctx, bob, offer), ErrNotFound)

	// An offer of the same name is Bob's own, not a replacement of Alice's.
	bobOffer, err := j.SaveOffer(ctx, bob, winWin())
	require.NoError(t, err)
	assert.NotEqual(t, offer, bobOffer)

	// Alice's rows are as she left them.
	d, err := j.Draft(ctx, alice, draft)
	require.NoError(t, err)
	assert.Equal(t, coach.Text("Alice's client"), d.Answers["client.name"])
	revs, err := j.Revisions(ctx, alice, deal.Deal)
	require.NoError(t, err)
	assert.Len(t, revs, 1)
	mine, err := j.Offers(ctx, alice)
	require.NoError(t, err)
	assert.Len(t, mine, 1)

	// The local user ("") is an owner like any other.
	local, err := j.ListDrafts(ctx, "")
	require.NoError(t, err)
	assert.Empty(t, local)
}
