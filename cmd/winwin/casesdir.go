package main

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// loadCasesDir loads the case library in dir (--cases DIR, winwin lint
// DIR). Every file name in the library and in its problems is under dir
// as the user wrote it. fatal is set when dir cannot be read at all.
func loadCasesDir(cat *locale.Catalog, dir string) (lib *cases.Library, probs []playbook.Problem, fatal string) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, nil, dir + ": " + openErrorText(cat, err)
	}
	if !st.IsDir() {
		return nil, nil, dir + ": " + cat.T("cli.err.not_a_dir")
	}
	lib, err = cases.LoadFS(os.DirFS(dir), ".")
	if err != nil {
		var le *cases.LoadError
		if !errors.As(err, &le) {
			return nil, nil, dir + ": " + safetext.Line(err.Error())
		}
		for _, p := range le.Problems {
			p.Pos.File = filepath.Join(dir, p.Pos.File)
			probs = append(probs, p)
		}
		return nil, probs, ""
	}
	for _, cs := range lib.Cases {
		cs.File = filepath.Join(dir, cs.File)
	}
	return lib, nil, ""
}

// caseLibrary is the library practice runs on: --cases DIR, or the
// built-in one. It must fit pb: a case the coach cannot read or disagrees
// with is refused here, with its problems, rather than mid-practice.
func (e *env) caseLibrary(dir string, pb *playbook.Playbook) (*cases.Library, int) {
	var lib *cases.Library
	if dir == "" {
		l, err := cases.Load()
		if err != nil {
			// Only a broken build gets here; the case tests guard it.
			e.problem(err.Error())
			return nil, exitFail
		}
		lib = l
	} else {
		l, probs, fatal := loadCasesDir(e.cat, dir)
		if fatal != "" {
			e.problem(fatal)
			return nil, exitUsage
		}
		for _, p := range probs {
			e.problem(p.Format(e.cat))
		}
		if l == nil {
			return nil, exitUsage
		}
		lib = l
	}
	if probs := practice.VerifyLibrary(coach.New(pb, e.cat), lib); len(probs) > 0 {
		for _, p := range probs {
			e.problem(p.Format(e.cat))
		}
		where := dir
		if where == "" {
			where = "cases"
		}
		e.problem(e.cat.T("training.cli.unfit", where))
		return nil, exitUsage
	}
	return lib, exitOK
}
