package journal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

func TestOffersAreSavedOncePerName(t *testing.T) {
	j := openTest(t)
	ans := winWin()
	id, err := j.SaveOffer(ctx, "", ans)
	require.NoError(t, err)

	o, err := j.Offer(ctx, "", id)
	require.NoError(t, err)
	assert.Equal(t, "Growth programme", o.Name)
	assert.Equal(t, OfferAnswers(ans), o.Answers, "only the offer.* answers are kept")
	assert.NotContains(t, o.Answers, "client.name")
	assert.Len(t, o.Answers, 8)

	// Saving the same name again (in another case) updates it.
	changed := OfferAnswers(ans)
	changed["offer.name"] = coach.Text("GROWTH PROGRAMME")
	changed["offer.cost"] = coach.Amount(4200)
	again, err := j.SaveOffer(ctx, "", changed)
	require.NoError(t, err)
	assert.Equal(t, id, again)

	other := OfferAnswers(ans)
	other["offer.name"] = coach.Text("Advice day")
	other["offer.fit.employees.max"] = coach.UnknownAnswer()
	_, err = j.SaveOffer(ctx, "", other)
	require.NoError(t, err)

	list, err := j.Offers(ctx, "")
	require.NoError(t, err)
	require.Len(t, list, 2)
	assert.Equal(t, "Advice day", list[0].Name, "listed by name")
	assert.Equal(t, other, list[0].Answers)
	assert.Equal(t, changed, list[1].Answers)

	// Picking an offer prefills a new draft.
	d, err := j.CreateDraft(ctx, "", NewDraft{Total: 25, Answers: list[1].Answers})
	require.NoError(t, err)
	draft, err := j.Draft(ctx, "", d)
	require.NoError(t, err)
	assert.Equal(t, changed, draft.Answers)
	assert.Equal(t, "GROWTH PROGRAMME", draft.Offer)

	_, err = j.SaveOffer(ctx, "", coach.Answers{"offer.cost": coach.Amount(1)})
	assert.ErrorIs(t, err, ErrInvalid, "an offer needs a name")
	require.NoError(t, j.DeleteOffer(ctx, "", id))
	_, err = j.Offer(ctx, "", id)
	assert.ErrorIs(t, err, ErrNotFound)
}

func TestPracticeAttemptsAndSelfChecks(t *testing.T) {
	j := openTest(t)
	at := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	want := Attempt{
		Time: at, Case: "too-early", Mode: Exam,
		Predict: Verdict{coach.WinWin, coach.Go},
		Coach:   Verdict{coach.WinLose, coach.SayNo},
		Expert:  Verdict{coach.WinLose, coach.SayNo},
		Score:   42.5, Weakest: playbook.Readiness,
		Answers: coach.Answers{"client.stage": coach.Text("starter"), "client.need": coach.UnknownAnswer()},
	}
	id, err := j.SaveAttempt(ctx, "", want)
	require.NoError(t, err)
	_, err = j.SaveAttempt(ctx, "", Attempt{Case: "pushy-close", Mode: Learn, Score: 90})
	require.NoError(t, err)

	all, err := j.Attempts(ctx, "", "")
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "too-early", all[0].Case, "oldest first")
	want.ID = id
	assert.True(t, at.Equal(all[0].Time))
	all[0].Time = at
	assert.Equal(t, want, all[0])
	one, err := j.Attempts(ctx, "", "pushy-close")
	require.NoError(t, err)
	require.Len(t, one, 1)
	assert.Equal(t, Learn, one[0].Mode)
	assert.Equal(t, coach.Answers{}, one[0].Answers)

	_, err = j.SaveAttempt(ctx, "", Attempt{Score: nan()})
	assert.ErrorIs(t, err, ErrInvalid)

	check := SelfCheck{
		Traits:  Traits{Trustworthy: 80, Competent: 65.5, ClientFocused: 70, SayNo: 40},
		Ratings: map[string]int{"trust.1": 4, "say_no.2": 2},
	}
	_, err = j.SaveSelfCheck(ctx, "", check)
	require.NoError(t, err)
	_, err = j.SaveSelfCheck(ctx, "", SelfCheck{Traits: Traits{SayNo: 60}})
	require.NoError(t, err)
	checks, err := j.SelfChecks(ctx, "")
	require.NoError(t, err)
	require.Len(t, checks, 2)
	assert.Equal(t, check.Traits, checks[0].Traits)
	assert.Equal(t, check.Ratings, checks[0].Ratings)
	assert.Equal(t, map[string]int{}, checks[1].Ratings)
	assert.True(t, checks[1].Time.After(checks[0].Time))
}
