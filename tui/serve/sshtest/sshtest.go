// Package sshtest drives `winwin serve` from tests the way a participant's
// ssh does: a golang.org/x/crypto/ssh client with a pty, key bytes in,
// the screen's bytes out. A Client answers the terminal queries a real
// terminal answers (background colour, device attributes) and can wait
// for text to appear on the screen, so tests synchronise on what the user
// would see, with a deadline, never on sleeps.
package sshtest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/winwincoach/winwin/tui/internal/testwait"
)

// Timeout is how long Wait waits for text before failing: the tests'
// shared hang guard, far longer than any screen takes on a busy machine,
// so only a hang trips it.
const Timeout = testwait.Hang

// TB is the part of testing.TB the client uses.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
}

// NewKey makes an ed25519 key for a test participant.
func NewKey() (gossh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return gossh.NewSignerFromKey(priv)
}

// AuthorizedKey is k's line in an authorized_keys file.
func AuthorizedKey(k gossh.PublicKey) []byte { return gossh.MarshalAuthorizedKey(k) }

// ByKey logs in with signer.
func ByKey(signer gossh.Signer) gossh.AuthMethod { return gossh.PublicKeys(signer) }

// ByName logs in by keyboard-interactive with a name and a room code.
// Texts the server shows without questions (why a login was refused)
// are appended to said, when it is not nil.
func ByName(name, code string, said *[]string) gossh.AuthMethod {
	return ByNameCode(name, code, "", said)
}

// ByNameCode is ByName that gives personal when the server asks for the
// name's personal code (a question asked on its own).
func ByNameCode(name, code, personal string, said *[]string) gossh.AuthMethod {
	var mu sync.Mutex
	return gossh.KeyboardInteractive(func(_, instruction string, questions []string, _ []bool) ([]string, error) {
		if len(questions) == 0 {
			if said != nil {
				mu.Lock()
				*said = append(*said, instruction)
				mu.Unlock()
			}
			return nil, nil
		}
		if len(questions) == 1 {
			return []string{personal}, nil
		}
		answers := make([]string, len(questions))
		for i := range questions {
			if i == 0 {
				answers[i] = name
			} else {
				answers[i] = code
			}
		}
		return answers, nil
	})
}

// Conn is an ssh connection with its TCP connection, so a test can cut
// it without a goodbye.
type Conn struct {
	*gossh.Client
	Raw net.Conn
}

// Dial connects to addr as user with auth, trusting the host key hostKey
// (nil trusts any).
func Dial(addr, user string, hostKey gossh.PublicKey, auth ...gossh.AuthMethod) (*Conn, error) {
	cb := gossh.InsecureIgnoreHostKey()
	if hostKey != nil {
		cb = gossh.FixedHostKey(hostKey)
	}
	raw, err := net.DialTimeout("tcp", addr, Timeout)
	if err != nil {
		return nil, err
	}
	_ = raw.SetDeadline(time.Now().Add(Timeout)) // the handshake only
	cc, chans, reqs, err := gossh.NewClientConn(raw, addr, &gossh.ClientConfig{User: user, Auth: auth, HostKeyCallback: cb})
	if err != nil {
		_ = raw.Close()
		return nil, err
	}
	_ = raw.SetDeadline(time.Time{})
	return &Conn{Client: gossh.NewClient(cc, chans, reqs), Raw: raw}, nil
}

// Drop cuts the TCP connection with a reset, as a laptop that loses its
// network does (no FIN, no SSH goodbye).
func (c *Conn) Drop() {
	if tc, ok := c.Raw.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = c.Raw.Close()
}

// Client is one participant's terminal.
type Client struct {
	t    TB
	ssh  *Conn
	sess *gossh.Session
	in   io.WriteCloser

	mu      sync.Mutex
	out     []byte        // everything the server wrote
	mark    int           // Wait looks at out[mark:]
	changed chan struct{} // closed and replaced when out grows or ends
	done    bool          // the session's output ended
}

// Options are the terminal's.
type Options struct {
	Width, Height int
	Term          string            // TERM; xterm-256color when empty
	Env           map[string]string // sent with setenv (LANG, NO_COLOR)
}

// Open starts a shell session with a pty on an ssh client and reads its
// output.
func Open(t TB, c *Conn, o Options) *Client {
	t.Helper()
	if o.Width == 0 {
		o.Width, o.Height = 120, 40
	}
	if o.Term == "" {
		o.Term = "xterm-256color"
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	for k, v := range o.Env {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatalf("setenv %s: %v", k, err)
		}
	}
	if err := sess.RequestPty(o.Term, o.Height, o.Width, gossh.TerminalModes{gossh.ECHO: 0}); err != nil {
		t.Fatalf("pty: %v", err)
	}
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatalf("stdin: %v", err)
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		t.Fatalf("stdout: %v", err)
	}
	cl := &Client{t: t, ssh: c, sess: sess, in: in, changed: make(chan struct{})}
	go cl.read(out)
	if err := sess.Shell(); err != nil {
		t.Fatalf("shell: %v", err)
	}
	return cl
}

// query is a terminal query and a real terminal's answer.
type query struct{ ask, answer string }

// queries are what a dark terminal that is a VT220 answers.
func queries() []query {
	return []query{
		{"\x1b]11;?\x07", "\x1b]11;rgb:1c1c/1c1c/1c1c\x07"},
		{"\x1b[c", "\x1b[?62;22c"},
	}
}

// read collects the output and answers the terminal queries in it.
func (c *Client) read(r io.Reader) {
	buf := make([]byte, 32<<10)
	var last []byte // the end of the previous read: a query may straddle two
	for {
		n, err := r.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			seen := append(last, chunk...)
			for _, q := range queries() {
				if i := bytes.Index(seen, []byte(q.ask)); i >= 0 && i+len(q.ask) > len(last) {
					_, _ = io.WriteString(c.in, q.answer)
				}
			}
			last = append([]byte(nil), seen[max(0, len(seen)-16):]...)
			c.mu.Lock()
			c.out = append(c.out, chunk...)
			close(c.changed)
			c.changed = make(chan struct{})
			c.mu.Unlock()
		}
		if err != nil {
			c.mu.Lock()
			c.done = true
			close(c.changed)
			c.changed = make(chan struct{})
			c.mu.Unlock()
			return
		}
	}
}

// Send types keys: raw bytes ("\r" is enter, "\x1b[B" is down).
func (c *Client) Send(keys ...string) {
	c.t.Helper()
	for _, k := range keys {
		if _, err := io.WriteString(c.in, k); err != nil {
			c.t.Fatalf("send %q: %v", k, err)
		}
	}
}

// Wait waits until every text has appeared on the screen since the last
// Wait, and returns the screen's text since then (escapes stripped).
// Wait moves past what it saw, so the next Wait looks at newer output.
func (c *Client) Wait(texts ...string) string {
	c.t.Helper()
	s, err := c.WaitErr(Timeout, texts...)
	if err != nil {
		c.t.Fatalf("%v", err)
	}
	return s
}

// WaitErr is Wait with a deadline of its own that returns an error
// instead of failing (for benchmarks and helpers).
func (c *Client) WaitErr(d time.Duration, texts ...string) (string, error) {
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	for {
		c.mu.Lock()
		seen := ansi.Strip(string(c.out[c.mark:]))
		all := true
		for _, t := range texts {
			if !strings.Contains(seen, t) {
				all = false
			}
		}
		if all {
			c.mark = len(c.out)
			c.mu.Unlock()
			return seen, nil
		}
		done, changed := c.done, c.changed
		c.mu.Unlock()
		if done {
			return seen, fmt.Errorf("session ended before %q appeared; saw:\n%s", texts, tail(seen))
		}
		select {
		case <-changed:
		case <-deadline.C:
			return seen, fmt.Errorf("%q did not appear within %s; saw:\n%s", texts, d, tail(seen))
		}
	}
}

// WaitEnd waits until the session's output ends and returns the text
// since the last Wait.
func (c *Client) WaitEnd() string {
	c.t.Helper()
	deadline := time.NewTimer(Timeout)
	defer deadline.Stop()
	for {
		c.mu.Lock()
		done, changed, seen := c.done, c.changed, ansi.Strip(string(c.out[c.mark:]))
		c.mu.Unlock()
		if done {
			return seen
		}
		select {
		case <-changed:
		case <-deadline.C:
			c.t.Fatalf("the session did not end within %s; saw:\n%s", Timeout, tail(seen))
			return seen
		}
	}
}

// Screen is all the text since the last Wait, without waiting.
func (c *Client) Screen() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return ansi.Strip(string(c.out[c.mark:]))
}

// Forget drops the output before the last Wait, so a long session (a
// benchmark) does not keep all it ever drew. All then starts there.
func (c *Client) Forget() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.out = append(c.out[:0], c.out[c.mark:]...)
	c.mark = 0
}

// All is the text of everything the session wrote: lines the renderer
// drew once and never changed are only here, not in newer output.
func (c *Client) All() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return ansi.Strip(string(c.out))
}

// personalCode finds the personal code on the welcome screen.
var personalCode = regexp.MustCompile(`(?:personal code|persoonlijke code): ([A-Z0-9]+)`)

// Welcome waits for the personal code a name's first login shows, reads
// it, and goes on past it with enter.
func (c *Client) Welcome() string {
	c.t.Helper()
	s := c.Wait("code:")
	m := personalCode.FindStringSubmatch(s)
	if m == nil {
		c.t.Fatalf("no personal code on the screen:\n%s", tail(s))
		return ""
	}
	c.Send("\r")
	return m[1]
}

// Resize tells the server the terminal's new size.
func (c *Client) Resize(w, h int) error { return c.sess.WindowChange(h, w) }

// Close ends the session and the connection the polite way.
func (c *Client) Close() {
	_ = c.sess.Close()
	_ = c.ssh.Close()
}

// Drop cuts the connection with a reset (see Conn.Drop).
func (c *Client) Drop() { c.ssh.Drop() }

func tail(s string) string {
	if len(s) > 3000 {
		return "…" + s[len(s)-3000:]
	}
	return s
}

// Addr is l's address, for Dial.
func Addr(l net.Listener) string { return l.Addr().String() }
