package serve

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish/bubbletea"

	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
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
	cat := s.cfg.catalog(sessionLang(sess))
	_, noColor := envLookup(sess, "NO_COLOR")
	e.conn = s.hub.Connect(id.who(), e.link.send)
	conn := e.conn
	model := session.New(session.Config{
		Playbook: s.cfg.Playbook,
		Catalog:  cat,
		// Each participant's own colour profile and background, from
		// their TERM and their terminal's answers.
		Renderer: bubbletea.MakeRenderer(sess),
		NoColor:  s.cfg.NoColor || noColor,
		Journal:  s.cfg.Journal,
		Owner:    id.Owner,
		Entries: func(c common.Common) []home.Entry {
			return room.Entries(c, conn, s.cfg.Flow, id.Code)
		},
	})
	start := room.Start(conn, s.cfg.Flow, id.Code)
	opts := append(bubbletea.MakeOptions(sess), tea.WithAltScreen(), tea.WithoutSignalHandler())
	var m tea.Model = starter{Model: model, start: start}
	if s.wrap != nil {
		m = s.wrap(m)
	}
	p := tea.NewProgram(m, opts...)
	e.link.set(p)
	s.log("session %s as %s", sess.RemoteAddr(), id.Name)
	return p
}

// starter runs one more command when the program starts: joining the
// room whose code the participant logged in with.
type starter struct {
	tea.Model
	start tea.Cmd
}

// Init starts the app and the extra command.
func (m starter) Init() tea.Cmd { return tea.Batch(m.Model.Init(), m.start) }
