package serve

import (
	"bytes"
	"io"
	"log"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// dialFrom opens a bare TCP connection from the loopback address from,
// as a client that never sends an SSH banner.
func dialFrom(t *testing.T, from, to string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: sshtest.Timeout}
	c, err := d.Dial("tcp", to)
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// The red-team run: 100 connections from two addresses that never send
// a banner. A participant from another address still logs in at once,
// the refused ones are logged, and none holds a slot of the sessions.
func TestIdleConnectionsDoNotLockOut(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perAddr int // 0: the default
		pending int // connections the gate holds once all have come
	}{
		{name: "defaults", pending: 100},
		{name: "per-address cap", perAddr: 20, pending: 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, 1, func(c *Config) { c.MaxLoginsPerAddr = tc.perAddr })
			for i := range 100 {
				from := "127.0.0.2"
				if i%2 == 1 {
					from = "127.0.0.3"
				}
				dialFrom(t, from, f.addr)
			}
			// Each connection is admitted or refused (closed) by the
			// gate before the participant comes.
			waitPending(t, f, tc.pending)
			if tc.perAddr > 0 {
				waitLog(t, f, "refused 127.0.0.3: logins_addr")
			}
			p := f.open("p", sshtest.ByKey(f.keys[0]))
			p.Wait("Prepare a deal")
			assert.Equal(t, 1, f.srv.Sessions())
		})
	}
}

// waitPending waits until the gate holds n connections not logged in.
func waitPending(t *testing.T, f *fixture, n int) {
	t.Helper()
	deadline := time.After(sshtest.Timeout)
	for {
		if f.srv.gate.pendingCount() == n {
			return
		}
		_, changed := f.srv.gate.count()
		if f.srv.gate.pendingCount() == n {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("%d connections logging in, want %d", f.srv.gate.pendingCount(), n)
		}
	}
}

// A connection that does not log in within the login timeout is closed,
// whatever the idle timeout, and that is logged.
func TestLoginDeadline(t *testing.T) {
	f := newFixture(t, 1, func(c *Config) { c.LoginTimeout = 1 })
	c := dialFrom(t, "127.0.0.1", f.addr)
	// The server's banner, then the end of the connection: read to EOF
	// (or a reset) with the test's hang guard as the only clock.
	_, _ = io.Copy(io.Discard, c)
	waitLog(t, f, "no login from 127.0.0.1")
	waitOpen(t, f, 0)
}

// Failed logins are logged, one line each, naming the address and why.
func TestFailedLoginIsLogged(t *testing.T) {
	f := newFixture(t, 1, nil)
	_, err := f.dial("x", sshtest.ByName("Ann", "WRONG1", nil))
	require.Error(t, err)
	waitLog(t, f, "login refused from 127.0.0.1: wrong room code")
	stranger, err := sshtest.NewKey()
	require.NoError(t, err)
	_, err = f.dial("x", sshtest.ByKey(stranger))
	require.Error(t, err)
	waitLog(t, f, "no login from 127.0.0.1")
}

// Refusal lines are cleaned of escapes and rate limited; the lines left
// out are counted in the next line let through.
func TestRefusalLogIsLimitedAndClean(t *testing.T) {
	var buf bytes.Buffer
	res := loadResources(t)
	s := &Server{cfg: Config{Catalogs: res.cats, Log: log.New(&buf, "", 0)}.withDefaults(), refusals: newLogLimiter()}
	s.refusals.lim = rate.NewLimiter(0, 3)
	for range 200 {
		s.logRefusal("serve.log.login_failed", "10.0.0.1", "bad\x1b]0;owned\x07\x1b[31m")
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	assert.Len(t, lines, 3)
	assert.NotContains(t, buf.String(), "\x1b")
	assert.NotContains(t, buf.String(), "\x07")

	buf.Reset()
	s.refusals.lim.SetLimit(rate.Inf)
	s.logRefusal("serve.log.login_failed", "10.0.0.1", "eof")
	assert.Equal(t, "197 log lines of refusals left out (too many at once)\nno login from 10.0.0.1: eof\n", buf.String())
}

// waitLog waits until the server's log holds text.
func waitLog(t *testing.T, f *fixture, text string) {
	t.Helper()
	deadline := time.After(sshtest.Timeout)
	for !strings.Contains(f.logs.String(), text) {
		select {
		case <-deadline:
			t.Fatalf("log has no %q:\n%s", text, f.logs.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
