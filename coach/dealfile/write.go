package dealfile

import (
	"bytes"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// Marshal writes ans as a deal file in the playbook's question order.
// Parse reads it back to the same answers; unanswered questions are left
// out, "unknown" is written as unknown and an unset optional amount as an
// empty value.
func Marshal(pb *playbook.Playbook, ans coach.Answers) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	for _, q := range pb.Questions {
		a, ok := ans[q.ID]
		if !ok || (!a.Unknown && !coach.Fits(q, a)) {
			continue
		}
		parent := root
		parts := strings.Split(q.ID, ".")
		for _, part := range parts[:len(parts)-1] {
			parent = section(parent, part)
		}
		parent.Content = append(parent.Content, str(parts[len(parts)-1]), valueNode(q, a))
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// section returns the mapping under key in parent, adding it when new.
func section(parent *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(parent.Content); i += 2 {
		if parent.Content[i].Value == key {
			return parent.Content[i+1]
		}
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	parent.Content = append(parent.Content, str(key), m)
	return m
}

func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	// Quote what a YAML 1.1 reader would take for a boolean or a number.
	if _, isBool := parseBool(s); isBool || looksNumeric(s) || s == "" {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

func looksNumeric(s string) bool {
	_, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	return err == nil || s == "~" || strings.EqualFold(s, "null")
}

func valueNode(q *playbook.Question, a coach.Answer) *yaml.Node {
	if a.Unknown {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: playbook.Unknown}
	}
	switch v := a.Value.(type) {
	case string:
		if q.Kind == playbook.Free && strings.EqualFold(strings.TrimSpace(v), playbook.Unknown) {
			// A text that says "unknown" must not read back as unknown.
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v, Style: yaml.DoubleQuotedStyle}
		}
		return str(v)
	case bool:
		if v {
			return str("yes")
		}
		return str("no")
	case float64:
		if q.Optional && v == 0 {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}
		}
		if v == float64(int64(v)) {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(int64(v), 10)}
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(v, 'f', -1, 64)}
	case []string:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		if len(v) == 0 {
			seq.Style = yaml.FlowStyle
		}
		for _, item := range v {
			n := str(item)
			if strings.EqualFold(strings.TrimSpace(item), playbook.Unknown) {
				n.Style = yaml.DoubleQuotedStyle
			}
			seq.Content = append(seq.Content, n)
		}
		if q.Kind == playbook.Multi {
			seq.Style = yaml.FlowStyle
		}
		return seq
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
}
