package room

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/tui/layout"
)

// trainerChrome is the lines above the member rows: title, case, join
// line, status, blank, expert, calls, decisions, blank, column heads.
const trainerChrome = 10

// Column widths of the member table.
const (
	modeCol     = 8
	answeredCol = 9
	factsCol    = 8
	scoreCol    = 7
)

// nameCol is the name column's width: narrower on a narrow screen.
func (t Trainer) nameCol() int {
	if t.width < 100 {
		return 16
	}
	return 24
}

// View draws what the trainer looks at.
func (t Trainer) View() string {
	th := t.c.Theme
	w := max(20, t.width-2)
	if t.snap.Case == nil {
		return "\n  " + th.Warn.Render(ansi.Truncate(t.problem, w, "…"))
	}
	var lines []string
	switch {
	case t.view == viewPick:
		return t.pick.View()
	case t.view == viewDetail || t.view == viewClass:
		lines = t.pageView()
	case t.projector:
		lines = t.projectorLines()
	default:
		lines = t.roomLines()
	}
	return strings.Join(layout.Lines(lines, max(1, t.height)), "\n")
}

// roomLines is the debrief table: the room's lines, then a row per
// participant.
func (t Trainer) roomLines() []string {
	th := t.c.Theme
	s := t.snap
	w := max(20, t.width-2)
	lines := []string{
		t.titleLine(""),
		" " + th.Heading.Render(ansi.Truncate(t.caseLine(), w, "…")),
		" " + th.Muted.Render(ansi.Truncate(t.joinLine(), w, "…")),
		" " + t.statusLine(w),
		"",
		" " + t.expertLine(),
		" " + t.countLine(t.c.T("room.calls"), s.Spread.Quadrants, func(k string) string { return t.c.T("quadrant." + k) }),
		" " + t.countLine(t.c.T("room.decisions"), s.Spread.Decisions, func(k string) string { return t.c.T("decision." + k) }),
		"",
		"   " + th.Faint.Render(ansi.Truncate(pad(t.c.T("room.col.name"), t.nameCol())+pad(t.c.T("room.col.mode"), modeCol)+
			pad(t.c.T("room.col.answered"), answeredCol)+pad(t.c.T("room.col.facts"), factsCol)+pad(t.c.T("room.col.score"), scoreCol)+
			t.c.T("room.col.call"), w-2, "…")),
	}
	if len(s.Members) == 0 {
		lines = append(lines, "   "+th.Muted.Render(t.c.T("room.nobody")))
	}
	for i := t.first; i < len(s.Members) && i < t.first+t.memberRows(); i++ {
		lines = append(lines, ansi.Truncate(t.memberLine(i), t.width, "…"))
	}
	return lines
}

// titleLine is the room's name, code and counts, with what a view adds.
func (t Trainer) titleLine(extra string) string {
	th := t.c.Theme
	s := t.snap
	line := " " + th.Title.Render(t.c.T("room.title")) + "  " + th.Accent.Render(s.Code) + th.Muted.Render("  "+t.c.T("room.count", s.In, s.Spread.Calls))
	if extra != "" {
		line += th.Muted.Render("  · " + extra)
	}
	return ansi.Truncate(line, t.width, "…")
}

// caseLine is the case's title, with its number in the room after the
// first.
func (t Trainer) caseLine() string {
	title := t.snap.Case.Title.In(t.c.Lang())
	if t.snap.Round > 1 {
		return t.c.T("room.case_n", t.snap.Round, title)
	}
	return title
}

// joinLine is how participants join: the ssh command and the code.
func (t Trainer) joinLine() string {
	if t.snap.Join == "" {
		return t.c.T("room.join_hint", t.snap.Code)
	}
	return t.c.T("room.join_line", t.snap.Join, t.snap.Code)
}

// statusLine is what went wrong, that the room closed, what the last
// action did, or the latest notice about a name; blank otherwise.
func (t Trainer) statusLine(w int) string {
	th := t.c.Theme
	switch {
	case t.problem != "":
		return th.Warn.Render(ansi.Truncate(t.problem, w, "…"))
	case !t.snap.Open:
		return th.Warn.Render(t.c.T("room.closed"))
	case t.arm:
		return th.Warn.Render(t.c.T("room.confirm_close"))
	case t.note != "":
		return th.Win.Render(ansi.Truncate(t.note, w, "…"))
	case len(t.snap.Notices) > 0:
		n := t.snap.Notices[len(t.snap.Notices)-1]
		style := th.Warn
		if n.Kind == NameReclaimed {
			style = th.Muted
		}
		return style.Render(ansi.Truncate(t.noticeText(n), w, "…"))
	}
	return ""
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
	if t.hidden() {
		return th.Muted.Render(t.c.T("room.expert")+" ") + th.Faint.Render(t.c.T("room.hidden_until"))
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
		if t.isExpert(c.Key) {
			// The expert's option is marked, also where no colour shows.
			parts[i] = th.Win.Render("★ " + name(c.Key) + " " + n)
		} else if c.N > 0 {
			parts[i] = th.Text.Render(name(c.Key) + " " + n)
		} else {
			parts[i] = th.Faint.Render(name(c.Key) + " " + n)
		}
	}
	sep := " · "
	if t.width < 100 {
		sep = "  " // the four decisions fit 80 columns in Dutch too
	}
	return ansi.Truncate(th.Muted.Render(pad(label, 11))+strings.Join(parts, th.Faint.Render(sep)), max(1, t.width-1), "…")
}

func (t Trainer) isExpert(k string) bool {
	e := t.snap.Expert
	return e != nil && (string(e.Quadrant) == k || string(e.Decision) == k)
}

// memberLine is participant i: the cursor, here or gone, their mode,
// answered facts of the total, facts score, then where they are or
// their call with a mark per part against the expert, and their score.
func (t Trainer) memberLine(i int) string {
	th := t.c.Theme
	m := t.snap.Members[i]
	cur := "  "
	if i == t.cursor {
		cur = th.Cursor.Render("❯ ")
	}
	dot := th.Win.Render("● ")
	if !m.Connected {
		dot = th.Faint.Render("○ ")
	}
	mode, facts, score := "—", "—", "—"
	if m.Result != nil {
		mode = t.c.T("practice.mode." + string(m.Result.Mode))
		facts = t.c.T("room.facts", int(m.Result.Points.Facts+0.5), int(practice.FactPoints))
		score = strconv.Itoa(m.Result.Score)
	}
	answered := t.c.T("room.answered", m.Progress.Answered, m.Progress.Total)
	if m.Progress.Total == 0 {
		answered = "—"
	}
	line := cur + dot + th.Text.Render(pad(m.Name, t.nameCol()-2)) + th.Muted.Render(pad(mode, modeCol)+pad(answered, answeredCol)+pad(facts, factsCol)) + th.Text.Render(pad(score, scoreCol))
	if m.Predicted == nil {
		return line + th.Faint.Render(t.where(m.Progress))
	}
	return line + t.callText(Member{Predicted: m.Predicted})
}

// callText is a participant's call, each part marked against the
// expert, and the score.
func (t Trainer) callText(m Member) string {
	th := t.c.Theme
	e := t.snap.Expert
	mark := func(ok bool) string {
		if ok {
			return th.Win.Render(" ✓")
		}
		return th.Lose.Render(" ✗")
	}
	p := *m.Predicted
	out := th.Text.Render(t.c.T("quadrant."+string(p.Quadrant))) + mark(e != nil && p.Quadrant == e.Quadrant) +
		th.Faint.Render(" · ") + th.Text.Render(t.c.T("decision."+string(p.Decision))) + mark(e != nil && p.Decision == e.Decision)
	if m.Scored {
		out += th.Muted.Render("  " + t.c.T("room.score", m.Score))
	}
	return out
}

// where is a participant's stage, with a bar while they answer.
func (t Trainer) where(p Progress) string {
	switch p.Stage {
	case Answering:
		if p.Total > 0 {
			cells := 10
			done := min(cells, p.Answered*cells/p.Total)
			return strings.Repeat("█", done) + strings.Repeat("░", cells-done) + " " + t.c.T("room.stage.answering")
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
