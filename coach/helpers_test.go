package coach_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// newCoach loads the default playbook with the English catalog.
func newCoach(t testing.TB) *coach.Coach {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	return coach.New(pb, locale.MustLoad(locale.EN))
}

// base is a clear win-win: a growing client of 6 people, a clear need,
// pros and cons prepared, a 33% margin and a walk-away price.
func base() coach.Answers {
	return coach.Answers{
		"offer.name":                  coach.Text("Growth programme"),
		"offer.fit.stages":            coach.Items("growing", "established"),
		"offer.fit.employees.min":     coach.Amount(1),
		"offer.fit.employees.max":     coach.Amount(99),
		"offer.cost":                  coach.Amount(4000),
		"offer.list_price":            coach.Amount(6500),
		"offer.benefits":              coach.Items("peer group", "monthly coaching"),
		"offer.drawbacks":             coach.Items("takes 4 hours a month"),
		"client.name":                 coach.Text("Example BV"),
		"client.stage":                coach.Text("growing"),
		"client.employees":            coach.Amount(6),
		"client.need":                 coach.Text("clear"),
		"client.benefits_usable":      coach.Text("most"),
		"client.better_alternative":   coach.Text("none"),
		"client.capacity":             coach.Text("yes"),
		"client.value":                coach.Text("clearly-more"),
		"client.decider":              coach.Text("yes"),
		"disclosure.client_knowledge": coach.Text("low"),
		"disclosure.pros":             coach.Items("peer group", "monthly coaching"),
		"disclosure.cons":             coach.Items("takes 4 hours a month", "results take months"),
		"disclosure.terms_explained":  coach.Text("yes"),
		"disclosure.pressure":         coach.Text("none"),
		"disclosure.claims_true":      coach.Text("yes"),
		"seller.price":                coach.Amount(6000),
		"seller.strategic_reason":     coach.Text("none"),
		"seller.group_effect":         coach.Text("neutral"),
		"seller.delivery_capacity":    coach.Text("yes"),
		"seller.walk_away":            coach.Amount(4800),
	}
}

// with returns a copy of a with the given id/answer pairs set; a nil
// answer deletes the id.
func with(a coach.Answers, pairs ...any) coach.Answers {
	out := a.Clone()
	for i := 0; i+1 < len(pairs); i += 2 {
		id, _ := pairs[i].(string)
		switch v := pairs[i+1].(type) {
		case nil:
			delete(out, id)
		case coach.Answer:
			out[id] = v
		case string:
			out[id] = coach.Text(v)
		case int:
			out[id] = coach.Amount(float64(v))
		case float64:
			out[id] = coach.Amount(v)
		case []string:
			out[id] = coach.Items(v...)
		}
	}
	return out
}

func flagIDs(a *coach.Assessment) []string {
	ids := make([]string, len(a.Flags))
	for i, f := range a.Flags {
		ids[i] = f.ID
	}
	return ids
}
