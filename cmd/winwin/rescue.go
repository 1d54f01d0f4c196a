package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/autosave"
)

// rescue runs when the app has ended: answers whose save failed are
// tried once more, and those the journal still refuses are written as a
// deal file in the data directory and named, so quitting never drops an
// answer silently. It reports whether everything was stored.
func (e *env) rescue(l *autosave.Ledger, pb *playbook.Playbook) bool {
	lost := l.Rescue()
	for _, x := range lost {
		reason := e.cat.M(journal.MessageOf(x.Err))
		if x.Err == nil {
			reason = "?"
		}
		e.problem(e.cat.T("cli.tui.unsaved", len(x.Unsaved), strings.Join(x.Unsaved, ", ")))
		e.problem(e.cat.T("cli.tui.unsaved_why", safetext.Line(reason)))
		path, err := e.writeCopy(pb, x)
		if err != nil {
			e.problem(e.cat.T("cli.tui.unsaved_no_copy", safetext.Line(err.Error())))
			continue
		}
		p := safetext.Line(path)
		e.problem(e.cat.T("cli.tui.unsaved_copy", p, p))
	}
	return len(lost) == 0
}

// writeCopy writes an interview's answers as a new deal file in the data
// directory (never over an existing file) and returns its path.
func (e *env) writeCopy(pb *playbook.Playbook, x autosave.Lost) (string, error) {
	data, err := dealfile.Marshal(pb, x.Answers)
	if err != nil {
		return "", err
	}
	dir, err := e.journalDir()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	stamp := time.Now().Format("20060102-150405")
	for i := 1; i < 100; i++ {
		name := "unsaved-" + stamp + ".yaml"
		if i > 1 {
			name = fmt.Sprintf("unsaved-%s-%d.yaml", stamp, i)
		}
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, werr := f.Write(data)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return "", werr
		}
		return path, nil
	}
	return "", fs.ErrExist
}
