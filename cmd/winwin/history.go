package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/safetext"
)

// historyCommand is `winwin history [--json]`: every stored session
// (every revision of every deal) in the order it was stored. A terminal
// gets a table; a pipe, or --json, gets one JSON object per line. Rows
// stream from the journal one at a time, so memory stays flat however
// long the history is.
func historyCommand(fs *pflag.FlagSet) runFunc {
	asJSON := fs.Bool("json", false, "cli.flag.history_json")
	return func(e *env, args []string) int {
		if len(args) > 0 {
			return e.usageError(command{name: "history"}, e.cat.T("cli.history.no_args"))
		}
		j, code := e.readJournal()
		if j == nil {
			if code == exitOK && !*asJSON && isTerminal(e.stdout) {
				e.problem(e.cat.T("cli.history.empty"))
			}
			return code
		}
		defer j.Close()
		out := bufio.NewWriterSize(e.stdout, 64<<10)
		var w historyWriter = &jsonLines{out: out}
		if !*asJSON && isTerminal(e.stdout) {
			w = newHistoryTable(e, out)
		}
		n := 0
		for s, err := range j.All(context.Background(), "") {
			if err != nil {
				_ = out.Flush()
				return e.journalFailed(err)
			}
			if err := w.write(s); err != nil {
				e.problem(e.cat.T("cli.err.write", err.Error()))
				return exitFail
			}
			n++
		}
		if err := out.Flush(); err != nil {
			e.problem(e.cat.T("cli.err.write", err.Error()))
			return exitFail
		}
		if n == 0 && !*asJSON && isTerminal(e.stdout) {
			e.problem(e.cat.T("cli.history.empty"))
		}
		return exitOK
	}
}

// historyWriter writes one session of the history.
type historyWriter interface {
	write(s journal.Session) error
}

// historyLine is the head of one JSON line; the stored assessment, as
// `winwin assess --json` wrote it then, follows as "assessment".
type historyLine struct {
	ID          string            `json:"id"`
	Deal        int64             `json:"deal"`
	Revision    int               `json:"revision"`
	Time        time.Time         `json:"time"`
	Client      string            `json:"client"`
	Offer       string            `json:"offer"`
	Quadrant    coach.Quadrant    `json:"quadrant"`
	Decision    coach.Decision    `json:"decision"`
	Provisional bool              `json:"provisional"`
	Playbook    coach.PlaybookRef `json:"playbook"`
	Locale      string            `json:"locale"`
}

// jsonLines writes JSON Lines. The stored assessment is spliced in as it
// is (encoding/json wrote it when the verdict was saved), which halves
// the time of decoding and encoding it again for each of 100,000 lines.
type jsonLines struct {
	out *bufio.Writer
}

func (w *jsonLines) write(s journal.Session) error {
	head, err := json.Marshal(historyLine{
		ID: s.Ref.String(), Deal: s.Deal, Revision: s.Revision, Time: s.Time.UTC(),
		Client: s.Client, Offer: s.Offer, Quadrant: s.Quadrant, Decision: s.Decision,
		Provisional: s.Provisional, Playbook: s.Playbook, Locale: s.Locale,
	})
	if err != nil {
		return err
	}
	assessment := []byte(s.AssessmentJSON)
	if n := len(assessment); n < 2 || assessment[0] != '{' || assessment[n-1] != '}' {
		// A damaged row must not break the stream. (Checking every
		// stored object in full would cost as much as the rest.)
		assessment = []byte("null")
	}
	_, _ = w.out.Write(head[:len(head)-1])
	_, _ = w.out.WriteString(`,"assessment":`)
	_, _ = w.out.Write(assessment)
	_, err = w.out.WriteString("}\n")
	return err
}

// historyTable writes aligned rows for a terminal: the id, the time, the
// client and offer (cut to fit), the quadrant and the decision.
type historyTable struct {
	e       *env
	out     io.Writer
	name    int // width of the client and of the offer column
	started bool
}

func newHistoryTable(e *env, out io.Writer) *historyTable {
	width := 100
	if f, ok := e.stdout.(interface{ Fd() uintptr }); ok {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			width = w
		}
	}
	// id 8, time 16, quadrant 9, decision 20, five gaps of 2.
	return &historyTable{e: e, out: out, name: max(12, (width-8-16-9-20-10)/2)}
}

func (t *historyTable) write(s journal.Session) error {
	cat := t.e.cat
	if !t.started {
		t.started = true
		if err := t.row(cat.T("cli.history.col.id"), cat.T("cli.history.col.time"), cat.T("cli.history.col.client"),
			cat.T("cli.history.col.offer"), cat.T("cli.history.col.quadrant"), cat.T("cli.history.col.decision")); err != nil {
			return err
		}
	}
	return t.row(s.Ref.String(), s.Time.Format("2006-01-02 15:04"), safetext.Line(s.Client), safetext.Line(s.Offer),
		cat.T("quadrant."+string(s.Quadrant)), report.DecisionMark(cat, s.Decision, s.Provisional))
}

func (t *historyTable) row(id, at, client, offer, quadrant, decision string) error {
	cells := []string{pad(id, 8), pad(at, 16), pad(client, t.name), pad(offer, t.name), pad(quadrant, 9), decision}
	_, err := io.WriteString(t.out, strings.TrimRight(strings.Join(cells, "  "), " ")+"\n")
	return err
}

// pad cuts or pads s to w cells.
func pad(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	if n := w - ansi.StringWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}
