package room

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Cell widths of the projector's grid of participants: a name and a
// stage before the reveal, a name and a call after it.
const (
	stageCell = 38
	callCell  = 58
)

// projectorLines is the room as a projector shows it to the whole
// class: the code large and the ssh line to join, how many are in and
// have called, and who is where; the expert verdict and every call stay
// hidden until the reveal.
func (t Trainer) projectorLines() []string {
	th := t.c.Theme
	s := t.snap
	w := max(20, t.width-2)
	lines := []string{t.titleLine(t.c.T("room.projector")), " " + th.Heading.Render(ansi.Truncate(t.caseLine(), w, "…")), ""}
	lines = append(lines, bigCode(t.c, s.Code, w)...)
	lines = append(lines, "", " "+th.Text.Render(ansi.Truncate(t.joinLine(), w, "…")), " "+t.statusLine(w), " "+t.expertLine())
	if !t.hidden() {
		lines = append(lines,
			" "+t.countLine(t.c.T("room.calls"), s.Spread.Quadrants, func(k string) string { return t.c.T("quadrant." + k) }),
			" "+t.countLine(t.c.T("room.decisions"), s.Spread.Decisions, func(k string) string { return t.c.T("decision." + k) }))
	}
	lines = append(lines, "")
	if len(s.Members) == 0 {
		return append(lines, " "+th.Muted.Render(t.c.T("room.nobody")))
	}
	return append(lines, t.grid(max(1, t.height-len(lines)))...)
}

// grid lays the participants out in as many columns as fit, in rows
// rows at most; those that do not fit are counted on the last line.
func (t Trainer) grid(rows int) []string {
	th := t.c.Theme
	cell := stageCell
	if !t.hidden() {
		cell = callCell
	}
	cols := max(1, (t.width-1)/cell)
	ms := t.snap.Members
	fit := min(len(ms), rows*cols)
	if fit < len(ms) {
		fit = max(0, (rows-1)*cols)
	}
	n := (fit + cols - 1) / cols
	out := make([]string, 0, n+1)
	for r := range n {
		var b strings.Builder
		b.WriteString(" ")
		for c := range cols {
			i := c*n + r // down the columns, as names are read
			if i >= fit {
				break
			}
			b.WriteString(t.cell(ms[i], cell))
		}
		out = append(out, b.String())
	}
	if fit < len(ms) {
		out = append(out, " "+th.Muted.Render(t.c.T("room.more_people", len(ms)-fit)))
	}
	return out
}

// cell is one participant in the grid, width cells wide: here or gone,
// the name, then the stage, or after the reveal the call.
func (t Trainer) cell(m Member, width int) string {
	th := t.c.Theme
	dot := th.Win.Render("● ")
	if !m.Connected {
		dot = th.Faint.Render("○ ")
	}
	name := pad(m.Name, 16)
	rest := t.stageShort(m.Progress)
	if !t.hidden() && m.Predicted != nil {
		return dot + th.Text.Render(name) + pad(t.callText(m), width-18)
	}
	return dot + th.Text.Render(name) + th.Muted.Render(pad(rest, width-18))
}

// stageShort is a participant's stage in a few words.
func (t Trainer) stageShort(p Progress) string {
	if p.Stage == Answering && p.Total > 0 {
		return t.c.T("room.answered", p.Answered, p.Total)
	}
	return t.where(p)
}
