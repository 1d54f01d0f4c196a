package practice_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/selfcheck"
)

func selfSet(t testing.TB) *selfcheck.Set {
	t.Helper()
	set, err := selfcheck.Load()
	require.NoError(t, err)
	return set
}

// rate answers every statement: a normal statement gets normal, a
// reverse-scored one reverse, except the overrides.
func rate(set *selfcheck.Set, normal, reverse int, overrides map[string]int) practice.Ratings {
	r := practice.Ratings{}
	for _, st := range set.Statements {
		r[st.ID] = normal
		if st.Reverse {
			r[st.ID] = reverse
		}
		if v, ok := overrides[st.ID]; ok {
			r[st.ID] = v
		}
	}
	return r
}

func TestProfile(t *testing.T) {
	set := selfSet(t)
	tests := []struct {
		name    string
		ratings practice.Ratings
		scores  map[selfcheck.Trait]int
		weakest selfcheck.Trait
	}{
		{"the ideal seller", rate(set, 5, 1, nil),
			map[selfcheck.Trait]int{selfcheck.Trustworthy: 100, selfcheck.Competent: 100, selfcheck.ClientFocused: 100, selfcheck.SayNo: 100},
			selfcheck.Trustworthy},
		{"agreeing with everything does not score high", rate(set, 5, 5, nil),
			// trustworthy: 3 normal + 2 reverse of 5; competent 4 + 1;
			// client-focused 3 + 2; say no 3 + 2.
			map[selfcheck.Trait]int{selfcheck.Trustworthy: 60, selfcheck.Competent: 80, selfcheck.ClientFocused: 60, selfcheck.SayNo: 60},
			selfcheck.Trustworthy},
		{"middle of the scale", rate(set, 3, 3, nil),
			map[selfcheck.Trait]int{selfcheck.Trustworthy: 50, selfcheck.Competent: 50, selfcheck.ClientFocused: 50, selfcheck.SayNo: 50},
			selfcheck.Trustworthy},
		{"cannot say no", rate(set, 4, 2, map[string]int{"went_along": 5, "discount_under_pressure": 5, "sets_walk_away": 1}),
			// say no: real_situation 75, asked_worries 75, sets_walk_away 0,
			// went_along 0, discount 0 -> 30.
			map[selfcheck.Trait]int{selfcheck.Trustworthy: 75, selfcheck.Competent: 75, selfcheck.ClientFocused: 75, selfcheck.SayNo: 30},
			selfcheck.SayNo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := practice.Profile(set, tt.ratings, time.Time{})
			require.NoError(t, err)
			require.Len(t, p.Traits, 4)
			for i, tr := range selfcheck.Traits() {
				assert.Equal(t, tr, p.Traits[i].Trait)
				assert.Equal(t, tt.scores[tr], p.Score(tr), tr)
			}
			assert.Equal(t, tt.weakest, p.Weakest)
			for _, lang := range locale.Langs() {
				assert.NotEmpty(t, p.Advice(set, lang))
			}
		})
	}
}

func TestProfileProblems(t *testing.T) {
	set := selfSet(t)
	r := rate(set, 3, 3, map[string]int{"keeps_promises": 0, "oversells": 6})
	delete(r, "asked_worries")
	r["made_up"] = 3
	_, err := practice.Profile(set, r, time.Time{})
	var re *practice.RatingError
	require.True(t, errors.As(err, &re))
	var keys []string
	for _, p := range re.Problems {
		keys = append(keys, p.String())
	}
	assert.Equal(t, []string{
		"practice.selfcheck.problem.bad_rating[keeps_promises 0]",
		"practice.selfcheck.problem.unknown_statement[made_up]",
		"practice.selfcheck.problem.bad_rating[oversells 6]",
		"practice.selfcheck.problem.missing[1 20]",
	}, keys)
	for _, lang := range locale.Langs() {
		assert.NotContains(t, re.Format(locale.MustLoad(lang)), "!practice")
	}
}

func TestCompare(t *testing.T) {
	set := selfSet(t)
	at := func(n int) time.Time { return time.Date(2026, 3, n, 0, 0, 0, 0, time.UTC) }
	profile := func(normal, reverse, day int) practice.SelfProfile {
		p, err := practice.Profile(set, rate(set, normal, reverse, nil), at(day))
		require.NoError(t, err)
		return *p
	}
	first, second, now := profile(3, 3, 1), profile(4, 2, 8), profile(5, 1, 15)
	later := profile(1, 5, 20) // after now: ignored

	trends := practice.Compare(&now, []practice.SelfProfile{later, second, first})
	require.Len(t, trends, 4)
	for i, tr := range trends {
		assert.Equal(t, selfcheck.Traits()[i], tr.Trait)
		assert.Equal(t, 100, tr.Now)
		assert.True(t, tr.HasPrevious)
		assert.Equal(t, 75, tr.Previous, "the most recent earlier check")
		assert.Equal(t, 25, tr.Change)
		assert.Equal(t, 100, tr.Best)
		assert.Equal(t, []int{50, 75, 100}, tr.History)
	}

	alone := practice.Compare(&first, nil)
	assert.False(t, alone[0].HasPrevious)
	assert.Equal(t, []int{50}, alone[0].History)
}
