package history

import (
	"math"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/selfcheck"
)

// SelfCheck is the journal row of a scored self-check with its ratings.
func SelfCheck(p *practice.SelfProfile, r practice.Ratings) journal.SelfCheck {
	return journal.SelfCheck{
		Time: p.At,
		Traits: journal.Traits{
			Trustworthy:   float64(p.Score(selfcheck.Trustworthy)),
			Competent:     float64(p.Score(selfcheck.Competent)),
			ClientFocused: float64(p.Score(selfcheck.ClientFocused)),
			SayNo:         float64(p.Score(selfcheck.SayNo)),
		},
		Ratings: map[string]int(r),
	}
}

// Profile rebuilds a stored self-check's profile. It is scored again from
// the ratings, so every check is read the same way; when the ratings no
// longer fit set (a statement was renamed since), the stored trait scores
// stand instead.
func Profile(set *selfcheck.Set, s journal.SelfCheck) practice.SelfProfile {
	if set != nil {
		if p, err := practice.Profile(set, practice.Ratings(s.Ratings), s.Time); err == nil {
			return *p
		}
	}
	stored := map[selfcheck.Trait]float64{
		selfcheck.Trustworthy:   s.Traits.Trustworthy,
		selfcheck.Competent:     s.Traits.Competent,
		selfcheck.ClientFocused: s.Traits.ClientFocused,
		selfcheck.SayNo:         s.Traits.SayNo,
	}
	p := practice.SelfProfile{At: s.Time}
	for i, t := range selfcheck.Traits() {
		score := int(math.Round(stored[t]))
		p.Traits = append(p.Traits, practice.TraitScore{Trait: t, Score: score})
		// Ties go to trait order, as practice.Profile breaks them.
		if i == 0 || score < p.Score(p.Weakest) {
			p.Weakest = t
		}
	}
	return p
}

// Profiles is Profile of every check, in the same order; never nil.
func Profiles(set *selfcheck.Set, checks []journal.SelfCheck) []practice.SelfProfile {
	out := make([]practice.SelfProfile, len(checks))
	for i, s := range checks {
		out[i] = Profile(set, s)
	}
	return out
}
