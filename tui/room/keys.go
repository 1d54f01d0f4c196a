package room

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/winwincoach/winwin/tui/common"
)

// roomKeys are the trainer's keys of the room, with help texts in the
// session's language.
type roomKeys struct {
	Projector, Reveal, Next, Export, Class, Prev, Following key.Binding
}

func newRoomKeys(c common.Common) roomKeys {
	b := func(k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(k, c.T("room.keys."+desc)))
	}
	return roomKeys{
		Projector: b("p", "projector"),
		Reveal:    b("r", "reveal"),
		Next:      b("n", "next_case"),
		Export:    b("e", "export"),
		Class:     b("c", "class"),
		Prev:      key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", c.T("room.keys.prev_person"))),
		Following: key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", c.T("room.keys.next_person"))),
	}
}
