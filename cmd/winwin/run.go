package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// Exit statuses, as DESIGN.md sets them.
const (
	exitOK    = 0
	exitFail  = 1 // the work failed (a write error, say)
	exitUsage = 2 // bad usage or bad input
)

// globals are the flags every command takes.
type globals struct {
	lang        string
	playbookDir string
	dataDir     string // kept for the journal (issue 4)
	exportDir   string // where the screens export verdicts
	noColor     bool
	currency    string // --currency: what money is shown in
	help        bool
	version     bool
}

// env is one run of winwin: its streams, its environment, the language
// it speaks and the global flags.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	cat            *locale.Catalog
	global         globals
}

// run is winwin without the process: it parses args, runs the command
// and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	lang := locale.Detect(langArg(args), getenv)
	cat, err := locale.Load(lang)
	if err != nil {
		// Only a broken build gets here; the catalog tests guard it.
		fmt.Fprintln(stderr, "winwin:", err)
		return exitFail
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv, cat: cat}

	cmds := commands()
	fs := newFlagSet(&e.global)
	name := commandName(args, fs)
	cmd, known := findCommand(cmds, name)
	var runCmd runFunc
	if known {
		runCmd = cmd.setup(fs)
	}
	if err := fs.Parse(args); err != nil {
		return e.usageError(cmd, flagError(cat, err))
	}
	if e.global.lang != "" {
		if _, ok := locale.ParseLang(e.global.lang); !ok {
			return e.usageError(cmd, cat.T("cli.err.bad_lang", safetext.Line(e.global.lang)))
		}
	}
	if e.global.version {
		fmt.Fprintln(stdout, cat.T("cli.version", version()))
		return exitOK
	}
	rest := fs.Args()
	if name != "" && len(rest) > 0 && rest[0] == name {
		rest = rest[1:]
	}
	switch {
	case name != "" && !known:
		return e.usageError(command{}, unknownCommand(cat, cmds, name))
	case e.global.help:
		return e.printHelp(cmd, fs)
	case !known:
		return home(e, fs)
	}
	return runCmd(e, rest)
}

// newFlagSet returns a flag set with the global flags. Flags may come
// anywhere ("winwin assess deal.yaml --json"); parse errors are returned,
// never printed, so they can be said in the user's language.
func newFlagSet(g *globals) *pflag.FlagSet {
	fs := pflag.NewFlagSet("winwin", pflag.ContinueOnError)
	fs.SetInterspersed(true)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&g.lang, "lang", "", "cli.flag.lang")
	fs.StringVar(&g.playbookDir, "playbook", "", "cli.flag.playbook")
	fs.StringVar(&g.dataDir, "data-dir", "", "cli.flag.data_dir")
	fs.StringVar(&g.exportDir, "export-dir", "", "cli.flag.export_dir")
	fs.StringVar(&g.currency, "currency", "", "cli.flag.currency")
	fs.BoolVar(&g.noColor, "no-color", false, "cli.flag.no_color")
	fs.BoolVarP(&g.help, "help", "h", false, "cli.flag.help")
	fs.BoolVar(&g.version, "version", false, "cli.flag.version")
	return fs
}

// globalFlagNames are the flags newFlagSet defines, for the help text.
func globalFlagNames() map[string]bool {
	return map[string]bool{"lang": true, "playbook": true, "data-dir": true, "export-dir": true, "currency": true, "no-color": true, "help": true, "version": true}
}

// langArg finds --lang before the flags are parsed, so that even an
// error in the other flags is reported in the language asked for.
func langArg(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
		if a == "--lang" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// commandName is the first argument that is neither a flag nor the value
// of a global flag ("winwin --lang nl assess" names assess).
func commandName(args []string, fs *pflag.FlagSet) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			if i+1 < len(args) {
				return args[i+1]
			}
			return ""
		case a == "-" || !strings.HasPrefix(a, "-"):
			return a
		case strings.HasPrefix(a, "--") && !strings.Contains(a, "="):
			if f := fs.Lookup(a[2:]); f != nil && f.NoOptDefVal == "" && f.Value.Type() != "bool" {
				i++ // the flag's value
			}
		}
	}
	return ""
}

// flagError says what is wrong with the flags in the user's language.
func flagError(cat *locale.Catalog, err error) string {
	var (
		notExist *pflag.NotExistError
		needs    *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if s := notExist.GetSpecifiedShortnames(); s != "" {
			name = "-" + notExist.GetSpecifiedName()
		}
		return cat.T("cli.err.unknown_flag", safetext.Line(name))
	case errors.As(err, &needs):
		return cat.T("cli.err.needs_value", "--"+needs.GetFlag().Name)
	case errors.As(err, &invalid):
		return cat.T("cli.err.bad_value", safetext.Line(invalid.GetValue()), "--"+invalid.GetFlag().Name)
	case errors.As(err, &syntax):
		return cat.T("cli.err.bad_syntax", safetext.Line(syntax.GetSpecifiedFlag()))
	}
	return safetext.Line(err.Error())
}

func unknownCommand(cat *locale.Catalog, cmds []command, name string) string {
	names := make([]string, len(cmds))
	for i, c := range cmds {
		names[i] = c.name
	}
	name = safetext.Line(name)
	if near := playbook.Nearest(name, names); near != "" {
		return cat.T("cli.err.unknown_command", name, near)
	}
	return cat.T("cli.err.unknown_command_plain", name)
}

// usageError prints msg and where to find help, and returns exitUsage.
func (e *env) usageError(cmd command, msg string) int {
	fmt.Fprintln(e.stderr, e.cat.T("cli.err.usage", msg))
	target := "winwin"
	if cmd.name != "" {
		target += " " + cmd.name
	}
	fmt.Fprintln(e.stderr, e.cat.T("cli.err.hint", target))
	return exitUsage
}

// problem prints one problem with an input (file: reason) to stderr.
func (e *env) problem(line string) {
	fmt.Fprintln(e.stderr, safetext.Line(line))
}
