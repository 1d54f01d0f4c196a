package serve

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish/bubbletea"

	"github.com/winwincoach/winwin/tui/autosave"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/practice"
	"github.com/winwincoach/winwin/tui/room"
	"github.com/winwincoach/winwin/tui/session"
)

// program makes one session's program: the same app as `winwin` on a
// local terminal (session.New), drawn for this participant's terminal and
// storing under their identity. It returns nil, ending the session, when
// the session cannot be told apart from others.
func (s *Server) program(sess ssh.Session) *tea.Program {
	e := s.reg.get(sess)
	if e == nil {
		return nil
	}
	id, ok := identify(sess, s.cfg.Trainers)
	if !ok {
		s.refuse(sess, "serve.refused.who")
		return nil
	}
	personal := ""
	if id.New {
		code, ok := s.hub.NewName(id.Owner)
		if !ok {
			// Two first logins under one name at once: the other got it.
			s.refuse(sess, "serve.refused.name_taken")
			return nil
		}
		personal = code
	}
	cat := s.cfg.catalog(sessionLang(sess))
	_, noColor := envLookup(sess, "NO_COLOR")
	e.conn = s.hub.Connect(id.who(), e.link.send)
	conn := e.conn
	e.ledger, e.who = &autosave.Ledger{}, id.Name
	pc := practice.Config{Library: s.cfg.Cases, Owner: id.Owner, Ledger: e.ledger}
	if s.cfg.Journal != nil {
		pc.Store = s.cfg.Journal
	}
	flow := room.PracticeFlow(pc)
	model := session.New(session.Config{
		Ledger:   e.ledger,
		Playbook: s.cfg.Playbook,
		Catalog:  cat,
		// Each participant's own colour profile and background, from
		// their TERM and their terminal's answers.
		Renderer: bubbletea.MakeRenderer(sess),
		NoColor:  s.cfg.NoColor || noColor,
		Journal:  s.cfg.Journal,
		Owner:    id.Owner,
		Cases:    s.cfg.Cases,
		Entries: func(c common.Common) []home.Entry {
			return room.Entries(c, conn, flow, id.Code)
		},
		// A name login goes straight into its room (or waits for it),
		// after its first login has seen its personal code.
		Start: start(room.Start(conn, flow, id.Code), personal, id.Name),
	})
	opts := append(bubbletea.MakeOptions(sess), tea.WithAltScreen(), tea.WithoutSignalHandler())
	m := model
	if s.wrap != nil {
		m = s.wrap(m)
	}
	p := tea.NewProgram(m, opts...)
	e.link.set(p)
	s.log("serve.log.session", sess.RemoteAddr().String(), id.Name)
	return p
}

// start is the session's first screen: first the personal code of a
// name's first login, when there is one, then next.
func start(next room.ScreenFunc, personal, name string) room.ScreenFunc {
	if personal == "" {
		return next
	}
	return room.OpenWelcome(personal, name, next)
}
