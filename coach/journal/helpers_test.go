package journal

import (
	"context"
	"math"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// clock is a fake clock that moves one second per reading, so times are
// distinct, ordered and the same on every run.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

// openTest opens a journal in a fresh temporary directory.
func openTest(t testing.TB) *Journal {
	t.Helper()
	return openIn(t, t.TempDir())
}

func openIn(t testing.TB, dir string) *Journal {
	t.Helper()
	j, err := OpenWith(dir, Options{Now: newClock().Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = j.Close() })
	return j
}

var ctx = context.Background()

// testCoach is the default playbook's coach in English.
func testCoach(t testing.TB) *coach.Coach {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	return coach.New(pb, locale.MustLoad(locale.EN))
}

// winWin is a complete deal that the coach finds win-win.
func winWin() coach.Answers {
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

// saveDeal stores ans with its assessment as a new deal (or the next
// revision of deal).
func saveDeal(t testing.TB, j *Journal, c *coach.Coach, owner string, deal int64, ans coach.Answers) Ref {
	t.Helper()
	ref, err := j.SaveSession(ctx, owner, NewSession{Deal: deal, Answers: ans, Assessment: c.Assess(ans)})
	require.NoError(t, err)
	return ref
}

func nan() float64 { return math.NaN() }
