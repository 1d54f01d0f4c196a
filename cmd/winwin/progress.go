package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/coach/practice/history"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/session"
)

// progressCommand is `winwin progress [--json] [--cases DIR]`: the
// progress charts, or the same numbers as JSON for scripts (no terminal
// needed).
func progressCommand(fs *pflag.FlagSet) runFunc {
	var asJSON bool
	var dir string
	fs.BoolVar(&asJSON, "json", false, "cli.flag.progress_json")
	fs.StringVar(&dir, "cases", "", "cli.flag.practice_cases")
	return func(e *env, args []string) int {
		if len(args) > 0 {
			return e.usageError(command{name: "progress", key: "cli.cmd.progress"}, e.cat.T("training.cli.no_args", "progress"))
		}
		if asJSON {
			return e.progressJSON()
		}
		if !isTerminal(e.stdin) || !isTerminal(e.stdout) {
			// The charts need a terminal; the same numbers do not.
			e.problem(e.cat.T("training.cli.progress_no_tty"))
			return exitUsage
		}
		pb, code := e.playbook()
		if pb == nil {
			return code
		}
		lib, code := e.caseLibrary(dir, pb)
		if lib == nil {
			return code
		}
		return e.runTUI(false, "", func(cfg *session.Config) {
			cfg.Cases = lib
			cfg.Start = session.ProgressStart(*cfg)
		})
	}
}

// progressJSON prints practice.BuildProgress of the journal as one
// indented JSON object; with no journal yet, the empty progress (and no
// file is created). A journal that cannot be read is the work failing:
// exit 1, the file left as it was.
func (e *env) progressJSON() int {
	j, code := e.readJournal()
	if code != exitOK {
		return code
	}
	if j != nil {
		defer j.Close()
	}
	set, err := selfcheck.Load()
	if err != nil {
		// Only a broken build gets here; the self-check tests guard it.
		e.problem(err.Error())
		return exitFail
	}
	p := practice.BuildProgress(nil, nil)
	if j != nil {
		if p, err = history.Load(context.Background(), j, "", set); err != nil {
			return e.journalFailed(err)
		}
	}
	out, err := json.MarshalIndent(p, "", "  ")
	if err == nil {
		_, err = fmt.Fprintln(e.stdout, string(out))
	}
	if err != nil {
		fmt.Fprintln(e.stderr, e.cat.T("cli.err.write", safetext.Line(err.Error())))
		return exitFail
	}
	return exitOK
}
