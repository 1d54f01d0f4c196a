package room

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/tui/layout"
)

// View draws the room's lines and the flow, or the waiting panel.
func (p Participant) View() string {
	th := p.c.Theme
	w := max(20, p.width-2)
	if p.flow == nil {
		return "\n  " + th.Warn.Render(ansi.Truncate(p.problem, w, "…"))
	}
	top := p.banner(w)
	var body []string
	if p.waiting() {
		body = p.waitingLines(w)
	} else {
		body = strings.Split(p.flow.View(), "\n")
	}
	lines := append(top, body...)
	return strings.Join(layout.Lines(lines, max(1, p.height)), "\n")
}

// banner is the room's two lines: the code and the state; after the
// reveal the expert verdict and how the room called it.
func (p Participant) banner(w int) []string {
	th := p.c.Theme
	s := p.snap
	head := " " + th.Title.Render(p.c.T("room.title")) + " " + th.Accent.Render(s.Code) + "  "
	switch {
	case p.problem != "":
		return []string{head + th.Warn.Render(ansi.Truncate(p.problem, w, "…")), ""}
	case !s.Open:
		return []string{head + th.Warn.Render(p.c.T("room.closed_participant")), ""}
	case s.Revealed && s.Expert != nil:
		calls := []string{}
		for _, c := range s.Spread.Quadrants {
			calls = append(calls, p.c.T("quadrant."+c.Key)+" "+itoa(c.N))
		}
		return []string{
			ansi.Truncate(head+th.Muted.Render(p.c.T("room.expert")+" ")+th.Heading.Render(verdictText(p.c.T, *s.Expert)), w+2, "…"),
			" " + th.Muted.Render(ansi.Truncate(p.c.T("room.room_called", strings.Join(calls, " · ")), w, "…")),
		}
	}
	return []string{head + th.Muted.Render(ansi.Truncate(p.c.T("room.participant_hint"), max(1, w-layout.Width(head)), "…")), ""}
}

// waitingLines is the panel shown between the call and the reveal.
func (p Participant) waitingLines(w int) []string {
	th := p.c.Theme
	v, _, _ := p.flow.Call()
	out := []string{"", "  " + th.Heading.Render(p.c.T("room.your_call")) + "  " + th.Text.Render(verdictText(p.c.T, v)), ""}
	for _, l := range strings.Split(ansi.Wordwrap(p.c.T("room.waiting"), max(10, w-2), ""), "\n") {
		out = append(out, "  "+th.Muted.Render(l))
	}
	return out
}
