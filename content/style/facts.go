package style

import (
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
)

// textQuestions returns the ids of the playbooks' text and list
// questions: the facts a case gives in words, which a reader sees.
func textQuestions(fsys fs.FS) (map[string]bool, error) {
	files, err := fs.Glob(fsys, "playbooks/*/playbook.yaml")
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, f := range files {
		root, err := readYAML(fsys, f)
		if err != nil {
			return nil, err
		}
		collectTextQuestions(root, ids)
	}
	return ids, nil
}

// collectTextQuestions finds every mapping with an id and a kind of text
// or list, wherever the playbook nests it.
func collectTextQuestions(n *yaml.Node, ids map[string]bool) {
	if n.Kind == yaml.MappingNode {
		var id, kind string
		for i := 0; i+1 < len(n.Content); i += 2 {
			switch k, v := n.Content[i].Value, n.Content[i+1]; {
			case k == "id" && v.Kind == yaml.ScalarNode:
				id = v.Value
			case k == "kind" && v.Kind == yaml.ScalarNode:
				kind = v.Value
			}
		}
		if id != "" && (kind == "text" || kind == "list") {
			ids[id] = true
		}
	}
	for _, c := range n.Content {
		collectTextQuestions(c, ids)
	}
}

// factTexts adds a case file's facts that are words (names and lists):
// the facts block's as English, each facts_<lang> block's in its
// language, one text per name or list item ("cases/x.yaml:facts_nl.
// offer.benefits.0"). A name or list the facts give but a language's
// block lacks is missing in that language.
func factTexts(root *yaml.Node, file string, questions map[string]bool, out *[]Text, missing *[]Missing) {
	blocks := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		blocks[root.Content[i].Value] = root.Content[i+1]
	}
	facts, ok := blocks["facts"]
	if !ok || facts.Kind != yaml.MappingNode {
		return
	}
	en := leaves(facts, "", map[string]*yaml.Node{})
	for _, path := range sortedPaths(en) {
		if !questions[path] || !hasWords(en[path]) {
			continue
		}
		addFact(en[path], file, "facts."+path, cases.FactsLang, out)
		for _, lang := range locale.Langs() {
			if lang == cases.FactsLang {
				continue
			}
			key := cases.FactTextsKey(lang)
			var tr map[string]*yaml.Node
			if b, ok := blocks[key]; ok && b.Kind == yaml.MappingNode {
				tr = leaves(b, "", map[string]*yaml.Node{})
			}
			if n, ok := tr[path]; ok && hasWords(n) {
				addFact(n, file, key+"."+path, lang, out)
				continue
			}
			*missing = append(*missing, Missing{Where: file + ":facts." + path, Lang: lang})
		}
	}
}

// leaves flattens a facts mapping to its values by dotted path.
func leaves(n *yaml.Node, prefix string, out map[string]*yaml.Node) map[string]*yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		path := join(prefix, n.Content[i].Value)
		if v := n.Content[i+1]; v.Kind == yaml.MappingNode {
			leaves(v, path, out)
		} else {
			out[path] = v
		}
	}
	return out
}

// hasWords reports whether a fact holds text: not empty, not unknown.
func hasWords(n *yaml.Node) bool {
	switch n.Kind {
	case yaml.SequenceNode:
		return len(n.Content) > 0
	case yaml.ScalarNode:
		s := strings.TrimSpace(n.Value)
		return s != "" && n.Tag != "!!null" && !strings.EqualFold(s, "unknown")
	}
	return false
}

// addFact adds a name, or each item of a list, as a text.
func addFact(n *yaml.Node, file, key string, lang locale.Lang, out *[]Text) {
	if n.Kind == yaml.ScalarNode {
		*out = append(*out, Text{Lang: lang, Where: file + ":" + key, Text: n.Value})
		return
	}
	for i, item := range n.Content {
		if item.Kind == yaml.ScalarNode {
			*out = append(*out, Text{Lang: lang, Where: file + ":" + key + "." + strconv.Itoa(i), Text: item.Value})
		}
	}
}

func sortedPaths(m map[string]*yaml.Node) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
