package main

import (
	"bufio"
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/theme"
)

// The output formats of assess.
const (
	formatText     = "text"
	formatJSON     = "json"
	formatMarkdown = "markdown"
)

// assessCommand is `winwin assess FILE|DIR|- ... [--format F] [--json]`.
func assessCommand(fs *pflag.FlagSet) runFunc {
	format := fs.String("format", formatText, "cli.flag.format")
	asJSON := fs.Bool("json", false, "cli.flag.json")
	return func(e *env, args []string) int {
		f, ok := parseFormat(*format)
		if !ok {
			return e.usageError(command{name: "assess"}, e.cat.T("cli.err.bad_format", safetext.Line(*format)))
		}
		if *asJSON {
			f = formatJSON
		}
		if len(args) == 0 {
			return e.usageError(command{name: "assess"}, e.cat.T("cli.err.no_files"))
		}
		pb, code := e.playbook()
		if code != exitOK {
			return code
		}
		a := &assessor{e: e, coach: coach.New(pb, e.cat), format: f, out: bufio.NewWriterSize(e.stdout, 64<<10)}
		if f == formatText {
			a.style = e.textStyle()
		}
		return a.run(args)
	}
}

func parseFormat(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case formatText, "txt":
		return formatText, true
	case formatJSON:
		return formatJSON, true
	case formatMarkdown, "md":
		return formatMarkdown, true
	}
	return "", false
}

// textStyle colours the text report only for a terminal, and never with
// NO_COLOR or --no-color: piped output stays plain.
func (e *env) textStyle() report.Style {
	if e.global.noColor || e.getenv("NO_COLOR") != "" {
		return report.Style{}
	}
	f, ok := e.stdout.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return report.Style{}
	}
	return theme.New(lipgloss.NewRenderer(e.stdout), false).ReportStyle()
}

// assessor is one run of assess over its inputs.
type assessor struct {
	e      *env
	coach  *coach.Coach
	format string
	style  report.Style
	out    *bufio.Writer
	done   int  // reports written
	bad    bool // an input was bad
	failed error
}

func (a *assessor) run(args []string) int {
	items := a.e.expand(args)
	// One named file gets an indented JSON document; anything that may
	// be several (more arguments, a directory) gets one object per line.
	single := len(args) == 1 && len(items) == 1 && (items[0].in.stdin || items[0].in.path == args[0])
	for _, it := range items {
		if it.problem != "" {
			a.problem(it.problem)
			continue
		}
		a.one(it.in, single)
		if a.failed != nil {
			break
		}
	}
	if a.failed == nil {
		a.failed = a.out.Flush()
	}
	switch {
	case a.failed != nil:
		a.e.problem(a.e.cat.T("cli.err.write", a.failed.Error()))
		return exitFail
	case a.bad:
		return exitUsage
	}
	return exitOK
}

// problem reports a bad input on stderr, after what stdout holds so far.
func (a *assessor) problem(line string) {
	a.bad = true
	if a.failed == nil {
		a.failed = a.out.Flush()
	}
	a.e.problem(line)
}

// one reads, parses, assesses and prints one input.
func (a *assessor) one(in input, single bool) {
	label := safetext.Line(in.label)
	data, msg := a.e.read(in)
	if msg != "" {
		a.problem(label + ": " + msg)
		return
	}
	ans, err := dealfile.Parse(a.coach.Playbook(), data, label)
	if err != nil {
		var de *dealfile.Error
		if !errors.As(err, &de) {
			a.problem(label + ": " + err.Error())
			return
		}
		for _, p := range de.Problems {
			a.problem(p.Format(a.e.cat))
		}
		return
	}
	file := label
	if in.stdin {
		file = ""
	}
	a.write(a.render(a.coach.Assess(ans), file, single))
}

func (a *assessor) render(as *coach.Assessment, file string, single bool) string {
	cat := a.e.cat
	switch a.format {
	case formatJSON:
		var b []byte
		var err error
		if single {
			b, err = report.JSON(as, file)
		} else {
			b, err = report.JSONLine(as, file)
		}
		if err != nil {
			a.failed = err
			return ""
		}
		return string(b)
	case formatMarkdown:
		s := report.Markdown(as, cat, report.Options{File: file, Playbook: a.coach.Playbook(), Date: time.Now()})
		if a.done > 0 {
			s = "\n---\n\n" + s
		}
		return s
	}
	s := report.Text(as, cat, report.Options{File: file, Style: a.style, Playbook: a.coach.Playbook()})
	if a.done > 0 {
		s = "\n" + s
	}
	return s
}

func (a *assessor) write(s string) {
	if a.failed != nil || s == "" {
		return
	}
	if _, err := a.out.WriteString(s); err != nil {
		a.failed = err
		return
	}
	a.done++
}
