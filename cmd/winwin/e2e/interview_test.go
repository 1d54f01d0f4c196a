package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A seller prepares a deal from scratch: answers several questions,
// changes one, reaches the verdict, exports it and quits.
func TestInterviewToExport(t *testing.T) {
	tm := start(t, 120, 40, "prep")
	tm.waitFor("What is the offer called?")
	tm.typeText("Growth programme")
	tm.keys("Enter")
	tm.waitFor("Which client stages")
	tm.keys("Down", "Space", "Down", "Space", "Enter") // growing, established
	tm.waitFor("Smallest client")
	tm.typeText("1")
	tm.keys("Enter")
	// The answer moves on in a command: typing before the next question
	// is on screen would type into this one.
	tm.waitFor("Largest client")
	tm.typeText("99")
	tm.keys("Enter")
	tm.waitFor("cost you to deliver")
	tm.typeText("4 000")
	tm.keys("Enter")
	tm.waitFor("What is your list price?")
	tm.typeText("6500")
	tm.keys("Enter")
	tm.waitFor("What does a client gain")
	tm.keys("PageDown") // to the client
	tm.waitFor("Who is the client?")
	tm.typeText("Bakkerij Jansen")
	tm.keys("Enter")
	tm.waitFor("What stage is the client")
	tm.keys("1") // starter: a knockout
	tm.waitFor("Bakkerij Jansen — Growth programme", "win-lose")
	// Change it: back to the stage, pick growing.
	tm.keys("BTab")
	tm.waitFor("What stage is the client")
	tm.keys("2")
	tm.waitFor("How many people work there?")
	// Jump to the verdict and export.
	tm.keys("PageDown", "PageDown", "PageDown")
	// The card says where the deal stands in words, not only in big type.
	card := tm.waitFor("Say it like this", "win-win: you win, and so does the client")
	assert.Contains(t, card, "FIND OUT FIRST", "open answers: find out before you offer")
	tm.keys("e")
	s := tm.waitFor("Exported", "(.md, .json, .yaml) to:", "exports/")
	assert.NotContains(t, s, "stage_too_early")
	tm.keys("q")
	tm.waitFor("WINWIN-EXIT-0")

	// Exports go to exports/ in the data directory, never into the
	// working directory (under go run, the source tree).
	exports := filepath.Join(tm.home, "data", "exports")
	stray, err := filepath.Glob(filepath.Join(tm.home, "*.md"))
	require.NoError(t, err)
	assert.Empty(t, stray, "nothing is exported into the working directory")
	files, err := filepath.Glob(filepath.Join(exports, "*.md"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	md, err := os.ReadFile(files[0])
	require.NoError(t, err)
	assert.Contains(t, string(md), "Bakkerij Jansen")
	assert.Contains(t, string(md), "win-win: you win, and so does the client")
	assert.NotContains(t, string(md), "client.stage", "the CRM note names no question ids")
	js, err := filepath.Glob(filepath.Join(exports, "*.json"))
	require.NoError(t, err)
	assert.Len(t, js, 1)
}

// Resizing to 40×10 shows the too-small screen; growing back restores
// the interview where it was.
func TestResizeTooSmallAndBack(t *testing.T) {
	tm := start(t, 120, 40, "prep")
	tm.waitFor("What is the offer called?")
	tm.typeText("Keep me")
	tm.resize(40, 10)
	tm.waitFor("60×16")
	tm.resize(120, 40)
	s := tm.waitFor("What is the offer called?", "Keep me")
	assert.True(t, strings.Contains(s, "Coach"))
	tm.keys("C-c")
	tm.waitFor("WINWIN-EXIT-0")
}
