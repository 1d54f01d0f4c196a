package serve

import (
	"strings"

	"github.com/charmbracelet/ssh"

	"github.com/winwincoach/winwin/content/locale"
)

// envLookup finds name in the environment the client sent (the last
// value wins, as in a shell).
func envLookup(sess ssh.Session, name string) (string, bool) {
	env := sess.Environ()
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == name {
			return v, true
		}
	}
	return "", false
}

// sessionLang is the language the session's environment asks for
// (LC_ALL, LC_MESSAGES, LANG: many OpenSSH set-ups send LANG and LC_*),
// "" when it names none.
func sessionLang(sess ssh.Session) locale.Lang {
	named := false
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v, ok := envLookup(sess, name); ok && v != "" && v != "C" && v != "POSIX" {
			named = true
		}
	}
	if !named {
		return ""
	}
	return locale.Detect("", func(name string) string {
		v, _ := envLookup(sess, name)
		return v
	})
}
