package room

import (
	tea "github.com/charmbracelet/bubbletea"

	"strconv"

	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/nav"
)

// Entries are the room's home entries for a session. A trainer may open
// a room and watch every open one. A participant may join the open rooms
// when the server has a case flow (newFlow): all of them after a key
// login, only the room of their code after a name login.
func Entries(c common.Common, conn *Conn, newFlow NewFlow, code string) []home.Entry {
	lang := c.Lang()
	var out []home.Entry
	if conn.who.Trainer {
		out = append(out, home.Entry{Title: c.T("room.entry.open"), Detail: c.T("room.entry.open_detail"), Msg: nav.OpenMsg{New: OpenPicker(conn)}})
		for _, r := range conn.h.Rooms() {
			out = append(out, home.Entry{
				Title:  c.T("room.entry.watch", r.Code, r.Case.Title.In(lang)),
				Detail: c.T("room.entry.watch_detail", r.In),
				Msg:    nav.OpenMsg{New: WatchTrainer(conn, r.Code)},
			})
		}
		return out
	}
	if newFlow == nil {
		return nil
	}
	code = NormalizeCode(code)
	for _, r := range conn.h.Rooms() {
		if code != "" && r.Code != code {
			continue
		}
		out = append(out, home.Entry{
			Title:  c.T("room.entry.join", r.Case.Title.In(lang)),
			Detail: c.T("room.entry.join_detail", r.Code),
			Msg:    nav.OpenMsg{New: OpenParticipant(conn, r.Code, newFlow)},
		})
	}
	return out
}

// Start is the screen a participant who logged in with a room code
// starts on (session.Config.Start): that room when it is open, else a
// screen that waits for the trainer to open it; nil for a key login.
func Start(conn *Conn, newFlow NewFlow, code string) func(common.Common) (nav.Screen, tea.Cmd) {
	if conn.who.Trainer || newFlow == nil || code == "" {
		return nil
	}
	return OpenWaiting(conn, code, newFlow)
}

func itoa(n int) string { return strconv.Itoa(n) }
