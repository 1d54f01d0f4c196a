package journal

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// snapshot is every file of a directory with its size and hash ("->target" for a
// link, "fifo" for a pipe), to check that nothing was created, changed or
// deleted.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	out := map[string]string{}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		switch {
		case e.Type()&os.ModeSymlink != 0:
			target, err := os.Readlink(p)
			require.NoError(t, err)
			out[e.Name()] = "->" + target
		case e.Type()&os.ModeNamedPipe != 0:
			out[e.Name()] = "fifo"
		case e.IsDir():
			out[e.Name()] = "dir"
		default:
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			out[e.Name()] = fmt.Sprintf("%d bytes %x", len(data), sha256.Sum256(data))
		}
	}
	return out
}

// damagedJournal writes a journal with enough deals for many pages and
// overwrites a data page in the middle with garbage, leaving the header
// and the schema page sound: only a check of every page finds it.
func damagedJournal(t *testing.T, dir string) {
	t.Helper()
	j := openIn(t, dir)
	c := testCoach(t)
	for range 60 {
		saveDeal(t, j, c, "", 0, winWin())
	}
	require.NoError(t, j.Close())
	path := filepath.Join(dir, FileName)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	const page = 4096
	require.Greater(t, len(data), 8*page, "enough pages to damage one in the middle")
	mid := (len(data) / page / 2) * page
	copy(data[mid:mid+page], garbage(page))
	require.NoError(t, os.WriteFile(path, data, 0o600))
}

// Odd files at the journal's path: read-only opens (history, export,
// progress) leave every one of them exactly as it was and create
// nothing; opens for writing refuse the damaged, linked and non-regular
// ones, also leaving them as they were.
func TestOddJournalFiles(t *testing.T) {
	for _, tc := range []struct {
		name      string
		make      func(t *testing.T, dir string)
		read      error // what a read-only open says; nil: it opens
		write     error // what an open for writing says; nil: it opens
		writeErr  error // what the first write says, when it opens
		writeSame bool  // the open for writing leaves the files as they were
	}{
		// A journal of the current schema opens without writing; its
		// quick_check runs meanwhile and the first write waits for it.
		{name: "damaged page", make: damagedJournal, read: nil, writeErr: ErrCorrupt, writeSame: true},
		{name: "empty file", make: func(t *testing.T, dir string) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, FileName), nil, 0o600))
		}, read: ErrAbsent},
		{name: "garbage wal", make: func(t *testing.T, dir string) {
			j := openIn(t, dir)
			saveDeal(t, j, testCoach(t), "", 0, winWin())
			require.NoError(t, j.Close())
			require.NoError(t, os.WriteFile(filepath.Join(dir, FileName+"-wal"), garbage(5000), 0o600))
		}},
		{name: "dangling link", make: func(t *testing.T, dir string) {
			require.NoError(t, os.Symlink(filepath.Join(dir, "elsewhere.db"), filepath.Join(dir, FileName)))
		}, read: ErrNotRegular, write: ErrNotRegular, writeSame: true},
		{name: "link to a journal", make: func(t *testing.T, dir string) {
			other := filepath.Join(dir, "sub")
			require.NoError(t, os.Mkdir(other, 0o700))
			j := openIn(t, other)
			require.NoError(t, j.Close())
			require.NoError(t, os.Symlink(filepath.Join(other, FileName), filepath.Join(dir, FileName)))
		}, read: ErrNotRegular, write: ErrNotRegular, writeSame: true},
		{name: "fifo", make: func(t *testing.T, dir string) {
			require.NoError(t, syscall.Mkfifo(filepath.Join(dir, FileName), 0o600))
		}, read: ErrNotRegular, write: ErrNotRegular, writeSame: true},
		{name: "fifo as wal", make: func(t *testing.T, dir string) {
			j := openIn(t, dir)
			require.NoError(t, j.Close())
			require.NoError(t, syscall.Mkfifo(filepath.Join(dir, FileName+"-wal"), 0o600))
		}, read: ErrNotRegular, write: ErrNotRegular, writeSame: true},
		{name: "a folder", make: func(t *testing.T, dir string) {
			require.NoError(t, os.Mkdir(filepath.Join(dir, FileName), 0o700))
		}, read: ErrNotRegular, write: ErrNotRegular, writeSame: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tc.make(t, dir)
			before := snapshot(t, dir)

			j, err := OpenWith(dir, Options{ReadOnly: true})
			if tc.read != nil {
				require.ErrorIs(t, err, tc.read)
			} else {
				require.NoError(t, err)
				// Reading every deal (a damaged page may fail here).
				_, _ = j.List(context.Background(), "", Filter{}, 0, 1000)
				require.NoError(t, j.Close())
			}
			assert.Equal(t, before, snapshot(t, dir), "a read leaves every file as it was")

			j, err = OpenWith(dir, Options{})
			if tc.write != nil {
				require.ErrorIs(t, err, tc.write)
			} else {
				require.NoError(t, err)
				_, err = j.CreateDraft(context.Background(), "", NewDraft{})
				if tc.writeErr != nil {
					require.ErrorIs(t, err, tc.writeErr)
				} else {
					require.NoError(t, err)
				}
				require.NoError(t, j.Close())
			}
			if tc.writeSame {
				assert.Equal(t, before, snapshot(t, dir), "a refused journal is left as it was")
			}
		})
	}
}

// A read-only open does not migrate an older journal; it says so, and
// the next open for writing migrates it with its copy.
func TestReadDoesNotMigrate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	_, err = db.Exec("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine')")
	require.NoError(t, err)
	require.NoError(t, db.Close())
	before := snapshot(t, dir)

	_, err = OpenWith(dir, Options{ReadOnly: true})
	require.ErrorIs(t, err, ErrOlderSchema)
	assert.Equal(t, before, snapshot(t, dir))

	j := openIn(t, dir)
	assert.NotEmpty(t, j.Backup(), "the migration on the first write keeps a copy")
}

// A read while another winwin has the journal open sees what it wrote,
// still in the WAL, and the writer carries on.
func TestReadBesideAWriter(t *testing.T) {
	dir := t.TempDir()
	w := openIn(t, dir)
	c := testCoach(t)
	saveDeal(t, w, c, "", 0, winWin())
	r, err := OpenWith(dir, Options{ReadOnly: true})
	require.NoError(t, err)
	rows, err := r.List(context.Background(), "", Filter{}, 0, 10)
	require.NoError(t, err)
	assert.Len(t, rows, 1)
	require.NoError(t, r.Close())
	saveDeal(t, w, c, "", 0, winWin())
	_, err = r.List(context.Background(), "", Filter{}, 0, 10)
	assert.Error(t, err, "closed")
	r, err = OpenWith(dir, Options{ReadOnly: true})
	require.NoError(t, err)
	defer r.Close()
	rows, err = r.List(context.Background(), "", Filter{}, 0, 10)
	require.NoError(t, err)
	assert.Len(t, rows, 2)
	_, err = r.CreateDraft(context.Background(), "", NewDraft{})
	assert.Error(t, err, "a read-only journal takes no writes")
}
