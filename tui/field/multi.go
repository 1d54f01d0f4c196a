package field

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
)

// multi is a list of options to tick, with "unknown" as the last row:
// space ticks, enter answers with what is ticked.
type multi struct {
	base
	cursor  int
	checked []bool
}

func newMulti(c common.Common, q *playbook.Question) *multi {
	return &multi{base: base{c: c, q: q}, checked: make([]bool, len(q.Options))}
}

func (f *multi) rows() int { return len(f.q.Options) + 1 }

func (f *multi) Set(a coach.Answer, ok bool) {
	clear(f.checked)
	f.unknown = ok && a.Unknown
	vals, _ := a.Value.([]string)
	for _, v := range vals {
		for i, o := range f.q.Options {
			if o.Value == v {
				f.checked[i] = true
			}
		}
	}
}

func (f *multi) Focus() tea.Cmd { return nil }
func (f *multi) Blur()          {}
func (f *multi) Typing() bool   { return false }

func (f *multi) selection() coach.Answer {
	vals := []string{}
	for i, on := range f.checked {
		if on {
			vals = append(vals, f.q.Options[i].Value)
		}
	}
	return coach.Items(vals...)
}

func (f *multi) Update(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	onUnknown := f.cursor == len(f.q.Options)
	switch {
	case keys.Matches(msg, k.Up):
		f.cursor = (f.cursor + f.rows() - 1) % f.rows()
	case keys.Matches(msg, k.Down):
		f.cursor = (f.cursor + 1) % f.rows()
	case keys.Matches(msg, k.Toggle) && !onUnknown:
		f.checked[f.cursor] = !f.checked[f.cursor]
		f.unknown = false
	case keys.Matches(msg, k.Unknown), keys.Matches(msg, k.Answer) && onUnknown:
		clear(f.checked)
		f.unknown = true
		return submit(f.q.ID, coach.UnknownAnswer())
	case keys.Matches(msg, k.Answer):
		f.unknown = false
		return submit(f.q.ID, f.selection())
	}
	return nil
}

func (f *multi) View() string {
	th := f.c.Theme
	var b strings.Builder
	for i, o := range f.q.Options {
		b.WriteString(checkLine(th, i == f.cursor, f.checked[i], f.label(o), f.width))
		b.WriteByte('\n')
	}
	b.WriteString(optionLine(th, f.cursor == len(f.q.Options), f.unknown, " ", f.c.T("answer.unknown"), f.width))
	return b.String()
}

func (f *multi) Bindings() []key.Binding {
	k := f.c.Keys
	return []key.Binding{k.Up, k.Down, k.Toggle, k.Answer, k.Unknown}
}
