package practice

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/winwincoach/winwin/tui/keys"
)

// relabel is b with a help text of this screen's own (the key map's
// bindings, said for what they do here).
func relabel(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// modeKey switches learn and exam before the interview starts.
func (m Model) modeKey() key.Binding {
	return keys.Enable(relabel(m.c.Keys.Toggle, m.c.T("training.keys.mode")), m.step == stepStory && !m.started && m.found == nil)
}

// nextCaseKey starts the recommended case from the result.
func (m Model) nextCaseKey() key.Binding {
	return keys.Enable(relabel(m.c.Keys.Open, m.c.T("training.keys.next_case")), m.step == stepResult && m.hasRec)
}

// scrollKeys are up and down, on while there is more to see.
func (m Model) scrollKeys() []key.Binding {
	k := m.c.Keys
	on := m.pager.CanUp() || m.pager.CanDown()
	return []key.Binding{keys.Enable(relabel(k.Up, m.c.T("training.keys.scroll_up")), on), keys.Enable(relabel(k.Down, m.c.T("training.keys.scroll_down")), on)}
}

// ShortHelp is the keys of the step on screen.
func (m Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	switch m.step {
	case stepStory:
		return append(m.scrollKeys(), m.modeKey(), m.startKey(), m.startOverKey(), m.discardKey(), m.keepKey(),
			relabel(k.Back, m.c.T("training.keys.cases")))
	case stepInterview:
		if m.storyCovers() {
			return []key.Binding{m.storyScrollKey(), m.storyToggleKey(), relabel(k.Back, m.c.T("training.keys.back_to_questions"))}
		}
		// The story's keys first: the interview's own are many and the
		// help line cuts the last.
		return append([]key.Binding{m.storyToggleKey(), m.storyScrollKey()}, m.storyBack(m.iv.ShortHelp())...)
	case stepPredict:
		return m.predictKeys()
	case stepResult:
		return append(m.scrollKeys(), m.nextCaseKey(), relabel(k.Back, m.c.T("training.keys.cases")))
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Back}
}

// FullHelp is the same keys in columns; the interview has its own.
func (m Model) FullHelp() [][]key.Binding {
	if m.step == stepInterview {
		var out [][]key.Binding
		for _, col := range m.iv.FullHelp() {
			out = append(out, m.storyBack(col))
		}
		return append(out, []key.Binding{m.storyToggleKey(), m.storyScrollKey()})
	}
	return [][]key.Binding{m.ShortHelp()}
}

// storyBack says esc in the interview for what it does here: back to the
// story.
func (m Model) storyBack(bs []key.Binding) []key.Binding {
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		if b.Help().Key == m.c.Keys.Back.Help().Key {
			b = relabel(b, m.c.T("training.keys.story"))
		}
		out[i] = b
	}
	return out
}
