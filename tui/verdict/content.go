package verdict

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/bigtext"
	"github.com/winwincoach/winwin/tui/common"
)

// builder lays the verdict out as lines; lines that name answers become
// links. Every line starts with a space, the place of the cursor mark.
type builder struct {
	c     common.Common
	a     *coach.Assessment
	width int
	lines []string
	links []link
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

func (b *builder) heading(key string) {
	b.blank()
	b.add(" "+b.c.Theme.Heading.Render(b.c.T(key)), "")
}

func (b *builder) content() {
	th := b.c.Theme
	a := b.a
	q := b.c.T("quadrant." + string(a.Quadrant))
	d := b.c.T("decision." + string(a.Decision))
	style := th.Warn
	switch a.Quadrant {
	case coach.WinWin:
		style = th.Win
	case coach.LoseLose:
		style = th.Lose
	}
	headline := q + "  " + d
	if big, ok := bigtext.Render(headline); ok && bigtext.Width(headline) <= b.width-2 {
		for _, l := range big {
			b.add(" "+style.Render(l), "")
		}
	} else {
		b.add(" "+style.Render(strings.ToUpper(q))+"  "+th.Heading.Render(strings.ToUpper(d)), "")
	}
	b.wrapped(" ", th.Text.Render(a.Summary), "")
	if a.Provisional {
		b.wrapped(" ", th.Warn.Render(b.c.T("verdict.provisional", a.Unknown, a.Scored)), "")
	}

	b.heading("verdict.why")
	for _, r := range a.Reasons {
		b.reason("•", r.Text, r.Because)
	}
	for _, f := range a.Flags {
		if f.Severity != playbook.Knockout {
			b.reason(flagMark(b, f.Severity), f.Message, f.Because)
		}
	}

	b.talk()
	b.actions()

	if len(a.FindOut) > 0 {
		b.heading("verdict.find_out")
		for _, f := range a.FindOut {
			b.wrapped(" "+th.Info.Render("?")+" ", f.Text, f.Question)
		}
	}

	b.heading("verdict.money")
	if a.Margin != nil {
		lang := b.c.Lang()
		b.add(" "+b.c.T("verdict.margin", locale.FormatMoney(lang, a.Margin.Amount), locale.FormatPercent(lang, a.Margin.Percent)), coach.IDPrice)
	}
	b.add(" "+a.WalkAway.Line, coach.IDWalkAway)
}

// reason adds a line with the answers behind it, linking to the first.
func (b *builder) reason(mark, text string, because []string) {
	id := ""
	if len(because) > 0 {
		id = because[0]
		text += b.c.Theme.Faint.Render("  (" + b.c.T("verdict.because") + " " + strings.Join(because, ", ") + ")")
	}
	b.wrapped(" "+mark+" ", text, id)
}

func flagMark(b *builder, s playbook.Severity) string {
	th := b.c.Theme
	switch s {
	case playbook.Knockout:
		return th.Knockout.Render("✗")
	case playbook.Warning:
		return th.Warn.Render("!")
	}
	return th.Info.Render("i")
}

func (b *builder) talk() {
	th := b.c.Theme
	t := b.a.Talk
	b.heading("verdict.talking_points")
	b.add(" "+th.Muted.Render(b.c.T("verdict.pros")), coach.IDPros)
	if len(t.Pros) == 0 {
		b.add("   "+th.Faint.Render(b.c.T("verdict.none")), "")
	}
	for _, p := range t.Pros {
		b.wrapped("   "+th.Win.Render("+")+" ", p, "")
	}
	b.add(" "+th.Muted.Render(b.c.T("verdict.cons")), coach.IDCons)
	if len(t.Cons) == 0 {
		b.add("   "+th.Faint.Render(b.c.T("verdict.none")), "")
	}
	for _, c := range t.Cons {
		text := c.Text
		id := ""
		if c.FromOffer {
			text += th.Warn.Render("  (" + b.c.T("verdict.from_offer") + ")")
			id = coach.IDCons
		}
		b.wrapped("   "+th.Lose.Render("−")+" ", text, id)
	}
}

func (b *builder) actions() {
	th := b.c.Theme
	var declines, rest []coach.Action
	for _, act := range b.a.Actions {
		if act.Kind == coach.ActionDecline {
			declines = append(declines, act)
		} else {
			rest = append(rest, act)
		}
	}
	if len(declines) > 0 {
		b.heading("verdict.how_to_decline")
		for _, act := range declines {
			b.wrapped(" "+th.Accent.Render("→")+" ", act.Text, first(act.Because))
		}
	}
	b.heading("verdict.actions")
	for _, act := range rest {
		b.wrapped(" "+th.Accent.Render("→")+" ", act.Text, first(act.Because))
	}
}

func first(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}
