// Package room is the trainer's training room of `winwin serve`: a trainer
// opens a room for a practice case, participants join it (by its code at
// login, or from their home screen; before it opens they wait for it),
// and the trainer watches live who is in, how far each is, each one's
// mode, answers, facts score and call against the expert verdict, and the
// spread of the room's calls. A projector mode shows the code large and
// the ssh line and hides the verdict and the calls until the reveal; for
// the debrief the trainer opens one participant's answers beside the
// case's facts, or the class per question; "next case" gives the same room
// a new case; the export key writes every call as CSV and JSON (the hub
// keeps them in the journal too, with the names' personal codes as
// hashes).
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
