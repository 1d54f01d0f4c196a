package practice

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/content/selfcheck"
)

// Ratings are a filled-in self-check: statement id -> 1..5.
type Ratings map[string]int

// TraitScore is one trait's score, 0..100.
type TraitScore struct {
	Trait selfcheck.Trait `json:"trait"`
	Score int             `json:"score"`
}

// SelfProfile is a scored self-check.
type SelfProfile struct {
	At time.Time `json:"at"`
	// Traits are the scores in selfcheck.Traits() order.
	Traits []TraitScore `json:"traits"`
	// Weakest is the lowest-scoring trait (ties: trait order).
	Weakest selfcheck.Trait `json:"weakest"`
}

// RatingError lists what is wrong with a set of ratings, as messages.
type RatingError struct {
	Problems []locale.Message
}

// Error implements error with untranslated messages.
func (e *RatingError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return strings.Join(parts, "; ")
}

// Format renders every problem in the catalog's language, one per line.
func (e *RatingError) Format(cat *locale.Catalog) string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = cat.M(p)
	}
	return strings.Join(parts, "\n")
}

// Profile scores a complete self-check. A statement's rating counts as
// (rating-1)/4 of 100, reversed (6-rating) for a reverse-scored statement;
// a trait's score is the mean over its statements, rounded. Every
// statement must be rated 1..5 and no other ids given; all problems are
// reported at once.
func Profile(set *selfcheck.Set, r Ratings, at time.Time) (*SelfProfile, error) {
	var probs []locale.Message
	ids := make([]string, 0, len(r))
	for id := range r {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if _, ok := set.Statement(id); !ok {
			probs = append(probs, locale.Msg("practice.selfcheck.problem.unknown_statement", safetext.Line(id)))
		} else if v := r[id]; v < selfcheck.MinRating || v > selfcheck.MaxRating {
			probs = append(probs, locale.Msg("practice.selfcheck.problem.bad_rating", id, v))
		}
	}
	missing := 0
	for _, st := range set.Statements {
		if _, ok := r[st.ID]; !ok {
			missing++
		}
	}
	if missing > 0 {
		probs = append(probs, locale.Msg("practice.selfcheck.problem.missing", missing, len(set.Statements)))
	}
	if len(probs) > 0 {
		return nil, &RatingError{Problems: probs}
	}
	p := &SelfProfile{At: at}
	low := math.Inf(1)
	for _, t := range selfcheck.Traits() {
		sum, n := 0.0, 0
		for _, st := range set.Of(t) {
			v := r[st.ID]
			if st.Reverse {
				v = selfcheck.MinRating + selfcheck.MaxRating - v
			}
			sum += float64(v-selfcheck.MinRating) / float64(selfcheck.MaxRating-selfcheck.MinRating) * 100
			n++
		}
		score := 0
		if n > 0 {
			score = int(math.Round(sum / float64(n)))
		}
		p.Traits = append(p.Traits, TraitScore{Trait: t, Score: score})
		if float64(score) < low {
			low, p.Weakest = float64(score), t
		}
	}
	return p, nil
}

// Score returns the profile's score for trait t (0 when absent).
func (p *SelfProfile) Score(t selfcheck.Trait) int {
	for _, ts := range p.Traits {
		if ts.Trait == t {
			return ts.Score
		}
	}
	return 0
}

// Advice is what to practise for the weakest trait, in lang.
func (p *SelfProfile) Advice(set *selfcheck.Set, lang locale.Lang) []string {
	info, ok := set.Trait(p.Weakest)
	if !ok {
		return nil
	}
	out := make([]string, len(info.Advice))
	for i, a := range info.Advice {
		out[i] = a.In(lang)
	}
	return out
}

// TraitTrend is one trait of a profile shown against earlier checks.
type TraitTrend struct {
	Trait selfcheck.Trait `json:"trait"`
	Now   int             `json:"now"`
	// Previous is the score at the most recent earlier check; HasPrevious
	// is false for a first check.
	Previous    int  `json:"previous"`
	HasPrevious bool `json:"has_previous"`
	Change      int  `json:"change"`
	Best        int  `json:"best"`
	// History is every score of the trait, oldest first, ending with Now:
	// the data of a sparkline.
	History []int `json:"history"`
}

// Compare shows profile p against earlier checks, per trait, in trait
// order. Earlier profiles may come in any order; they are ordered by time
// (ties keep their order), and any dated after p are ignored.
func Compare(p *SelfProfile, earlier []SelfProfile) []TraitTrend {
	var past []SelfProfile
	for _, e := range earlier {
		if p.At.IsZero() || e.At.IsZero() || !e.At.After(p.At) {
			past = append(past, e)
		}
	}
	sort.SliceStable(past, func(i, j int) bool { return past[i].At.Before(past[j].At) })
	out := make([]TraitTrend, 0, len(p.Traits))
	for _, ts := range p.Traits {
		tr := TraitTrend{Trait: ts.Trait, Now: ts.Score, Best: ts.Score, History: make([]int, 0, len(past)+1)}
		for _, e := range past {
			s := e.Score(ts.Trait)
			tr.History = append(tr.History, s)
			tr.Best = max(tr.Best, s)
		}
		if len(past) > 0 {
			tr.Previous, tr.HasPrevious = past[len(past)-1].Score(ts.Trait), true
			tr.Change = tr.Now - tr.Previous
		}
		tr.History = append(tr.History, ts.Score)
		out = append(out, tr)
	}
	return out
}
