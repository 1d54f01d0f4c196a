package field

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
)

// amount is a money or whole-number input, validated as you type: it
// accepts 6500, "6 500" and the language's thousands separator.
type amount struct {
	base
	in  textinput.Model
	err string // why the text is not an amount yet, shown under it
}

func newAmount(c common.Common, q *playbook.Question) *amount {
	f := &amount{base: base{c: c, q: q}, in: newInput(c)}
	f.in.CharLimit = 24
	f.in.Placeholder = c.T("field.amount_placeholder")
	if q.Kind == playbook.Number {
		f.in.Placeholder = c.T("field.count_placeholder")
	}
	if q.Optional {
		f.in.Placeholder = c.T("field.optional_placeholder")
	}
	return f
}

func (f *amount) parse(s string) (float64, *locale.Message) {
	if f.q.Kind == playbook.Number {
		return locale.ParseCount(f.c.Lang(), s)
	}
	return locale.ParseMoney(f.c.Lang(), s)
}

func (f *amount) Set(a coach.Answer, ok bool) {
	f.unknown = ok && a.Unknown
	f.err = ""
	v, isNum := a.Value.(float64)
	switch {
	case !ok || a.Unknown || !isNum:
		f.in.SetValue("")
	case f.q.Optional && v == 0:
		f.in.SetValue("")
	case f.q.Kind == playbook.Number:
		f.in.SetValue(strconv.FormatFloat(v, 'f', 0, 64))
	default:
		f.in.SetValue(locale.FormatMoney(f.c.Lang(), v))
	}
	f.in.CursorEnd()
}

func (f *amount) SetWidth(w int) {
	f.base.SetWidth(w)
	f.in.Width = min(40, max(8, w-4))
}

func (f *amount) Focus() tea.Cmd { return f.in.Focus() }
func (f *amount) Blur()          { f.in.Blur() }
func (f *amount) Typing() bool   { return f.in.Focused() }

func (f *amount) Update(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	switch {
	case keys.Matches(msg, k.Unknown):
		return f.markUnknown()
	case keys.Matches(msg, k.Answer):
		s := strings.TrimSpace(f.in.Value())
		switch {
		case isUnknownText(s):
			return f.markUnknown()
		case s == "" && f.q.Optional:
			f.unknown = false
			return submit(f.q.ID, coach.Amount(0))
		case s == "":
			// Not a silent skip: the hint said enter answers, so say
			// what to do instead (tab moves on without an answer).
			f.err = f.c.T("field.amount_empty")
			if f.q.Kind == playbook.Number {
				f.err = f.c.T("field.count_empty")
			}
			return nil
		}
		v, m := f.parse(s)
		if m != nil {
			f.err = f.c.Cat.M(*m)
			return nil
		}
		f.unknown, f.err = false, ""
		return submit(f.q.ID, coach.Amount(v))
	}
	var cmd tea.Cmd
	f.in, cmd = f.in.Update(msg)
	f.validate()
	return cmd
}

// validate refreshes the message under the input as the user types.
func (f *amount) validate() {
	s := strings.TrimSpace(f.in.Value())
	f.err = ""
	if s == "" || isUnknownText(s) {
		return
	}
	if _, m := f.parse(s); m != nil {
		f.err = f.c.Cat.M(*m)
	}
}

// Refuse shows why the answer just sent was not taken (RangeProblem).
func (f *amount) Refuse(reason string) { f.err = reason }

func (f *amount) markUnknown() tea.Cmd {
	f.unknown, f.err = true, ""
	f.in.SetValue("")
	return submit(f.q.ID, coach.UnknownAnswer())
}

func (f *amount) View() string {
	v := f.in.View()
	text, style := f.c.T("field.amount_hint"), f.c.Theme.Faint
	switch {
	case f.err != "":
		text, style = "✗ "+f.err, f.c.Theme.Error
	case f.unknown:
		text, style = f.c.T("field.marked_unknown"), f.c.Theme.Muted
	}
	// Wrapped to the question's width: a refusal is read whole.
	for _, l := range strings.Split(ansi.Wordwrap(text, max(10, f.width-2), ""), "\n") {
		v += "\n" + style.Render(l)
	}
	return v
}

func (f *amount) Bindings() []key.Binding {
	k := f.c.Keys
	return []key.Binding{k.Answer, k.Unknown}
}
