package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// loadPlaybookDir loads DIR/playbook.yaml. It returns the playbook, or
// its problems with file names under dir, or a message (fatal) when
// there is no playbook to load at all.
func loadPlaybookDir(cat *locale.Catalog, dir string) (*playbook.Playbook, []playbook.Problem, string) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, nil, dir + ": " + openErrorText(cat, err)
	}
	if !st.IsDir() {
		return nil, nil, dir + ": " + cat.T("cli.err.not_a_dir")
	}
	file := filepath.Join(dir, playbook.FileName)
	if _, err := os.Stat(file); err != nil {
		return nil, nil, file + ": " + openErrorText(cat, err)
	}
	// The loader reads through the bounded reader: a huge file, a device
	// or a pipe is a problem of the file, never read whole.
	pb, err := playbook.LoadFS(os.DirFS(dir), ".")
	if err == nil {
		return pb, nil, ""
	}
	var le *playbook.LoadError
	if !errors.As(err, &le) {
		return nil, nil, file + ": " + safetext.Line(err.Error())
	}
	probs := make([]playbook.Problem, len(le.Problems))
	for i, p := range le.Problems {
		p.Pos.File = filepath.Join(dir, p.Pos.File)
		probs[i] = p
	}
	return nil, probs, ""
}

// playbook is the playbook assess runs on: --playbook DIR, or the
// built-in one. A bad playbook's problems go to stderr, with exitUsage.
func (e *env) playbook() (*playbook.Playbook, int) {
	pb, code := e.loadPlaybook()
	if pb != nil {
		// --currency overrides the playbook's; a copy, the default
		// playbook is shared.
		pb = pb.WithCurrency(strings.TrimSpace(safetext.Line(e.global.currency)))
	}
	return pb, code
}

func (e *env) loadPlaybook() (*playbook.Playbook, int) {
	if e.global.playbookDir == "" {
		pb, err := playbook.LoadDefault()
		if err != nil {
			// Only a broken build gets here; the playbook tests guard it.
			e.problem(err.Error())
			return nil, exitFail
		}
		return pb, exitOK
	}
	pb, probs, fatal := loadPlaybookDir(e.cat, e.global.playbookDir)
	if fatal != "" {
		e.problem(fatal)
		return nil, exitUsage
	}
	for _, p := range probs {
		e.problem(p.Format(e.cat))
	}
	if pb == nil {
		return nil, exitUsage
	}
	return pb, exitOK
}
