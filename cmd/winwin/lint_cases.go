package main

import (
	"os"
	"path/filepath"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// hasCases reports whether dir holds case files (*.yaml besides a
// playbook.yaml).
func hasCases(dir string) bool { return cases.HasCases(os.DirFS(dir), ".") }

// lintCases checks DIR's case library: the files (cases.LoadFS), then
// each case against the coach (practice.VerifyLibrary): its facts parse,
// its notes name questions, and the coach's verdict on its facts is the
// expert's. The coach runs on DIR's playbook when it has one, else the
// built-in one; a DIR playbook with problems leaves the cases unchecked.
func lintCases(l *linter) {
	cat := l.e.cat
	lib, probs, fatal := loadCasesDir(cat, l.dir)
	if fatal != "" {
		l.problems++
		l.say(fatal)
		return
	}
	for _, p := range probs {
		l.say(p.Format(cat))
	}
	if len(probs) > 0 {
		l.problems += len(probs)
		l.say(cat.T("cli.lint.problems", l.dir, len(probs)))
		return
	}
	lintSplitNumbers(l, lib)
	pb := l.playbook
	if pb == nil {
		if hasFile(playbook.FileName)(l.dir) {
			l.say(cat.T("training.lint.unchecked", filepath.Clean(l.dir)))
			return
		}
		def, err := playbook.LoadDefault()
		if err != nil {
			// Only a broken build gets here; the playbook tests guard it.
			l.problems++
			l.say(err.Error())
			return
		}
		pb = def
	}
	verified := practice.VerifyLibrary(coach.New(pb, cat), lib)
	for _, p := range verified {
		l.say(p.Format(cat))
	}
	if len(verified) > 0 {
		l.problems += len(verified)
		l.say(cat.T("cli.lint.problems", l.dir, len(verified)))
		return
	}
	l.say(cat.T("training.lint.ok", l.dir, len(lib.Cases)))
}

// lintSplitNumbers warns about flow-list items that look like one number
// split at its comma ([about €5,500 a year]): valid YAML, so not a
// problem that fails lint, but almost never what the author meant.
func lintSplitNumbers(l *linter, lib *cases.Library) {
	for _, cs := range lib.Cases {
		data, err := safetext.ReadPath(cs.File)
		if err != nil {
			continue // the library loaded it a moment ago; nothing to add
		}
		for _, w := range dealfile.SplitNumbers(data, cs.File) {
			l.say(w.Format(l.e.cat))
		}
	}
}
