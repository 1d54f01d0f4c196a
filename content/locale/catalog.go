package locale

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content"
)

// Catalog holds every UI string of one language, by dotted key.
// A Catalog is read-only after loading and safe for concurrent use.
type Catalog struct {
	lang Lang
	msgs map[string]string
}

// Load reads the embedded catalog of lang.
func Load(lang Lang) (*Catalog, error) {
	return LoadFS(content.FS, "locales", lang)
}

// MustLoad is Load for the embedded catalogs, which tests guarantee to be
// valid; it panics only on a broken build.
func MustLoad(lang Lang) *Catalog {
	c, err := Load(lang)
	if err != nil {
		panic(err)
	}
	return c
}

// LoadFS reads every dir/<lang>/*.yaml file of fsys into one catalog.
// Each file is a tree of maps whose leaves are strings; keys are joined
// with dots ("coach.walk.set"). Features keep their strings in files of
// their own; a key defined twice is an error.
func LoadFS(fsys fs.FS, dir string, lang Lang) (*Catalog, error) {
	files, err := fs.Glob(fsys, path.Join(dir, string(lang), "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("locale %s: no catalog files in %s", lang, dir)
	}
	c := &Catalog{lang: lang, msgs: map[string]string{}}
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		if len(root.Content) == 0 {
			continue
		}
		if err := flatten(root.Content[0], "", c.msgs); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
	}
	return c, nil
}

func flatten(n *yaml.Node, prefix string, out map[string]string) error {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if prefix != "" {
				k = prefix + "." + k
			}
			if err := flatten(n.Content[i+1], k, out); err != nil {
				return err
			}
		}
	case yaml.ScalarNode:
		if _, dup := out[prefix]; dup {
			return fmt.Errorf("line %d: duplicate key %s", n.Line, prefix)
		}
		out[prefix] = n.Value
	default:
		return fmt.Errorf("line %d: %s must be a string or a map", n.Line, prefix)
	}
	return nil
}

// Lang is the catalog's language.
func (c *Catalog) Lang() Lang { return c.lang }

// Has reports whether key is in the catalog.
func (c *Catalog) Has(key string) bool { _, ok := c.msgs[key]; return ok }

// T returns the string for key, formatted with args when there are any.
// A missing key shows as "!key" so it is seen, never silently blank.
func (c *Catalog) T(key string, args ...any) string {
	s, ok := c.msgs[key]
	if !ok {
		return "!" + key
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// N is T for a count: it uses key+"_one" when n is 1 and that key
// exists, so "1 problem" need not read "1 problems". n is not passed on
// by itself: args are the format's arguments (usually n among them).
func (c *Catalog) N(key string, n int, args ...any) string {
	if n == 1 && c.Has(key+"_one") {
		return c.T(key+"_one", args...)
	}
	return c.T(key, args...)
}

// Keys returns every key, sorted; tests compare the languages with it.
func (c *Catalog) Keys() []string {
	keys := make([]string, 0, len(c.msgs))
	for k := range c.msgs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Verbs returns the fmt verbs of key's string in order ("%s %d" gives
// [s d]), so a test can check that translations take the same arguments.
func (c *Catalog) Verbs(key string) []string {
	var verbs []string
	s := c.msgs[key]
	for i := 0; i < len(s); i++ {
		if s[i] != '%' || i+1 >= len(s) {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.[]", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] != '%' {
			verbs = append(verbs, string(s[j]))
		}
		i = j
	}
	return verbs
}
