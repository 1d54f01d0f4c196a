package room

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// classRoom is a room of the library's first case with three
// participants: Anna in exam mode with every fact right and the expert's
// call; Bob in learn mode with three facts wrong and the opposite call;
// Cas still answering. It returns the trainer's Conn.
func classRoom(t *testing.T, c practiceCoach) *Conn {
	t.Helper()
	lib := library(t)
	cs := lib.Cases[0]
	h := NewHub(lib, "TRAIN1", nil)
	at := time.Date(2026, 12, 2, 9, 30, 0, 0, time.UTC)
	h.SetStore(nil, func() time.Time { return at })
	h.SetJoin("ssh -p 2222 training.example")
	tc := h.register(Who{Owner: "key:T", Name: "Tess", Trainer: true}, func(any) {})
	_, err := tc.Open(cs.ID)
	require.NoError(t, err)
	facts, err := practice.Facts(c.coach, cs)
	require.NoError(t, err)
	total := len(c.coach.Playbook().Questions)

	anna := join(t, h, "Anna")
	anna.Called(score(t, c, cs, practice.Exam, facts, practice.Expert(cs)), Progress{Answered: total, Total: total})

	bob := join(t, h, "Bob")
	wrong := facts.Clone()
	delete(wrong, "disclosure.cons")
	wrong["offer.cost"] = coach.Amount(12000)
	wrong["client.need"] = coach.Text("unclear")
	bob.Called(score(t, c, cs, practice.Learn, wrong, practice.Verdict{Quadrant: "lose-lose", Decision: "say-no"}), Progress{Answered: total - 1, Total: total})

	// Dan called like Bob on the need, so the class view has a question
	// most got wrong.
	dan := join(t, h, "Dan")
	dans := facts.Clone()
	dans["client.need"] = coach.Text("partial")
	dan.Called(score(t, c, cs, practice.Exam, dans, practice.Verdict{Quadrant: "win-win", Decision: "go-after-fixes"}), Progress{Answered: total, Total: total})

	cas := join(t, h, "Cas")
	cas.Report(Progress{Stage: Answering, Answered: 7, Total: total})
	return tc
}

// practiceCoach is the coach the attempts are scored with.
type practiceCoach struct{ coach *coach.Coach }

func join(t *testing.T, h *Hub, name string) *Conn {
	t.Helper()
	c := h.register(Who{Owner: "name:TRAIN1:" + name, Name: name}, func(any) {})
	_, err := c.Join("TRAIN1")
	require.NoError(t, err)
	return c
}

func score(t *testing.T, c practiceCoach, cs *cases.Case, mode practice.Mode, ans coach.Answers, v practice.Verdict) *practice.Result {
	t.Helper()
	r, err := practice.Score(c.coach, cs, practice.Attempt{CaseID: cs.ID, Mode: mode, Answers: ans, Predicted: v})
	require.NoError(t, err)
	return r
}

// The trainer's screens for the debrief, goldened in both languages at
// both sizes: the room's table, one participant's answers (enter), the
// class per question (c), and the projector before the reveal (p).
// Regenerate with: go test ./tui/room -run TestGolden -update
func TestGoldenTrainer(t *testing.T) {
	for _, tc := range []struct{ name, keys string }{
		{"debrief", ""},
		{"detail", "down enter"},
		{"class", "c"},
		{"projector", "p"},
	} {
		for _, lang := range []locale.Lang{locale.EN, locale.NL} {
			for _, size := range screentest.Sizes() {
				t.Run(fmt.Sprintf("%s/%s/%dx%d", tc.name, lang, size[0], size[1]), func(t *testing.T) {
					c := screentest.Common(t, lang, termenv.Ascii)
					conn := classRoom(t, practiceCoach{c.Coach})
					snap, ok := conn.Snapshot()
					require.True(t, ok)
					m := screentest.Start(screentest.App(c, WatchTrainer(conn, snap.Code)), size[0], size[1])
					m = screentest.Drive(m, screentest.Keys(tc.keys)...)
					golden.RequireEqual(t, []byte(m.View()))
				})
			}
		}
	}
}
