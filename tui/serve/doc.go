// Package serve is `winwin serve`: the whole app over SSH for a training
// room, built on charmbracelet/wish. Every connection gets its own
// bubbletea program from tui/session.New, drawn with a renderer for that
// participant's terminal (size and colour profile), and its own rows in
// the server's journal (Owner is the participant's identity).
//
// # Who may join
//
// Public keys listed in --authorized-keys (participants) or --trainer-keys
// (trainers) log in by key; their identity is the key's SHA256
// fingerprint. Anyone else logs in by keyboard-interactive: a name and a
// room code, either the standing --room-code or the code of a room a
// trainer has opened. Their identity is the name within that code, so the
// same name and code find the same drafts again after a reconnect. A
// name's first login gets a personal code, shown once; a later login
// under that name must give it, and the trainer's view shows refused and
// reclaimed names. The login prompts show English and Dutch (the
// session's language is known only after login) unless the server is
// fixed to one language.
//
// # What a session may do
//
// Only the app: a shell request with a pty. A command given to ssh
// (exec) is refused with a message, subsystems are refused, and port,
// agent and X11 forwarding are refused. Connections are limited per
// address (a rate of attempts) and in total, sessions are capped, and an
// idle and an absolute timeout end forgotten connections.
//
// # Reliability
//
// Each session's model runs in its own program: a panic in one is
// recovered by bubbletea (or by the recover middleware around it) and ends
// that session only. Answers are saved as they are given (tui/autosave),
// so a dropped connection finds its draft again. Shutdown stops
// accepting, asks every program to quit, and waits for them within a
// deadline before closing what is left.
package serve
