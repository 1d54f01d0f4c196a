package serve

import (
	"io"
	"log"
	"time"

	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// Defaults of the server's limits.
const (
	DefaultListen      = "127.0.0.1:2222"
	DefaultMaxSessions = 100
	DefaultIdleTimeout = 30 * time.Minute
	DefaultMaxTimeout  = 12 * time.Hour
	// A room full of laptops behind one address connects at once: a
	// burst of 60, then one new connection a second per address.
	DefaultRateBurst = 60
	DefaultRate      = rate.Limit(1)
	// A connection must log in this soon after it connects, or it is
	// closed: typing a name and a room code fits, holding a slot does not.
	DefaultLoginTimeout = 20 * time.Second
	// Connections not logged in yet, in all and per address: the whole
	// room behind one address logging in at once fits (as many as the
	// rate limit's burst), a flood from a few addresses leaves room for
	// everyone else.
	DefaultMaxLogins        = 256
	DefaultMaxLoginsPerAddr = DefaultRateBurst
)

// Config is what the server is wired to. Zero limits take the defaults.
type Config struct {
	// Listen is the TCP address; DefaultListen when empty.
	Listen string
	// HostKey signs the server's side of the handshake (LoadHostKey).
	HostKey gossh.Signer

	// Participants and Trainers are the keys that log in by public key;
	// trainers may open rooms. RoomCode is the standing code that lets
	// participants in by name before any room is open ("" for none).
	Participants KeySet
	Trainers     KeySet
	RoomCode     string

	Playbook *playbook.Playbook
	// Catalogs has every language; Lang, when set, is every session's
	// language, else each session's LANG / LC_ALL picks it. Default is
	// the language of the login prompts, of the log and of sessions
	// whose environment names none (English when empty).
	Catalogs map[locale.Lang]*locale.Catalog
	Lang     locale.Lang
	Default  locale.Lang
	// Cases is the practice library: rooms are opened for its cases.
	Cases *cases.Library
	// Journal stores every participant's rows, under their identity, and
	// the rooms' results.
	Journal *journal.Journal
	// ExportDir is where the trainer's export key writes a room's
	// results ("" switches the key off).
	ExportDir string
	NoColor   bool

	MaxSessions int
	IdleTimeout time.Duration
	MaxTimeout  time.Duration
	Rate        rate.Limit // new connections per second per address
	RateBurst   int
	// LoginTimeout, MaxLogins and MaxLoginsPerAddr limit connections
	// that have not logged in yet (see the Default values).
	LoginTimeout     time.Duration
	MaxLogins        int
	MaxLoginsPerAddr int

	// Log receives connections, refusals and recovered panics; nil
	// discards them.
	Log *log.Logger
	// Rand is where room codes come from; nil is crypto/rand.
	Rand io.Reader
}

func (c Config) withDefaults() Config {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.MaxTimeout <= 0 {
		c.MaxTimeout = DefaultMaxTimeout
	}
	if c.Rate <= 0 {
		c.Rate = DefaultRate
	}
	if c.RateBurst <= 0 {
		c.RateBurst = DefaultRateBurst
	}
	if c.LoginTimeout <= 0 {
		c.LoginTimeout = DefaultLoginTimeout
	}
	if c.MaxLogins <= 0 {
		c.MaxLogins = DefaultMaxLogins
	}
	if c.MaxLoginsPerAddr <= 0 {
		c.MaxLoginsPerAddr = DefaultMaxLoginsPerAddr
	}
	if c.Log == nil {
		c.Log = log.New(io.Discard, "", 0)
	}
	return c
}

// catalog is the catalog of lang: the session's language, "" for the
// server's own.
func (c Config) catalog(lang locale.Lang) *locale.Catalog {
	switch {
	case c.Lang != "":
		lang = c.Lang
	case lang == "":
		lang = c.Default
	}
	if cat, ok := c.Catalogs[lang]; ok {
		return cat
	}
	return c.Catalogs[locale.EN]
}

// loginCatalogs are the languages of the login prompts: the fixed one
// when Lang is set, else the default first, then every other (English,
// then Dutch), since a session's language is known only after login.
func (c Config) loginCatalogs() []*locale.Catalog {
	if c.Lang != "" {
		return []*locale.Catalog{c.catalog("")}
	}
	out := []*locale.Catalog{c.catalog("")}
	for _, l := range []locale.Lang{locale.EN, locale.NL} {
		if cat, ok := c.Catalogs[l]; ok && cat != out[0] {
			out = append(out, cat)
		}
	}
	return out
}
