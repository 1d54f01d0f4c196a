package main

import (
	"context"
	"errors"
	"strings"

	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/safetext"
)

// formatYAML is export's deal-file format.
const formatYAML = "yaml"

// exportCommand is `winwin export ID [--format markdown|json|yaml]`: one
// saved deal (ID is 42 for its latest revision, 42.3 for the third) on
// standard output. Markdown and JSON are the stored verdict as `winwin
// assess` prints a verdict (Markdown in the reader's language, JSON as
// saved); YAML is the deal file of its answers,
// which `winwin assess` and `winwin prep` read back unchanged.
func exportCommand(fs *pflag.FlagSet) runFunc {
	format := fs.String("format", formatMarkdown, "cli.flag.export_format")
	return func(e *env, args []string) int {
		usage := command{name: "export"}
		f, ok := exportFormat(*format)
		if !ok {
			return e.usageError(usage, e.cat.T("cli.export.bad_format", safetext.Line(*format)))
		}
		if len(args) != 1 {
			return e.usageError(usage, e.cat.T("cli.export.one_id"))
		}
		ref, err := journal.ParseRef(args[0])
		if err != nil {
			return e.usageError(usage, e.cat.T("cli.export.bad_id", safetext.Line(args[0])))
		}
		pb, code := e.playbook()
		if pb == nil {
			return code
		}
		j, code := e.readJournal()
		if j == nil {
			if code == exitOK {
				e.problem(e.cat.T("cli.export.not_found", ref.String()))
				return exitUsage
			}
			return code
		}
		defer j.Close()
		s, err := j.Get(context.Background(), "", ref)
		if errors.Is(err, journal.ErrNotFound) {
			e.problem(e.cat.T("cli.export.not_found", ref.String()))
			return exitUsage
		}
		if err != nil {
			return e.journalFailed(err)
		}
		var out []byte
		switch f {
		case formatYAML:
			out, err = dealfile.Marshal(pb, s.Answers)
		default:
			var a *coach.Assessment
			if a, err = s.Assessment(); err == nil {
				if f == formatJSON {
					out, err = report.JSON(a, "")
				} else {
					// The words in the reader's language; the JSON stays
					// the record as saved, with its "lang".
					out = []byte(report.Markdown(report.ForViewer(a, pb, e.cat), e.cat, report.Options{Playbook: pb, Date: s.Time}))
				}
			}
		}
		if err != nil {
			return e.journalFailed(err)
		}
		if _, err := e.stdout.Write(out); err != nil {
			e.problem(e.cat.T("cli.err.write", err.Error()))
			return exitFail
		}
		return exitOK
	}
}

func exportFormat(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case formatMarkdown, "md":
		return formatMarkdown, true
	case formatJSON:
		return formatJSON, true
	case formatYAML, "yml":
		return formatYAML, true
	}
	return "", false
}
