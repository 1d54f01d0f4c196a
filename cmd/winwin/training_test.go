package main

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/selfcheck"
)

// TestTrainingScripts runs testdata/training/*.txtar: practice, progress
// and lint on case libraries, as a trainer's script sees them.
func TestTrainingScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/training",
		// WINWIN_UPDATE_SCRIPTS=1 rewrites the expected files (want.json).
		UpdateScripts: os.Getenv("WINWIN_UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			for _, k := range []string{"LC_ALL", "LC_MESSAGES", "NO_COLOR"} {
				env.Setenv(k, "")
			}
			env.Setenv("LANG", "C.UTF-8")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status":      cmdStatus,
			"seedjournal": cmdSeedJournal,
		},
	})
}

// seedjournal DIR stores three practice attempts and two self-checks, at
// fixed times, in the journal in DIR.
func cmdSeedJournal(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: seedjournal DIR")
	}
	j, err := journal.Open(ts.MkAbs(args[0]))
	ts.Check(err)
	defer j.Close()
	ctx := context.Background()
	day := func(n int) time.Time { return time.Date(2026, 11, n, 12, 0, 0, 0, time.UTC) }
	win := journal.Verdict{Quadrant: coach.WinWin, Decision: coach.Go}
	for i, a := range []journal.Attempt{
		{Case: "bakery-deck-oven", Mode: journal.Learn, Score: 46, Weakest: playbook.Readiness},
		{Case: "growth-track-starter", Mode: journal.Exam, Score: 71, Weakest: playbook.Margin},
		{Case: "solar-pushy-close", Mode: journal.Exam, Score: 88},
	} {
		a.Time, a.Predict, a.Coach, a.Expert = day(2+i), win, win, win
		_, err := j.SaveAttempt(ctx, "", a)
		ts.Check(err)
	}
	set, err := selfcheck.Load()
	ts.Check(err)
	for i, v := range []int{3, 4} {
		ratings := map[string]int{}
		for _, st := range set.Statements {
			ratings[st.ID] = v
			if st.Reverse {
				ratings[st.ID] = 6 - v
			}
		}
		_, err := j.SaveSelfCheck(ctx, "", journal.SelfCheck{Time: day(10 + i), Ratings: ratings})
		ts.Check(err)
	}
}
