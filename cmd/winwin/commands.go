package main

import "github.com/spf13/pflag"

// runFunc runs a command with its positional arguments and returns the
// exit status.
type runFunc func(e *env, args []string) int

// command is one subcommand. setup adds the command's own flags to the
// flag set and returns the function that runs it, closed over them.
type command struct {
	name  string
	key   string // catalog prefix: <key>.summary, <key>.usage, <key>.about
	setup func(fs *pflag.FlagSet) runFunc
}

// commands is the table of subcommands, in the order help lists them.
// A new feature adds one line here and a file of its own.
func commands() []command {
	return []command{
		{name: "prep", key: "cli.cmd.prep", setup: prepCommand},
		{name: "assess", key: "cli.cmd.assess", setup: assessCommand},
		{name: "lint", key: "cli.cmd.lint", setup: lintCommand},
		{name: "practice", key: "cli.cmd.practice", setup: practiceCommand},
		{name: "selfcheck", key: "cli.cmd.selfcheck", setup: selfcheckCommand},
		{name: "progress", key: "cli.cmd.progress", setup: progressCommand},
		{name: "history", key: "cli.cmd.history", setup: historyCommand},
		{name: "export", key: "cli.cmd.export", setup: exportCommand},
		{name: "import", key: "cli.cmd.import", setup: importCommand},
		{name: "serve", key: "cli.cmd.serve", setup: serveCommand},
		{name: "room", key: "cli.cmd.room", setup: roomCommand},
		{name: "help", key: "cli.cmd.help", setup: helpCommand},
	}
}

func findCommand(cmds []command, name string) (command, bool) {
	for _, c := range cmds {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}
