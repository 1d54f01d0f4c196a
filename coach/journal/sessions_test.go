package journal

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

func TestVerdictFromDraftMakesADealAndRevisions(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	ans := winWin()
	draft, err := j.CreateDraft(ctx, "", NewDraft{Total: 25, Answers: ans})
	require.NoError(t, err)
	ref, err := j.SaveSession(ctx, "", NewSession{Draft: draft, Answers: ans, Assessment: c.Assess(ans)})
	require.NoError(t, err)
	assert.Equal(t, 1, ref.Revision)
	_, err = j.Draft(ctx, "", draft)
	assert.ErrorIs(t, err, ErrNotFound, "the verdict takes the draft's place")

	// Re-open the deal, lower the price below cost: a new revision.
	edit := ans.Clone()
	edit["seller.price"] = coach.Amount(3500)
	draft2, err := j.CreateDraft(ctx, "", NewDraft{Deal: ref.Deal, Total: 25, Answers: edit})
	require.NoError(t, err)
	info, err := j.Draft(ctx, "", draft2)
	require.NoError(t, err)
	assert.Equal(t, ref.Deal, info.Deal)
	ref2, err := j.SaveSession(ctx, "", NewSession{Draft: draft2, Answers: edit, Assessment: c.Assess(edit)})
	require.NoError(t, err)
	assert.Equal(t, Ref{Deal: ref.Deal, Revision: 2}, ref2)

	revs, err := j.Revisions(ctx, "", ref.Deal)
	require.NoError(t, err)
	require.Len(t, revs, 2)
	assert.Equal(t, coach.WinWin, revs[0].Quadrant, "the earlier revision stays as it was")
	assert.Equal(t, coach.LoseWin, revs[1].Quadrant)
	assert.True(t, revs[1].Time.After(revs[0].Time))

	// The list shows the deal once, at its latest revision.
	rows, err := j.List(ctx, "", Filter{}, 0, 10)
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, revs[1], rows[0])

	latest, err := j.Get(ctx, "", Ref{Deal: ref.Deal})
	require.NoError(t, err)
	assert.Equal(t, 2, latest.Revision)
	assert.Equal(t, edit, latest.Answers)
	first, err := j.Get(ctx, "", ref)
	require.NoError(t, err)
	assert.Equal(t, ans, first.Answers)
	assert.Equal(t, "default", first.Playbook.ID)
	assert.Equal(t, "en", first.Locale)

	cmp, err := j.Compare(ctx, "", ref, ref2)
	require.NoError(t, err)
	assert.Equal(t, ref, cmp.From)
	assert.Equal(t, ref2, cmp.To)
	require.Len(t, cmp.Changes, 1)
	assert.Equal(t, Change{Question: "seller.price", Old: coach.Amount(6000), New: coach.Amount(3500), Had: true, Has: true}, cmp.Changes[0])
	assert.Equal(t, coach.WinWin, cmp.OldQuadrant)
	assert.Equal(t, coach.LoseWin, cmp.NewQuadrant)
	assert.True(t, cmp.VerdictMoved())
	assert.NotEmpty(t, cmp.Raised)
}

func TestStoredAssessmentReadsBack(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	ans := winWin()
	ans["client.need"] = coach.UnknownAnswer()
	want := c.Assess(ans)
	ref := saveDeal(t, j, c, "", 0, ans)
	s, err := j.Get(ctx, "", ref)
	require.NoError(t, err)

	wantJSON, err := json.Marshal(want)
	require.NoError(t, err)
	assert.JSONEq(t, string(wantJSON), string(s.AssessmentJSON))
	got, err := s.Assessment()
	require.NoError(t, err)
	again, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, string(wantJSON), string(again), "decoding and encoding again changes nothing")
	assert.Equal(t, want.Quadrant, got.Quadrant)
	assert.Equal(t, want.Scores.Margin.Int(), got.Scores.Margin.Int())
	assert.Equal(t, want.Scores.Margin.Known, got.Scores.Margin.Known)
	assert.Equal(t, want.FindOut, got.FindOut)
}

func TestParseRef(t *testing.T) {
	for in, want := range map[string]Ref{"42": {Deal: 42}, " 42.3 ": {Deal: 42, Revision: 3}} {
		got, err := ParseRef(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
		again, err := ParseRef(got.String())
		require.NoError(t, err)
		assert.Equal(t, got, again)
	}
	for _, bad := range []string{"", "x", "0", "-1", "4.", "4.0", "4.x", "4.2.1"} {
		_, err := ParseRef(bad)
		assert.ErrorIs(t, err, ErrInvalid, bad)
	}
}

func TestListFilterCountAndPages(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	clients := []string{"Bakkerij Jansen", "Café Ümlaut", "Jansen & Zn", "Garage Noord", "bakkerij de Vries"}
	var refs []Ref
	for i := range 25 {
		ans := winWin()
		ans["client.name"] = coach.Text(clients[i%len(clients)])
		if i%3 == 0 {
			ans["seller.price"] = coach.Amount(3500) // lose-win, renegotiate
		}
		refs = append(refs, saveDeal(t, j, c, "", 0, ans))
	}

	all, err := j.List(ctx, "", Filter{}, 0, 100)
	require.NoError(t, err)
	require.Len(t, all, 25)
	assert.Equal(t, refs[24].Deal, all[0].Deal, "newest first")

	for _, tc := range []struct {
		f    Filter
		want int
	}{
		{Filter{}, 25},
		{Filter{Text: "JANSEN"}, 10},
		{Filter{Text: "bakkerij"}, 10},
		{Filter{Text: "ümlaut"}, 5},
		{Filter{Text: "growth"}, 25},
		{Filter{Text: "%"}, 0},
		{Filter{Quadrant: coach.LoseWin}, 9},
		{Filter{Quadrant: coach.WinWin, Decision: coach.Go}, 16},
		{Filter{Decision: coach.Renegotiate, Text: "noord"}, 2},
	} {
		n, err := j.Count(ctx, "", tc.f)
		require.NoError(t, err)
		assert.Equal(t, tc.want, n, "%+v", tc.f)
		rows, err := j.List(ctx, "", tc.f, 0, 100)
		require.NoError(t, err)
		assert.Len(t, rows, tc.want, "%+v", tc.f)
	}

	// Pages by offset and by keyset give the same rows.
	var byOffset, byKey []Row
	for off := 0; off < 25; off += 7 {
		page, err := j.List(ctx, "", Filter{}, off, 7)
		require.NoError(t, err)
		byOffset = append(byOffset, page...)
	}
	page, err := j.List(ctx, "", Filter{}, 0, 7)
	require.NoError(t, err)
	for len(page) > 0 {
		byKey = append(byKey, page...)
		page, err = j.ListAfter(ctx, "", Filter{}, page[len(page)-1], 7)
		require.NoError(t, err)
	}
	assert.Equal(t, all, byOffset)
	assert.Equal(t, all, byKey)

	_, err = j.List(ctx, "", Filter{}, -1, 5)
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestAllStreamsEverySession(t *testing.T) {
	j, c := openTest(t), testCoach(t)
	first := saveDeal(t, j, c, "", 0, winWin())
	saveDeal(t, j, c, "", first.Deal, winWin())
	saveDeal(t, j, c, "", 0, winWin())
	saveDeal(t, j, c, "someone else", 0, winWin())

	var got []Ref
	for s, err := range j.All(ctx, "") {
		require.NoError(t, err)
		assert.Equal(t, winWin(), s.Answers)
		got = append(got, s.Ref)
	}
	assert.Equal(t, []Ref{{1, 1}, {1, 2}, {2, 1}}, got)

	n := 0
	for range j.All(ctx, "") {
		n++
		break
	}
	assert.Equal(t, 1, n, "breaking out of the loop stops the stream")
}

func TestSaveSessionNeedsAnAssessment(t *testing.T) {
	j := openTest(t)
	_, err := j.SaveSession(ctx, "", NewSession{Answers: winWin()})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = j.SaveSession(ctx, "", NewSession{Answers: coach.Answers{"x": {Value: 1}}, Assessment: &coach.Assessment{}})
	assert.ErrorIs(t, err, ErrInvalid)
	n, err := j.Count(ctx, "", Filter{})
	require.NoError(t, err)
	assert.Zero(t, n)
}
