package e2e

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// A practice case's answers are stored as they are given: kill -9 in the
// middle of its interview, start the case again, and its story offers to
// continue, in the mode it was done in, with the answers there.
func TestPracticeKillDashNineResumes(t *testing.T) {
	tm := start(t, 120, 40, "practice", "--case", "bakery-deck-oven", "--exam")
	tm.waitFor("A new deck oven for a busy bakery", "[Exam]")
	tm.keys("Enter")
	tm.waitFor("What is the offer called?")
	tm.typeText("Anna oven X9")
	tm.keys("Enter")
	tm.waitFor("Which client stages")
	tm.keys("Down", "Space", "Enter")
	tm.waitFor("Smallest client")
	waitDraft(t, filepath.Join(tm.home, "data"), 2)
	tm.kill9()
	tm.waitFor("WINWIN-EXIT-137")

	again := startIn(t, tm.home, 120, 40, "practice", "--case", "bakery-deck-oven")
	again.waitFor("A new deck oven for a busy bakery", "Your answers so far: 2 of 28 (Exam mode)")
	again.keys("Enter")
	s := again.waitFor("Smallest client", "Exam")
	require.NotContains(t, s, "Coach", "exam mode, as before the kill")
	again.keys("BTab", "BTab")
	again.waitFor("What is the offer called?", "Anna oven X9")
	again.keys("C-c")
	again.waitFor("WINWIN-EXIT-0")
}

// waitDraft waits until the journal in dir holds n answers of the case's
// draft: the screen moves on before the answer's save commits.
func waitDraft(t *testing.T, dir string, n int) {
	t.Helper()
	j, err := journal.Open(dir)
	require.NoError(t, err)
	defer j.Close()
	deadline := time.Now().Add(sshtest.Timeout)
	for {
		d, err := j.CaseDraft(context.Background(), "", "bakery-deck-oven")
		if err == nil && len(d.Answers) == n {
			return
		}
		require.True(t, time.Now().Before(deadline), "the draft has %d answers (%v)", len(d.Answers), err)
		time.Sleep(20 * time.Millisecond)
	}
}
