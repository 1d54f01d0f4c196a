package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sshTerm runs the OpenSSH client in a w×h tmux window of its own, with
// args after the options that trust the test server and read no user
// configuration.
func sshTerm(t *testing.T, w, h int, args ...string) *term {
	t.Helper()
	runs++
	tm := &term{t: t, socket: fmt.Sprintf("winwin-e2e-%d-%d", os.Getpid(), runs), home: t.TempDir()}
	opts := []string{"ssh", "-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"}
	cmdline := strings.Join(append(opts, args...), " ") + "; echo SSH-EXIT-$?; sleep 300"
	tm.tmux("new-session", "-d", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "-s", "w", "-e", "TERM=xterm-256color", "sh", "-c", cmdline)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

// joinByName logs in to the server at port by name and room code, reads
// past the personal code and waits for the room's case.
func joinByName(t *testing.T, port, name string) *term {
	t.Helper()
	p := sshTerm(t, 80, 24, "-o", "PreferredAuthentications=keyboard-interactive", "-p", port, strings.ToLower(name)+"@127.0.0.1")
	p.waitFor("Your name")
	p.typeText(name)
	p.keys("Enter")
	p.waitFor("Room code")
	p.typeText("train1")
	p.keys("Enter")
	p.waitFor("Your personal code:")
	p.keys("Enter")
	p.waitFor("A new deck oven")
	return p
}

// call takes a participant from the story to the call, skipping the
// questions: pick is the option for both the quadrant and the decision.
func (tm *term) call(pick string) {
	tm.t.Helper()
	tm.keys("Enter")
	tm.waitFor("What is the offer called?")
	for range 4 {
		tm.keys("PageDown")
	}
	tm.waitFor("Where does this deal stand?")
	tm.keys(pick)
	tm.waitFor("✓")
	tm.keys(pick)
	tm.waitFor("Your call is in")
}

// A training room run the way a trainer runs one, with the real ssh
// client: the trainer opens a room and puts the projector on, two
// participants join by name and make their calls, the projector shows
// neither the verdict nor the calls until the reveal, the trainer
// exports the results, stops the server (the participants read a
// goodbye), and `winwin room export` writes the same results from the
// journal afterwards.
func TestRoomOpenToExport(t *testing.T) {
	if _, err := exec.LookPath("ssh"); err != nil {
		t.Skip("the OpenSSH client (ssh) is not installed")
	}
	dir := filepath.Join(t.TempDir(), "data")
	key := filepath.Join(t.TempDir(), "trainer")
	out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput()
	require.NoError(t, err, "%s", out)
	s := startServe(t, dir, "--trainer-keys", key+".pub")
	_, port, err := net.SplitHostPort(s.addr)
	require.NoError(t, err)

	tr := sshTerm(t, 120, 40, "-i", key, "-o", "PreferredAuthentications=publickey", "-p", port, "tess@127.0.0.1")
	tr.waitFor("Open a training room")
	tr.keys("G") // the last entry (the list does not wrap)
	tr.waitFor("❯ Open a training room")
	tr.keys("Enter")
	tr.waitFor("Pick the case")
	tr.keys("Enter")
	tr.waitFor("Nobody has joined yet", "ssh -p "+port)
	tr.keys("p")
	tr.waitFor("projector", "hidden until the reveal", "▀")

	anna := joinByName(t, port, "Anna")
	bob := joinByName(t, port, "Bob")
	anna.call("1")
	bob.call("4")
	screen := tr.waitFor("2 in · 2 called", "Anna", "Bob", "call made")
	for _, spoiler := range []string{"✓", "✗", "Expert: win-win", "Say no"} {
		assert.NotContains(t, screen, spoiler, "the projector before the reveal")
	}
	assert.NotContains(t, anna.screen(), "Bob")
	assert.NotContains(t, bob.screen(), "Anna")

	tr.keys("r")
	tr.waitFor("Expert: win-win · Go", "✓", "✗")
	anna.waitFor("Expert:", "Score:")
	tr.keys("e")
	tr.waitFor("Exported:")

	s.stop(t)
	anna.waitFor("Goodbye", "SSH-EXIT-")
	bob.waitFor("Goodbye", "SSH-EXIT-")

	list, err := exec.Command(binary, "--lang", "en", "--data-dir", dir, "room", "list").CombinedOutput()
	require.NoError(t, err, "%s", list)
	assert.Contains(t, string(list), "TRAIN1")
	csv, err := exec.Command(binary, "--lang", "en", "--data-dir", dir, "room", "export", "TRAIN1").Output()
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(csv)), "\n")
	require.Len(t, lines, 3, "a header and both calls:\n%s", csv)
	assert.Contains(t, string(csv), ",Anna,learn,")
	assert.Contains(t, string(csv), ",Bob,learn,")
	written, err := filepath.Glob(filepath.Join(dir, "rooms", "room-TRAIN1-*.csv"))
	require.NoError(t, err)
	require.Len(t, written, 1)
	b, err := os.ReadFile(written[0])
	require.NoError(t, err)
	assert.Equal(t, string(csv), string(b), "the export key wrote what the journal keeps")
}
