package verdict

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/tui/bigtext"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/theme"
)

// bigMinHeight is the height from which the card opens with the quadrant
// and decision in large type; below it the card's words must fit first.
const bigMinHeight = 30

// builder lays the verdict out as lines; lines that name answers become
// links. Every line starts with a space, the place of the cursor mark.
type builder struct {
	c      common.Common
	a      *coach.Assessment
	width  int
	height int
	lines  []string
	links  []link
}

func (b *builder) add(line, id string) {
	if id != "" {
		b.links = append(b.links, link{line: len(b.lines), id: id})
	}
	b.lines = append(b.lines, line)
}

func (b *builder) blank() { b.lines = append(b.lines, "") }

// wrapped adds text wrapped to the width under a prefix, linking the first
// line to id.
func (b *builder) wrapped(prefix, text, id string) {
	indent := strings.Repeat(" ", lipgloss.Width(prefix))
	for i, l := range strings.Split(ansi.Wordwrap(text, max(10, b.width-lipgloss.Width(prefix)-1), ""), "\n") {
		p := indent
		if i == 0 {
			p = prefix
		}
		lid := ""
		if i == 0 {
			lid = id
		}
		b.add(p+l, lid)
	}
}

func (b *builder) heading(title string) {
	b.blank()
	b.add(" "+b.c.Theme.Heading.Render(title), "")
}

// content is the card, then every section of the verdict in the order
// the text report and the Markdown share.
func (b *builder) content() {
	d := report.Layout(b.a, b.c.Cat, b.c.Playbook)
	b.card(d.Card)
	for _, s := range d.Sections {
		b.heading(s.Title)
		for _, it := range s.Items {
			b.item(s.ID, it)
		}
	}
}

func (b *builder) card(c report.Card) {
	th := b.c.Theme
	style := th.Quadrant(c.Quadrant)
	headline := b.c.T("quadrant."+string(c.Quadrant)) + "  " + c.Title
	if big, ok := bigtext.Render(headline); ok && b.height >= bigMinHeight && bigtext.Width(headline) <= b.width-2 {
		for _, l := range big {
			b.add(" "+style.Render(l), "")
		}
	}
	b.wrapped(" ", style.Render(strings.ToUpper(c.Title))+th.Muted.Render("  ·  ")+style.Render(c.Words), "")
	if c.Why != "" {
		b.wrapped(" ", th.Text.Render(c.Why), c.WhyLink)
	}
	if c.Provisional != "" {
		b.wrapped(" ", th.Warn.Render(c.Provisional), "")
	}
	b.wrapped(" ", th.Text.Render(c.Money), coach.IDPrice)
	if len(c.Actions) > 0 {
		b.heading(b.c.T(report.TodoKey(c)))
		for i, x := range c.Actions {
			b.wrapped(" "+th.Accent.Render(strconv.Itoa(i+1)+".")+" ", x.Text, x.Link)
		}
	}
	if len(c.Say) > 0 {
		b.heading(b.c.T("report.card.say"))
		for _, x := range c.Say {
			text := "“" + x.Text + "”"
			if x.Kind != "" {
				text = th.Heading.Render(x.Kind+":") + " " + text
			}
			b.wrapped("   ", text, "")
		}
	}
}

// item draws one line of a section with its mark, the answers behind it
// and a note.
func (b *builder) item(section string, it report.Item) {
	th := b.c.Theme
	switch {
	case it.Sub:
		b.add(" "+th.Muted.Render(it.Text), it.Link)
		return
	case it.Mark == "":
		text := it.Text
		if it.Kind != "" {
			text = it.Kind + " " + tonePaint(th, it.Tone).Render(text)
		} else {
			text = tonePaint(th, it.Tone).Render(text)
		}
		indent := " "
		if section == "talk" {
			indent = "   "
		}
		b.wrapped(indent, text, it.Link)
		return
	}
	text := it.Text
	if it.Kind != "" {
		text = tonePaint(th, it.Tone).Render(it.Kind+":") + " " + text
	}
	if it.Note != "" {
		text += th.Warn.Render("  (" + it.Note + ")")
	}
	if len(it.Because) > 0 {
		text += th.Faint.Render("  (" + b.c.T("report.because", strings.Join(it.Because, ", ")) + ")")
	}
	indent := " "
	if section == "talk" {
		indent = "   "
	}
	mark := it.Mark
	if mark == "-" {
		mark = "−" // a minus, the width of the plus above it
	}
	b.wrapped(indent+tonePaint(th, it.Tone).Render(mark)+" ", text, it.Link)
}

func tonePaint(th *theme.Theme, t report.Tone) theme.Paint {
	switch t {
	case report.Win:
		return th.Win
	case report.Lose:
		return th.Lose
	case report.Warn:
		return th.Warn
	case report.Info:
		return th.Info
	case report.Knockout:
		return th.Knockout
	case report.Accent:
		return th.Accent
	case report.Muted:
		return th.Muted
	}
	return th.Text
}
