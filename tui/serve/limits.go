package serve

import (
	"net"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish/ratelimiter"
	"golang.org/x/time/rate"
)

// maxTrackedAddrs bounds the per-address limiters kept (least recently
// seen are dropped), so a flood of addresses cannot grow memory.
const maxTrackedAddrs = 4096

// gateKey is where admit leaves a connection's gatedConn in its context,
// for the session channel to mark it logged in.
type gateKey struct{}

// gate admits TCP connections before the SSH handshake. A connection is
// "pending" until it has logged in (its first session channel): pending
// connections must log in within a deadline, and are capped in total and
// per remote address, so idle or slow clients cannot take the slots of a
// room's participants. Logged-in connections leave the pending pool; their
// sessions are capped apart (the registry's MaxSessions). Per address,
// new connections are also rate limited (a token bucket: burst at once,
// then rate per second). A refused connection is closed at once.
type gate struct {
	limiter  ratelimiter.RateLimiter
	deadline time.Duration // to log in, from the connection's accept
	idle     time.Duration // the ssh server's idle timeout, once logged in
	max      int           // pending connections in all
	perAddr  int           // pending connections per remote address
	log      func(addr, why string)

	mu      sync.Mutex
	open    int            // every connection admitted and not closed
	pending int            // of those, not logged in yet
	byAddr  map[string]int // pending per address (only non-zero counts kept)
	changed chan struct{}  // closed and replaced when open changes
}

// gateLimits are a gate's numbers.
type gateLimits struct {
	rate     rate.Limit
	burst    int
	deadline time.Duration
	idle     time.Duration
	max      int
	perAddr  int
}

func newGate(l gateLimits, log func(addr, why string)) *gate {
	return &gate{limiter: ratelimiter.NewRateLimiter(l.rate, l.burst, maxTrackedAddrs), deadline: l.deadline, idle: l.idle,
		max: l.max, perAddr: l.perAddr, log: log, byAddr: map[string]int{}, changed: make(chan struct{})}
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

// host is the address part of a remote address: the per-address cap
// counts hosts, not ports.
func host(a net.Addr) string {
	if a == nil {
		return ""
	}
	if h, _, err := net.SplitHostPort(a.String()); err == nil {
		return h
	}
	return a.String()
}

// admit is the server's ConnCallback: it returns nil (close it) for a
// connection over a limit, else the connection wrapped to keep to the
// login deadline and to free its slot when closed.
func (g *gate) admit(ctx ssh.Context, c net.Conn) (admitted net.Conn) {
	defer func() {
		if recover() != nil {
			admitted = nil // refuse rather than crash the server
		}
	}()
	addr := host(c.RemoteAddr())
	if g.limiter.Allow(addrOnly{addr: c.RemoteAddr()}) != nil {
		g.log(addr, "rate")
		return nil
	}
	g.mu.Lock()
	why := ""
	switch {
	case g.pending >= g.max:
		why = "logins"
	case g.byAddr[addr] >= g.perAddr:
		why = "logins_addr"
	}
	if why != "" {
		g.mu.Unlock()
		g.log(addr, why)
		return nil
	}
	g.open++
	g.pending++
	g.byAddr[addr]++
	g.changedLocked()
	g.mu.Unlock()
	gc := &gatedConn{Conn: c, g: g, addr: addr, pending: true, loginBy: time.Now().Add(g.deadline)}
	// Until it logs in, the connection cannot wait longer than loginBy,
	// whatever the idle timeout asks (SetDeadline).
	_ = c.SetDeadline(gc.loginBy)
	ctx.SetValue(gateKey{}, gc)
	return gc
}

// loggedIn moves c out of the pending pool (its slot there goes to the
// next login) and lifts the login deadline: the read waiting now was
// given the login deadline, so the idle timeout is set here rather than
// at the ssh server's next read.
func (g *gate) loggedIn(c *gatedConn) {
	g.mu.Lock()
	if !c.pending {
		g.mu.Unlock()
		return
	}
	c.pending = false
	g.leavePendingLocked(c.addr)
	g.changedLocked()
	g.mu.Unlock()
	if g.idle > 0 {
		_ = c.Conn.SetDeadline(time.Now().Add(g.idle))
	} else {
		_ = c.Conn.SetDeadline(time.Time{})
	}
}

func (g *gate) leavePendingLocked(addr string) {
	g.pending--
	if g.byAddr[addr]--; g.byAddr[addr] <= 0 {
		delete(g.byAddr, addr)
	}
}

func (g *gate) release(c *gatedConn) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.open--
	if c.pending {
		c.pending = false
		g.leavePendingLocked(c.addr)
	}
	g.changedLocked()
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

// pendingCount is how many connections have not logged in yet.
func (g *gate) pendingCount() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.pending
}

// gatedConn keeps a pending connection to its login deadline and frees
// its slots in the gate once, on the first Close. pending is guarded by
// the gate's lock.
type gatedConn struct {
	net.Conn
	g       *gate
	addr    string
	loginBy time.Time
	pending bool
	once    sync.Once
}

// SetDeadline sets the deadline, never past the login deadline while
// the connection has not logged in: the ssh server moves the deadline on
// each read by the idle timeout (30 minutes), which would let a client
// that never logs in hold its slot that long.
func (c *gatedConn) SetDeadline(t time.Time) error {
	c.g.mu.Lock()
	pending := c.pending
	c.g.mu.Unlock()
	if pending && (t.IsZero() || t.After(c.loginBy)) {
		t = c.loginBy
	}
	return c.Conn.SetDeadline(t)
}

// Close closes the connection and frees its slot.
func (c *gatedConn) Close() error {
	c.once.Do(func() { c.g.release(c) })
	return c.Conn.Close()
}

// markLoggedIn tells the gate that the connection of ctx has logged in.
func markLoggedIn(ctx ssh.Context) {
	if gc, ok := ctx.Value(gateKey{}).(*gatedConn); ok {
		gc.g.loggedIn(gc)
	}
}
