package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/safetext"
)

// importCommand is `winwin import FILE|DIR|- ...`: deal files into the
// journal, each as a new deal assessed by the coach, dated by the file's
// modification time (standard input: now). Bad files are reported as
// `winwin assess` reports them and give exit 2; the good ones are still
// imported, all in one transaction, so a failing journal stores none.
func importCommand(*pflag.FlagSet) runFunc {
	return func(e *env, args []string) int {
		if len(args) == 0 {
			return e.usageError(command{name: "import"}, e.cat.T("cli.err.no_files"))
		}
		pb, code := e.playbook()
		if pb == nil {
			return code
		}
		c := coach.New(pb, e.cat)
		var (
			sessions []journal.NewSession
			labels   []string
			bad      bool
		)
		for _, it := range e.expand(args) {
			if it.problem != "" {
				e.problem(it.problem)
				bad = true
				continue
			}
			ans, at, ok := e.importOne(c, it.in)
			if !ok {
				bad = true
				continue
			}
			sessions = append(sessions, journal.NewSession{Answers: ans, Assessment: c.Assess(ans), Time: at})
			labels = append(labels, safetext.Line(it.in.label))
		}
		if len(sessions) > 0 {
			j, code := e.writeJournal()
			if j == nil {
				return code
			}
			defer j.Close()
			refs, err := j.SaveSessions(context.Background(), "", sessions)
			if err != nil {
				return e.journalFailed(err)
			}
			for i, ref := range refs {
				a := sessions[i].Assessment
				if _, err := fmt.Fprintln(e.stdout, e.cat.T("cli.import.done", labels[i], ref.Deal,
					e.cat.T("quadrant."+string(a.Quadrant)), e.cat.T("decision."+string(a.Decision)))); err != nil {
					e.problem(e.cat.T("cli.err.write", err.Error()))
					return exitFail
				}
			}
		}
		if bad {
			return exitUsage
		}
		return exitOK
	}
}

// importOne reads and parses one deal file, reporting its problems. at
// is the file's modification time; zero (now) for standard input.
func (e *env) importOne(c *coach.Coach, in input) (coach.Answers, time.Time, bool) {
	label := safetext.Line(in.label)
	data, msg := e.read(in)
	if msg != "" {
		e.problem(label + ": " + msg)
		return nil, time.Time{}, false
	}
	ans, err := dealfile.Parse(c.Playbook(), data, label)
	if err != nil {
		var de *dealfile.Error
		if !errors.As(err, &de) {
			e.problem(label + ": " + err.Error())
			return nil, time.Time{}, false
		}
		for _, p := range de.Problems {
			e.problem(p.Format(e.cat))
		}
		return nil, time.Time{}, false
	}
	var at time.Time
	if !in.stdin {
		if st, err := os.Stat(in.path); err == nil {
			at = st.ModTime()
		}
	}
	return ans, at, true
}
