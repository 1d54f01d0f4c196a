package serve

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// Sessions beyond the cap are refused, logged in or not: the slots of
// logged-in sessions are their own, apart from the logins under way; a
// freed slot lets the next one in.
func TestConnectionCap(t *testing.T) {
	f := newFixture(t, 3, func(c *Config) { c.MaxSessions = 2 })
	a := f.open("a", sshtest.ByKey(f.keys[0]))
	b := f.open("b", sshtest.ByKey(f.keys[1]))
	a.Wait("Prepare a deal")
	b.Wait("Prepare a deal")
	c, err := f.dial("c", sshtest.ByKey(f.keys[2]))
	require.NoError(t, err)
	sess, err := c.NewSession()
	require.NoError(t, err)
	out, _ := sess.CombinedOutput("")
	assert.Contains(t, string(out), "The server is full")
	c.Close()

	a.Close()
	f.waitSessions(1)
	waitOpen(t, f, 1)
	d := f.open("c", sshtest.ByKey(f.keys[2]))
	d.Wait("Prepare a deal")
}

// An address that connects too often is turned away before the
// handshake: a burst, then one a second.
func TestRateLimit(t *testing.T) {
	f := newFixture(t, 1, func(c *Config) { c.RateBurst = 2; c.Rate = 0.001 })
	for range 2 {
		c, err := f.dial("a", sshtest.ByKey(f.keys[0]))
		require.NoError(t, err)
		c.Close()
	}
	_, err := f.dial("a", sshtest.ByKey(f.keys[0]))
	assert.Error(t, err)
}

// Sessions on one connection count against the cap too; the one over
// it is told why.
func TestSessionCap(t *testing.T) {
	f := newFixture(t, 1, func(c *Config) { c.MaxSessions = 1 })
	c, err := f.dial("a", sshtest.ByKey(f.keys[0]))
	require.NoError(t, err)
	defer c.Close()
	first := sshtest.Open(t, c, sshtest.Options{})
	first.Wait("Prepare a deal")
	sess, err := c.NewSession()
	require.NoError(t, err)
	out, _ := sess.CombinedOutput("")
	assert.Contains(t, string(out), "The server is full")
}

// waitOpen waits until the gate holds n connections.
func waitOpen(t *testing.T, f *fixture, n int) {
	t.Helper()
	deadline := time.After(sshtest.Timeout)
	for {
		got, changed := f.srv.gate.count()
		if got == n {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("%d connections, want %d", got, n)
		}
	}
}
