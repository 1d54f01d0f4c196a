// Package e2e drives the built winwin binary in tmux, the way a user's
// terminal does: real pty, real key bytes, real resizes.
package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// binary is the winwin binary built once for the package's tests.
var binary string

// runs numbers the tmux servers, one per started winwin.
var runs int

// noTmux is why the tmux tests cannot run here ("" when they can).
var noTmux string

// skipMessage is what a tmux test says when it skips for want of tmux.
const skipMessage = "tmux is not installed: the end-to-end tests that drive winwin in tmux skip (install tmux, e.g. `sudo apt-get install tmux` or `brew install tmux`; under CI=true they fail instead)"

func TestMain(m *testing.M) {
	if _, err := exec.LookPath("tmux"); err != nil {
		// CI must run them: there a missing tmux is a failure, not a skip.
		if os.Getenv("CI") == "true" {
			fmt.Fprintln(os.Stderr, "e2e: tmux is not installed and CI=true; .ci/run installs it")
			os.Exit(1)
		}
		fmt.Fprintln(os.Stderr, "e2e: "+skipMessage)
		noTmux = skipMessage
	}
	dir, err := os.MkdirTemp("", "winwin-e2e-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "winwin")
	build := exec.Command("go", "build", "-o", binary, "..")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: go build failed:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// term is one tmux server with one window running winwin.
type term struct {
	t      *testing.T
	socket string
	home   string
}

// start runs winwin with args in a w×h tmux window, with its own data
// directory and working directory.
func start(t *testing.T, w, h int, args ...string) *term {
	t.Helper()
	return startIn(t, t.TempDir(), w, h, args...)
}

// startIn is start with a given home (working and data directory), to
// run winwin again on the same journal.
func startIn(t *testing.T, home string, w, h int, args ...string) *term {
	t.Helper()
	if noTmux != "" {
		t.Skip(noTmux)
	}
	runs++
	tm := &term{t: t, socket: fmt.Sprintf("winwin-e2e-%d-%d", os.Getpid(), runs), home: home}
	// The pane outlives winwin long enough for any wait to read its exit
	// line (five hang guards); the cleanup ends it sooner.
	cmdline := "cd " + tm.home + " && " + binary + " --lang en " + strings.Join(args, " ") + "; echo WINWIN-EXIT-$?; sleep 300"
	tm.tmux("new-session", "-d", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "-s", "w",
		"-e", "WINWIN_HOME="+filepath.Join(tm.home, "data"), "-e", "TERM=xterm-256color", "-e", "NO_COLOR=",
		"sh", "-c", cmdline)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	require.NoError(tm.t, err, "tmux %v: %s", args, out)
	return string(out)
}

// keys sends tmux key names (Tab, Enter, Down, C-c, ...).
func (tm *term) keys(names ...string) {
	tm.t.Helper()
	for _, k := range names {
		tm.tmux("send-keys", "-t", "w", k)
	}
}

// typeText sends literal text.
func (tm *term) typeText(s string) {
	tm.t.Helper()
	tm.tmux("send-keys", "-t", "w", "-l", s)
}

func (tm *term) screen() string {
	return tm.tmux("capture-pane", "-p", "-t", "w")
}

// waitFor waits until the screen shows every text, and returns it. The
// deadline is the tests' shared hang guard (sshtest.Timeout).
func (tm *term) waitFor(texts ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(sshtest.Timeout)
	var s string
	for time.Now().Before(deadline) {
		s = tm.screen()
		ok := true
		for _, x := range texts {
			if !strings.Contains(s, x) {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("screen never showed %q; last screen:\n%s", texts, s)
	return ""
}

func (tm *term) resize(w, h int) {
	tm.tmux("resize-window", "-t", "w", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h))
}

// kill9 sends SIGKILL to the winwin this window runs: the child of the
// pane's shell.
func (tm *term) kill9() {
	tm.t.Helper()
	shell := strings.TrimSpace(tm.tmux("list-panes", "-t", "w", "-F", "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell).Output()
	require.NoError(tm.t, err, "winwin under shell %s", shell)
	pids := strings.Fields(string(out))
	require.Len(tm.t, pids, 1, "one winwin under shell %s", shell)
	require.NoError(tm.t, exec.Command("kill", "-9", pids[0]).Run())
}
