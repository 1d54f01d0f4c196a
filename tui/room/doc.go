// Package room is the trainer's training room of `winwin serve`: a trainer
// opens a room for a practice case, participants join it (by its code at
// login, or from their home screen), and the trainer watches live who is
// in, how far each is, each prediction against the expert verdict and the
// spread of the room's calls, then reveals the expert verdict to everyone
// at once.
//
// The Hub holds the rooms behind one lock. Every SSH session has a Conn
// to it; a change marks the Conns that must hear about it, and each Conn
// sends its own Snapshot to its program (tea.Program.Send) from a
// goroutine of its own, coalescing bursts, so no session's model is ever
// touched by another's goroutine and a slow terminal holds up nobody.
//
// What a participant is sent never holds another participant's name,
// answers or call: before the reveal only the case and the room's state;
// after it the expert verdict and the room's spread as counts.
package room
