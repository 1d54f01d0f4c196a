package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// Answers are stored as they are given: kill -9 in the middle of an
// interview, start again, and the draft on the home screen has them all.
func TestKillDashNineLosesNoAnswer(t *testing.T) {
	tm := start(t, 120, 40, "prep")
	tm.waitFor("What is the offer called?")
	tm.typeText("Coaching year")
	tm.keys("Enter")
	tm.waitFor("Which client stages")
	tm.keys("Down", "Space", "Enter")
	tm.waitFor("Smallest client")
	tm.typeText("3")
	tm.keys("Enter")
	tm.waitFor("Largest client", "3 of 28 answered")
	tm.kill9()
	tm.waitFor("WINWIN-EXIT-137")

	again := startIn(t, tm.home, 120, 40, "")
	again.waitFor("Resume: Coaching year", "3 of 28 answered")
	again.keys("Down", "Enter")
	s := again.waitFor("Largest client")
	require.Contains(t, s, "Coaching year")
	again.keys("BTab")
	again.waitFor("Smallest client", "› 3")
	again.keys("C-c")
	again.waitFor("WINWIN-EXIT-0")
}

// A journal that cannot be opened (here: a file from a newer winwin is
// imitated by garbage) leaves the file untouched and the interview
// carries on in memory with a visible warning.
func TestCorruptJournalIsLeftAloneAndWorkGoesOn(t *testing.T) {
	home := t.TempDir()
	data := filepath.Join(home, "data")
	require.NoError(t, os.MkdirAll(data, 0o755))
	garbage := []byte("this is not a database, and it must stay exactly like this")
	require.NoError(t, os.WriteFile(filepath.Join(data, "journal.db"), garbage, 0o644))
	tm := startIn(t, home, 120, 40, "prep")
	tm.waitFor("What is the offer called?", "in memory only")
	tm.keys("C-c")
	tm.waitFor("WINWIN-EXIT-0")
	got, err := os.ReadFile(filepath.Join(data, "journal.db"))
	require.NoError(t, err)
	require.Equal(t, garbage, got)
}
