package journal

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// FileName is the database file inside the data directory.
const FileName = "journal.db"

// DefaultBusyTimeout is how long a write waits for another process's
// write before it fails with ErrLocked.
const DefaultBusyTimeout = 5 * time.Second

// Options tune Open; the zero value is what winwin uses.
type Options struct {
	// BusyTimeout is how long to wait for a lock held by another process
	// (SQLite's busy_timeout). Zero means DefaultBusyTimeout.
	BusyTimeout time.Duration
	// Now is the clock for created, updated and session times and for the
	// names of backups. Nil means time.Now.
	Now func() time.Time
	// ReadOnly opens for reading only (history, export, progress): nothing
	// is created, migrated, switched to WAL or deleted. No journal (no
	// file, or an empty one) is ErrAbsent; one an older winwin made is
	// ErrOlderSchema. Write methods then fail.
	ReadOnly bool
}

// Journal is winwin's local store of drafts, deals with their revisions,
// offers, practice attempts and self-checks, in one SQLite file. Every
// method takes the owner of the rows it reads or writes ("" is the local
// user) and never touches another owner's rows.
//
// A Journal is safe for concurrent use, and several processes may use the
// same file at once: writes within a process are serialized by a mutex,
// across processes by SQLite's locks with a busy timeout.
type Journal struct {
	db     *sql.DB
	dir    string
	path   string
	now    func() time.Time
	backup string
	check  *check // the quick_check of a journal opened without writing, nil when none runs

	mu sync.Mutex // serializes this process's write transactions
}

// Open opens (creating when needed) the journal in dir and brings its
// schema up to date. See OpenWith.
func Open(dir string) (*Journal, error) { return OpenWith(dir, Options{}) }

// OpenWith opens the journal in dir with options.
//
// It fails with an *Error of kind ErrReadOnly when dir cannot be created
// or written, ErrCorrupt when the file is not a sound database,
// ErrNewerSchema when a newer winwin made it, and ErrLocked when another
// process holds it beyond the busy timeout. In all these cases the file
// is left as it was. Before a migration changes an existing file, a copy
// is written beside it (see Backup).
func OpenWith(dir string, o Options) (*Journal, error) {
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = DefaultBusyTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if dir == "" {
		return nil, fmt.Errorf("journal: %w: empty data directory", ErrInvalid)
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	path := filepath.Join(dir, FileName)
	mode := readWrite
	if o.ReadOnly {
		files, err := checkFiles(path)
		if err != nil {
			return nil, err
		}
		if files.empty {
			return nil, &Error{Kind: ErrAbsent, Path: path, Err: errors.New("no journal file, or an empty one")}
		}
		mode = files.readMode()
	} else {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, wrap(dir, err)
		}
		if _, err := checkFiles(path); err != nil {
			return nil, err
		}
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, o.BusyTimeout, mode))
	if err != nil {
		return nil, wrap(path, err)
	}
	// Enough connections for readers beside a writer (WAL) and a stream
	// of All beside the screen's queries; each caches up to 16 MB.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	j := &Journal{db: db, dir: dir, path: path, now: o.Now}
	setup := j.setupRetrying
	if o.ReadOnly {
		setup = j.setupRead
	}
	if err := setup(context.Background(), o.BusyTimeout); err != nil {
		_ = db.Close()
		return nil, err
	}
	return j, nil
}

// setupRetrying runs setup until it gets past another process's locks or
// the busy timeout is spent. SQLite answers some lock conflicts at open
// without its busy handler (two processes creating the same fresh journal
// and switching it to WAL at one moment), and setup is safe to run again:
// it writes nothing until its checks pass, and migrates in one
// transaction.
func (j *Journal) setupRetrying(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	pause := 5 * time.Millisecond
	for {
		err := j.setup(ctx)
		if err == nil || !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(pause)
		pause = min(2*pause, 100*time.Millisecond)
	}
}

// dsn is the driver's name for path: a file: URI, so any character in the
// path is safe, with the per-connection settings. journal_mode=WAL is not
// among them because it writes to the file: setup sets it once the file
// has proven sound (WAL is then a property of the file).
func dsn(path string, busy time.Duration, mode openMode) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// 16 MB of page cache per connection: the journal list's index of
	// 100,000 deals is about 8 MB, so filtering it again reads no file.
	q.Add("_pragma", "cache_size(-16384)")
	// BEGIN IMMEDIATE: a write transaction takes the write lock up front,
	// so it waits in the busy handler instead of failing on upgrade.
	q.Set("_txlock", "immediate")
	switch mode {
	case readOnly:
		q.Set("mode", "ro")
	case readImmutable:
		q.Set("mode", "ro")
		q.Set("immutable", "1")
	}
	return "file:" + (&url.URL{Path: p}).EscapedPath() + "?" + q.Encode()
}

// openMode is how the database is opened.
type openMode int

const (
	readWrite     openMode = iota
	readOnly               // SQLite's mode=ro: may create the -shm it needs
	readImmutable          // mode=ro&immutable=1: touches no other file
)

// journalFiles is what checkFiles found.
type journalFiles struct {
	empty    bool // no journal file, or an empty one
	wal, shm bool // the -wal and -shm files exist
	walValid bool // the -wal starts with a WAL header SQLite would use
}

// readMode is how a read-only open reads these files without creating or
// deleting any. Without a -shm no process has the journal open (SQLite
// removes it with the last connection), so unless a WAL holds committed
// pages the database file alone is the journal, read as immutable. A
// -shm means another winwin has it open: SQLite's own read-only mode
// shares it.
func (f journalFiles) readMode() openMode {
	if !f.shm && (!f.wal || !f.walValid) {
		return readImmutable
	}
	return readOnly
}

// checkFiles refuses a journal whose file, -wal or -shm is not a regular
// file: a link would make winwin write where it points (or create its
// target), a pipe would block the open, a device would be read without
// end. It looks at the names themselves (Lstat), before anything opens
// them.
func checkFiles(path string) (journalFiles, error) {
	var f journalFiles
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Lstat(p)
		switch {
		case errors.Is(err, os.ErrNotExist):
			if p == path {
				f.empty = true
			}
			continue
		case err != nil:
			return f, wrap(p, err)
		case !fi.Mode().IsRegular():
			return f, &Error{Kind: ErrNotRegular, Path: p, Err: fmt.Errorf("file mode %s", fi.Mode().Type())}
		}
		switch p {
		case path:
			f.empty = fi.Size() == 0
		case path + "-wal":
			f.wal, f.walValid = true, validWAL(p)
		default:
			f.shm = true
		}
	}
	return f, nil
}

// validWAL reports whether the file at p starts with a WAL header: the
// magic number and the format version SQLite writes. Anything else SQLite
// ignores (and would reset).
func validWAL(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	magic := binary.BigEndian.Uint32(head[:4])
	return (magic == 0x377f0682 || magic == 0x377f0683) && binary.BigEndian.Uint32(head[4:8]) == 3007000
}

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkHeader refuses a file that is not a SQLite database before SQLite
// opens it, so that nothing (not even the WAL switch) writes to it. An
// absent or empty file is a new journal.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return wrap(path, err)
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && (err == io.EOF || err == nil):
		return nil
	case err == io.ErrUnexpectedEOF:
		return &Error{Kind: ErrCorrupt, Path: path, Err: errors.New("file shorter than a database header")}
	case err != nil:
		return wrap(path, err)
	}
	if !bytes.Equal(head[:16], sqliteMagic) {
		return &Error{Kind: ErrCorrupt, Path: path, Err: errors.New("not a SQLite database")}
	}
	// The page size is a power of two from 512 to 65536 (1 means 65536),
	// and the payload fractions are fixed; anything else is damage.
	ps := int(binary.BigEndian.Uint16(head[16:18]))
	if ps == 1 {
		ps = 65536
	}
	if ps < 512 || ps&(ps-1) != 0 || head[21] != 64 || head[22] != 32 || head[23] != 32 {
		return &Error{Kind: ErrCorrupt, Path: path, Err: errors.New("damaged database header")}
	}
	return nil
}

// Close closes the database. Pending writes have been committed by then:
// every write method commits before it returns.
func (j *Journal) Close() error {
	if j.check != nil {
		j.check.cancel()
		<-j.check.done
	}
	return j.db.Close()
}

// Path is the database file.
func (j *Journal) Path() string { return j.path }

// Dir is the data directory.
func (j *Journal) Dir() string { return j.dir }

// Backup is the copy of the database that Open made before it migrated
// the schema, or "" when this Open migrated nothing. The caller may tell
// the user (message "journal.backup").
func (j *Journal) Backup() string { return j.backup }

// nowNS is the current time in Unix nanoseconds.
func (j *Journal) nowNS() int64 { return j.now().UnixNano() }

// fromNS turns stored Unix nanoseconds into a time.
func fromNS(ns int64) time.Time { return time.Unix(0, ns) }

// write runs fn in one write transaction (BEGIN IMMEDIATE) and commits it.
func (j *Journal) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if err := j.waitCheck(ctx); err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	tx, err := j.db.BeginTx(ctx, nil)
	if err != nil {
		return wrap(j.path, err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return wrap(j.path, err)
	}
	return wrap(j.path, tx.Commit())
}
