package interview

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
)

// toggleCoachKey is the coach toggle, enabled only when the pane is
// stacked under the question (beside it, it is always shown).
func (m Model) toggleCoachKey() key.Binding {
	_, _, side := layout.Columns(m.width)
	return keys.Enable(m.c.Keys.ToggleCoach, !side && !m.verdict && !m.opts.Exam)
}

// screenKeys are the interview's own keys.
func (m Model) screenKeys() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Next, m.prevKey(k.Prev), m.nextSectionKey(), m.prevSectionKey(), m.toggleCoachKey(), m.backKey()}
}

// prevKey is a key that moves back (shift+tab): off on the first
// question, where there is nothing before.
func (m Model) prevKey(b key.Binding) key.Binding {
	return keys.Enable(b, m.verdict || m.cur > 0)
}

// nextSectionKey is pgdn to the next section: off on the verdict tab, where
// pgdn pages through the verdict, whose own keys say so.
func (m Model) nextSectionKey() key.Binding {
	return keys.Enable(m.c.Keys.NextSection, !m.verdict)
}

// prevSectionKey is pgup to the previous section: off on the first
// question; on the verdict only at its top (below it, pgup pages up).
func (m Model) prevSectionKey() key.Binding {
	if m.verdict {
		return keys.Enable(m.c.Keys.PrevSection, !m.vd.CanPage(-1))
	}
	return keys.Enable(m.c.Keys.PrevSection, m.cur > 0)
}

// backKey is esc to leave for home, off while the question claims esc.
func (m Model) backKey() key.Binding {
	return keys.Enable(m.c.Keys.Back, !m.ClaimsBack())
}

// inputKeys are the keys of the field or the verdict on screen.
func (m Model) inputKeys() []key.Binding {
	if m.verdict {
		return m.vd.Bindings()
	}
	if len(m.fields) == 0 {
		return nil
	}
	return m.fields[m.cur].Bindings()
}

// ShortHelp is the one-line help: the input's keys, then moving on.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return append(m.inputKeys(), k.Next, m.nextSectionKey(), m.toggleCoachKey(), m.backKey())
}

// FullHelp is every key in columns.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{m.inputKeys(), m.screenKeys()}
}
