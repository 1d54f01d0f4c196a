package serve

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// Keys for the interview, as a terminal sends them.
const (
	enter = "\r"
	down  = "\x1b[B"
	esc   = "\x1b"
)

// A participant with a key sees the home screen in their own terminal.
func TestHomeOverSSH(t *testing.T) {
	f := newFixture(t, 1, nil)
	cl := f.open("anna", sshtest.ByKey(f.keys[0]))
	cl.Wait("winwin", "Prepare a deal")
	cl.Send("q")
	cl.WaitEnd()
	f.waitSessions(0)
}

// A key in neither file is refused; without keyboard-interactive
// there is no way in.
func TestRefusedKey(t *testing.T) {
	f := newFixture(t, 1, nil)
	stranger, err := sshtest.NewKey()
	require.NoError(t, err)
	_, err = f.dial("mallory", sshtest.ByKey(stranger))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unable to authenticate")
}

// A name and the standing code let a participant in; a wrong code is
// refused with a reason; a bad name too.
func TestNameLogin(t *testing.T) {
	f := newFixture(t, 0, nil)
	var said []string
	_, err := f.dial("x", sshtest.ByName("Bob", "WRONG1", &said))
	require.Error(t, err)
	require.NotEmpty(t, said)
	assert.Contains(t, said[0], "No room is open with that code")

	said = nil
	_, err = f.dial("x", sshtest.ByName(" \x1b[31m ", "STAND1", &said))
	require.Error(t, err)
	require.NotEmpty(t, said)
	assert.Contains(t, said[0], "Give a name")

	// Before any room is open, the participant waits for the trainer
	// (their first login shows their personal code first); esc is home.
	cl := f.open("x", sshtest.ByName("Bob", "stand-1", nil))
	cl.Welcome()
	cl.Wait("Waiting for the trainer")
	cl.Send(esc)
	cl.Wait("Prepare a deal")
}

// A command given to ssh is refused with a message and exit status 1;
// so is a session without a terminal, and a subsystem.
func TestExecRefused(t *testing.T) {
	f := newFixture(t, 1, nil)
	c, err := f.dial("anna", sshtest.ByKey(f.keys[0]))
	require.NoError(t, err)
	defer c.Close()

	sess, err := c.NewSession()
	require.NoError(t, err)
	var stderr strings.Builder
	sess.Stderr = &stderr
	err = sess.Run("cat /etc/passwd")
	var exit *gossh.ExitError
	require.True(t, errors.As(err, &exit), "err: %v", err)
	assert.Equal(t, 1, exit.ExitStatus())
	assert.Contains(t, stderr.String(), "winwin runs no commands")
	// The refusal names the port the server really listens on.
	_, port, err := net.SplitHostPort(f.addr)
	require.NoError(t, err)
	assert.Contains(t, stderr.String(), "ssh -p "+port+" HOST")

	sess, err = c.NewSession()
	require.NoError(t, err)
	stderr.Reset()
	sess.Stderr = &stderr
	err = sess.Shell()
	require.NoError(t, err)
	err = sess.Wait()
	require.True(t, errors.As(err, &exit), "err: %v", err)
	assert.Contains(t, stderr.String(), "needs a terminal")

	sess, err = c.NewSession()
	require.NoError(t, err)
	assert.Error(t, sess.RequestSubsystem("sftp"))
}

// Port forwarding both ways, agent forwarding and X11 are refused.
func TestForwardingRefused(t *testing.T) {
	f := newFixture(t, 1, nil)
	c, err := f.dial("anna", sshtest.ByKey(f.keys[0]))
	require.NoError(t, err)
	defer c.Close()

	_, err = c.Dial("tcp", f.addr)
	assert.Error(t, err, "local forwarding")
	_, err = c.Listen("tcp", "127.0.0.1:0")
	assert.Error(t, err, "remote forwarding")

	sess, err := c.NewSession()
	require.NoError(t, err)
	assert.Error(t, agent.RequestAgentForwarding(sess), "agent forwarding")
	ok, err := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single           bool
		Protocol, Cookie string
		Screen           uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0}))
	require.NoError(t, err)
	assert.False(t, ok, "x11 forwarding")
}

// The host key is made once with mode 0600 and read again after; a key
// file others may read is refused.
func TestHostKey(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", HostKeyFile)
	k1, created, err := LoadHostKey(path)
	require.NoError(t, err)
	assert.True(t, created)
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, HostKeyMode, st.Mode().Perm())

	k2, created, err := LoadHostKey(path)
	require.NoError(t, err)
	assert.False(t, created)
	assert.Equal(t, Fingerprint(k1.PublicKey()), Fingerprint(k2.PublicKey()))

	require.NoError(t, os.Chmod(path, 0o644))
	_, _, err = LoadHostKey(path)
	assert.ErrorIs(t, err, ErrHostKeyMode)
	assert.Equal(t, "serve.err.host_key_mode", MessageOf(err).Key)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad"), []byte("not a key"), 0o600))
	_, _, err = LoadHostKey(filepath.Join(dir, "bad"))
	assert.Equal(t, "serve.err.host_key", MessageOf(err).Key)
}

// The same host key greets a client after the server restarts: a client
// that pinned it connects again.
func TestHostKeyAcrossRestarts(t *testing.T) {
	f := newFixture(t, 1, nil)
	signer, created, err := LoadHostKey(filepath.Join(f.dir, HostKeyFile))
	require.NoError(t, err)
	assert.False(t, created)
	assert.Equal(t, Fingerprint(f.hostKey), Fingerprint(signer.PublicKey()))
}

func TestParseKeys(t *testing.T) {
	k, err := sshtest.NewKey()
	require.NoError(t, err)
	line := sshtest.AuthorizedKey(k.PublicKey())
	set, err := ParseKeys(append([]byte("# trainers\n\n"), line...), "f")
	require.NoError(t, err)
	assert.Equal(t, 1, set.Len())
	assert.True(t, set.Has(k.PublicKey()))
	assert.False(t, set.Has(nil))

	_, err = ParseKeys(append(line, []byte("ssh-ed25519 garbage\n")...), "keys")
	require.Error(t, err)
	m := MessageOf(err)
	assert.Equal(t, "serve.err.keys_line", m.Key)
	assert.Equal(t, []any{"keys", 2}, m.Args)

	_, err = LoadKeys(filepath.Join(t.TempDir(), "missing"))
	assert.Equal(t, "serve.err.keys_read", MessageOf(err).Key)
}

func TestCleanName(t *testing.T) {
	tests := map[string]string{
		"Anna":                  "Anna",
		"  Anna   de  Vries ":   "Anna de Vries",
		"\x1b[31mAnna\x1b[0m":   "Anna",
		"Ann\ra":                "Ann a",
		strings.Repeat("é", 50): strings.Repeat("é", MaxNameLen),
		"\x00\x07":              "",
		"\u202eevil":            "evil",
	}
	for in, want := range tests {
		assert.Equal(t, want, CleanName(in), "%q", in)
	}
}

// One broken session never affects another: a panic in one model ends
// that session only; the others go on and new ones are let in.
func TestPanicIsolated(t *testing.T) {
	f := newFixture(t, 2, nil)
	f.srv.wrap = func(m tea.Model) tea.Model { return panicky{m} }
	a := f.open("a", sshtest.ByKey(f.keys[0]))
	b := f.open("b", sshtest.ByKey(f.keys[1]))
	a.Wait("Prepare a deal")
	b.Wait("Prepare a deal")
	a.Send(panicKey)
	a.WaitEnd()
	b.Send(enter)
	b.Wait("What is the offer called?")
	b.Send("Still here")
	b.Wait("Still here")
	c := f.open("a", sshtest.ByKey(f.keys[0]))
	c.Wait("Prepare a deal")
	f.waitSessions(2)
}

// panicKey makes panicky's Update panic.
const panicKey = "\x02" // ctrl+b

// panicky is a model that panics on ctrl+b.
type panicky struct{ tea.Model }

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyCtrlB {
		panic("a broken model")
	}
	m, cmd := p.Model.Update(msg)
	return panicky{m}, cmd
}

// A participant sees only their own drafts: another's draft is not on
// their home screen, and the journal gives them nothing of it.
func TestOwnersIsolated(t *testing.T) {
	f := newFixture(t, 2, nil)
	a := f.open("a", sshtest.ByKey(f.keys[0]))
	a.Wait("Prepare a deal")
	a.Send(enter)
	a.Wait("What is the offer called?")
	a.Send("Secret offer", enter)
	a.Wait("Which client stages")
	a.Send("q")
	a.WaitEnd()

	ctx := context.Background()
	drafts, err := f.j.ListDrafts(ctx, owner(f.keys[0]))
	require.NoError(t, err)
	require.Len(t, drafts, 1)

	b := f.open("b", sshtest.ByKey(f.keys[1]))
	home := b.Wait("Prepare a deal")
	assert.NotContains(t, home, "Secret offer")
	mine, err := f.j.ListDrafts(ctx, owner(f.keys[1]))
	require.NoError(t, err)
	assert.Empty(t, mine)
	_, err = f.j.Draft(ctx, owner(f.keys[1]), drafts[0].ID)
	assert.ErrorIs(t, err, journal.ErrNotFound)

	// The same name under another room code is another person.
	n1 := f.open("x", sshtest.ByName("Anna", "STAND1", nil))
	n1.Welcome()
	n1.Wait("Waiting for the trainer")
	n1.Send(esc)
	n1.Wait("Prepare a deal")
	assert.NotContains(t, n1.Screen(), "Secret offer")
}

// A participant whose connection drops finds the draft again on
// reconnecting: every answer was saved as it was given.
func TestDraftSurvivesDrop(t *testing.T) {
	f := newFixture(t, 1, nil)
	a := f.open("a", sshtest.ByKey(f.keys[0]))
	a.Wait("Prepare a deal")
	a.Send(enter)
	a.Wait("What is the offer called?")
	a.Send("Growth programme", enter)
	a.Wait("Which client stages")
	a.Send(down, " ", enter)
	a.Wait("Smallest client")
	a.Drop()
	f.waitSessions(0)

	b := f.open("a", sshtest.ByKey(f.keys[0]))
	home := b.Wait("Resume: Growth programme")
	assert.Contains(t, home, "2 of")
	b.Send(down, enter)
	b.Wait("Smallest client")
}

// Shutdown stops accepting, ends every session and returns.
func TestShutdown(t *testing.T) {
	f := newFixture(t, 2, nil)
	a := f.open("a", sshtest.ByKey(f.keys[0]))
	b := f.open("b", sshtest.ByKey(f.keys[1]))
	a.Wait("Prepare a deal")
	b.Wait("Prepare a deal")
	require.NoError(t, f.srv.Shutdown(context.Background()))
	a.WaitEnd()
	b.WaitEnd()
	_, err := f.dial("a", sshtest.ByKey(f.keys[0]))
	assert.Error(t, err)
}

// Each session speaks the language its environment names (LANG, as
// OpenSSH sends it); the server's own language is the rest's, and the
// login prompt's.
func TestSessionLanguage(t *testing.T) {
	f := newFixture(t, 2, func(c *Config) { c.Lang, c.Default = "", "nl" })
	c, err := f.dial("a", sshtest.ByKey(f.keys[0]))
	require.NoError(t, err)
	en := sshtest.Open(t, c, sshtest.Options{Env: map[string]string{"LANG": "en_GB.UTF-8"}})
	defer en.Close()
	en.Wait("Prepare a deal")

	c, err = f.dial("b", sshtest.ByKey(f.keys[1]))
	require.NoError(t, err)
	nl := sshtest.Open(t, c, sshtest.Options{})
	defer nl.Close()
	nl.Wait("Een deal voorbereiden")

	var said []string
	_, err = f.dial("x", sshtest.ByName("Bob", "NOPE99", &said))
	require.Error(t, err)
	require.NotEmpty(t, said)
	assert.Contains(t, said[0], "Er is geen ruimte open met die code")
}
