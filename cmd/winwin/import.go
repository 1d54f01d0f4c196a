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
		imp := &importer{e: e, c: c, items: e.expand(args)}
		// Files are read and stored one at a time (bounded memory): the
		// journal is opened at the first good file, so a run of bad files
		// creates nothing, and the rest stream into the same transaction.
		first, ok := imp.next()
		if ok {
			j, code := e.writeJournal()
			if j == nil {
				return code
			}
			defer j.Close()
			pending := &first
			refs, err := j.SaveSessionsFrom(context.Background(), "", func() (journal.NewSession, bool, error) {
				if pending != nil {
					s := *pending
					pending = nil
					return s, true, nil
				}
				s, ok := imp.next()
				return s, ok, nil
			})
			if err != nil {
				return e.journalFailed(err)
			}
			for i, ref := range refs {
				r := imp.done[i]
				if _, err := fmt.Fprintln(e.stdout, e.cat.T("cli.import.done", r.label, ref.Deal,
					e.cat.T("quadrant."+string(r.quadrant)), e.cat.T("decision."+string(r.decision)))); err != nil {
					e.problem(e.cat.T("cli.err.write", err.Error()))
					return exitFail
				}
			}
		}
		bad := imp.bad
		if bad {
			return exitUsage
		}
		return exitOK
	}
}

// importer walks import's arguments, one good file at a time, keeping
// only what the report needs of each file stored.
type importer struct {
	e     *env
	c     *coach.Coach
	items []item
	bad   bool
	done  []imported
}

// imported is what the report says of a stored file.
type imported struct {
	label    string
	quadrant coach.Quadrant
	decision coach.Decision
}

// next reads, parses and assesses the next good file, reporting the bad
// ones on the way; false when there are no more.
func (imp *importer) next() (journal.NewSession, bool) {
	for len(imp.items) > 0 {
		it := imp.items[0]
		imp.items = imp.items[1:]
		if it.problem != "" {
			imp.e.problem(it.problem)
			imp.bad = true
			continue
		}
		ans, at, ok := imp.e.importOne(imp.c, it.in)
		if !ok {
			imp.bad = true
			continue
		}
		a := imp.c.Assess(ans)
		imp.done = append(imp.done, imported{label: safetext.Line(it.in.label), quadrant: a.Quadrant, decision: a.Decision})
		return journal.NewSession{Answers: ans, Assessment: a, Time: at, Imported: true}, true
	}
	return journal.NewSession{}, false
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
