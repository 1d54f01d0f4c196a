package room

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/layout"
)

// trainerChrome is the lines above the member rows: title, case, code
// hint, blank, expert, calls, decisions, blank, column heads.
const trainerChrome = 9

// Column widths of the member table.
const (
	nameCol     = 22
	progressCol = 24
)

// View draws the room.
func (t Trainer) View() string {
	th := t.c.Theme
	w := max(20, t.width-2)
	if t.snap.Case == nil {
		return "\n  " + th.Warn.Render(ansi.Truncate(t.problem, w, "…"))
	}
	s := t.snap
	lang := t.c.Lang()
	called := s.Spread.Calls
	lines := []string{
		" " + th.Title.Render(t.c.T("room.title")) + "  " + th.Accent.Render(s.Code) + th.Muted.Render("  "+t.c.T("room.count", s.In, called)),
		" " + th.Heading.Render(ansi.Truncate(s.Case.Title.In(lang), w, "…")),
		" " + th.Muted.Render(ansi.Truncate(t.status(), w, "…")),
		"",
		" " + t.expertLine(),
		" " + t.countLine(t.c.T("room.calls"), s.Spread.Quadrants, func(k string) string { return t.c.T("quadrant." + k) }),
		" " + t.countLine(t.c.T("room.decisions"), s.Spread.Decisions, func(k string) string { return t.c.T("decision." + k) }),
		"",
		" " + th.Faint.Render(pad(t.c.T("room.col.name"), nameCol)+pad(t.c.T("room.col.where"), progressCol)+t.c.T("room.col.call")),
	}
	if len(s.Members) == 0 {
		lines = append(lines, " "+th.Muted.Render(t.c.T("room.nobody")))
	}
	first := t.window()
	for i := first; i < len(s.Members) && i < first+t.memberRows(); i++ {
		lines = append(lines, " "+t.memberLine(s.Members[i]))
	}
	return strings.Join(layout.Lines(lines, max(1, t.height)), "\n")
}

// status says how to join, or what went wrong, or that the room closed.
func (t Trainer) status() string {
	switch {
	case t.problem != "":
		return t.problem
	case !t.snap.Open:
		return t.c.T("room.closed")
	case t.arm:
		return t.c.T("room.confirm_close")
	case len(t.snap.Notices) > 0:
		return t.noticeText(t.snap.Notices[len(t.snap.Notices)-1])
	}
	return t.c.T("room.join_hint", t.snap.Code)
}

// noticeText says what happened to a name at login, and when.
func (t Trainer) noticeText(n Notice) string {
	key := "room.notice.refused"
	if n.Kind == NameReclaimed {
		key = "room.notice.reclaimed"
	}
	return n.At.Format("15:04") + "  " + t.c.T(key, n.Name)
}

// expertLine is the expert verdict and whether the room has seen it.
func (t Trainer) expertLine() string {
	th := t.c.Theme
	s := t.snap
	if s.Expert == nil {
		return ""
	}
	state := t.c.T("room.hidden")
	if s.Revealed {
		state = t.c.T("room.revealed")
	}
	return th.Muted.Render(t.c.T("room.expert")+" ") + th.Heading.Render(t.verdict(*s.Expert)) + th.Faint.Render("  "+state)
}

// countLine is one row of the spread: each option with its count.
func (t Trainer) countLine(label string, cs []Count, name func(string) string) string {
	th := t.c.Theme
	parts := make([]string, len(cs))
	for i, c := range cs {
		n := strconv.Itoa(c.N)
		if c.N > 0 && t.isExpert(c.Key) {
			parts[i] = th.Win.Render(name(c.Key) + " " + n)
		} else if c.N > 0 {
			parts[i] = th.Text.Render(name(c.Key) + " " + n)
		} else {
			parts[i] = th.Faint.Render(name(c.Key) + " " + n)
		}
	}
	return th.Muted.Render(pad(label, 12)) + strings.Join(parts, th.Faint.Render(" · "))
}

func (t Trainer) isExpert(k string) bool {
	e := t.snap.Expert
	return e != nil && (string(e.Quadrant) == k || string(e.Decision) == k)
}

// memberLine is one participant: here or gone, how far, their call with
// a mark per part against the expert, their score.
func (t Trainer) memberLine(m Member) string {
	th := t.c.Theme
	dot := th.Win.Render("● ")
	if !m.Connected {
		dot = th.Faint.Render("○ ")
	}
	name := pad(m.Name, nameCol-2)
	where := pad(t.where(m.Progress), progressCol)
	line := dot + th.Text.Render(name) + th.Muted.Render(where)
	if m.Predicted == nil {
		return line + th.Faint.Render("—")
	}
	e := t.snap.Expert
	mark := func(ok bool) string {
		if ok {
			return th.Win.Render(" ✓")
		}
		return th.Lose.Render(" ✗")
	}
	p := *m.Predicted
	line += th.Text.Render(t.c.T("quadrant."+string(p.Quadrant))) + mark(e != nil && p.Quadrant == e.Quadrant) +
		th.Faint.Render(" · ") + th.Text.Render(t.c.T("decision."+string(p.Decision))) + mark(e != nil && p.Decision == e.Decision)
	if m.Scored {
		line += th.Muted.Render("  " + t.c.T("room.score", m.Score))
	}
	return line
}

// where is a participant's stage, with a bar while they answer.
func (t Trainer) where(p Progress) string {
	switch p.Stage {
	case Answering:
		if p.Total > 0 {
			cells := 10
			done := min(cells, p.Answered*cells/p.Total)
			return strings.Repeat("█", done) + strings.Repeat("░", cells-done) + " " + t.c.T("room.answered", p.Answered, p.Total)
		}
		return t.c.T("room.stage.answering")
	case Predicting:
		return t.c.T("room.stage.predicting")
	case Predicted:
		return t.c.T("room.stage.predicted")
	}
	return t.c.T("room.stage.reading")
}

// verdict names a quadrant and a decision.
func (t Trainer) verdict(v practice.Verdict) string {
	return verdictText(t.c.T, v)
}

func verdictText(tr func(string, ...any) string, v practice.Verdict) string {
	return tr("quadrant."+string(v.Quadrant)) + " · " + tr("decision."+string(v.Decision))
}

// pad cuts or pads s to exactly w cells.
func pad(s string, w int) string {
	s = ansi.Truncate(s, w-1, "…")
	return s + strings.Repeat(" ", max(0, w-layout.Width(s)))
}
