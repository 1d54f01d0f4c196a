package main

import (
	"errors"
	"path/filepath"

	"github.com/winwincoach/winwin/coach/journal"
)

// journalDir is where the journal lives: --data-dir, else $WINWIN_HOME,
// else $XDG_DATA_HOME/winwin, else the platform's data directory.
func (e *env) journalDir() (string, error) {
	if e.global.dataDir != "" {
		return e.global.dataDir, nil
	}
	return journal.DefaultDir(e.getenv)
}

// exportDir is where the screens export verdicts: --export-dir, else
// $WINWIN_EXPORT_DIR, else exports/ in the data directory. Never the
// working directory: under `go run` that is the source tree.
func (e *env) exportDir() string {
	if e.global.exportDir != "" {
		return e.global.exportDir
	}
	if d := e.getenv("WINWIN_EXPORT_DIR"); d != "" {
		return d
	}
	dir, err := e.journalDir()
	if err != nil {
		return "exports"
	}
	return filepath.Join(dir, "exports")
}

// openStore opens (creating when needed) the journal. The TUI, import
// and the read-only commands all open it here.
func (e *env) openStore() (*journal.Journal, error) {
	dir, err := e.journalDir()
	if err != nil {
		return nil, err
	}
	return journal.Open(dir)
}

// readJournal opens the journal for a command that only reads it: it
// creates, migrates and deletes nothing. With no journal yet (no file, or
// an empty one) it returns nil and exitOK: reading an empty history must
// not leave a file behind. A journal that cannot be read (newer, older,
// damaged, locked, a link) is reported and gives exitFail; the file is
// left as it was.
func (e *env) readJournal() (*journal.Journal, int) {
	dir, err := e.journalDir()
	if err != nil {
		return nil, e.journalFailed(err)
	}
	j, err := journal.OpenWith(dir, journal.Options{ReadOnly: true})
	if errors.Is(err, journal.ErrAbsent) {
		return nil, exitOK
	}
	if err != nil {
		return nil, e.journalFailed(err)
	}
	return j, exitOK
}

// writeJournal opens the journal for a command that writes to it
// (import), creating it when needed.
func (e *env) writeJournal() (*journal.Journal, int) {
	j, err := e.openStore()
	if err != nil {
		return nil, e.journalFailed(err)
	}
	if b := j.Backup(); b != "" {
		e.problem(e.cat.T("journal.backup", b))
	}
	return j, exitOK
}

// journalFailed says why the journal cannot be used and returns
// exitFail: the work failed, the input was fine.
func (e *env) journalFailed(err error) int {
	e.problem(e.cat.M(journal.MessageOf(err)))
	return exitFail
}
