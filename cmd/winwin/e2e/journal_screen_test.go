package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The journal end to end: a deal file's verdict is saved with its offer;
// the journal screen lists it; revising it makes a second revision that
// compares against the first; history has both; and the next deal can
// start from the saved offer.
func TestJournalScreenRevisionsAndOffers(t *testing.T) {
	home := t.TempDir()
	deal, err := os.ReadFile(filepath.Join("..", "..", "..", "coach", "testdata", "example.yaml"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(home, "deal.yaml"), deal, 0o644))

	tm := startIn(t, home, 120, 40, "prep deal.yaml")
	tm.waitFor("Talking points")
	tm.keys("Escape")
	tm.waitFor("Prepare a deal", "Journal")
	tm.keys("Down", "Enter")
	tm.waitFor("1 deal", "Example BV", "Growth programme, one year")
	tm.keys("r")
	tm.waitFor("Talking points")
	tm.keys("BTab")
	tm.waitFor("What is the lowest price you accept?")
	tm.keys("C-u")
	tm.typeText("5000")
	tm.keys("Enter")
	tm.waitFor("Talking points")
	tm.keys("Escape")
	tm.waitFor("Prepare a deal")
	tm.keys("Enter") // home keeps its cursor on the journal
	tm.waitFor("1 deal", "Example BV")
	tm.keys("Enter")
	tm.waitFor("Revisions (2)")
	tm.keys("c")
	s := tm.waitFor("Answers changed: 1")
	require.Contains(t, s, "4,800  →  5,000")
	// One escape at a time: escapes that reach a slow program in one
	// read are one key (alt+esc), so each waits for its screen.
	tm.keys("Escape")
	tm.waitFor("Revisions (2)")
	tm.keys("Escape")
	tm.waitFor("1 deal", "decision: any")
	tm.keys("Escape")
	tm.waitFor("Prepare a deal")
	tm.keys("Up", "Enter")
	tm.waitFor("start from a saved offer", "Growth programme, one year", "A new offer")
	tm.keys("C-c")
	tm.waitFor("WINWIN-EXIT-0")

	out, err := exec.Command(binary, "history", "--json", "--data-dir", filepath.Join(home, "data")).Output()
	require.NoError(t, err)
	require.Equal(t, 2, strings.Count(string(out), "\n"), "%s", out)
	require.Contains(t, string(out), `"id":"1.2"`)

	// The same file again holds deal 1's first answers: it opens as that
	// deal (changes would revise it), not as a copy.
	again := startIn(t, home, 120, 40, "prep deal.yaml")
	again.waitFor("same as deal #1", "Talking points")
	again.keys("C-c")
	again.waitFor("WINWIN-EXIT-0")
	out, err = exec.Command(binary, "history", "--json", "--data-dir", filepath.Join(home, "data")).Output()
	require.NoError(t, err)
	require.Equal(t, 2, strings.Count(string(out), "\n"), "no copy saved: %s", out)
}
