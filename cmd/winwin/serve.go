package main

import (
	"context"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/room"
	"github.com/winwincoach/winwin/tui/serve"
)

// shutdownTimeout is how long a stopping server waits for its sessions
// (they save every answer as it is given, so this is only for goodbyes).
const shutdownTimeout = 10 * time.Second

// minRoomCode is the shortest standing room code accepted.
const minRoomCode = 6

// serveOptions are the flags of `winwin serve`.
type serveOptions struct {
	listen, authorized, trainers, code, cases string
	maxSessions                               int
	idle, maxTime                             time.Duration
}

// serveCommand is `winwin serve`: the app over SSH for a training room.
func serveCommand(fs *pflag.FlagSet) runFunc {
	var o serveOptions
	fs.StringVar(&o.listen, "listen", serve.DefaultListen, "cli.flag.listen")
	fs.StringVar(&o.authorized, "authorized-keys", "", "cli.flag.authorized_keys")
	fs.StringVar(&o.trainers, "trainer-keys", "", "cli.flag.trainer_keys")
	fs.StringVar(&o.code, "room-code", "", "cli.flag.room_code")
	fs.StringVar(&o.cases, "cases", "", "cli.flag.practice_cases")
	fs.IntVar(&o.maxSessions, "max-sessions", serve.DefaultMaxSessions, "cli.flag.max_sessions")
	fs.DurationVar(&o.idle, "idle-timeout", serve.DefaultIdleTimeout, "cli.flag.idle_timeout")
	fs.DurationVar(&o.maxTime, "max-timeout", serve.DefaultMaxTimeout, "cli.flag.max_timeout")
	return func(e *env, args []string) int {
		cmd := command{name: "serve", key: "cli.cmd.serve"}
		if len(args) > 0 {
			return e.usageError(cmd, e.cat.T("training.cli.no_args", "serve"))
		}
		if msg := o.check(e.cat); msg != "" {
			return e.usageError(cmd, msg)
		}
		return e.serve(o)
	}
}

// check finds what is wrong with the flags, in the user's language.
func (o serveOptions) check(cat *locale.Catalog) string {
	switch {
	case o.authorized == "" && o.trainers == "" && o.code == "":
		return cat.T("serve.nobody")
	case o.code != "" && len(room.NormalizeCode(o.code)) < minRoomCode:
		return cat.T("serve.bad_code", safetext.Line(o.code), minRoomCode)
	case o.maxSessions <= 0:
		return cat.T("serve.bad_limit", "--max-sessions")
	case o.idle <= 0:
		return cat.T("serve.bad_limit", "--idle-timeout")
	case o.maxTime <= 0:
		return cat.T("serve.bad_limit", "--max-timeout")
	}
	return ""
}

// serve runs the server until SIGINT or SIGTERM, then stops it cleanly.
func (e *env) serve(o serveOptions) int {
	cfg, j, code := e.serveConfig(o)
	if j != nil {
		defer j.Close()
	}
	if code != exitOK {
		return code
	}
	srv, err := serve.New(cfg)
	if err != nil {
		return e.serveFailed(err)
	}
	l, err := net.Listen("tcp", o.listen)
	if err != nil {
		return e.serveFailed(&serve.Error{Message: locale.Msg("serve.err.listen", o.listen, err.Error()), Err: err})
	}
	e.serveBanner(cfg, l.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	select {
	case err := <-served:
		if err != nil {
			return e.serveFailed(err)
		}
		return exitOK
	case <-ctx.Done():
	}
	fmt.Fprintln(e.stdout, e.cat.T("serve.stopping", shutdownTimeout))
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	_ = srv.Shutdown(sctx) // past the deadline the rest is closed
	<-served
	fmt.Fprintln(e.stdout, e.cat.T("serve.stopped"))
	return exitOK
}

// serveFailed says why the server cannot run and returns exitFail.
func (e *env) serveFailed(err error) int {
	e.problem(e.cat.M(serve.MessageOf(err)))
	return exitFail
}

// serveBanner tells the trainer where the server listens and how
// participants connect.
func (e *env) serveBanner(cfg serve.Config, addr net.Addr) {
	t := e.cat.T
	w := e.stdout
	fmt.Fprintln(w, t("serve.started", addr.String()))
	tr, pa := cfg.Trainers.Len(), cfg.Participants.Len()
	fmt.Fprintln(w, e.cat.N("serve.trainer_keys", tr, tr)+", "+e.cat.N("serve.participant_keys", pa, pa))
	if cfg.RoomCode != "" {
		fmt.Fprintln(w, t("serve.room_code", room.NormalizeCode(cfg.RoomCode)))
	}
	if cmd := serve.JoinCommand(addr); cmd != "" {
		fmt.Fprintln(w, t("serve.connect", cmd))
	}
}

// hostKeyPath is where the host key is kept: in the data directory.
func hostKeyPath(dataDir string) string { return filepath.Join(dataDir, serve.HostKeyFile) }

// logger is the server's log, on standard error.
func (e *env) logger() *log.Logger { return log.New(e.stderr, "", log.LstdFlags) }
