package serve

import (
	"context"
	"errors"
	"net"
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/activeterm"
	"github.com/charmbracelet/wish/bubbletea"
	"github.com/charmbracelet/wish/logging"
	"github.com/charmbracelet/wish/ratelimiter"
	wishrecover "github.com/charmbracelet/wish/recover"
	"github.com/muesli/termenv"

	"github.com/winwincoach/winwin/tui/room"
)

// Server is `winwin serve`: the app over SSH and the training rooms.
type Server struct {
	cfg  Config
	srv  *ssh.Server
	hub  *room.Hub
	reg  *registry
	gate *gate
	// refusals limits the log lines of refused connections and failed
	// logins, which a flood would otherwise turn into a flood of lines.
	refusals *logLimiter
	// wrap, when set, wraps every session's model (tests break one
	// session's model with it).
	wrap func(tea.Model) tea.Model

	mu        sync.Mutex
	listeners []net.Listener
	stopping  bool
}

// New makes the server. It listens only when Serve or ListenAndServe is
// called.
func New(cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	if cfg.HostKey == nil {
		return nil, problem(nil, "serve.err.no_host_key")
	}
	s := &Server{
		cfg:      cfg,
		hub:      room.NewHub(cfg.Cases, cfg.RoomCode, cfg.Rand),
		reg:      newRegistry(),
		refusals: newLogLimiter(),
	}
	if cfg.Journal != nil {
		s.hub.SetStore(cfg.Journal, nil)
	}
	s.hub.SetExportDir(cfg.ExportDir)
	s.gate = newGate(gateLimits{rate: cfg.Rate, burst: cfg.RateBurst, deadline: cfg.LoginTimeout, idle: cfg.IdleTimeout,
		max: cfg.MaxLogins, perAddr: cfg.MaxLoginsPerAddr}, func(addr, why string) { s.logRefusal("serve.log.refused", addr, why) })
	a := auth{participants: cfg.Participants, trainers: cfg.Trainers, admits: s.hub.Admits, names: s.hub,
		cats: cfg.loginCatalogs(), refused: func(key, addr string, args ...any) { s.logRefusal(key, append([]any{addr}, args...)...) }}
	logger := cleanLog{cfg.Log}
	srv, err := wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithVersion("winwin"),
		// Set before wish looks for a key: without one it would write a
		// new key to the working directory.
		func(srv *ssh.Server) error {
			srv.HostSigners = []ssh.Signer{cfg.HostKey}
			return nil
		},
		wish.WithPublicKeyAuth(a.publicKey),
		wish.WithKeyboardInteractiveAuth(a.keyboardInteractive),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithMaxTimeout(cfg.MaxTimeout),
		ssh.WrapConn(s.gate.admit),
		wish.WithMiddleware(
			// The last runs first: log, recover, rate, cap, only the
			// app, a terminal, then the program.
			wishrecover.MiddlewareWithLogger(logger,
				bubbletea.MiddlewareWithProgramHandler(s.program, termenv.Ascii),
				activeterm.Middleware(),
				s.onlyApp,
				s.track,
				s.limitSessions(ratelimiter.NewRateLimiter(cfg.Rate, cfg.RateBurst, maxTrackedAddrs)),
			),
			logging.MiddlewareWithLogger(logger),
		),
	)
	if err != nil {
		return nil, err
	}
	// Only sessions; no forwarding of any kind, no global requests.
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": sessionChannel}
	srv.RequestHandlers = map[string]ssh.RequestHandler{}
	srv.ConnectionFailedCallback = func(c net.Conn, err error) {
		s.logRefusal("serve.log.login_failed", host(c.RemoteAddr()), err.Error())
	}
	srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
	s.srv = srv
	return s, nil
}

// Hub is the server's room hub.
func (s *Server) Hub() *room.Hub { return s.hub }

// Serve accepts connections on l until Shutdown or Close.
func (s *Server) Serve(l net.Listener) error {
	// The listener is closed here too, not only by the ssh server: a
	// Shutdown that comes before the ssh server took l must still end
	// this Serve.
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		_ = l.Close()
		return nil
	}
	s.listeners = append(s.listeners, l)
	s.mu.Unlock()
	if cmd := JoinCommand(l.Addr()); cmd != "" {
		s.hub.SetJoin(cmd)
	}
	err := s.srv.Serve(l)
	s.mu.Lock()
	stopping := s.stopping
	s.mu.Unlock()
	if stopping || errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// ListenAndServe listens on the configured address and serves.
func (s *Server) ListenAndServe() error {
	l, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return problem(err, "serve.err.listen", s.cfg.Listen, err.Error())
	}
	return s.Serve(l)
}

// Sessions is the number of live sessions.
func (s *Server) Sessions() int {
	n, _ := s.reg.count()
	return n
}

// Shutdown stops accepting connections, closes the rooms, asks every
// session's program to quit (their answers are saved as given) and waits
// for the sessions to end. When ctx ends first, the connections left are
// closed and ctx's error is returned.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stopListening()
	s.reg.drain()
	s.hub.Shutdown()
	done := make(chan error, 1)
	go func() {
		defer func() { _ = recover() }()
		done <- s.srv.Shutdown(ctx)
	}()
	// Sessions end as their programs quit; a client that keeps its
	// connection open after its session is closed below.
	for {
		n, changed := s.reg.count()
		if n == 0 {
			break
		}
		select {
		case <-changed:
			continue
		case <-ctx.Done():
			_ = s.srv.Close()
			<-done
			return ctx.Err()
		}
	}
	_ = s.srv.Close()
	err := <-done
	// The listeners were closed first (stopListening), so the ssh server
	// may find one already closed when Serve has not yet let go of it.
	if errors.Is(err, ssh.ErrServerClosed) || errors.Is(err, context.Canceled) || errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}

// Close closes the listener and every connection at once.
func (s *Server) Close() error {
	s.stopListening()
	return s.srv.Close()
}

// stopListening closes every listener given to Serve.
func (s *Server) stopListening() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopping = true
	for _, l := range s.listeners {
		_ = l.Close()
	}
	s.listeners = nil
}
