package field

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
)

// choice is a list of options with "unknown" as the last row. Yes/no
// questions are choices too, with y and n as shortcuts.
type choice struct {
	base
	cursor int
	saved  int // index of the saved answer, -1 when none
}

func newChoice(c common.Common, q *playbook.Question) *choice {
	return &choice{base: base{c: c, q: q}, saved: -1}
}

// rows is the number of rows: the options and "unknown".
func (f *choice) rows() int { return len(f.q.Options) + 1 }

func (f *choice) unknownRow() int { return len(f.q.Options) }

func (f *choice) Set(a coach.Answer, ok bool) {
	f.saved = -1
	switch {
	case !ok:
	case a.Unknown:
		f.saved = f.unknownRow()
	default:
		v, isStr := a.Value.(string)
		if b, isBool := a.Value.(bool); isBool {
			v, isStr = map[bool]string{true: "yes", false: "no"}[b], true
		}
		for i, o := range f.q.Options {
			if isStr && o.Value == v {
				f.saved = i
			}
		}
	}
	if f.saved >= 0 {
		f.cursor = f.saved
	}
}

func (f *choice) Focus() tea.Cmd { return nil }
func (f *choice) Blur()          {}
func (f *choice) Typing() bool   { return false }

func (f *choice) answerAt(i int) coach.Answer {
	if i == f.unknownRow() {
		return coach.UnknownAnswer()
	}
	v := f.q.Options[i].Value
	if f.q.Kind == playbook.YesNo {
		return coach.YesNo(v == "yes")
	}
	return coach.Text(v)
}

func (f *choice) pick(i int) tea.Cmd {
	f.cursor, f.saved = i, i
	return submit(f.q.ID, f.answerAt(i))
}

func (f *choice) Update(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	switch {
	case keys.Matches(msg, k.Up):
		f.cursor = (f.cursor + f.rows() - 1) % f.rows()
	case keys.Matches(msg, k.Down):
		f.cursor = (f.cursor + 1) % f.rows()
	case keys.Matches(msg, k.Answer):
		return f.pick(f.cursor)
	case keys.Matches(msg, k.Unknown):
		return f.pick(f.unknownRow())
	case keys.Matches(msg, f.yesKey()):
		return f.pickValue("yes")
	case keys.Matches(msg, f.noKey()):
		return f.pickValue("no")
	case keys.Matches(msg, k.Pick):
		n, _ := strconv.Atoi(msg.String())
		if n >= 1 && n <= f.rows() {
			return f.pick(n - 1)
		}
	}
	return nil
}

// yesKey and noKey are y and n, on when an option's value is "yes" or
// "no": yes/no questions, and choices that start with a yes and end with
// a no (can the client invest: yes, only just, no).
func (f *choice) yesKey() key.Binding { return keys.Enable(f.c.Keys.Yes, f.has("yes")) }
func (f *choice) noKey() key.Binding  { return keys.Enable(f.c.Keys.No, f.has("no")) }

func (f *choice) has(v string) bool {
	for _, o := range f.q.Options {
		if o.Value == v {
			return true
		}
	}
	return false
}

func (f *choice) pickValue(v string) tea.Cmd {
	for i, o := range f.q.Options {
		if o.Value == v {
			return f.pick(i)
		}
	}
	return nil
}

func (f *choice) View() string {
	th := f.c.Theme
	var b strings.Builder
	for i := 0; i < f.rows(); i++ {
		label := f.c.T("answer.unknown")
		if i < len(f.q.Options) {
			label = f.label(f.q.Options[i])
		}
		line := optionLine(th, i == f.cursor, i == f.saved, strconv.Itoa(i+1), label, f.width)
		b.WriteString(line)
		if i < f.rows()-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func (f *choice) Bindings() []key.Binding {
	k := f.c.Keys
	return []key.Binding{k.Up, k.Down, k.PickUpTo(f.rows()), f.yesKey(), f.noKey(), k.Answer, k.Unknown}
}
