package serve

import (
	"bytes"
	"context"
	"io"
	"log"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	gossh "golang.org/x/crypto/ssh"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// fixture is an in-process server on a random loopback port with a
// journal in a temporary directory, a trainer key and participant keys.
type fixture struct {
	t       testing.TB
	srv     *Server
	addr    string
	dir     string
	j       *journal.Journal
	hostKey gossh.PublicKey
	keys    []gossh.Signer // participants in --authorized-keys
	trainer gossh.Signer
	logs    *syncBuffer
}

// syncBuffer is a log that tests may read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// resources are loaded once per test binary (they are read-only).
type resources struct {
	pb   *playbook.Playbook
	cats map[locale.Lang]*locale.Catalog
	lib  *cases.Library
}

func loadResources(t testing.TB) resources {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	lib, err := cases.Load()
	require.NoError(t, err)
	return resources{pb: pb, cats: map[locale.Lang]*locale.Catalog{locale.EN: locale.MustLoad(locale.EN), locale.NL: locale.MustLoad(locale.NL)}, lib: lib}
}

// newFixture starts a server with n participant keys; mod changes the
// config before the server is made.
func newFixture(t testing.TB, n int, mod func(*Config)) *fixture {
	t.Helper()
	f := &fixture{t: t, dir: t.TempDir(), logs: &syncBuffer{}}
	res := loadResources(t)
	signer, _, err := LoadHostKey(filepath.Join(f.dir, HostKeyFile))
	require.NoError(t, err)
	f.hostKey = signer.PublicKey()
	var auth []byte
	for range n {
		k, err := sshtest.NewKey()
		require.NoError(t, err)
		f.keys = append(f.keys, k)
		auth = append(auth, sshtest.AuthorizedKey(k.PublicKey())...)
	}
	participants, err := ParseKeys(auth, "authorized_keys")
	require.NoError(t, err)
	f.trainer, err = sshtest.NewKey()
	require.NoError(t, err)
	trainers, err := ParseKeys(sshtest.AuthorizedKey(f.trainer.PublicKey()), "trainer_keys")
	require.NoError(t, err)
	f.j, err = journal.Open(f.dir)
	require.NoError(t, err)

	cfg := Config{
		HostKey: signer, Participants: participants, Trainers: trainers, RoomCode: "STAND1",
		Playbook: res.pb, Catalogs: res.cats, Lang: locale.EN, Cases: res.lib, Journal: f.j,
		Log: log.New(f.logs, "", 0),
	}
	if mod != nil {
		mod(&cfg)
	}
	f.srv, err = New(cfg)
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	f.addr = l.Addr().String()
	served := make(chan error, 1)
	go func() { served <- f.srv.Serve(l) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), sshtest.Timeout)
		defer cancel()
		if err := f.srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := <-served; err != nil {
			t.Errorf("serve: %v", err)
		}
		_ = f.j.Close()
		if t.Failed() {
			_, _ = io.WriteString(os.Stderr, "server log:\n"+f.logs.String())
		}
	})
	return f
}

// dial connects with auth.
func (f *fixture) dial(user string, auth ...gossh.AuthMethod) (*sshtest.Conn, error) {
	return sshtest.Dial(f.addr, user, f.hostKey, auth...)
}

// open connects with auth and opens the app in a 120×40 terminal.
func (f *fixture) open(user string, auth gossh.AuthMethod) *sshtest.Client {
	f.t.Helper()
	c, err := f.dial(user, auth)
	require.NoError(f.t, err)
	cl := sshtest.Open(f.t, c, sshtest.Options{})
	f.t.Cleanup(cl.Close)
	return cl
}

// waitSessions waits until the server has n live sessions.
func (f *fixture) waitSessions(n int) {
	f.t.Helper()
	deadline := time.After(sshtest.Timeout)
	for {
		got, changed := f.srv.reg.count()
		if got == n {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			f.t.Fatalf("%d sessions, want %d", got, n)
		}
	}
}

// owner is the journal owner of key k.
func owner(k gossh.Signer) string { return "key:" + Fingerprint(k.PublicKey()) }
