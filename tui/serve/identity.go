package serve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/ssh"

	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/room"
)

// The permission extensions the keyboard-interactive login leaves on its
// connection. Permissions are reset before every authentication attempt,
// so only the attempt that succeeded leaves them.
const (
	extName = "winwin-name"
	extCode = "winwin-code"
	// extNew marks a name's first login: the session gets the name's
	// personal code and shows it once.
	extNew = "winwin-new-name"
)

// MaxNameLen is the longest name a participant may log in with.
const MaxNameLen = 40

// Identity is who a session belongs to.
type Identity struct {
	// Owner scopes the session's rows in the journal: "key:" and the
	// key's SHA256 fingerprint, or "name:" with the room code and the
	// name in lower case.
	Owner string
	// Name is shown to the trainer: the name entered, or for a key the
	// SSH user name (cleaned) and the start of the fingerprint.
	Name string
	// Code is the room code given at login (name logins only).
	Code    string
	Trainer bool
	// New is a name's first login, which gets the name's personal code.
	New bool
}

// identify tells who a session is from how it authenticated: the public
// key that signed in (the library sets it only after a successful
// public-key login), else the name and code of the keyboard-interactive
// login.
func identify(sess ssh.Session, trainers KeySet) (Identity, bool) {
	if k := sess.PublicKey(); k != nil {
		fp := Fingerprint(k)
		name := CleanName(sess.User())
		short := strings.TrimPrefix(fp, "SHA256:")
		if len(short) > 8 {
			short = short[:8]
		}
		if name == "" {
			name = short
		} else {
			name += " (" + short + ")"
		}
		return Identity{Owner: "key:" + fp, Name: name, Trainer: trainers.Has(k)}, true
	}
	ext := sess.Permissions().Extensions
	name, code := ext[extName], ext[extCode]
	if name == "" || code == "" {
		return Identity{}, false
	}
	return Identity{Owner: nameOwner(code, name), Name: name, Code: code, New: ext[extNew] != ""}, true
}

// nameOwner is the journal owner of a name login: the name within its
// room code, in lower case.
func nameOwner(code, name string) string { return "name:" + code + ":" + strings.ToLower(name) }

// CleanName is a name as typed at login, fit to show and to key rows by:
// no escapes or control characters, spaces collapsed, at most MaxNameLen
// characters. "" means the name is not usable.
func CleanName(s string) string {
	if len(s) > MaxNameLen*8 {
		s = s[:MaxNameLen*8]
	}
	s = strings.Join(strings.FieldsFunc(safetext.Line(s), unicode.IsSpace), " ")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	if utf8.RuneCountInString(s) > MaxNameLen {
		r := []rune(s)
		s = strings.TrimSpace(string(r[:MaxNameLen]))
	}
	return s
}

// who is the identity as the room hub knows it.
func (id Identity) who() room.Who {
	return room.Who{Owner: id.Owner, Name: id.Name, Trainer: id.Trainer}
}
