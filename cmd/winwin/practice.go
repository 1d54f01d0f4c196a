package main

import (
	"github.com/spf13/pflag"
	"strings"

	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/session"
)

// practiceCommand is `winwin practice [--case ID] [--cases DIR]
// [--exam]`: the practice screen, or one case's story at once.
func practiceCommand(fs *pflag.FlagSet) runFunc {
	var id, dir string
	var exam bool
	fs.StringVar(&id, "case", "", "cli.flag.practice_case")
	fs.StringVar(&dir, "cases", "", "cli.flag.practice_cases")
	fs.BoolVar(&exam, "exam", false, "cli.flag.practice_exam")
	return func(e *env, args []string) int {
		cmd := command{name: "practice", key: "cli.cmd.practice"}
		if len(args) > 0 {
			return e.usageError(cmd, e.cat.T("training.cli.no_args", "practice"))
		}
		pb, code := e.playbook()
		if pb == nil {
			return code
		}
		lib, code := e.caseLibrary(dir, pb)
		if lib == nil {
			return code
		}
		if id != "" {
			if _, ok := lib.Case(id); !ok {
				return e.usageError(cmd, unknownCase(e, lib, id))
			}
		}
		return e.runTUI(false, "", func(cfg *session.Config) {
			cfg.Cases = lib
			cfg.Start = session.PracticeStart(*cfg, id, exam)
		})
	}
}

// unknownCase says a case id is not in the library, with the nearest one.
func unknownCase(e *env, lib *cases.Library, id string) string {
	id = safetext.Line(id)
	// The ids follow, so the user can pick one without another command.
	ids := e.cat.T("training.cli.case_ids", strings.Join(lib.IDs(), ", "))
	if near := playbook.Nearest(id, lib.IDs()); near != "" {
		return e.cat.T("training.cli.unknown_case", id, near) + "\n" + ids
	}
	return e.cat.T("training.cli.unknown_case_plain", id) + "\n" + ids
}
