package field

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/keys"
)

// maxText is the longest text one input takes; the deal file allows the
// same, so what the TUI writes always reads back.
const maxText = 500

// newInput makes a text input that does not blink: a blinking cursor
// redraws the screen twice a second for nothing, and makes screen tests
// depend on time.
func newInput(c common.Common) textinput.Model {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = maxText
	in.Cursor.SetMode(cursor.CursorStatic)
	in.PromptStyle = c.Theme.Accent.Style()
	in.TextStyle = c.Theme.Text.Style()
	in.PlaceholderStyle = c.Theme.Faint.Style()
	in.Cursor.Style = c.Theme.Accent.Style()
	return in
}

// isUnknownText reports whether typed text means "I don't know".
func isUnknownText(s string) bool { return strings.TrimSpace(s) == "?" }

// text is a one-line free text.
type text struct {
	base
	in textinput.Model
}

func newText(c common.Common, q *playbook.Question) *text {
	f := &text{base: base{c: c, q: q}, in: newInput(c)}
	f.in.Placeholder = c.T("field.text_placeholder")
	return f
}

func (f *text) Set(a coach.Answer, ok bool) {
	f.unknown = ok && a.Unknown
	s, _ := a.Value.(string)
	f.in.SetValue(s)
	f.in.CursorEnd()
}

func (f *text) SetWidth(w int) {
	f.base.SetWidth(w)
	f.in.Width = max(8, w-4)
}

func (f *text) Focus() tea.Cmd { return f.in.Focus() }
func (f *text) Blur()          { f.in.Blur() }
func (f *text) Typing() bool   { return f.in.Focused() }

func (f *text) Update(msg tea.KeyMsg) tea.Cmd {
	k := f.c.Keys
	switch {
	case keys.Matches(msg, k.Unknown):
		f.unknown = true
		f.in.SetValue("")
		return submit(f.q.ID, coach.UnknownAnswer())
	case keys.Matches(msg, k.Answer):
		v := strings.TrimSpace(safetext.Line(f.in.Value()))
		switch {
		case isUnknownText(v):
			f.unknown = true
			f.in.SetValue("")
			return submit(f.q.ID, coach.UnknownAnswer())
		case v == "":
			return skip(f.q.ID)
		}
		f.unknown = false
		return submit(f.q.ID, coach.Text(v))
	}
	var cmd tea.Cmd
	f.in, cmd = f.in.Update(msg)
	return cmd
}

func (f *text) View() string {
	v := f.in.View()
	if f.unknown {
		v += "\n" + f.c.Theme.Muted.Render(f.c.T("field.marked_unknown"))
	}
	return v
}

func (f *text) Bindings() []key.Binding {
	k := f.c.Keys
	return []key.Binding{k.Answer, k.Unknown}
}
