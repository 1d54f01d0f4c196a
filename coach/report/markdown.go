package report

import (
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
)

// Markdown renders a as a CRM note: the deal (client, offer, date, price,
// margin and floor with the currency), the decision and the card first,
// then every section of the verdict, in headings and bullet lists
// without colour. Answers are named by their labels, never their ids.
// Every text that is not one of our own labels is escaped, so a client
// called "*Acme* [beta]" shows as written and a con starting with "#"
// does not become a heading.
func Markdown(a *coach.Assessment, cat *locale.Catalog, opts Options) string {
	m := &mdWriter{cat: cat}
	d := Layout(a, cat, opts.Playbook)
	client, offer := dealLine(a, cat)
	m.line("## ", cat.T("report.deal", Escape(client), Escape(offer)))
	m.line()
	if dl := dateLine(cat, opts.Date); dl != "" {
		m.line("- ", Escape(dl))
	}
	if opts.File != "" {
		m.line("- ", cat.T("report.file", "`"+codeSpan(safetext.Line(opts.File))+"`"))
	}
	m.line("- ", Escape(d.Card.Money))
	m.card(d.Card)
	for _, s := range d.Sections {
		m.section(s)
	}
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

// because names the answers behind a line by their labels.
func (m *mdWriter) because(labels []string) string {
	if len(labels) == 0 {
		return ""
	}
	esc := make([]string, len(labels))
	for i, l := range labels {
		esc[i] = Escape(l)
	}
	return " *(" + m.cat.T("report.because", strings.Join(esc, ", ")) + ")*"
}

func (m *mdWriter) card(c Card) {
	m.line()
	m.line("**", Escape(c.Title), "** — ", Escape(c.Words))
	if c.Why != "" {
		m.line()
		m.line(Escape(c.Why))
	}
	if c.Provisional != "" {
		m.line()
		m.line("> **", Escape(c.Provisional), "**")
	}
	if len(c.Actions) > 0 {
		m.heading(m.cat.T(TodoKey(c)))
		for i, x := range c.Actions {
			m.line(itoa(i+1), ". ", Escape(x.Text))
		}
	}
	if len(c.Say) > 0 {
		m.heading(m.cat.T("report.card.say"))
		for _, x := range c.Say {
			kind := ""
			if x.Kind != "" {
				kind = "**" + Escape(x.Kind) + ":** "
			}
			m.line("- ", kind, Escape(sayText(x)))
		}
	}
}

func (m *mdWriter) section(s Section) {
	m.heading(s.Title)
	for i, it := range s.Items {
		switch {
		case it.Sub:
			if i > 0 {
				m.line()
			}
			m.line("**", Escape(it.Text), "**")
			m.line()
		case it.Mark == "" && it.Kind != "":
			m.line("- ", Escape(it.Kind), " ", Escape(it.Text))
		default:
			kind, note := "", ""
			if it.Kind != "" {
				kind = "**" + Escape(it.Kind) + ":** "
			}
			if it.Note != "" {
				note = " *(" + Escape(it.Note) + ")*"
			}
			m.line("- ", kind, Escape(it.Text), note, m.because(it.Because))
		}
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
