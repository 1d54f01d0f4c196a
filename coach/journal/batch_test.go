package journal

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

// A batch lands whole: new deals and a revision of one of them, in
// order, with one shared assessment encoded once.
func TestSaveSessionsStoresAllInOrder(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	ans := winWin()
	a := c.Assess(ans)
	other := ans.Clone()
	other["client.name"] = coach.Text("Garage Noord")
	refs, err := j.SaveSessions(ctx, "", []NewSession{
		{Answers: ans, Assessment: a},
		{Answers: other, Assessment: c.Assess(other)},
	})
	require.NoError(t, err)
	assert.Equal(t, []Ref{{Deal: 1, Revision: 1}, {Deal: 2, Revision: 1}}, refs)

	refs, err = j.SaveSessions(ctx, "", []NewSession{{Deal: 1, Answers: ans, Assessment: a}, {Answers: ans, Assessment: a}})
	require.NoError(t, err)
	assert.Equal(t, []Ref{{Deal: 1, Revision: 2}, {Deal: 3, Revision: 1}}, refs)
	n, err := j.Count(ctx, "", Filter{})
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	got, err := j.Get(ctx, "", Ref{Deal: 2})
	require.NoError(t, err)
	assert.Equal(t, "Garage Noord", got.Client)
}

// One bad session (another owner's deal, no assessment) stores nothing.
func TestSaveSessionsAllOrNothing(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	ans := winWin()
	a := c.Assess(ans)
	_, err := j.SaveSessions(ctx, "", []NewSession{{Answers: ans, Assessment: a}, {Deal: 99, Answers: ans, Assessment: a}})
	require.ErrorIs(t, err, ErrNotFound)
	_, err = j.SaveSessions(ctx, "", []NewSession{{Answers: ans, Assessment: a}, {Answers: ans}})
	require.ErrorIs(t, err, ErrInvalid)
	n, err := j.Count(ctx, "", Filter{})
	require.NoError(t, err)
	assert.Zero(t, n)
}

// A stream of sessions lands whole, in order, or (on an error of the
// stream's or the journal's) not at all.
func TestSaveSessionsFrom(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	ans := winWin()
	a := c.Assess(ans)
	stream := func(n int, fail error) func() (NewSession, bool, error) {
		i := 0
		return func() (NewSession, bool, error) {
			if i == n {
				return NewSession{}, false, fail
			}
			i++
			return NewSession{Answers: ans, Assessment: a}, true, nil
		}
	}
	refs, err := j.SaveSessionsFrom(ctx, "", stream(3, nil))
	require.NoError(t, err)
	assert.Equal(t, []Ref{{Deal: 1, Revision: 1}, {Deal: 2, Revision: 1}, {Deal: 3, Revision: 1}}, refs)

	_, err = j.SaveSessionsFrom(ctx, "", stream(2, ErrInvalid))
	require.ErrorIs(t, err, ErrInvalid)
	n, err := j.Count(ctx, "", Filter{})
	require.NoError(t, err)
	assert.Equal(t, 3, n, "the failed stream stored nothing")
}
