// Package locale holds winwin's message catalogs (English and Dutch), the
// language detection from flags and environment, and the locale-aware
// formatting and parsing of money.
package locale

import "strings"

// Lang is a supported interface language.
type Lang string

// The languages every catalog, playbook and case must cover.
const (
	EN Lang = "en"
	NL Lang = "nl"
)

// Langs returns every supported language, English first.
func Langs() []Lang { return []Lang{EN, NL} }

// Valid reports whether l is a supported language.
func (l Lang) Valid() bool { return l == EN || l == NL }

// ParseLang turns a flag value or a POSIX locale ("nl_NL.UTF-8", "en-GB")
// into a supported language. ok is false when it names none.
func ParseLang(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "_-.@"); i >= 0 {
		s = s[:i]
	}
	switch Lang(s) {
	case EN, NL:
		return Lang(s), true
	}
	return EN, false
}

// Detect picks the language: the flag when set, else the first of LC_ALL,
// LC_MESSAGES and LANG that names a supported language, else English.
// getenv is passed in so the choice stays testable and free of globals.
func Detect(flag string, getenv func(string) string) Lang {
	if flag != "" {
		if l, ok := ParseLang(flag); ok {
			return l
		}
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" || v == "C" || v == "POSIX" {
			continue
		}
		if l, ok := ParseLang(v); ok {
			return l
		}
		// A set but unsupported locale (say de_DE) still decides: POSIX
		// gives LC_ALL precedence, so don't fall through to LANG.
		return EN
	}
	return EN
}
