package coachpane

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/layout"
)

// grid draws the 2×2 quadrant with the deal's marker:
//
//	            client wins   client loses
//	you win     ● win-win     · win-lose
//	you lose    · lose-win    · lose-lose
//
// While a side is still open the marker is a "?".
func (m *Model) grid(width int) []string {
	th := m.c.Theme
	youWin, youLose := m.c.T("pane.you_win"), m.c.T("pane.you_lose")
	clientWins, clientLoses := m.c.T("pane.client_wins"), m.c.T("pane.client_loses")
	nameW := 0
	for _, q := range []coach.Quadrant{coach.WinWin, coach.WinLose, coach.LoseWin, coach.LoseLose} {
		nameW = max(nameW, layout.Width(m.c.T("quadrant."+string(q))))
	}
	// A cell is the mark, a space and the name; the first column adds a gap.
	rowLabelW, cellW, lastW := layout.GridColumns(width,
		max(layout.Width(youWin), layout.Width(youLose)),
		max(nameW+3, layout.Width(clientWins)+1), max(nameW+2, layout.Width(clientLoses)))
	open := m.a.Outcome.Seller == coach.Open || m.a.Outcome.Client == coach.Open
	cell := func(q coach.Quadrant, w int) string {
		mark := th.Faint.Render("·")
		here := m.a.Quadrant == q
		switch {
		case here && m.a.Outcome.Client == coach.Open && m.a.Outcome.Seller == coach.Open:
		case here && open:
			// Where the deal stands so far; an open side may still move it.
			mark = th.Warn.Render("?")
		case here:
			mark = m.c.Theme.Quadrant(q).Render("●")
		}
		name := m.c.T("quadrant." + string(q))
		style := th.Faint
		if here {
			style = m.c.Theme.Quadrant(q)
		}
		return pad(mark+" "+style.Render(ansi.Truncate(name, w-2, "")), w)
	}
	head := pad("", rowLabelW) +
		pad(th.Muted.Render(ansi.Truncate(clientWins, cellW-1, "")), cellW) +
		th.Muted.Render(ansi.Truncate(clientLoses, lastW, ""))
	row1 := pad(th.Muted.Render(ansi.Truncate(youWin, rowLabelW-1, "")), rowLabelW) +
		cell(coach.WinWin, cellW-1) + " " + cell(coach.WinLose, lastW)
	row2 := pad(th.Muted.Render(ansi.Truncate(youLose, rowLabelW-1, "")), rowLabelW) +
		cell(coach.LoseWin, cellW-1) + " " + cell(coach.LoseLose, lastW)
	return []string{head, row1, row2}
}

// verdictLine is "win-win → Go", or a note that there is no verdict yet
// while neither side has an answer that counts.
func (m *Model) verdictLine(width int) string {
	if m.a.Outcome.Client == coach.Open && m.a.Outcome.Seller == coach.Open {
		return m.c.Theme.Muted.Render(ansi.Truncate(m.c.T("pane.no_verdict"), width, "…"))
	}
	q := m.c.T("quadrant." + string(m.a.Quadrant))
	d := m.c.T("decision." + string(m.a.Decision))
	return ansi.Truncate(m.c.Theme.Quadrant(m.a.Quadrant).Render(q)+" → "+m.c.Theme.Heading.Render(d), width, "…")
}

func (m *Model) flagMark(s playbook.Severity) string {
	th := m.c.Theme
	switch s {
	case playbook.Knockout:
		return th.Knockout.Render("✗")
	case playbook.Warning:
		return th.Warn.Render("!")
	}
	return th.Info.Render("i")
}

// flagLines lists the raised flags, strongest first, wrapped, within room
// lines; what does not fit is counted.
func (m *Model) flagLines(width, room int) []string {
	if room <= 0 || len(m.a.Flags) == 0 {
		return nil
	}
	var out []string
	for i, f := range m.a.Flags {
		wrapped := strings.Split(ansi.Wordwrap(f.Message, width-2, ""), "\n")
		need := len(wrapped)
		left := len(m.a.Flags) - i
		if len(out)+need > room || (left > 1 && len(out)+need == room) {
			more := m.c.T("pane.more_flags", left)
			if len(out) >= room {
				out = out[:room-1]
			}
			return append(out, m.c.Theme.Faint.Render(more))
		}
		for j, w := range wrapped {
			prefix := "  "
			if j == 0 {
				prefix = m.flagMark(f.Severity) + " "
			}
			out = append(out, prefix+w)
		}
	}
	return out
}

// tipLines is the tip of the last answer, wrapped to at most four lines.
func (m *Model) tipLines(width int) []string {
	if m.tip == "" {
		return nil
	}
	th := m.c.Theme
	lines := strings.Split(ansi.Wordwrap(m.tip, width, ""), "\n")
	if len(lines) > 4 {
		lines = lines[:4]
		lines[3] = ansi.Truncate(lines[3], width-1, "") + "…"
	}
	out := []string{th.Accent.Render(m.c.T("pane.tip"))}
	for _, l := range lines {
		out = append(out, th.Text.Render(l))
	}
	return out
}
