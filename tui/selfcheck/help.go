package selfcheck

import (
	"github.com/charmbracelet/bubbles/key"

	sc "github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/keys"
)

// nextKey moves on to the next statement, once this one is rated.
func (m Model) nextKey() key.Binding {
	st := m.statements()
	on := m.profile == nil && m.cur < len(st)-1
	if on {
		_, on = m.ratings[st[m.cur].ID]
	}
	return keys.Enable(relabel(m.c.Keys.Next, m.c.T("training.keys.next_statement")), on)
}

func relabel(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// ShortHelp is the keys of the statement or the profile.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.profile != nil {
		on := m.pager.CanUp() || m.pager.CanDown()
		return []key.Binding{keys.Enable(k.Up, on), keys.Enable(k.Down, on), relabel(k.Open, m.c.T("training.keys.done")), k.Back}
	}
	prev := keys.Enable(relabel(k.Prev, m.c.T("training.keys.prev_statement")), m.cur > 0)
	return []key.Binding{k.Up, k.Down, k.PickUpTo(sc.MaxRating), relabel(k.Answer, m.c.T("training.keys.rate")), m.nextKey(), prev, k.Back}
}

// FullHelp is the same keys in one column.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
