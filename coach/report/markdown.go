package report

import (
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
)

// Markdown renders a for CRM notes: headings and bullet lists, no colour,
// with every text that is not one of our own labels escaped, so a client
// called "*Acme* [beta]" shows as written and a con starting with "#"
// does not become a heading.
func Markdown(a *coach.Assessment, cat *locale.Catalog, opts Options) string {
	m := &mdWriter{cat: cat}
	client, offer := dealLine(a, cat)
	m.line("## ", cat.T("report.deal", Escape(client), Escape(offer)))
	if opts.File != "" {
		m.line()
		m.line("*", cat.T("report.file", "`"+codeSpan(safetext.Line(opts.File))+"`"), "*")
	}
	m.line()
	m.line("**", cat.T("quadrant."+string(a.Quadrant)), " · ", Escape(a.DecisionTitle), "** — ", cat.T("quadrant.hint."+string(a.Quadrant)))
	if a.Summary != "" {
		m.line()
		m.line(Escape(a.Summary))
	}
	if a.Decline != nil {
		m.line()
		m.line(cat.T("report.decline_kind", cat.T("decline."+string(a.Decline.Kind))))
	}
	if a.Provisional {
		m.line()
		m.line("> **", cat.T("report.provisional", a.Unknown, a.Scored), "**")
	}
	m.line()
	m.line(cat.T("report.answered", a.Answered, a.Total))

	m.heading(cat.T("report.scores", int(a.Bar)))
	for _, r := range scoreRows(a, cat) {
		text := scoreText(r.score)
		if !r.score.Known {
			text = cat.T("report.no_score")
		}
		if r.outcome != "" {
			text += ", " + sideOutcome(cat, r.side, r.outcome)
		}
		m.line("- ", r.label, ": ", text)
	}

	if len(a.Reasons) > 0 {
		m.heading(cat.T("report.why"))
		for _, r := range a.Reasons {
			m.line("- ", Escape(r.Text), m.because(r.Because))
		}
	}

	m.heading(cat.T("report.flags"))
	if len(a.Flags) == 0 {
		m.line("- ", cat.T("report.no_flags"))
	}
	for _, f := range a.Flags {
		m.line("- **", cat.T("report.severity."+string(f.Severity)), ":** ", Escape(f.Message), m.because(f.Because))
	}

	m.talk(a)
	declines, others := actionsByKind(a)
	m.actions(cat.T("report.decline"), declines)
	m.actions(cat.T("report.actions"), others)

	if len(a.FindOut) > 0 {
		m.heading(cat.T("report.find_out"))
		for _, f := range a.FindOut {
			m.line("- ", Escape(f.Text), " (`", codeSpan(f.Question), "`)")
		}
	}

	m.heading(cat.T("report.money"))
	m.line("- ", Escape(marginLine(a, cat)))
	m.line("- ", Escape(a.WalkAway.Line))
	return m.b.String()
}

type mdWriter struct {
	b   strings.Builder
	cat *locale.Catalog
}

func (m *mdWriter) line(parts ...string) {
	for _, p := range parts {
		m.b.WriteString(p)
	}
	m.b.WriteByte('\n')
}

func (m *mdWriter) heading(s string) {
	m.line()
	m.line("### ", s)
	m.line()
}

// because lists answer ids as code, which needs no escaping.
func (m *mdWriter) because(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	codes := make([]string, len(ids))
	for i, id := range ids {
		codes[i] = "`" + codeSpan(id) + "`"
	}
	return " *(" + m.cat.T("report.because", strings.Join(codes, ", ")) + ")*"
}

func (m *mdWriter) talk(a *coach.Assessment) {
	m.heading(m.cat.T("report.talking_points"))
	m.line("**", m.cat.T("report.pros"), "**")
	m.line()
	if len(a.Talk.Pros) == 0 {
		m.line("- ", m.cat.T("report.none"))
	}
	for _, p := range a.Talk.Pros {
		m.line("- ", Escape(p))
	}
	m.line()
	m.line("**", m.cat.T("report.cons"), "**")
	m.line()
	if len(a.Talk.Cons) == 0 {
		m.line("- ", m.cat.T("report.none"))
	}
	for _, c := range a.Talk.Cons {
		suffix := ""
		if c.FromOffer {
			suffix = " *(" + m.cat.T("report.from_offer") + ")*"
		}
		m.line("- ", Escape(c.Text), suffix)
	}
}

func (m *mdWriter) actions(title string, list []coach.Action) {
	if len(list) == 0 {
		return
	}
	m.heading(title)
	for _, x := range list {
		m.line("- ", Escape(x.Text), m.because(x.Because))
	}
}

// Escape makes s safe to place inside a Markdown line: control
// characters and escape sequences go, characters that Markdown reads as
// formatting are backslash-escaped, and a leading marker that would start
// a list, quote or heading is escaped too.
func Escape(s string) string {
	s = safetext.Line(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '&':
			b.WriteByte('\\')
		case '-', '+', '=':
			if strings.TrimSpace(s[:i]) == "" {
				b.WriteByte('\\')
			}
		case '.', ')':
			if isDigits(strings.TrimSpace(s[:i])) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isDigits reports whether s is a non-empty run of digits: "12" before a
// "." would start an ordered list.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// codeSpan makes s safe inside single backticks.
func codeSpan(s string) string {
	return strings.ReplaceAll(safetext.Line(s), "`", "'")
}
