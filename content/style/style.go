// Package style is the machine part of content/STYLE.md: a deny-list of
// words that must not appear in winwin's texts (calques and English in
// Dutch, jargon in English), and the walk over every text of the content
// tree that the test checks against it. Layer: content (pure: it reads an
// fs.FS and returns findings; it writes nothing).
package style

import (
	_ "embed"
	"fmt"
	"path"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/locale"
)

// DenyList is the embedded deny-list, content/style/denylist.yaml.
//
//go:embed denylist.yaml
var DenyList []byte

// Entry is one word or phrase to avoid in one language.
type Entry struct {
	// Word is a word or phrase, matched without regard to case and only
	// as whole words; a trailing * also matches any ending ("wegloop*").
	Word string `yaml:"word"`
	// Use is what to write instead.
	Use string `yaml:"use"`
	// Why says what is wrong with it.
	Why string `yaml:"why"`
	// Except lists the places where the word is right (an id quoted in an
	// error message, say), as location patterns (see Matches).
	Except []string `yaml:"except"`

	re *regexp.Regexp
}

// Skip is a file (or part of one) not reviewed yet: its findings are
// reported, not failed, until the review is done and the entry removed.
type Skip struct {
	// Where is a location pattern (see Matches).
	Where string `yaml:"where"`
	// Why says who reviews it and why it waits.
	Why string `yaml:"why"`
}

// List is the parsed deny-list.
type List struct {
	Words      map[locale.Lang][]*Entry `yaml:"words"`
	Unreviewed []Skip                   `yaml:"unreviewed"`
}

// Parse reads a deny-list and compiles its words.
func Parse(data []byte) (*List, error) {
	var l List
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&l); err != nil {
		return nil, fmt.Errorf("deny-list: %w", err)
	}
	for lang, entries := range l.Words {
		if !lang.Valid() {
			return nil, fmt.Errorf("deny-list: unknown language %q", lang)
		}
		for _, e := range entries {
			if strings.TrimSpace(e.Word) == "" || strings.TrimSpace(e.Use) == "" {
				return nil, fmt.Errorf("deny-list: %s: every entry needs a word and what to use instead", lang)
			}
			e.re = wordPattern(e.Word)
		}
	}
	return &l, nil
}

// wordPattern matches word as whole words: not inside a longer word.
// Spaces in a phrase match any run of white space (texts are wrapped).
func wordPattern(word string) *regexp.Regexp {
	w := strings.ToLower(strings.TrimSpace(word))
	tail := ""
	if strings.HasSuffix(w, "*") {
		w, tail = strings.TrimSuffix(w, "*"), `[\p{L}\p{N}]*`
	}
	parts := strings.Fields(w)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	const edge = `[^\p{L}\p{N}_]`
	return regexp.MustCompile(`(?i)(?:^|` + edge + `)(` + strings.Join(parts, `\s+`) + tail + `)(?:$|` + edge + `)`)
}

// Matches reports whether a location pattern matches where. Locations are
// "file:key" with file relative to content/ ("locales/nl/core.yaml:
// coach.walk.set"). A pattern with a colon matches the whole location, one
// without matches the file; both use path.Match, so "cases/*.yaml" and
// "locales/*/serve.yaml:serve.login.*" work.
func Matches(pattern, where string) bool {
	subject := where
	if !strings.Contains(pattern, ":") {
		subject, _, _ = strings.Cut(where, ":")
	}
	ok, err := path.Match(pattern, subject)
	return ok && err == nil
}

// Hit is one word of the deny-list found in one text.
type Hit struct {
	Text  Text
	Entry *Entry
	Found string // the text as written
}

// String is the hit as the test reports it.
func (h Hit) String() string {
	return fmt.Sprintf("%s (%s): %q — %s; use: %s", h.Text.Where, h.Text.Lang, h.Found, h.Entry.Why, h.Entry.Use)
}

// notWords are the parts of a text that are names, not words: format
// verbs, command-line flags, file names and paths, and quoted ids.
var notWords = regexp.MustCompile(`%[-+# 0-9.\[\]]*[a-zA-Z]|--[a-z][a-z-]*|[\w./*-]+\.(?:yaml|yml|json|db)\b`)

// Check returns the deny-list's words found in t, except where an entry
// allows them.
func (l *List) Check(t Text) []Hit {
	text := notWords.ReplaceAllString(t.Text, " ")
	var hits []Hit
	for _, e := range l.Words[t.Lang] {
		if excepted(e.Except, t.Where) {
			continue
		}
		for _, m := range e.re.FindAllStringSubmatch(text, -1) {
			hits = append(hits, Hit{Text: t, Entry: e, Found: m[1]})
		}
	}
	return hits
}

func excepted(patterns []string, where string) bool {
	for _, p := range patterns {
		if Matches(p, where) {
			return true
		}
	}
	return false
}

// Skipped returns the unreviewed entry that covers where, if any.
func (l *List) Skipped(where string) (Skip, bool) {
	for _, s := range l.Unreviewed {
		if Matches(s.Where, where) {
			return s, true
		}
	}
	return Skip{}, false
}
