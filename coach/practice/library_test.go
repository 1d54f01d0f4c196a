package practice_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// TestLibraryVerdicts runs the coach on every case's facts and checks the
// expert verdict, so the case library doubles as the coach's regression
// suite: a change to the coach or the playbook that moves a clear case
// fails here, with the case named.
func TestLibraryVerdicts(t *testing.T) {
	lib := library(t)
	for _, lang := range locale.Langs() {
		c := newCoach(t, lang)
		for _, cs := range lib.Cases {
			t.Run(string(lang)+"/"+cs.ID, func(t *testing.T) {
				a := c.Assess(facts(t, c, cs))
				want := practice.Expert(cs)
				assert.Equal(t, want.Quadrant, a.Quadrant, "flags: %v", flagIDs(a))
				assert.Equal(t, want.Decision, a.Decision, "flags: %v", flagIDs(a))
				// Only a find-out-first case is about what is not known yet.
				assert.Equal(t, want.Decision == coach.FindOutFirst, a.Provisional)
				assert.Empty(t, practice.Verify(c, cs))
			})
		}
	}
}

func flagIDs(a *coach.Assessment) []string {
	var ids []string
	for _, f := range a.Flags {
		ids = append(ids, f.ID)
	}
	return ids
}

// TestLibraryCoverage: together the cases cover every quadrant, every
// decision, every pillar (twice, so a recommendation has a choice) and
// every typical way a deal goes wrong that the training brief names.
func TestLibraryCoverage(t *testing.T) {
	lib := library(t)
	require.GreaterOrEqual(t, len(lib.Cases), 12)
	quadrants, decisions := map[coach.Quadrant]int{}, map[coach.Decision]int{}
	pillars, tags := map[playbook.Pillar]int{}, map[string]int{}
	for _, cs := range lib.Cases {
		v := practice.Expert(cs)
		quadrants[v.Quadrant]++
		decisions[v.Decision]++
		pillars[cs.Pillar]++
		for _, tag := range cs.Tags {
			tags[tag]++
		}
		assert.GreaterOrEqual(t, len(cs.Notes), 4, "%s: teaching notes on the questions that matter", cs.ID)
		assert.NotEmpty(t, cs.Tags, cs.ID)
	}
	for _, q := range coach.Quadrants() {
		assert.Positive(t, quadrants[q], "no case comes out %s", q)
	}
	for _, d := range coach.Decisions() {
		assert.Positive(t, decisions[d], "no case has decision %s", d)
	}
	for _, p := range playbook.Pillars() {
		assert.GreaterOrEqual(t, pillars[p], 2, "pillar %s", p)
	}
	for _, tag := range []string{
		cases.TagPushyClose, cases.TagSilentCons, cases.TagBelowCostFavour, cases.TagTooEarly,
		cases.TagTooBig, cases.TagHarmsGroup, cases.TagStrategicDiscount, cases.TagThinMargin,
	} {
		assert.Positive(t, tags[tag], "no case trains %s", tag)
	}
	assert.GreaterOrEqual(t, tags[cases.TagCleanWinWin], 2, "some clean win-wins")
	for _, tag := range cases.KnownTags() {
		assert.Positive(t, tags[tag], "known tag %s is used by no case", tag)
	}
}

// The case package repeats the coach's quadrants and decisions because
// content may not import coach; they must agree.
func TestCaseVocabularyMatchesCoach(t *testing.T) {
	var qs, ds []string
	for _, q := range coach.Quadrants() {
		qs = append(qs, string(q))
	}
	for _, d := range coach.Decisions() {
		ds = append(ds, string(d))
	}
	assert.Equal(t, qs, cases.Quadrants())
	assert.Equal(t, ds, cases.Decisions())
}
