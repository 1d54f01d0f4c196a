package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/pflag"
)

// helpCommand is `winwin help [COMMAND]`.
func helpCommand(*pflag.FlagSet) runFunc {
	return func(e *env, args []string) int {
		cmds := commands()
		if len(args) == 0 {
			return e.printHelp(command{}, newFlagSet(&globals{}))
		}
		cmd, ok := findCommand(cmds, args[0])
		if !ok || len(args) > 1 {
			return e.usageError(command{name: "help"}, unknownCommand(e.cat, cmds, strings.Join(args, " ")))
		}
		fs := newFlagSet(&globals{})
		cmd.setup(fs)
		return e.printHelp(cmd, fs)
	}
}

// printHelp writes the help of cmd (or of winwin when cmd is zero) to
// stdout, with the flags in fs, and returns exitOK.
func (e *env) printHelp(cmd command, fs *pflag.FlagSet) int {
	t := e.cat.T
	w := e.stdout
	fmt.Fprintln(w, t("cli.tagline"))
	fmt.Fprintln(w)
	fmt.Fprintln(w, t("cli.usage"))
	if cmd.name == "" {
		fmt.Fprintln(w, "  "+t("cli.usage_line"))
		fmt.Fprintln(w)
		fmt.Fprintln(w, t("cli.commands"))
		cmds := commands()
		width := 0
		for _, c := range cmds {
			width = max(width, len(c.name))
		}
		for _, c := range cmds {
			fmt.Fprintf(w, "  %-*s  %s\n", width, c.name, t(c.key+".summary"))
		}
	} else {
		fmt.Fprintln(w, "  "+t(cmd.key+".usage"))
		fmt.Fprintln(w)
		fmt.Fprintln(w, t(cmd.key+".about"))
	}
	globalNames := globalFlagNames()
	var own, global []*pflag.Flag
	fs.VisitAll(func(f *pflag.Flag) {
		if globalNames[f.Name] {
			global = append(global, f)
		} else {
			own = append(own, f)
		}
	})
	if len(own) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, t("cli.flags"))
		e.flagLines(w, own)
	}
	fmt.Fprintln(w)
	if cmd.name == "" {
		fmt.Fprintln(w, t("cli.flags"))
	} else {
		fmt.Fprintln(w, t("cli.global_flags"))
	}
	e.flagLines(w, global)
	if cmd.name == "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, t("cli.more"))
	}
	return exitOK
}

// flagLines lists flags as "  -h, --help   text", aligned. A flag's
// Usage is its catalog key; <key>_arg, when present, names its value.
func (e *env) flagLines(w io.Writer, flags []*pflag.Flag) {
	heads := make([]string, len(flags))
	width := 0
	for i, f := range flags {
		h := "    "
		if f.Shorthand != "" {
			h = "-" + f.Shorthand + ", "
		}
		h += "--" + f.Name
		if e.cat.Has(f.Usage + "_arg") {
			h += " " + e.cat.T(f.Usage+"_arg")
		}
		heads[i] = h
		width = max(width, utf8.RuneCountInString(h))
	}
	for i, f := range flags {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(heads[i]))
		fmt.Fprintf(w, "  %s%s   %s\n", heads[i], pad, e.cat.T(f.Usage))
	}
}
