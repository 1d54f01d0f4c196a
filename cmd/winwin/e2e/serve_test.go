package e2e

import (
	"bufio"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// server is a running `winwin serve`.
type server struct {
	cmd      *exec.Cmd
	addr     string
	hostKey  string // its fingerprint, as printed
	newKey   bool   // the key was made at this start
	exited   chan error
	stdoutRd *bufio.Reader
}

// startServe runs `winwin serve` on a free loopback port with data in
// dir, and reads what it prints until it listens.
func startServe(t testing.TB, dir string, extra ...string) *server {
	t.Helper()
	args := append([]string{"--lang", "en", "--data-dir", dir, "serve", "--listen", "127.0.0.1:0", "--room-code", "TRAIN1"}, extra...)
	cmd := exec.Command(binary, args...)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = io.Discard
	require.NoError(t, cmd.Start())
	s := &server{cmd: cmd, exited: make(chan error, 1), stdoutRd: bufio.NewReader(out)}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	key := regexp.MustCompile(`host key .* \((SHA256:[^)]+)\)`)
	for s.addr == "" {
		line, err := s.stdoutRd.ReadString('\n')
		require.NoError(t, err, "winwin serve ended before it listened")
		if m := key.FindStringSubmatch(line); m != nil {
			s.hostKey, s.newKey = m[1], strings.Contains(line, "new host key")
		}
		if a, ok := strings.CutPrefix(strings.TrimSpace(line), "winwin serve: listening on "); ok {
			s.addr = a
		}
	}
	go func() {
		_, _ = io.Copy(io.Discard, s.stdoutRd)
		s.exited <- cmd.Wait()
	}()
	return s
}

// stop sends SIGTERM and waits for the server to exit, with a deadline.
func (s *server) stop(t testing.TB) time.Duration {
	t.Helper()
	start := time.Now()
	require.NoError(t, s.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-s.exited:
		require.NoError(t, err, "winwin serve should exit 0 on SIGTERM")
	case <-time.After(sshtest.Timeout):
		t.Fatal("winwin serve did not exit after SIGTERM")
	}
	return time.Since(start)
}

// SIGTERM while a participant is in the interview: the server stops,
// the participant's session ends, the answers are kept; after a restart
// the same host key greets them and the draft is there.
func TestServeSigtermKeepsDrafts(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := startServe(t, dir)
	assert.True(t, s.newKey)

	c, err := sshtest.Dial(s.addr, "anna", nil, sshtest.ByName("Anna", "train1", nil))
	require.NoError(t, err)
	cl := sshtest.Open(t, c, sshtest.Options{})
	personal := cl.Welcome()
	cl.Wait("Waiting for the trainer")
	cl.Send("\x1b")
	cl.Wait("Prepare a deal")
	cl.Send("\r")
	cl.Wait("What is the offer called?")
	cl.Send("Oven deal", "\r")
	cl.Wait("Which client stages")

	took := s.stop(t)
	cl.WaitEnd()
	t.Logf("stopped in %s", took)

	s2 := startServe(t, dir)
	assert.False(t, s2.newKey)
	assert.Equal(t, s.hostKey, s2.hostKey)
	c2, err := sshtest.Dial(s2.addr, "anna", nil, sshtest.ByNameCode("anna", "TRAIN1", personal, nil))
	require.NoError(t, err)
	cl2 := sshtest.Open(t, c2, sshtest.Options{})
	cl2.Wait("Waiting for the trainer")
	cl2.Send("\x1b")
	cl2.Wait("Resume: Oven deal", "1 of")
	cl2.Close()
	s2.stop(t)
}
