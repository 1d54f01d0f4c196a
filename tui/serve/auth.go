package serve

import (
	"strings"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/room"
)

// names is what the login asks the room hub about a name's personal
// code (*room.Hub is one).
type names interface {
	KnownName(owner string) bool
	Reclaim(owner, typed, roomCode, name string) bool
}

// auth decides who may log in.
type auth struct {
	participants KeySet
	trainers     KeySet
	admits       func(code string) bool // the room hub: is this code open?
	names        names
	// cats are the languages of the login prompts: the session's
	// language is known only after login, so the prompts show every
	// language the server may use (or only the one it is fixed to).
	cats    []*locale.Catalog
	refused func(key, addr string, args ...any) // logs a refused login
}

// publicKey lets in the keys of --authorized-keys and --trainer-keys.
// Any other key is refused, and the client moves on to
// keyboard-interactive.
func (a auth) publicKey(_ ssh.Context, k ssh.PublicKey) (ok bool) {
	defer refuseOnPanic(&ok)
	return a.participants.Has(k) || a.trainers.Has(k)
}

// refuseOnPanic turns a panic in an authentication callback, which runs
// on the connection's goroutine outside any session, into a refusal
// instead of a crashed server.
func refuseOnPanic(ok *bool) {
	if recover() != nil {
		*ok = false
	}
}

// prompt is key in every language of the login, one after the other
// (sep between them), each only once.
func (a auth) prompt(sep, key string, args ...any) string {
	var out []string
	for _, c := range a.cats {
		t := c.T(key, args...)
		if len(out) == 0 || out[len(out)-1] != t {
			out = append(out, t)
		}
	}
	return strings.Join(out, sep)
}

// keyboardInteractive asks for a name and a room code, and lets in a
// usable name with a code the hub admits. A name already in use in that
// room must give the personal code its first login got. The name and
// code are kept on the connection's permissions for identify.
func (a auth) keyboardInteractive(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) (ok bool) {
	defer refuseOnPanic(&ok)
	answers, err := ask("winwin", a.prompt("\n", "serve.login.instruction"),
		[]string{a.prompt(" / ", "serve.login.name") + ": ", a.prompt(" / ", "serve.login.code") + ": "}, []bool{true, true})
	if err != nil || len(answers) != 2 {
		return false
	}
	name, code := CleanName(answers[0]), room.NormalizeCode(answers[1])
	var why string
	switch {
	case name == "":
		why = a.prompt("\n", "serve.login.bad_name", MaxNameLen)
	case code == "" || !a.admits(code):
		why = a.prompt("\n", "serve.login.bad_code")
	}
	if why != "" {
		key := "serve.log.bad_code"
		if name == "" {
			key = "serve.log.bad_name"
		}
		a.refused(key, host(ctx.RemoteAddr()))
		// No questions: the client shows the text, then asks again.
		_, _ = ask("winwin", why, nil, nil)
		return false
	}
	owner := nameOwner(code, name)
	back := a.names.KnownName(owner)
	if back && !a.reclaim(ctx, ask, owner, code, name) {
		return false
	}
	perms := ctx.Permissions()
	if perms.Extensions == nil {
		perms.Extensions = map[string]string{}
	}
	perms.Extensions[extName] = name
	perms.Extensions[extCode] = code
	if !back {
		perms.Extensions[extNew] = "1"
	}
	return true
}

// reclaim asks a returning name for its personal code; the hub tells the
// room's trainers whether it was right.
func (a auth) reclaim(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge, owner, code, name string) bool {
	answers, err := ask("winwin", a.prompt("\n", "serve.login.taken", name),
		[]string{a.prompt(" / ", "serve.login.personal") + ": "}, []bool{true})
	typed := ""
	if err == nil && len(answers) == 1 {
		typed = answers[0]
	}
	if err != nil || !a.names.Reclaim(owner, typed, code, name) {
		a.refused("serve.log.bad_personal", host(ctx.RemoteAddr()), name)
		_, _ = ask("winwin", a.prompt("\n", "serve.login.bad_personal"), nil, nil)
		return false
	}
	return true
}
