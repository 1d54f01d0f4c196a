package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/google/renameio/v2/maybe"
)

// setup checks that the file is a sound database of a schema this build
// knows, switches it to WAL and migrates it. Nothing is written before the
// checks pass.
func (j *Journal) setup(ctx context.Context) error {
	var version, objects int
	if err := j.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return wrap(j.path, err)
	}
	// Reading the schema parses every CREATE statement: a damaged schema
	// page shows here as SQLITE_CORRUPT rather than on first use.
	if err := j.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return wrap(j.path, err)
	}
	if version > len(migrations) {
		return newerSchema(j.path, version)
	}
	// A damaged journal is never written: quick_check reads every page
	// (not the slower cross-checks of integrity_check) before the first
	// write of the process. A journal already in WAL mode and of the
	// current schema needs no write to open, so the check runs in the
	// background (about a second for 100,000 deals) and the first write
	// waits for it; otherwise it runs now, before the WAL switch or the
	// migration writes anything.
	if objects > 0 {
		var current string
		if err := j.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&current); err != nil {
			return wrap(j.path, err)
		}
		if current == "wal" && version == len(migrations) {
			j.startCheck()
			return nil
		}
		if err := j.quickCheck(ctx); err != nil {
			return err
		}
	}
	var mode string
	if err := j.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return wrap(j.path, err)
	}
	if mode != "wal" {
		return &Error{Kind: ErrReadOnly, Path: j.path, Err: fmt.Errorf("journal_mode is %q, not wal", mode)}
	}
	if version == len(migrations) {
		return nil
	}
	return j.migrate(ctx)
}

// setupRead checks a journal opened read-only: a schema this build
// reads, and nothing more (reading a damaged page fails on its own, with
// ErrCorrupt). It writes nothing and migrates nothing.
func (j *Journal) setupRead(ctx context.Context, _ time.Duration) error {
	var version, objects int
	if err := j.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return wrap(j.path, err)
	}
	if err := j.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return wrap(j.path, err)
	}
	switch {
	case version > len(migrations):
		return newerSchema(j.path, version)
	case version == len(migrations):
		return nil
	case objects == 0:
		return &Error{Kind: ErrAbsent, Path: j.path, Err: errors.New("a database without tables")}
	}
	return &Error{Kind: ErrOlderSchema, Path: j.path, Err: &SchemaError{Found: version, Known: len(migrations)}}
}

// startCheck runs quickCheck in the background; waitCheck gives its
// result to the first write.
func (j *Journal) startCheck() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	j.check = &check{done: done, cancel: cancel}
	go func() {
		defer close(done)
		j.check.err = j.quickCheck(ctx)
	}()
}

// check is a quick_check running in the background.
type check struct {
	done   chan struct{}
	cancel context.CancelFunc
	err    error // set before done is closed
}

// waitCheck waits for the background quick_check, if one runs, and
// returns ErrCorrupt when it found damage.
func (j *Journal) waitCheck(ctx context.Context) error {
	if j.check == nil {
		return nil
	}
	select {
	case <-j.check.done:
		return j.check.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// quickCheck runs PRAGMA quick_check and fails with ErrCorrupt unless it
// finds the file sound.
func (j *Journal) quickCheck(ctx context.Context) error {
	rows, err := j.db.QueryContext(ctx, "PRAGMA quick_check(1)")
	if err != nil {
		return wrap(j.path, err)
	}
	defer rows.Close()
	var first string
	if rows.Next() {
		if err := rows.Scan(&first); err != nil {
			return wrap(j.path, err)
		}
	}
	if err := rows.Err(); err != nil {
		return wrap(j.path, err)
	}
	if first != "ok" {
		return &Error{Kind: ErrCorrupt, Path: j.path, Err: fmt.Errorf("quick_check: %s", first)}
	}
	return nil
}

func newerSchema(path string, found int) error {
	return &Error{Kind: ErrNewerSchema, Path: path, Err: &SchemaError{Found: found, Known: len(migrations)}}
}

// migrate brings the schema to the current version in one transaction
// that holds the write lock throughout, so two processes opening the same
// fresh directory at once cannot both migrate: the second waits, then
// finds the work done. An existing database is first copied beside the
// file, from inside the same transaction, so the copy is exactly what the
// migration started from.
func (j *Journal) migrate(ctx context.Context) (err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	conn, err := j.db.Conn(ctx)
	if err != nil {
		return wrap(j.path, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return wrap(j.path, err)
	}
	defer func() {
		if err != nil {
			// Rollback even when ctx is done, so the lock is released.
			_, _ = conn.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	var version, objects int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return wrap(j.path, err)
	}
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return wrap(j.path, err)
	}
	switch {
	case version > len(migrations):
		return newerSchema(j.path, version)
	case version == len(migrations):
		_, err = conn.ExecContext(ctx, "COMMIT")
		return wrap(j.path, err)
	case objects > 0:
		// A version-0 file with tables is not ours; copy it all the same.
		if j.backup, err = j.copyDB(ctx, conn, version); err != nil {
			return err
		}
	}
	for _, m := range migrations[version:] {
		if _, err := conn.ExecContext(ctx, m.SQL); err != nil {
			return wrap(j.path, fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err))
		}
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return wrap(j.path, err)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return wrap(j.path, err)
	}
	return nil
}

// serializer is the modernc.org/sqlite connection's sqlite3_serialize.
type serializer interface {
	Serialize() ([]byte, error)
}

// copyDB writes the database as conn sees it (inside its transaction, so
// including what is still in the WAL) to journal.db.bak-v<N>-<time>,
// atomically: the copy is either whole or absent. It returns the path.
//
// The copy is made in memory (sqlite3_serialize); it runs once per schema
// upgrade, and a journal of 100,000 sessions is a few hundred MB at most.
func (j *Journal) copyDB(ctx context.Context, conn *sql.Conn, version int) (string, error) {
	var data []byte
	err := conn.Raw(func(dc any) error {
		s, ok := dc.(serializer)
		if !ok {
			return errors.New("the SQLite driver cannot serialize a database")
		}
		var err error
		data, err = s.Serialize()
		return err
	})
	if err != nil {
		return "", wrap(j.path, fmt.Errorf("copy before migration: %w", err))
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	path := j.backupPath(version)
	if err := maybe.WriteFile(path, data, 0o600); err != nil {
		return "", wrap(j.dir, fmt.Errorf("copy before migration: %w", err))
	}
	return path, nil
}

// backupPath names the copy made before migrating from version; a name
// already taken gets a number, so no earlier copy is ever overwritten.
func (j *Journal) backupPath(version int) string {
	base := fmt.Sprintf("%s.bak-v%d-%s", FileName, version, j.now().UTC().Format("20060102T150405Z"))
	path := filepath.Join(j.dir, base)
	for i := 2; ; i++ {
		if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
			return path
		}
		path = filepath.Join(j.dir, fmt.Sprintf("%s-%d", base, i))
	}
}
