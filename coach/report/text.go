package report

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
)

// barCells is the width of a score bar: one cell per five points.
const barCells = 20

// Text renders a as a readable summary for a terminal, one item per line:
// the card first, then every section of the verdict. Lines are not
// wrapped: the terminal does that, and a pipe keeps them whole for grep.
func Text(a *coach.Assessment, cat *locale.Catalog, opts Options) string {
	t := &textWriter{cat: cat, st: opts.Style}
	d := Layout(a, cat, opts.Playbook)
	t.header(a, opts)
	t.card(d.Card)
	for _, s := range d.Sections {
		if s.ID == "scores" {
			t.scores(a)
			continue
		}
		t.section(s)
	}
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

// because is the muted "(because of your floor, your price)" suffix, or
// "" without answers.
func (t *textWriter) because(labels []string) string {
	if len(labels) == 0 {
		return ""
	}
	return "  " + apply(t.st.Muted, "("+t.cat.T("report.because", strings.Join(labels, ", "))+")")
}

func (t *textWriter) header(a *coach.Assessment, opts Options) {
	if opts.File != "" {
		t.line(apply(t.st.Muted, t.cat.T("report.file", safetext.Line(opts.File))))
	}
	client, offer := dealLine(a, t.cat)
	t.line(apply(t.st.Title, t.cat.T("report.deal", client, offer)))
	if d := dateLine(t.cat, opts.Date); d != "" {
		t.line(apply(t.st.Muted, d))
	}
}

func (t *textWriter) card(c Card) {
	t.line()
	t.line(apply(t.quadrantStyle(c.Quadrant), strings.ToUpper(c.Title)), "  ·  ", apply(t.quadrantStyle(c.Quadrant), c.Words))
	if c.Why != "" {
		t.line(c.Why)
	}
	if c.Provisional != "" {
		t.line(apply(t.st.Warn, c.Provisional))
	}
	t.line(c.Money)
	if len(c.Actions) > 0 {
		t.heading(t.cat.T(TodoKey(c)))
		for i, x := range c.Actions {
			t.line("  ", apply(t.st.Heading, itoa(i+1)+"."), " ", x.Text)
		}
	}
	if len(c.Say) > 0 {
		t.heading(t.cat.T("report.card.say"))
		for _, x := range c.Say {
			kind := ""
			if x.Kind != "" {
				kind = apply(t.st.Heading, x.Kind+":") + " "
			}
			t.line("  ", kind, sayText(x))
		}
	}
}

func (t *textWriter) section(s Section) {
	t.heading(s.Title)
	for _, it := range s.Items {
		switch {
		case it.Sub:
			t.line("  ", it.Text)
			continue
		case it.Mark == "":
			kind := ""
			if it.Kind != "" {
				kind = it.Kind + " "
			}
			t.line("  ", kind, apply(t.tone(it.Tone), it.Text))
			continue
		}
		indent := "  "
		if s.ID == "talk" {
			indent = "    "
		}
		mark := apply(t.tone(it.Tone), it.Mark)
		kind := ""
		if it.Kind != "" {
			kind = apply(t.tone(it.Tone), it.Kind+":") + " "
		}
		note := ""
		if it.Note != "" {
			note = "  " + apply(t.st.Warn, "("+it.Note+")")
		}
		t.line(indent, mark, " ", kind, safetext.Line(it.Text), note, t.because(it.Because))
	}
}

func (t *textWriter) tone(x Tone) func(string) string {
	switch x {
	case Win:
		return t.st.Win
	case Lose:
		return t.st.Lose
	case Warn:
		return t.st.Warn
	case Info:
		return t.st.Info
	case Knockout:
		return t.st.Knockout
	case Muted:
		return t.st.Muted
	case Accent:
		return t.st.Heading
	}
	return nil
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
	t.line("  ", apply(t.st.Muted, t.cat.T("report.answered", a.Answered, a.Total)))
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

func itoa(n int) string { return strconv.Itoa(n) }
