package serve

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// callCase takes a participant on the room's case from the story to the
// call: in exam mode or not, the offer's name typed, the rest skipped,
// then pick twice (the quadrant, the decision).
func callCase(p *sshtest.Client, exam bool, offer, quadrant, decision string) {
	if exam {
		p.Send(" ")
		p.Wait("[Exam]")
	}
	p.Send(enter)
	p.Wait("What is the offer called?")
	if offer != "" {
		p.Send(offer)
		p.Wait(offer)
		p.Send(enter)
		p.Wait("Which client stages")
	}
	p.Send(pageDown, pageDown, pageDown, pageDown)
	p.Wait("Where does this deal stand?")
	p.Send(quadrant)
	p.Wait("✓")
	p.Send(decision)
	p.Wait("Your call is in")
}

// A room from open to export: the projector hides the expert verdict
// and every call from the trainer's screen until the reveal; no
// participant sees another's name or answers; the next case comes in the
// same room with the same code; the export holds every call of both
// cases, as the journal does.
func TestRoomProjectorNextCaseExport(t *testing.T) {
	exports := t.TempDir()
	f := newFixture(t, 0, func(c *Config) { c.ExportDir = exports })
	tr := openRoom(t, f)
	tr.Send("p")
	var trainer strings.Builder
	trainer.WriteString(tr.Wait("projector", "hidden until the reveal", "ssh -p "))

	anna := f.open("anna", sshtest.ByName("Anna", "STAND1", nil))
	anna.Welcome()
	anna.Wait("A new deck oven")
	bob := f.open("bob", sshtest.ByName("Bob", "STAND1", nil))
	bob.Welcome()
	bob.Wait("A new deck oven")
	callCase(anna, true, "Anna oven X9", "1", "1") // win-win, go: the expert's call
	callCase(bob, false, "", "4", "5")             // lose-lose, say no
	trainer.WriteString(tr.Wait("2 in · 2 called"))
	trainer.WriteString(tr.Screen())
	for _, spoiler := range []string{"✓", "✗", "Expert: win-win", "lose-lose 1", "Say no"} {
		assert.NotContains(t, trainer.String(), spoiler, "the projector shows no verdict and no call before the reveal")
	}

	tr.Send("r")
	tr.Wait("Expert: win-win · Go", "✓", "✗")
	anna.Wait("Expert:", "Score:")
	bob.Wait("Expert:", "Score:")

	// The next case, in the same room with the same code.
	tr.Send("n")
	tr.Wait("The room's next case")
	tr.Send(down) // past the bike shop to the care case, third in the library
	tr.Send(down)
	tr.Send(enter)
	tr.Wait("Case 2:", "A first healthcare client")
	anna.Wait("A first healthcare client")
	bob.Wait("A first healthcare client")
	rooms := f.srv.Hub().Rooms()
	require.Len(t, rooms, 1)
	assert.Equal(t, "STAND1", rooms[0].Code)
	assert.Equal(t, "care-training-reference", rooms[0].Case.ID)
	callCase(anna, false, "", "1", "1")
	tr.Wait("2 in · 1 called")

	// Nobody saw anyone else.
	assert.NotContains(t, bob.All(), "Anna")
	assert.NotContains(t, bob.All(), "Anna oven X9")
	assert.NotContains(t, anna.All(), "Bob")

	// The export key writes every call of both cases.
	tr.Send("e")
	tr.Wait("Exported:")
	csvs, err := filepath.Glob(filepath.Join(exports, "room-STAND1-*.csv"))
	require.NoError(t, err)
	require.Len(t, csvs, 1)
	b, err := os.ReadFile(csvs[0])
	require.NoError(t, err)
	recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 4, "a header and three calls")
	byName := map[string][]string{}
	for _, r := range recs[1:] {
		byName[r[4]+"/"+r[2]] = r
	}
	assert.Equal(t, []string{"exam", "win-win", "go", "true"}, pick(byName["Anna/1"], 5, 9, 10, 13))
	assert.Equal(t, []string{"lose-lose", "say-no", "false"}, pick(byName["Bob/1"], 9, 10, 13))
	assert.Equal(t, "care-training-reference", byName["Anna/2"][3])
	j, err := os.ReadFile(strings.TrimSuffix(csvs[0], ".csv") + ".json")
	require.NoError(t, err)
	var rows []journal.RoomRow
	require.NoError(t, json.Unmarshal(j, &rows))
	assert.Len(t, rows, 3)

	// The journal keeps the same, for `winwin room export` later.
	kept, err := f.j.Rooms(context.Background(), "")
	require.NoError(t, err)
	require.Len(t, kept, 1)
	as, err := f.j.RoomAttempts(context.Background(), "", kept[0].ID)
	require.NoError(t, err)
	assert.Len(t, as, 3)
}

// pick is the fields of r at the indexes.
func pick(r []string, at ...int) []string {
	out := make([]string, 0, len(at))
	for _, i := range at {
		if i < len(r) {
			out = append(out, r[i])
		}
	}
	return out
}
