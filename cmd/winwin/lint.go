package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// lintCommand is `winwin lint DIR`: it checks what DIR holds and prints
// every problem (to stdout: they are what was asked for), then exits 1
// on problems, 0 when clean and 2 when DIR cannot be checked at all.
func lintCommand(*pflag.FlagSet) runFunc {
	return func(e *env, args []string) int {
		if len(args) != 1 {
			return e.usageError(command{name: "lint"}, e.cat.T("cli.err.one_dir"))
		}
		dir := args[0]
		st, err := os.Stat(dir)
		if err != nil {
			e.problem(dir + ": " + e.openError(err))
			return exitUsage
		}
		if !st.IsDir() {
			e.problem(dir + ": " + e.cat.T("cli.err.not_a_dir"))
			return exitUsage
		}
		l := &linter{e: e, dir: dir}
		ran := false
		for _, c := range lintChecks() {
			if c.applies(dir) {
				ran = true
				c.run(l)
			}
		}
		switch {
		case !ran:
			e.problem(dir + ": " + e.cat.T("cli.lint.nothing"))
			return exitUsage
		case l.problems > 0:
			return exitFail
		}
		return exitOK
	}
}

// lintCheck is one thing lint checks in DIR, when DIR has it.
type lintCheck struct {
	name    string
	applies func(dir string) bool
	run     func(l *linter)
}

// lintChecks lists the checks in the order they run. Later checks may use
// what earlier ones loaded (the case library needs the playbook).
func lintChecks() []lintCheck {
	return []lintCheck{
		{name: "playbook", applies: hasFile(playbook.FileName), run: lintPlaybook},
		{name: "cases", applies: hasCases, run: lintCases},
	}
}

// linter is the state of one lint run.
type linter struct {
	e        *env
	dir      string
	problems int
	// playbook is DIR's playbook once it loaded cleanly.
	playbook *playbook.Playbook
}

// say prints one line of lint output.
func (l *linter) say(line string) {
	fmt.Fprintln(l.e.stdout, safetext.Line(line))
}

func hasFile(name string) func(dir string) bool {
	return func(dir string) bool {
		st, err := os.Stat(filepath.Join(dir, name))
		return err == nil && !st.IsDir()
	}
}

func lintPlaybook(l *linter) {
	cat := l.e.cat
	file := filepath.Join(l.dir, playbook.FileName)
	pb, probs, fatal := loadPlaybookDir(cat, l.dir)
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
		l.say(cat.T("cli.lint.problems", file, len(probs)))
		return
	}
	l.playbook = pb
	l.say(cat.T("cli.lint.ok", file, len(pb.Questions), len(pb.Sections), len(pb.Flags)))
}
