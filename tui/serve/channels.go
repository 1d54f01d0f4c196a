package serve

import (
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// refused reports the session requests answered "no" before the session
// sees them: the ssh library says yes to agent forwarding by default,
// and X11 forwarding has no place in a training app.
func refused(request string) bool {
	switch request {
	case "auth-agent-req@openssh.com", "x11-req":
		return true
	}
	return false
}

// sessionChannel is the only channel type the server accepts: sessions,
// with forwarding requests refused. Port forwarding is refused because
// no handler for it is registered (direct-tcpip, tcpip-forward).
func sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	// A channel is opened only after the handshake and authentication:
	// the connection leaves the gate's pending pool and its deadline.
	markLoggedIn(ctx)
	ssh.DefaultSessionHandler(srv, conn, filtered{nc}, ctx)
}

// filtered is a new session channel whose requests pass a filter.
type filtered struct {
	gossh.NewChannel
}

// Accept accepts the channel and hands on its requests, answering the
// refused ones itself.
func (f filtered) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		defer func() { _ = recover() }() // a broken request ends this session only
		for r := range reqs {
			if refused(r.Type) {
				if r.WantReply {
					_ = r.Reply(false, nil)
				}
				continue
			}
			out <- r
		}
	}()
	return ch, out, nil
}
