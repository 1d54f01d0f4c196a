package dealfile

import (
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/locale"
)

// SplitNumbers finds flow-list items that look like one number split at
// its comma: an item that starts with a digit right after one that ends
// with a digit, as YAML reads [about €5,500 a year] into "about €5" and
// "500 a year". Such a list is valid YAML, so parsing cannot refuse it;
// `winwin lint` warns instead. Each warning is at the second item, with
// the field path (keys joined with dots) and the two items. Data that
// does not parse gives none: parsing reports that.
func SplitNumbers(data []byte, file string) []Problem {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil
	}
	var out []Problem
	var walk func(n *yaml.Node, path string, depth int)
	walk = func(n *yaml.Node, path string, depth int) {
		if n == nil || depth > 64 {
			return
		}
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, path, depth+1)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				key := n.Content[i].Value
				if path != "" {
					key = path + "." + key
				}
				walk(n.Content[i+1], key, depth+1)
			}
		case yaml.SequenceNode:
			if n.Style&yaml.FlowStyle != 0 {
				out = append(out, splitsIn(n, path, file)...)
			}
			for _, c := range n.Content {
				walk(c, path, depth+1)
			}
		}
	}
	walk(&doc, "", 0)
	return out
}

// splitsIn checks one flow list: only plain (unquoted) items can have
// been split by YAML.
func splitsIn(n *yaml.Node, path, file string) []Problem {
	var out []Problem
	for i := 1; i < len(n.Content); i++ {
		a, b := n.Content[i-1], n.Content[i]
		if a.Kind != yaml.ScalarNode || b.Kind != yaml.ScalarNode || a.Style != 0 || b.Style != 0 {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(a.Value)
		first, _ := utf8.DecodeRuneInString(b.Value)
		if unicode.IsDigit(last) && unicode.IsDigit(first) {
			out = append(out, Problem{File: file, Line: b.Line, Col: b.Column, Field: path,
				Msg: locale.Msg("deal.split_number", a.Value, b.Value, a.Value+","+b.Value)})
		}
	}
	return out
}
