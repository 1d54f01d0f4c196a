package main

import (
	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/tui/session"
)

// selfcheckCommand is `winwin selfcheck`: the self-check screen.
func selfcheckCommand(*pflag.FlagSet) runFunc {
	return func(e *env, args []string) int {
		if len(args) > 0 {
			return e.usageError(command{name: "selfcheck", key: "cli.cmd.selfcheck"}, e.cat.T("training.cli.no_args", "selfcheck"))
		}
		return e.runTUI(false, "", func(cfg *session.Config) {
			cfg.Start = session.SelfCheckStart(*cfg)
		})
	}
}
