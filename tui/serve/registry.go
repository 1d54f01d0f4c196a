package serve

import (
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"

	"github.com/winwincoach/winwin/tui/autosave"
	"github.com/winwincoach/winwin/tui/room"
)

// registry is the server's live sessions, for the cap, for Shutdown and
// for tests.
type registry struct {
	mu       sync.Mutex
	sessions map[ssh.Session]*entry
	draining bool
	changed  chan struct{} // closed and replaced on every change
}

// entry is one live session.
type entry struct {
	link   *link
	conn   *room.Conn       // set once the program is made
	ledger *autosave.Ledger // the session's interviews, retried at its end
	who    string           // the participant's name, for the log
}

func newRegistry() *registry {
	return &registry{sessions: map[ssh.Session]*entry{}, changed: make(chan struct{})}
}

// add registers sess unless the server is draining or holds max
// sessions; why says which refused it ("" when added).
func (r *registry) add(sess ssh.Session, max int) (e *entry, why string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.draining:
		return nil, "serve.refused.draining"
	case len(r.sessions) >= max:
		return nil, "serve.refused.full"
	}
	e = &entry{link: newLink()}
	r.sessions[sess] = e
	r.changedLocked()
	return e, ""
}

// remove forgets sess and releases what it held.
func (r *registry) remove(sess ssh.Session) {
	r.mu.Lock()
	e, ok := r.sessions[sess]
	delete(r.sessions, sess)
	r.changedLocked()
	r.mu.Unlock()
	if !ok {
		return
	}
	e.link.close()
	if e.conn != nil {
		e.conn.Close()
	}
}

// isDraining reports whether the server is stopping.
func (r *registry) isDraining() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.draining
}

func (r *registry) get(sess ssh.Session) *entry {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sessions[sess]
}

func (r *registry) changedLocked() {
	close(r.changed)
	r.changed = make(chan struct{})
}

// count is the number of live sessions and a channel closed at the next
// change, so callers wait for a change instead of polling.
func (r *registry) count() (int, <-chan struct{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.sessions), r.changed
}

// drain refuses new sessions from now on and asks every program to quit.
func (r *registry) drain() {
	r.mu.Lock()
	r.draining = true
	links := make([]*link, 0, len(r.sessions))
	for _, e := range r.sessions {
		links = append(links, e.link)
	}
	r.mu.Unlock()
	for _, l := range links {
		l.quit()
	}
}

// link is a session's way to its program, which exists only after the
// model is built: messages sent before wait for it, messages sent after
// the session ended are dropped.
type link struct {
	once  sync.Once
	ready chan struct{}
	gone  chan struct{}
	shut  sync.Once
	p     *tea.Program
}

func newLink() *link { return &link{ready: make(chan struct{}), gone: make(chan struct{})} }

// set hands the link its program.
func (l *link) set(p *tea.Program) {
	l.once.Do(func() {
		l.p = p
		close(l.ready)
	})
}

// send delivers msg to the program; it returns when the program took it
// or the session is gone.
func (l *link) send(msg any) {
	select {
	case <-l.ready:
		l.p.Send(msg)
	case <-l.gone:
	}
}

// quit asks the program to quit (it saves as it goes), if it runs.
func (l *link) quit() {
	select {
	case <-l.ready:
		// Send blocks until the program reads it: not while draining
		// every session in turn.
		go func() {
			defer func() { _ = recover() }() // a program gone mid-quit
			l.p.Quit()
		}()
	default:
	}
}

func (l *link) close() { l.shut.Do(func() { close(l.gone) }) }
