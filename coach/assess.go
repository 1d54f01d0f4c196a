package coach

import (
	"github.com/winwincoach/winwin/content/playbook"
)

// Assess assesses a deal, complete or partial. It never fails: answers
// that are missing, unknown or of the wrong type are left out of the
// scores, and many of them make the verdict provisional.
func (c *Coach) Assess(ans Answers) *Assessment {
	e := c.get(ans)
	defer c.pool.Put(e)

	a := &Assessment{
		Bar:      c.pb.Bar,
		Playbook: PlaybookRef{ID: c.pb.ID, Version: c.pb.Version},
		Lang:     string(c.cat.Lang()),
	}
	a.Deal.Client, _ = cleanStr(ans, IDClientName)
	a.Deal.Offer, _ = cleanStr(ans, IDOfferName)
	for _, q := range c.pb.Questions {
		x, ok := ans[q.ID]
		answered := ok && (x.Unknown || Fits(q, x))
		if answered {
			a.Answered++
		}
		// A question that does not apply to this deal (the strategic
		// value at a price above cost) is not one of its questions.
		if answered || e.applies(q) {
			a.Total++
		}
	}

	qs := c.scoreQuestions(e, a)
	c.raiseFlags(e, a)
	c.decide(a, qs)
	c.advise(e, a, ans)
	a.normalize()
	return a
}

// normalize turns nil lists into empty ones, so JSON consumers always see
// arrays. Empty slices of size zero do not allocate.
func (a *Assessment) normalize() {
	if a.Flags == nil {
		a.Flags = []Flag{}
	}
	for i := range a.Flags {
		if a.Flags[i].Because == nil {
			a.Flags[i].Because = []string{}
		}
	}
	if a.Reasons == nil {
		a.Reasons = []Reason{}
	}
	for i := range a.Reasons {
		if a.Reasons[i].Because == nil {
			a.Reasons[i].Because = []string{}
		}
	}
	if a.Actions == nil {
		a.Actions = []Action{}
	}
	if a.FindOut == nil {
		a.FindOut = []FindOut{}
	}
}

// questionScore is one scored question's contribution to its pillar.
type questionScore struct {
	q     *playbook.Question
	score float64
}

// scoreQuestions fills the pillar scores and the unknown count, and
// returns the individual scores for the reasons.
func (c *Coach) scoreQuestions(e *eval, a *Assessment) []questionScore {
	var sum, weight [3]float64
	a.pending, a.pendingIDs = [3]bool{}, nil
	qs := make([]questionScore, 0, len(c.pb.Questions))
	for i, q := range c.pb.Questions {
		if !q.Scored() || !e.applies(q) {
			continue
		}
		a.Scored++
		if !e.known[i] || openAnswer(e, q) {
			a.Unknown++
			if q.Decisive {
				a.pending[pillarIndex(q.Pillar)] = true
				a.pendingIDs = append(a.pendingIDs, q)
			}
			continue
		}
		s, ok := c.questionScore(e, q)
		if !ok {
			// A gate (weight 0) is decided once it is known; any other
			// decisive question must be scored (the price needs the cost).
			if q.Decisive && q.Weight > 0 {
				a.pending[pillarIndex(q.Pillar)] = true
				a.pendingIDs = append(a.pendingIDs, q)
			}
			continue
		}
		p := pillarIndex(q.Pillar)
		sum[p] += s * q.Weight
		weight[p] += q.Weight
		qs = append(qs, questionScore{q: q, score: s})
	}
	scores := [3]Score{}
	for p := range scores {
		if weight[p] > 0 {
			scores[p] = Score{Value: sum[p] / weight[p], Known: true}
		}
	}
	a.Scores.Readiness, a.Scores.Disclosure, a.Scores.Margin = scores[0], scores[1], scores[2]
	a.Scores.Client = minKnown(scores[0], scores[1])
	a.Scores.Seller = scores[2]
	// Nothing answered, or more than a third of the scored answers
	// unknown: the verdict cannot claim more than a first guess.
	a.Provisional = a.Answered == 0 || a.Unknown*3 > a.Scored
	return qs
}

// applies reports whether q applies to this deal: it has no condition,
// or its condition holds on what is known.
func (e *eval) applies(q *playbook.Question) bool {
	return q.When == nil || e.cond(q.When)
}

// openAnswer reports whether q's known answer is one that leaves it open
// (an option marked open, such as "the need is unclear"): it is scored
// as not known.
func openAnswer(e *eval, q *playbook.Question) bool {
	if q.Kind != playbook.Choice {
		return false
	}
	s, ok := e.env[q.ID].(string)
	if !ok {
		return false
	}
	o, ok := q.Option(s)
	return ok && o.Open
}

// questionScore scores one known answer: its score expression when every
// answer it needs is known, else the score of the picked option (a scale
// maps 1..5 onto 0..100).
func (c *Coach) questionScore(e *eval, q *playbook.Question) (float64, bool) {
	if q.Score != nil {
		if v, ok := e.number(q.Score); ok {
			return v, true
		}
	}
	switch v := e.env[q.ID].(type) {
	case string:
		if o, ok := q.Option(v); ok && o.Score != nil {
			return *o.Score, true
		}
	case bool:
		val := "no"
		if v {
			val = "yes"
		}
		if o, ok := q.Option(val); ok && o.Score != nil {
			return *o.Score, true
		}
	case float64:
		if q.Kind == playbook.Scale {
			if o, ok := q.Option(scaleValue(v)); ok && o.Score != nil {
				return *o.Score, true
			}
			return (v - 1) * 25, true
		}
	}
	return 0, false
}

func scaleValue(v float64) string {
	return string(rune('0' + int(v)))
}

func pillarIndex(p playbook.Pillar) int {
	switch p {
	case playbook.Readiness:
		return 0
	case playbook.Disclosure:
		return 1
	}
	return 2
}

func minKnown(a, b Score) Score {
	switch {
	case !a.Known:
		return b
	case !b.Known:
		return a
	case b.Value < a.Value:
		return b
	}
	return a
}

// raiseFlags evaluates every flag whose answers are all known.
func (c *Coach) raiseFlags(e *eval, a *Assessment) {
	lang := c.cat.Lang()
	for _, f := range c.pb.Flags {
		if !e.cond(f.When) {
			continue
		}
		a.Flags = append(a.Flags, Flag{
			ID:       f.ID,
			Severity: f.Severity,
			Side:     f.Side,
			Pillar:   f.Pillar,
			Message:  f.Message.In(lang),
			Fix:      f.Fix.In(lang),
			Because:  c.because(e, f.When.Reads),
		})
	}
	// Strongest first; the playbook's order among equals.
	sortStable(a.Flags, func(x, y Flag) bool { return x.Severity.Rank() < y.Severity.Rank() })
}

// because names the known answers among reads.
func (c *Coach) because(e *eval, reads []int) []string {
	out := make([]string, 0, len(reads))
	for _, i := range reads {
		if e.known[i] {
			out = append(out, c.pb.Questions[i].ID)
		}
	}
	return out
}

// sortStable is an insertion sort: flags are few, and it keeps the
// playbook's order among equals without sort.SliceStable's reflection.
func sortStable[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
