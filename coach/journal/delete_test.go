package journal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

func TestDeleteAndRestore(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	first := saveDeal(t, j, c, "", 0, winWin())
	changed := winWin()
	changed["seller.price"] = coach.Amount(5000)
	saveDeal(t, j, c, "", first.Deal, changed)
	other := saveDeal(t, j, c, "", 0, winWin())

	d, err := j.DeleteDeal(ctx, "", first.Deal)
	require.NoError(t, err)
	assert.Equal(t, first.Deal, d.Deal)
	assert.Equal(t, 2, d.Revision, "the deleted row names the deal at its latest revision")
	n, err := j.Count(ctx, "", Filter{})
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	_, err = j.Get(ctx, "", Ref{Deal: first.Deal})
	require.ErrorIs(t, err, ErrNotFound)
	_, err = j.DeleteDeal(ctx, "", first.Deal)
	require.ErrorIs(t, err, ErrNotFound, "deleting twice")
	_, err = j.DeleteDeal(ctx, "someone", other.Deal)
	require.ErrorIs(t, err, ErrNotFound, "another owner's deal")

	id, err := j.Restore(ctx, d)
	require.NoError(t, err)
	assert.Equal(t, first.Deal, id, "back under its own number")
	revs, err := j.Revisions(ctx, "", id)
	require.NoError(t, err)
	require.Len(t, revs, 2)
	s, err := j.Get(ctx, "", Ref{Deal: id})
	require.NoError(t, err)
	assert.Equal(t, changed, s.Answers)
	rows, err := j.List(ctx, "", Filter{}, 0, 10)
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, []int64{other.Deal, first.Deal}, []int64{rows[0].Deal, rows[1].Deal}, "back in its place in the list")

	// When its number was taken meanwhile, it comes back under a new one.
	d, err = j.DeleteDeal(ctx, "", other.Deal)
	require.NoError(t, err)
	newer := saveDeal(t, j, c, "", 0, winWin())
	require.Equal(t, other.Deal, newer.Deal, "SQLite hands the freed last number out again")
	id, err = j.Restore(ctx, d)
	require.NoError(t, err)
	assert.NotEqual(t, other.Deal, id)
	revs, err = j.Revisions(ctx, "", id)
	require.NoError(t, err)
	assert.Len(t, revs, 1)

	_, err = j.Restore(ctx, Deleted{})
	require.ErrorIs(t, err, ErrInvalid)
}

func TestFindDeal(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	ref := saveDeal(t, j, c, "", 0, winWin())
	changed := winWin()
	changed["seller.price"] = coach.Amount(5000)
	saveDeal(t, j, c, "", ref.Deal, changed)
	saveDeal(t, j, c, "", 0, coach.Answers{"client.name": coach.Text("Other")})

	for _, tc := range []struct {
		name  string
		owner string
		ans   coach.Answers
		found bool
	}{
		{"the latest revision's answers", "", changed, true},
		{"an earlier revision's answers", "", winWin(), true},
		{"other answers", "", coach.Answers{"client.name": coach.Text("Bakkerij Jansen")}, false},
		{"another owner", "someone", winWin(), false},
	} {
		deal, found, err := j.FindDeal(ctx, tc.owner, tc.ans)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.found, found, tc.name)
		if tc.found {
			assert.Equal(t, ref.Deal, deal, tc.name)
		}
	}
}

// An imported deal is listed by when it was imported (newest first) and
// keeps the file's time as its revision's date.
func TestImportTime(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	saveDeal(t, j, c, "", 0, winWin())
	fileTime := time.Date(2020, 1, 2, 3, 4, 0, 0, time.UTC)
	ans := winWin()
	ans["client.name"] = coach.Text("Imported")
	ref, err := j.SaveSession(ctx, "", NewSession{Answers: ans, Assessment: c.Assess(ans), Time: fileTime, Imported: true})
	require.NoError(t, err)
	rows, err := j.List(ctx, "", Filter{}, 0, 10)
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, ref.Deal, rows[0].Deal, "the import is the newest in the list")
	assert.True(t, rows[0].Time.After(fileTime), "listed with the time it was imported")
	s, err := j.Get(ctx, "", ref)
	require.NoError(t, err)
	assert.True(t, s.Time.Equal(fileTime), "the revision keeps the file's time")
}
