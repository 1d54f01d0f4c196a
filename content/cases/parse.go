package cases

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

var (
	// caseID is the shape of case ids and tags: they name files and appear
	// on the command line (--case ID), so they stay plain.
	caseID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)
	// questionID is the shape of a playbook question id (notes' keys).
	questionID = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$`)
)

// rootKeys are the keys of a case file, in the order the docs give them:
// the translations of the facts come last (facts_nl), so a file's facts
// and their translation are edited apart.
func rootKeys() []string {
	keys := []string{"id", "title", "pillar", "tags", "story", "verdict", "facts", "notes"}
	for _, lang := range translatedLangs() {
		keys = append(keys, FactTextsKey(lang))
	}
	return keys
}

// sortedKeys returns m's keys in order, so problems come out the same
// every time.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Parse reads one case from the bytes of its file; file names it in
// problems. Every problem found is returned in one *LoadError. Parse
// checks the case's shape and texts, not its facts: those are a deal file,
// read by coach/dealfile against the playbook in use.
func Parse(data []byte, file string) (*Case, error) {
	p := &parser{file: file}
	if m := safetext.CheckInput(data); m != nil {
		return nil, &LoadError{Problems: []playbook.Problem{{Pos: playbook.Pos{File: file}, Msg: *m}}}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &LoadError{Problems: []playbook.Problem{playbook.YAMLProblem(file, err)}}
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return nil, &LoadError{Problems: []playbook.Problem{problem(playbook.Pos{File: file}, "input.empty")}}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.add(root, "practice.case.want_map", "case")
		return nil, p.err()
	}
	c := p.parseCase(root, data)
	if len(p.probs) > 0 {
		return nil, p.err()
	}
	return c, nil
}

// parser collects problems while it reads one case file.
type parser struct {
	file  string
	probs []playbook.Problem
}

func (p *parser) pos(n *yaml.Node) playbook.Pos {
	if n == nil {
		return playbook.Pos{File: p.file}
	}
	return playbook.Pos{File: p.file, Line: n.Line, Col: n.Column}
}

func (p *parser) add(n *yaml.Node, key string, args ...any) {
	p.probs = append(p.probs, problem(p.pos(n), key, args...))
}

func (p *parser) err() error {
	sortProblems(p.probs)
	return &LoadError{Problems: p.probs}
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// field is one key of a mapping with its value.
type field struct {
	key, val *yaml.Node
	next     *yaml.Node // the key after this one, or nil
}

// fields reads a mapping's keys against the allowed ones, reporting
// unknown keys (with the nearest allowed one), keys given twice, keys that
// are not plain names and aliases.
func (p *parser) fields(n *yaml.Node, path string, allowed []string) map[string]field {
	out := map[string]field{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := safetext.Line(k.Value)
		full := join(path, name)
		switch {
		case k.Kind != yaml.ScalarNode:
			p.add(k, "practice.case.want_value", join(path, "?"))
			continue
		case v.Kind == yaml.AliasNode:
			p.add(v, "practice.case.alias", full)
			continue
		}
		if allowed != nil && !contains(allowed, k.Value) {
			if near := playbook.Nearest(k.Value, allowed); near != "" {
				p.add(k, "practice.case.unknown_key", full, join(path, near))
			} else {
				p.add(k, "practice.case.unknown_key_plain", full)
			}
			continue
		}
		if _, dup := out[k.Value]; dup {
			p.add(k, "practice.case.duplicate_key", full)
			continue
		}
		f := field{key: k, val: v}
		if i+2 < len(n.Content) {
			f.next = n.Content[i+2]
		}
		out[k.Value] = f
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scalar returns a scalar's trimmed text, reporting a missing or
// non-scalar value at the given path.
func (p *parser) scalar(fs map[string]field, parent *yaml.Node, key, path string) (string, *yaml.Node, bool) {
	f, ok := fs[key]
	if !ok || isNull(f.val) {
		p.add(parent, "practice.case.missing", path)
		return "", nil, false
	}
	if f.val.Kind != yaml.ScalarNode {
		p.add(f.val, "practice.case.want_value", path)
		return "", nil, false
	}
	s := strings.TrimSpace(f.val.Value)
	if s == "" {
		p.add(f.val, "practice.case.missing", path)
		return "", nil, false
	}
	return s, f.val, true
}

// text reads a translated text: a map with a non-empty string for every
// supported language and no other keys. block keeps newlines.
func (p *parser) text(n *yaml.Node, path string, block bool, limit int) playbook.Text {
	if n.Kind != yaml.MappingNode {
		p.add(n, "practice.case.want_map", path)
		return nil
	}
	t := playbook.Text{}
	reported := map[locale.Lang]bool{}
	for _, f := range p.fields(n, path, nil) {
		lang, ok := locale.ParseLang(f.key.Value)
		if !ok || len(f.key.Value) != 2 {
			p.add(f.key, "practice.case.unknown_lang", path, safetext.Line(f.key.Value))
			continue
		}
		if f.val.Kind != yaml.ScalarNode {
			p.add(f.val, "practice.case.want_value", join(path, string(lang)))
			continue
		}
		s := strings.TrimSpace(f.val.Value)
		if s == "" || isNull(f.val) {
			p.add(f.val, "practice.case.missing_translation", path, string(lang))
			reported[lang] = true
			continue
		}
		if nr := utf8.RuneCountInString(s); nr > limit {
			p.add(f.val, "practice.case.too_long", join(path, string(lang)), nr, limit)
			reported[lang] = true
			continue
		}
		if block {
			t[lang] = safetext.Block(s)
		} else {
			t[lang] = safetext.Line(s)
		}
	}
	for _, lang := range locale.Langs() {
		if _, ok := t[lang]; !ok && !reported[lang] {
			p.add(n, "practice.case.missing_translation", path, string(lang))
		}
	}
	return t
}

// requiredText reads the text under key, reporting it when missing.
func (p *parser) requiredText(fs map[string]field, root *yaml.Node, key string, block bool, limit int) playbook.Text {
	f, ok := fs[key]
	if !ok || isNull(f.val) {
		p.add(root, "practice.case.missing", key)
		return nil
	}
	return p.text(f.val, key, block, limit)
}
