package serve

import (
	"fmt"
	"io"
	"log"
	"net"
	"strings"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/ratelimiter"

	"github.com/winwincoach/winwin/content/safetext"
)

// cleanLog is a logger for the wish middlewares that strips escapes and
// control characters: user names and commands come from clients and go
// to the trainer's terminal.
type cleanLog struct{ l *log.Logger }

// Printf logs one line.
func (c cleanLog) Printf(format string, v ...any) {
	c.l.Print(safetext.Line(fmt.Sprintf(format, v...)))
}

// refuse tells the client why in its language and ends the session.
func (s *Server) refuse(sess ssh.Session, key string, args ...any) {
	cat := s.cfg.catalog(sessionLang(sess))
	wish.Errorln(sess, cat.T(key, args...)+"\r")
	_ = sess.Exit(1)
	_ = sess.Close()
}

// limitSessions applies wish's per-address rate limiter to sessions too
// (several sessions can share one connection), with a message in the
// user's language.
func (s *Server) limitSessions(l ratelimiter.RateLimiter) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			if l.Allow(sess) != nil {
				s.log("serve.log.refused", sess.RemoteAddr().String(), "rate")
				s.refuse(sess, "serve.refused.rate")
				return
			}
			next(sess)
		}
	}
}

// track caps the live sessions, refuses new ones while shutting down,
// and cleans up after a session, also after a panic in it.
func (s *Server) track(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		e, why := s.reg.add(sess, s.cfg.MaxSessions)
		if why != "" {
			s.logRefusal("serve.log.refused", host(sess.RemoteAddr()), strings.TrimPrefix(why, "serve.refused."))
			s.refuse(sess, why)
			return
		}
		defer s.reg.remove(sess)
		defer s.rescue(e)
		next(sess)
		if s.reg.isDraining() {
			s.goodbye(sess)
		}
	}
}

// goodbye tells a participant whose session the server's stop ended
// why, under their last screen (the program has left the alternate
// screen by now), instead of only "Connection closed".
func (s *Server) goodbye(sess ssh.Session) {
	cat := s.cfg.catalog(sessionLang(sess))
	_, _ = io.WriteString(sess, "\r\n"+cat.T("serve.goodbye")+"\r\n")
}

// rescue tries once more, when a session ends, to store the answers its
// interviews could not save, and logs those that stay unsaved (the
// participant is gone: the trainer is the one to know).
func (s *Server) rescue(e *entry) {
	if e == nil {
		return
	}
	for _, lost := range e.ledger.Rescue() {
		reason := ""
		if lost.Err != nil {
			reason = lost.Err.Error()
		}
		s.log("serve.log.unsaved", e.who, len(lost.Unsaved), strings.Join(lost.Unsaved, ", "), reason)
	}
}

// onlyApp refuses what is not the app: a command given to ssh (exec),
// and a session without a terminal, with a message saying how to
// connect.
func (s *Server) onlyApp(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if sess.RawCommand() != "" {
			s.log("serve.log.refused", sess.RemoteAddr().String(), "exec")
			s.refuse(sess, "serve.refused.exec", localPort(sess))
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			s.refuse(sess, "serve.refused.no_pty")
			return
		}
		next(sess)
	}
}

// log writes a line of the catalog to the server's log, in the server's
// language, cleaned of escapes (names come from clients).
func (s *Server) log(key string, args ...any) {
	s.cfg.Log.Print(safetext.Line(s.cfg.catalog("").T(key, args...)))
}

// localPort is the port the client reached, for "ssh -p PORT HOST".
func localPort(sess ssh.Session) string {
	_, port, err := net.SplitHostPort(sess.LocalAddr().String())
	if err != nil {
		return "22"
	}
	return port
}
