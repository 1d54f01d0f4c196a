package serve

import (
	"net"
	"sync"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish/ratelimiter"
	"golang.org/x/time/rate"
)

// maxTrackedAddrs bounds the per-address limiters kept (least recently
// seen are dropped), so a flood of addresses cannot grow memory.
const maxTrackedAddrs = 4096

// gate admits TCP connections before the SSH handshake: at most max at
// once, and per remote address a rate of new connections (a token
// bucket: burst at once, then rate per second). A refused connection is
// closed at once; guessing room codes costs a connection per few tries.
type gate struct {
	limiter ratelimiter.RateLimiter

	mu      sync.Mutex
	open    int
	max     int
	changed chan struct{} // closed and replaced when open changes
}

func newGate(max int, r rate.Limit, burst int) *gate {
	return &gate{limiter: ratelimiter.NewRateLimiter(r, burst, maxTrackedAddrs), max: max, changed: make(chan struct{})}
}

// addrOnly presents a connection's remote address as the session wish's
// rate limiter expects; Allow reads nothing but RemoteAddr. Reusing it
// keeps one limiter implementation (an LRU of token buckets) for both
// connections and sessions.
type addrOnly struct {
	ssh.Session
	addr net.Addr
}

// RemoteAddr is the connection's remote address.
func (a addrOnly) RemoteAddr() net.Addr { return a.addr }

// admit is the server's ConnCallback: it returns nil (close it) for a
// connection over a limit, else the connection wrapped to free its slot
// when closed.
func (g *gate) admit(_ ssh.Context, c net.Conn) (admitted net.Conn) {
	defer func() {
		if recover() != nil {
			admitted = nil // refuse rather than crash the server
		}
	}()
	if g.limiter.Allow(addrOnly{addr: c.RemoteAddr()}) != nil {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.open >= g.max {
		return nil
	}
	g.open++
	g.changedLocked()
	return &gatedConn{Conn: c, g: g}
}

func (g *gate) release() {
	g.mu.Lock()
	g.open--
	g.changedLocked()
	g.mu.Unlock()
}

func (g *gate) changedLocked() {
	close(g.changed)
	g.changed = make(chan struct{})
}

// count is how many connections are open now, and a channel closed at
// the next change.
func (g *gate) count() (int, <-chan struct{}) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.open, g.changed
}

// gatedConn frees its slot in the gate once, on the first Close.
type gatedConn struct {
	net.Conn
	g    *gate
	once sync.Once
}

// Close closes the connection and frees its slot.
func (c *gatedConn) Close() error {
	c.once.Do(c.g.release)
	return c.Conn.Close()
}
