package style

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/locale"
)

// Text is one user-visible text in one language.
type Text struct {
	Lang  locale.Lang
	Where string // "file:key", file relative to the content root
	Text  string
}

// Missing is a text given in some languages but not in all: a playbook,
// case or self-check text of the form {en: ..., nl: ...} that lacks one
// or leaves it empty.
type Missing struct {
	Where string
	Lang  locale.Lang
}

// Texts walks the content tree (content.FS, or a test's copy) and returns
// every text a user can read: the catalogs' strings (locales/<lang>/*.yaml),
// every {en, nl} text of the playbooks, cases and self-check, and the
// cases' facts that are words (names and lists: the playbooks' text and
// list questions) with their translations (facts_nl). Missing lists the
// bilingual texts and the facts that lack a language.
func Texts(fsys fs.FS) (texts []Text, missing []Missing, err error) {
	for _, lang := range locale.Langs() {
		files, err := fs.Glob(fsys, path.Join("locales", string(lang), "*.yaml"))
		if err != nil {
			return nil, nil, err
		}
		for _, f := range files {
			root, err := readYAML(fsys, f)
			if err != nil {
				return nil, nil, err
			}
			catalogTexts(root, f, lang, "", &texts)
		}
	}
	var files []string
	for _, glob := range []string{"playbooks/*/playbook.yaml", "cases/*.yaml", "selfcheck/*.yaml"} {
		m, err := fs.Glob(fsys, glob)
		if err != nil {
			return nil, nil, err
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	questions, err := textQuestions(fsys)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range files {
		root, err := readYAML(fsys, f)
		if err != nil {
			return nil, nil, err
		}
		bilingualTexts(root, f, "", &texts, &missing)
		if strings.HasPrefix(f, "cases/") && root.Kind == yaml.MappingNode {
			factTexts(root, f, questions, &texts, &missing)
		}
	}
	return texts, missing, nil
}

func readYAML(fsys fs.FS, name string) (*yaml.Node, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(root.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode}, nil
	}
	return root.Content[0], nil
}

// catalogTexts adds every string leaf of a catalog file, by dotted key.
func catalogTexts(n *yaml.Node, file string, lang locale.Lang, key string, out *[]Text) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			catalogTexts(n.Content[i+1], file, lang, join(key, n.Content[i].Value), out)
		}
	case yaml.ScalarNode:
		*out = append(*out, Text{Lang: lang, Where: file + ":" + key, Text: n.Value})
	}
}

// bilingualTexts adds every map whose keys are all languages ({en: ...,
// nl: ...}) as one text per language. List items are named by their id
// when they have one, else by their index, so a location stays readable:
// "playbooks/default/playbook.yaml:sections.client.questions.client.need.help".
func bilingualTexts(n *yaml.Node, file, key string, out *[]Text, missing *[]Missing) {
	switch n.Kind {
	case yaml.MappingNode:
		if isBilingual(n) {
			have := map[locale.Lang]string{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				have[locale.Lang(n.Content[i].Value)] = n.Content[i+1].Value
			}
			for _, lang := range locale.Langs() {
				s, ok := have[lang]
				if !ok || strings.TrimSpace(s) == "" {
					*missing = append(*missing, Missing{Where: file + ":" + key, Lang: lang})
					continue
				}
				*out = append(*out, Text{Lang: lang, Where: file + ":" + key, Text: s})
			}
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			bilingualTexts(n.Content[i+1], file, join(key, n.Content[i].Value), out, missing)
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			bilingualTexts(item, file, join(key, itemName(item, i)), out, missing)
		}
	}
}

// isBilingual reports whether every key of the map is a language and its
// values are strings.
func isBilingual(n *yaml.Node) bool {
	if len(n.Content) == 0 {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if !locale.Lang(n.Content[i].Value).Valid() || n.Content[i+1].Kind != yaml.ScalarNode {
			return false
		}
	}
	return true
}

func itemName(n *yaml.Node, i int) string {
	if n.Kind == yaml.MappingNode {
		for j := 0; j+1 < len(n.Content); j += 2 {
			if k := n.Content[j].Value; (k == "id" || k == "value") && n.Content[j+1].Kind == yaml.ScalarNode {
				return n.Content[j+1].Value
			}
		}
	}
	return strconv.Itoa(i)
}

func join(key, part string) string {
	if key == "" {
		return part
	}
	return key + "." + part
}
