package journal

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"modernc.org/sqlite"
)

// The kinds of failure a caller must tell apart. Test with errors.Is; every
// error the journal returns for them is an *Error that names the file.
var (
	// ErrNewerSchema: the database was written by a newer winwin. It is
	// left untouched; errors.As gives a *SchemaError with both versions.
	ErrNewerSchema = errors.New("journal made by a newer winwin")
	// ErrCorrupt: the file is not a database or is damaged. It is left
	// untouched.
	ErrCorrupt = errors.New("journal damaged")
	// ErrLocked: another process held the database beyond the busy
	// timeout. Nothing was changed; trying again later may work.
	ErrLocked = errors.New("journal locked")
	// ErrReadOnly: the journal cannot be written where it is (a read-only
	// or full disk, a directory without write permission, a data dir that
	// is a file). The TUI carries on in memory with a warning.
	ErrReadOnly = errors.New("journal cannot be written")
	// ErrNotRegular: the journal's path (or its -wal or -shm file) is a
	// symbolic link, a folder, a device or a pipe. winwin opens none of
	// these, so it never writes through a link nor blocks on a pipe.
	ErrNotRegular = errors.New("journal is not a regular file")
	// ErrOlderSchema: a read-only open found a journal an older winwin
	// made. Reading does not migrate; the next write does (with a copy).
	ErrOlderSchema = errors.New("journal made by an older winwin")
	// ErrAbsent: a read-only open found no journal (no file, or an empty
	// one): there is nothing to read, and nothing is created.
	ErrAbsent = errors.New("no journal yet")
	// ErrNotFound: no such draft, deal, revision or offer for this owner.
	// A row of another owner is reported the same way, so a participant
	// learns nothing about other participants' rows.
	ErrNotFound = errors.New("not in the journal")
	// ErrInvalid: the caller passed a value the journal cannot store
	// exactly (an answer of an unexpected type, a NaN amount, a bad
	// revision number). It is a programming error, not a user's.
	ErrInvalid = errors.New("cannot store value")
)

// Error is a journal failure of one of the kinds above.
type Error struct {
	Kind error  // ErrNewerSchema, ErrCorrupt, ErrLocked or ErrReadOnly
	Path string // the database file or the data directory
	Err  error  // the underlying error
}

// Error describes the failure for logs; users get MessageOf(err).
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %v: %v", e.Path, e.Kind, e.Err)
}

// Unwrap makes errors.Is match both the kind and the cause.
func (e *Error) Unwrap() []error { return []error{e.Kind, e.Err} }

// SchemaError says which schema version the file has and which this build
// knows; it is the cause of an ErrNewerSchema.
type SchemaError struct {
	Found, Known int
}

// Error describes the mismatch.
func (e *SchemaError) Error() string {
	return fmt.Sprintf("schema version %d, this build knows up to %d", e.Found, e.Known)
}

// The primary SQLite result codes the journal classifies. Extended codes
// carry the primary code in their low byte.
const (
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

// kindOf maps an error from SQLite or the file system to one of the kinds,
// or nil when it is none of them.
func kindOf(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteBusy, sqliteLocked:
			return ErrLocked
		case sqliteCorrupt, sqliteNotADB:
			return ErrCorrupt
		case sqliteReadOnly, sqliteFull, sqliteCantOpen, sqliteIOErr:
			return ErrReadOnly
		}
		return nil
	}
	switch {
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS),
		errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.ENOTDIR),
		errors.Is(err, syscall.EDQUOT):
		return ErrReadOnly
	}
	return nil
}

// wrap gives err a kind when it has one, so callers can test with
// errors.Is; errors that are already classified, that are ErrNotFound or
// ErrInvalid, or that come from a cancelled context pass unchanged.
func wrap(path string, err error) error {
	if err == nil {
		return nil
	}
	var je *Error
	if errors.As(err, &je) || errors.Is(err, ErrNotFound) || errors.Is(err, ErrInvalid) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if k := kindOf(err); k != nil {
		return &Error{Kind: k, Path: path, Err: err}
	}
	return fmt.Errorf("journal %s: %w", path, err)
}
