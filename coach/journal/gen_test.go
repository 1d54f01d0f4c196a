package journal

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// The benchmarks share one journal of 100,000 sessions, built once per
// run of the test binary (only when a benchmark asks for it) and removed
// by TestMain.
const (
	bigSessions = 100_000
	pageSize    = 50 // rows a journal screen shows at once, and then some
)

// benchDirEnv names a directory to keep the 100k journal in between runs
// (it is built there when absent, and never removed), for profiling.
const benchDirEnv = "WINWIN_BENCH_DIR"

// big is the 100k journal, built on first use by a benchmark.
var big struct {
	once sync.Once
	dir  string // "" until built
	temp bool   // made here, so TestMain removes it
	err  error
}

// bigJournal builds the 100k journal on first use and returns its dir.
func bigJournal() (string, error) {
	big.once.Do(func() {
		big.dir = os.Getenv(benchDirEnv)
		if big.dir != "" {
			if _, err := os.Stat(filepath.Join(big.dir, FileName)); err == nil {
				return
			}
		} else if big.dir, big.err = os.MkdirTemp("", "winwin-journal-bench-"); big.err != nil {
			return
		} else {
			big.temp = true
		}
		start := time.Now()
		if big.err = generate(big.dir, bigSessions); big.err != nil {
			return
		}
		info, err := os.Stat(filepath.Join(big.dir, FileName))
		if big.err = err; err == nil {
			fmt.Fprintf(os.Stderr, "generated %d sessions in %v (%d MB)\n", bigSessions, time.Since(start).Round(time.Millisecond), info.Size()>>20)
		}
	})
	return big.dir, big.err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if big.temp {
		_ = os.RemoveAll(big.dir)
	}
	os.Exit(code)
}

// variants are deals of every quadrant, with their assessments, that the
// generator cycles through.
func variants() ([]coach.Answers, []*coach.Assessment, error) {
	pb, err := playbook.LoadDefault()
	if err != nil {
		return nil, nil, err
	}
	c := coach.New(pb, locale.MustLoad(locale.EN))
	var out []coach.Answers
	for i, change := range []map[string]coach.Answer{
		{},
		{"seller.price": coach.Amount(3500)},
		{"client.stage": coach.Text("starter")},
		{"disclosure.cons": coach.Items(), "disclosure.pressure": coach.Text("strong")},
		{"client.need": coach.UnknownAnswer(), "client.capacity": coach.UnknownAnswer(), "seller.walk_away": coach.Amount(0)},
		{"client.employees": coach.Amount(250), "seller.price": coach.Amount(3000)},
		{"seller.group_effect": coach.Text("harms")},
		{"seller.strategic_reason": coach.Text("reference"), "seller.price": coach.Amount(3800)},
	} {
		ans := winWin()
		for k, v := range change {
			ans[k] = v
		}
		ans["offer.name"] = coach.Text([]string{"Growth programme", "Advice day", "Team training", "Strategy sprint"}[i%4])
		out = append(out, ans)
	}
	as := make([]*coach.Assessment, len(out))
	for i, a := range out {
		as[i] = c.Assess(a)
	}
	return out, as, nil
}

var clientNames = []string{"Bakkerij Jansen", "Garage Noord", "Café de Hoek", "Kapsalon Mooi", "Van Dijk Bouw",
	"Tandartspraktijk Smit", "Fietsenmaker Bos", "Drukkerij Visser", "Boekhandel Mulder", "Installatiebedrijf de Boer"}

// generate writes n sessions (one deal each) for the local user, and a few
// of another owner, in one transaction with prepared statements.
func generate(dir string, n int) error {
	j, err := Open(dir)
	if err != nil {
		return err
	}
	defer j.Close()
	answers, assessments, err := variants()
	if err != nil {
		return err
	}
	ansJSON := make([]string, len(answers))
	asJSON := make([]string, len(answers))
	for i := range answers {
		if ansJSON[i], err = marshalAnswers(answers[i]); err != nil {
			return err
		}
		b, err := json.Marshal(assessments[i])
		if err != nil {
			return err
		}
		asJSON[i] = string(b)
	}
	tx, err := j.db.Begin()
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	deal, err := tx.Prepare(`INSERT INTO deals (id, owner, created, updated, revision, client, offer, search, quadrant, decision, provisional)
		VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	session, err := tx.Prepare(`INSERT INTO sessions (deal_id, owner, revision, at, playbook_id, playbook_version, locale,
		client, offer, quadrant, decision, provisional, answers, assessment) VALUES (?, ?, 1, ?, 'default', 1, 'en', ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	base := time.Date(2020, 1, 1, 9, 0, 0, 0, time.UTC).UnixNano()
	for i := range n + n/100 {
		owner := ""
		if i >= n {
			owner = "SHA256:someone-else"
		}
		v := i % len(answers)
		client := fmt.Sprintf("%s %d", clientNames[(i/len(answers))%len(clientNames)], i)
		offer := displayName(answers[v][coach.IDOfferName])
		a := assessments[v]
		at := base + int64(i)*int64(17*time.Minute)
		id := int64(i + 1)
		if _, err := deal.Exec(id, owner, at, at, client, offer, search(client, offer), string(a.Quadrant), string(a.Decision), a.Provisional); err != nil {
			return err
		}
		if _, err := session.Exec(id, owner, at, client, offer, string(a.Quadrant), string(a.Decision), a.Provisional, ansJSON[v], asJSON[v]); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = j.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}
