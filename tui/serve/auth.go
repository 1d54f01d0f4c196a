package serve

import (
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/room"
)

// auth decides who may log in.
type auth struct {
	participants KeySet
	trainers     KeySet
	admits       func(code string) bool // the room hub: is this code open?
	cat          *locale.Catalog        // the server's language, for the login prompts
	refused      func(key, addr string) // logs a refused name or code
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

// keyboardInteractive asks for a name and a room code, and lets in a
// usable name with a code the hub admits. The name and code are kept on
// the connection's permissions for identify.
func (a auth) keyboardInteractive(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) (ok bool) {
	defer refuseOnPanic(&ok)
	t := a.cat.T
	answers, err := ask("winwin", t("serve.login.instruction"), []string{t("serve.login.name"), t("serve.login.code")}, []bool{true, true})
	if err != nil || len(answers) != 2 {
		return false
	}
	name, code := CleanName(answers[0]), room.NormalizeCode(answers[1])
	var why string
	switch {
	case name == "":
		why = t("serve.login.bad_name", MaxNameLen)
	case code == "" || !a.admits(code):
		why = t("serve.login.bad_code")
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
	perms := ctx.Permissions()
	if perms.Extensions == nil {
		perms.Extensions = map[string]string{}
	}
	perms.Extensions[extName] = name
	perms.Extensions[extCode] = code
	return true
}
