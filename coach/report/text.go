package report

import (
	"strings"
	"unicode/utf8"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// barCells is the width of a score bar: one cell per five points.
const barCells = 20

// Text renders a as a readable summary for a terminal, one item per line.
// Lines are not wrapped: the terminal does that, and a pipe keeps them
// whole for grep.
func Text(a *coach.Assessment, cat *locale.Catalog, opts Options) string {
	t := &textWriter{cat: cat, st: opts.Style}
	t.header(a, opts.File)
	t.scores(a)
	t.reasons(a)
	t.flags(a)
	t.talk(a)
	t.actions(a)
	t.findOut(a)
	t.money(a)
	return t.b.String()
}

type textWriter struct {
	b   strings.Builder
	cat *locale.Catalog
	st  Style
}

func (t *textWriter) line(parts ...string) {
	for _, p := range parts {
		t.b.WriteString(p)
	}
	t.b.WriteByte('\n')
}

func (t *textWriter) heading(s string) {
	t.line()
	t.line(apply(t.st.Heading, s))
}

// because is the muted "(because of a, b)" suffix, or "" without ids.
func (t *textWriter) because(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return "  " + apply(t.st.Muted, "("+t.cat.T("report.because", strings.Join(ids, ", "))+")")
}

func (t *textWriter) header(a *coach.Assessment, file string) {
	if file != "" {
		t.line(apply(t.st.Muted, t.cat.T("report.file", safetext.Line(file))))
	}
	client, offer := dealLine(a, t.cat)
	t.line(apply(t.st.Title, t.cat.T("report.deal", client, offer)))
	t.line()
	verdict := strings.ToUpper(t.cat.T("quadrant."+string(a.Quadrant))) + " · " + a.DecisionTitle
	t.line(apply(t.quadrantStyle(a.Quadrant), verdict), apply(t.st.Muted, " — "+t.cat.T("quadrant.hint."+string(a.Quadrant))))
	if a.Summary != "" {
		t.line(a.Summary)
	}
	if a.Decline != nil {
		t.line(t.cat.T("report.decline_kind", t.cat.T("decline."+string(a.Decline.Kind))))
	}
	if a.Provisional {
		t.line(apply(t.st.Warn, t.cat.T("report.provisional", a.Unknown, a.Scored)))
	}
	t.line(apply(t.st.Muted, t.cat.T("report.answered", a.Answered, a.Total)))
}

func (t *textWriter) quadrantStyle(q coach.Quadrant) func(string) string {
	switch q {
	case coach.WinWin:
		return t.st.Win
	case coach.LoseLose:
		return t.st.Lose
	}
	return t.st.Warn
}

func (t *textWriter) scores(a *coach.Assessment) {
	t.heading(t.cat.T("report.scores", int(a.Bar)))
	rows := scoreRows(a, t.cat)
	width := 0
	for _, r := range rows {
		width = max(width, utf8.RuneCountInString(r.label))
	}
	for _, r := range rows {
		label := r.label + strings.Repeat(" ", width-utf8.RuneCountInString(r.label))
		score := scoreText(r.score)
		score = strings.Repeat(" ", 3-utf8.RuneCountInString(score)) + score
		style := t.st.Muted
		if r.score.Known {
			style = t.st.Lose
			if r.score.Value >= a.Bar {
				style = t.st.Win
			}
		}
		var rest string
		switch {
		case r.outcome != "":
			rest = apply(t.outcomeStyle(r.outcome), sideOutcome(t.cat, r.side, r.outcome))
		case r.score.Known:
			rest = apply(style, bar(r.score.Value))
		default:
			rest = apply(t.st.Muted, t.cat.T("report.no_score"))
		}
		t.line("  ", label, "  ", apply(style, score), "  ", rest)
	}
}

func (t *textWriter) outcomeStyle(o coach.Outcome) func(string) string {
	switch o {
	case coach.Win:
		return t.st.Win
	case coach.Lose:
		return t.st.Lose
	}
	return t.st.Open
}

// bar draws a 0..100 score as filled and empty cells.
func bar(v float64) string {
	n := min(barCells, max(0, int(v/100*barCells+0.5)))
	return strings.Repeat("█", n) + strings.Repeat("░", barCells-n)
}

func (t *textWriter) reasons(a *coach.Assessment) {
	if len(a.Reasons) == 0 {
		return
	}
	t.heading(t.cat.T("report.why"))
	for _, r := range a.Reasons {
		t.line("  • ", r.Text, t.because(r.Because))
	}
}

func (t *textWriter) flags(a *coach.Assessment) {
	t.heading(t.cat.T("report.flags"))
	if len(a.Flags) == 0 {
		t.line("  ", apply(t.st.Muted, t.cat.T("report.no_flags")))
		return
	}
	for _, f := range a.Flags {
		mark, style := "i", t.st.Info
		switch f.Severity {
		case playbook.Knockout:
			mark, style = "✗", t.st.Knockout
		case playbook.Warning:
			mark, style = "!", t.st.Warn
		}
		label := apply(style, mark+" "+t.cat.T("report.severity."+string(f.Severity))+":")
		t.line("  ", label, " ", f.Message, t.because(f.Because))
	}
}

func (t *textWriter) talk(a *coach.Assessment) {
	t.heading(t.cat.T("report.talking_points"))
	t.line("  ", t.cat.T("report.pros"))
	if len(a.Talk.Pros) == 0 {
		t.line("    ", apply(t.st.Muted, t.cat.T("report.none")))
	}
	for _, p := range a.Talk.Pros {
		t.line("    ", apply(t.st.Win, "+"), " ", safetext.Line(p))
	}
	t.line("  ", t.cat.T("report.cons"))
	if len(a.Talk.Cons) == 0 {
		t.line("    ", apply(t.st.Muted, t.cat.T("report.none")))
	}
	for _, c := range a.Talk.Cons {
		suffix := ""
		if c.FromOffer {
			suffix = "  " + apply(t.st.Warn, "("+t.cat.T("report.from_offer")+")")
		}
		t.line("    ", apply(t.st.Lose, "-"), " ", safetext.Line(c.Text), suffix)
	}
}

func (t *textWriter) actions(a *coach.Assessment) {
	declines, others := actionsByKind(a)
	if len(declines) > 0 {
		t.heading(t.cat.T("report.decline"))
		for _, x := range declines {
			t.line("  → ", x.Text, t.because(x.Because))
		}
	}
	if len(others) > 0 {
		t.heading(t.cat.T("report.actions"))
		for _, x := range others {
			t.line("  → ", x.Text, t.because(x.Because))
		}
	}
}

func (t *textWriter) findOut(a *coach.Assessment) {
	if len(a.FindOut) == 0 {
		return
	}
	t.heading(t.cat.T("report.find_out"))
	for _, f := range a.FindOut {
		t.line("  ", apply(t.st.Info, "?"), " ", f.Text, "  ", apply(t.st.Muted, "("+f.Question+")"))
	}
}

func (t *textWriter) money(a *coach.Assessment) {
	t.heading(t.cat.T("report.money"))
	t.line("  ", marginLine(a, t.cat))
	t.line("  ", a.WalkAway.Line)
}
