package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A trainee does one case in exam mode from the story to the score: no
// coach pane during the interview, the call, the comparison with the
// expert, and the attempt kept in the journal (read back with winwin
// progress --json).
func TestPracticeExamToScore(t *testing.T) {
	tm := start(t, 120, 40, "practice", "--case", "bakery-deck-oven", "--exam")
	tm.waitFor("A new deck oven for a busy bakery", "[Exam]", "Vulcan Four")
	tm.keys("Enter")
	s := tm.waitFor("What is the offer called?", "Exam")
	assert.NotContains(t, s, "Coach")
	tm.typeText("Vulcan Four")
	tm.keys("Enter")
	tm.waitFor("Which client stages")
	tm.keys("Down", "Space", "Down", "Space", "Enter") // growing, established
	tm.waitFor("Smallest client")
	tm.keys("PageDown")
	tm.waitFor("Who is the client?")
	tm.keys("Tab")
	tm.waitFor("What stage is the client")
	tm.keys("3") // established
	tm.waitFor("How many people work there?")
	tm.keys("PageDown", "PageDown", "PageDown")
	tm.waitFor("Where does this deal stand?", "What should the seller do?")
	tm.keys("1", "1") // win-win, go: the expert's call
	s = tm.waitFor("Score:", "Saved in your journal.", "The expert")
	assert.Contains(t, s, "Quadrant: 20 of 20 points")
	assert.Contains(t, s, "Decision: 30 of 30 points")
	assert.Contains(t, s, "Next case:")
	tm.keys("q")
	tm.waitFor("WINWIN-EXIT-0")

	cmd := exec.Command(binary, "progress", "--json")
	cmd.Env = append(os.Environ(), "WINWIN_HOME="+filepath.Join(tm.home, "data"))
	out, err := cmd.Output()
	require.NoError(t, err)
	var p struct {
		Attempts []struct {
			Case  string `json:"case"`
			Mode  string `json:"mode"`
			Score int    `json:"score"`
		} `json:"attempts"`
	}
	require.NoError(t, json.Unmarshal(out, &p))
	require.Len(t, p.Attempts, 1)
	assert.Equal(t, "bakery-deck-oven", p.Attempts[0].Case)
	assert.Equal(t, "exam", p.Attempts[0].Mode)
	assert.GreaterOrEqual(t, p.Attempts[0].Score, 50)
}
