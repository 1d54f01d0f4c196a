package coach_test

import (
	"math/rand/v2"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// randomDeals makes n deals from a fixed seed: each question is left out,
// answered unknown, or given a random value of its kind.
func randomDeals(c *coach.Coach, n int, seed uint64) []coach.Answers {
	r := rand.New(rand.NewPCG(seed, seed))
	out := make([]coach.Answers, n)
	for i := range out {
		out[i] = randomDeal(c.Playbook(), r)
	}
	return out
}

func randomDeal(pb *playbook.Playbook, r *rand.Rand) coach.Answers {
	ans := coach.Answers{}
	for _, q := range pb.Questions {
		switch r.IntN(10) {
		case 0:
			continue
		case 1:
			ans[q.ID] = coach.UnknownAnswer()
			continue
		}
		ans[q.ID] = randomAnswer(q, r)
	}
	return ans
}

func randomAnswer(q *playbook.Question, r *rand.Rand) coach.Answer {
	words := []string{"takes 4 hours a month", "results take months", "peer group", "price", ""}
	switch q.Kind {
	case playbook.Choice:
		return coach.Text(q.Options[r.IntN(len(q.Options))].Value)
	case playbook.Multi:
		var vals []string
		for _, o := range q.Options {
			if r.IntN(2) == 0 {
				vals = append(vals, o.Value)
			}
		}
		return coach.Items(vals...)
	case playbook.YesNo:
		return coach.YesNo(r.IntN(2) == 0)
	case playbook.Money:
		return coach.Amount(float64(r.IntN(10000)))
	case playbook.Number:
		return coach.Amount(float64(r.IntN(200)))
	case playbook.Scale:
		return coach.Amount(float64(1 + r.IntN(5)))
	case playbook.List:
		var items []string
		for j := r.IntN(4); j > 0; j-- {
			items = append(items, words[r.IntN(len(words))])
		}
		return coach.Items(items...)
	}
	return coach.Text(words[r.IntN(len(words))])
}
