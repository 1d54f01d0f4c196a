package journal

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

// The helper process's settings, passed in its environment.
const (
	helperEnv   = "WINWIN_JOURNAL_HELPER" // the role: "a" or "b"
	helperDir   = "WINWIN_JOURNAL_DIR"
	helperN     = "WINWIN_JOURNAL_N"
	helperDeal  = "WINWIN_JOURNAL_DEAL"  // a deal both revise, or 0
	helperDraft = "WINWIN_JOURNAL_DRAFT" // a draft both answer into, or 0
)

// TestHelperProcess is not a test: TestTwoProcessesWriteAtOnce runs the
// test binary again with only this function and the environment above, as
// a second winwin writing into the same journal.
func TestHelperProcess(t *testing.T) {
	role := os.Getenv(helperEnv)
	if role == "" {
		t.Skip("a helper of TestTwoProcessesWriteAtOnce")
	}
	if role == "kill" {
		writeUntilKilled(t)
		return
	}
	n, err := strconv.Atoi(os.Getenv(helperN))
	require.NoError(t, err)
	deal, err := strconv.ParseInt(os.Getenv(helperDeal), 10, 64)
	require.NoError(t, err)
	shared, err := strconv.ParseInt(os.Getenv(helperDraft), 10, 64)
	require.NoError(t, err)
	c := testCoach(t)

	// Wait until the parent has started both helpers, then go at once.
	_, err = io.ReadFull(os.Stdin, make([]byte, 1))
	require.NoError(t, err)

	j, err := Open(os.Getenv(helperDir))
	require.NoError(t, err)
	defer j.Close()
	owner := "proc-" + role
	own, err := j.CreateDraft(ctx, owner, NewDraft{Total: n})
	require.NoError(t, err)
	for i := range n {
		q := fmt.Sprintf("q.%03d", i)
		require.NoError(t, j.SaveAnswer(ctx, owner, own, q, coach.Amount(float64(i))))
		if shared != 0 {
			require.NoError(t, j.SaveAnswer(ctx, "", shared, role+"."+q, coach.Text(role)))
		}
		if i%4 == 0 {
			ans := winWin()
			ans["client.name"] = coach.Text(fmt.Sprintf("%s client %d", role, i))
			_, err := j.SaveSession(ctx, "", NewSession{Deal: deal, Answers: ans, Assessment: c.Assess(ans)})
			require.NoError(t, err)
		}
	}
}

// runHelpers runs two helper processes against dir at once and waits.
func runHelpers(t *testing.T, dir string, n int, deal, draft int64) {
	t.Helper()
	var (
		cmds   []*exec.Cmd
		gates  []io.WriteCloser
		output []*bytes.Buffer
	)
	for _, role := range []string{"a", "b"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), helperEnv+"="+role, helperDir+"="+dir, helperN+"="+strconv.Itoa(n),
			helperDeal+"="+strconv.FormatInt(deal, 10), helperDraft+"="+strconv.FormatInt(draft, 10))
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		gate, err := cmd.StdinPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		cmds, gates, output = append(cmds, cmd), append(gates, gate), append(output, out)
	}
	for _, g := range gates {
		_, err := g.Write([]byte{1})
		require.NoError(t, err)
		require.NoError(t, g.Close())
	}
	for i, cmd := range cmds {
		require.NoError(t, cmd.Wait(), "helper %d:\n%s", i, output[i])
	}
}

func TestTwoProcessesWriteAtOnce(t *testing.T) {
	const n = 120
	sessionsEach := (n + 3) / 4

	t.Run("fresh directory", func(t *testing.T) {
		// Both processes create and migrate the journal at the same moment.
		dir := t.TempDir()
		runHelpers(t, dir, n, 0, 0)
		j := openIn(t, dir)
		for _, owner := range []string{"proc-a", "proc-b"} {
			drafts, err := j.ListDrafts(ctx, owner)
			require.NoError(t, err)
			require.Len(t, drafts, 1)
			d, err := j.Draft(ctx, owner, drafts[0].ID)
			require.NoError(t, err)
			assert.Len(t, d.Answers, n, "every answer of %s is there", owner)
			assert.Equal(t, n, d.Answered)
			for i := range n {
				assert.Equal(t, coach.Amount(float64(i)), d.Answers[fmt.Sprintf("q.%03d", i)])
			}
		}
		count, err := j.Count(ctx, "", Filter{})
		require.NoError(t, err)
		assert.Equal(t, 2*sessionsEach, count, "every session of both is there")
		for _, who := range []string{"a client", "b client"} {
			count, err = j.Count(ctx, "", Filter{Text: who})
			require.NoError(t, err)
			assert.Equal(t, sessionsEach, count)
		}
	})

	t.Run("same deal and draft", func(t *testing.T) {
		// Both processes revise one deal and answer into one draft.
		dir := t.TempDir()
		j := openIn(t, dir)
		deal := saveDeal(t, j, testCoach(t), "", 0, winWin())
		draft, err := j.CreateDraft(ctx, "", NewDraft{Deal: deal.Deal})
		require.NoError(t, err)

		runHelpers(t, dir, n, deal.Deal, draft)
		revs, err := j.Revisions(ctx, "", deal.Deal)
		require.NoError(t, err)
		require.Len(t, revs, 1+2*sessionsEach, "no revision lost")
		for i, r := range revs {
			assert.Equal(t, i+1, r.Revision, "revisions are numbered without gaps")
		}
		rows, err := j.List(ctx, "", Filter{}, 0, 10)
		require.NoError(t, err)
		require.Len(t, rows, 1)
		assert.Equal(t, revs[len(revs)-1], rows[0], "the list shows the last revision")
		d, err := j.Draft(ctx, "", draft)
		require.NoError(t, err)
		assert.Len(t, d.Answers, 2*n)
		assert.Equal(t, 2*n, d.Answered)
	})
}

// writeUntilKilled answers into a draft and saves sessions without end,
// printing the number of each answer once it is committed, until the
// parent kills the process.
func writeUntilKilled(t *testing.T) {
	j, err := Open(os.Getenv(helperDir))
	require.NoError(t, err)
	draft, err := strconv.ParseInt(os.Getenv(helperDraft), 10, 64)
	require.NoError(t, err)
	c := testCoach(t)
	for i := 0; ; i++ {
		require.NoError(t, j.SaveAnswer(ctx, "", draft, fmt.Sprintf("q.%06d", i), coach.Items("an answer", strconv.Itoa(i))))
		if i%10 == 0 {
			_, err := j.SaveSession(ctx, "", NewSession{Answers: winWin(), Assessment: c.Assess(winWin())})
			require.NoError(t, err)
		}
		fmt.Printf("saved %d\n", i)
	}
}

// kill -9 in the middle of writing loses nothing that was committed and
// leaves a sound database.
func TestKillDuringWrites(t *testing.T) {
	dir := t.TempDir()
	j := openIn(t, dir)
	draft, err := j.CreateDraft(ctx, "", NewDraft{Total: 25})
	require.NoError(t, err)
	require.NoError(t, j.Close())

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"=kill", helperDir+"="+dir, helperDraft+"="+strconv.FormatInt(draft, 10))
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	lines := bufio.NewScanner(out)
	acked := -1
	for acked < 300 && lines.Scan() {
		_, err := fmt.Sscanf(lines.Text(), "saved %d", &acked)
		require.NoError(t, err, lines.Text())
	}
	require.NoError(t, cmd.Process.Kill()) // SIGKILL: no deferred Close, no checkpoint
	_ = cmd.Wait()
	require.Equal(t, 300, acked, "the helper stopped early:\n%s", stderr.String())

	j = openIn(t, dir)
	var check string
	require.NoError(t, j.db.QueryRow("PRAGMA integrity_check").Scan(&check))
	assert.Equal(t, "ok", check)
	d, err := j.Draft(ctx, "", draft)
	require.NoError(t, err)
	for i := 0; i <= acked; i++ {
		assert.Equal(t, coach.Items("an answer", strconv.Itoa(i)), d.Answers[fmt.Sprintf("q.%06d", i)], "answer %d was committed", i)
	}
	assert.Equal(t, len(d.Answers), d.Answered, "the count matches the answers, whatever the moment of the kill")
	n, err := j.Count(ctx, "", Filter{})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, n, acked/10+1)
}
