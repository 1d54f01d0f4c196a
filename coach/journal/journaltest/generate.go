// Package journaltest builds large journals for benchmarks and tests of
// the packages that read the journal (the journal screen, `winwin
// history`). It goes through the journal's public API, so what it writes
// is what winwin itself would have written.
package journaltest

import (
	"context"
	"fmt"
	"time"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// Base is the time of the first generated session; each next one is
// Step later, so the newest is first in the journal list.
func Base() time.Time { return time.Date(2020, 1, 1, 9, 0, 0, 0, time.UTC) }

// Step is the time between two generated sessions.
const Step = 17 * time.Minute

// batch is how many sessions one transaction stores.
const batch = 5000

// clients are the names the generated deals cycle through, each with the
// deal's number after it, so every client name is unique and a text
// filter can match one deal, a tenth of them or none.
func clients() []string {
	return []string{"Bakkerij Jansen", "Garage Noord", "Café de Hoek", "Kapsalon Mooi", "Van Dijk Bouw",
		"Tandartspraktijk Smit", "Fietsenmaker Bos", "Drukkerij Visser", "Boekhandel Mulder", "Installatiebedrijf de Boer"}
}

// Generate writes n deals of one session each for the local user ("")
// into the journal in dir (created when needed). The deals cycle through
// Variants, so every quadrant and decision occurs; deal i (from 1) is
// for client "<name> <i>" at Base() + (i-1)·Step.
func Generate(dir string, n int) error {
	j, err := journal.Open(dir)
	if err != nil {
		return err
	}
	defer j.Close()
	answers, assessments, err := Variants()
	if err != nil {
		return err
	}
	ctx, base, names := context.Background(), Base(), clients()
	list := make([]journal.NewSession, 0, batch)
	for i := range n {
		v := i % len(answers)
		ans := answers[v].Clone()
		ans[coach.IDClientName] = coach.Text(fmt.Sprintf("%s %d", names[(i/len(answers))%len(names)], i+1))
		list = append(list, journal.NewSession{Answers: ans, Assessment: assessments[v], Time: base.Add(time.Duration(i) * Step)})
		if len(list) == batch || i == n-1 {
			if _, err := j.SaveSessions(ctx, "", list); err != nil {
				return err
			}
			list = list[:0]
		}
	}
	return nil
}

// Variants are eight complete deals, one or more of every quadrant and
// decision, with their English assessments.
func Variants() ([]coach.Answers, []*coach.Assessment, error) {
	pb, err := playbook.LoadDefault()
	if err != nil {
		return nil, nil, err
	}
	c := coach.New(pb, locale.MustLoad(locale.EN))
	offers := []string{"Growth programme", "Advice day", "Team training", "Strategy sprint"}
	var (
		out []coach.Answers
		as  []*coach.Assessment
	)
	for i, change := range []coach.Answers{
		{},
		{"seller.price": coach.Amount(3500)},
		{"client.stage": coach.Text("starter")},
		{"disclosure.cons": coach.Items(), "disclosure.pressure": coach.Text("strong")},
		{"client.need": coach.UnknownAnswer(), "client.capacity": coach.UnknownAnswer(), "seller.walk_away": coach.Amount(0)},
		{"client.employees": coach.Amount(250), "seller.price": coach.Amount(3000)},
		{"seller.group_effect": coach.Text("harms")},
		// Below cost for a reference worth more than the loss, with the
		// walk-away under the price: coach v2 makes the walk-away a floor
		// and asks what the reference is worth.
		{"seller.strategic_reason": coach.Text("reference"), "seller.price": coach.Amount(3800), "seller.walk_away": coach.Amount(3500), "seller.strategic_value": coach.Amount(1000)},
	} {
		ans := WinWin()
		for k, v := range change {
			ans[k] = v
		}
		ans[coach.IDOfferName] = coach.Text(offers[i%len(offers)])
		out = append(out, ans)
		as = append(as, c.Assess(ans))
	}
	return out, as, nil
}

// WinWin is a complete deal that the default playbook finds win-win.
func WinWin() coach.Answers {
	return coach.Answers{
		"offer.name":                  coach.Text("Growth programme"),
		"offer.fit.stages":            coach.Items("growing", "established"),
		"offer.fit.employees.min":     coach.Amount(1),
		"offer.fit.employees.max":     coach.Amount(99),
		"offer.cost":                  coach.Amount(4000),
		"offer.list_price":            coach.Amount(6500),
		"offer.benefits":              coach.Items("peer group", "monthly coaching"),
		"offer.drawbacks":             coach.Items("takes 4 hours a month"),
		"client.name":                 coach.Text("Bakkerij Jansen"),
		"client.stage":                coach.Text("growing"),
		"client.employees":            coach.Amount(6),
		"client.need":                 coach.Text("clear"),
		"client.benefits_usable":      coach.Text("most"),
		"client.better_alternative":   coach.Text("none"),
		"client.capacity":             coach.Text("yes"),
		"disclosure.client_knowledge": coach.Text("low"),
		"disclosure.pros":             coach.Items("peer group", "monthly coaching"),
		"disclosure.cons":             coach.Items("takes 4 hours a month", "results take months"),
		"disclosure.terms_explained":  coach.Text("yes"),
		"disclosure.pressure":         coach.Text("none"),
		"seller.price":                coach.Amount(6000),
		"seller.strategic_reason":     coach.Text("none"),
		"seller.group_effect":         coach.Text("neutral"),
		"seller.delivery_capacity":    coach.Text("yes"),
		"seller.walk_away":            coach.Amount(4800),
	}
}
