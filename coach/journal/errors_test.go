package journal

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
)

func TestEmptyFileIsANewJournal(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, FileName), nil, 0o600))
	j := openIn(t, dir)
	assert.Empty(t, j.Backup(), "nothing to copy")
	_, err := j.CreateDraft(ctx, "", NewDraft{})
	require.NoError(t, err)
}

func garbage(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func TestCorruptFileIsLeftUntouched(t *testing.T) {
	// A real journal whose pages after the header are overwritten.
	damaged := func(t *testing.T) []byte {
		dir := t.TempDir()
		j := openIn(t, dir)
		saveDeal(t, j, testCoach(t), "", 0, winWin())
		require.NoError(t, j.Close())
		data, err := os.ReadFile(filepath.Join(dir, FileName))
		require.NoError(t, err)
		copy(data[100:], garbage(len(data)-100))
		return data
	}
	for name, data := range map[string]func(t *testing.T) []byte{
		"garbage":    func(*testing.T) []byte { return garbage(8192) },
		"text":       func(*testing.T) []byte { return []byte("client: Bakkerij Jansen\n") },
		"cut header": func(*testing.T) []byte { return append([]byte("SQLite format 3\x00"), garbage(40)...) },
		"bad page size": func(*testing.T) []byte {
			return append(append([]byte("SQLite format 3\x00"), 0x03, 0x00), garbage(8000)...)
		},
		"damaged schema":   damaged,
		"zeroes after 100": func(t *testing.T) []byte { d := damaged(t); clear(d[100:]); return d },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			require.NoError(t, os.WriteFile(path, data(t), 0o600))
			before := stateOf(t, path)

			_, err := Open(dir)
			require.ErrorIs(t, err, ErrCorrupt)
			assert.Equal(t, before, stateOf(t, path), "the file is left untouched")
			files, err2 := filepath.Glob(filepath.Join(dir, "journal.db.bak-*"))
			require.NoError(t, err2)
			assert.Empty(t, files)
			m := MessageOf(err)
			assert.Equal(t, locale.Msg("journal.error.corrupt", path), m)
		})
	}
}

// makeReadOnly makes dir refuse new files, and says how, or why not.
// chmod does nothing to root, so root uses the immutable attribute.
func makeReadOnly(t *testing.T, dir string) (how string, ok bool) {
	t.Helper()
	if runtime.GOOS == "windows" {
		return "Windows ignores directory permission bits", false
	}
	if os.Geteuid() != 0 {
		require.NoError(t, os.Chmod(dir, 0o500))
		t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
		return "chmod 0500", true
	}
	chattr, err := exec.LookPath("chattr")
	if err != nil {
		return "running as root, where chmod 0500 does not stop writes, and chattr is not installed", false
	}
	if out, err := exec.Command(chattr, "+i", dir).CombinedOutput(); err != nil {
		return fmt.Sprintf("running as root, where chmod 0500 does not stop writes, and chattr +i failed (%v: %s)", err, out), false
	}
	t.Cleanup(func() { _ = exec.Command(chattr, "-i", dir).Run() })
	// Prove it: a file cannot be made there.
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		_ = f.Close()
		return "chattr +i did not stop writes on this file system", false
	}
	return "chattr +i (running as root)", true
}

func TestReadOnlyDirectory(t *testing.T) {
	t.Run("data dir under a file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		require.NoError(t, os.WriteFile(file, nil, 0o600))
		_, err := Open(filepath.Join(file, "winwin"))
		require.ErrorIs(t, err, ErrReadOnly)
		assert.Equal(t, "journal.error.read_only", MessageOf(err).Key)
	})
	t.Run("new journal in a read-only dir", func(t *testing.T) {
		dir := t.TempDir()
		how, ok := makeReadOnly(t, dir)
		if !ok {
			t.Skip("cannot make a read-only directory here: " + how)
		}
		t.Log("read-only by " + how)
		_, err := Open(dir)
		require.ErrorIs(t, err, ErrReadOnly)
		_, err = Open(filepath.Join(dir, "sub"))
		require.ErrorIs(t, err, ErrReadOnly, "cannot even make the data dir")
	})
	t.Run("existing journal in a read-only dir", func(t *testing.T) {
		dir := t.TempDir()
		j := openIn(t, dir)
		saveDeal(t, j, testCoach(t), "", 0, winWin())
		require.NoError(t, j.Close())
		before := stateOf(t, filepath.Join(dir, FileName))
		how, ok := makeReadOnly(t, dir)
		if !ok {
			t.Skip("cannot make a read-only directory here: " + how)
		}
		_, err := Open(dir)
		require.ErrorIs(t, err, ErrReadOnly)
		assert.Equal(t, before, stateOf(t, filepath.Join(dir, FileName)))
	})
}

// Another connection holds the write lock past the busy timeout.
func TestLockedJournal(t *testing.T) {
	dir := t.TempDir()
	j, err := OpenWith(dir, Options{BusyTimeout: 50 * time.Millisecond})
	require.NoError(t, err)
	defer j.Close()
	draft, err := j.CreateDraft(ctx, "", NewDraft{})
	require.NoError(t, err)

	holder := rawDB(t, filepath.Join(dir, FileName))
	tx, err := holder.Begin()
	require.NoError(t, err)
	_, err = tx.Exec(`INSERT INTO offers (owner, name, key, created, updated, answers) VALUES ('', 'x', 'x', 0, 0, '{}')`)
	require.NoError(t, err)

	err = j.SaveAnswer(ctx, "", draft, "client.name", coach.Text("waits"))
	require.ErrorIs(t, err, ErrLocked)
	assert.Equal(t, "journal.error.locked", MessageOf(err).Key)
	// Reads go on beside a writer (WAL).
	_, err = j.Draft(ctx, "", draft)
	require.NoError(t, err)

	// A journal that needs migrating cannot be opened while locked: the
	// migration needs the write lock.
	require.NoError(t, tx.Rollback())
	_, err = holder.Exec(`PRAGMA user_version = 1`)
	require.NoError(t, err)
	tx, err = holder.Begin()
	require.NoError(t, err)
	_, err = tx.Exec(`INSERT INTO offers (owner, name, key, created, updated, answers) VALUES ('', 'y', 'y', 0, 0, '{}')`)
	require.NoError(t, err)
	_, err = OpenWith(dir, Options{BusyTimeout: 50 * time.Millisecond})
	require.ErrorIs(t, err, ErrLocked)
	require.NoError(t, tx.Rollback())

	// Once the lock is gone, all is well.
	require.NoError(t, j.SaveAnswer(ctx, "", draft, "client.name", coach.Text("went through")))
}

func TestMessageOfEveryError(t *testing.T) {
	en, nl := locale.MustLoad(locale.EN), locale.MustLoad(locale.NL)
	for _, err := range []error{
		nil,
		&Error{Kind: ErrNewerSchema, Path: "/x/journal.db", Err: &SchemaError{Found: 9, Known: 3}},
		&Error{Kind: ErrCorrupt, Path: "/x/journal.db", Err: errors.New("bad")},
		&Error{Kind: ErrLocked, Path: "/x/journal.db", Err: errors.New("busy")},
		&Error{Kind: ErrNotRegular, Path: "/x/journal.db", Err: errors.New("link")},
		&Error{Kind: ErrOlderSchema, Path: "/x/journal.db", Err: errors.New("v0")},
		&Error{Kind: ErrAbsent, Path: "/x/journal.db", Err: errors.New("none")},
		&Error{Kind: ErrReadOnly, Path: "/x", Err: syscall.EROFS},
		fmt.Errorf("draft 3: %w", ErrNotFound),
		errors.New("something else"),
	} {
		m := MessageOf(err)
		for _, cat := range []*locale.Catalog{en, nl} {
			require.True(t, cat.Has(m.Key), "%s lacks %s", cat.Lang(), m.Key)
			assert.NotContains(t, cat.M(m), "%!", "%s: %s takes its arguments", cat.Lang(), m.Key)
		}
	}
	assert.Contains(t, en.M(MessageOf(&Error{Kind: ErrNewerSchema, Path: "/x/journal.db", Err: &SchemaError{Found: 9, Known: 3}})), "schema 9")
	for _, key := range []string{"journal.backup", "journal.warning.memory"} {
		assert.True(t, en.Has(key) && nl.Has(key), key)
	}
}

func TestKindOfFileSystemErrors(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.EROFS, syscall.ENOSPC, syscall.EACCES, syscall.ENOTDIR} {
		err := wrap("/x", &os.PathError{Op: "mkdir", Path: "/x", Err: errno})
		assert.ErrorIs(t, err, ErrReadOnly, errno.Error())
		assert.ErrorIs(t, err, errno, "the cause stays visible")
	}
	assert.NotErrorIs(t, wrap("/x", errors.New("other")), ErrReadOnly)
	assert.Nil(t, wrap("/x", nil))
}
