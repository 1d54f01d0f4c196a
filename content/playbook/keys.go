package playbook

import (
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// checkShape walks a YAML node against the raw Go type it will decode into
// and reports every unknown key (with a suggestion) and every value of the
// wrong shape, with its position. yaml's own KnownFields stops at the
// first problem and names Go types; this names the playbook's keys.
func checkShape(n *yaml.Node, t reflect.Type, path string, report func(n *yaml.Node, key string, args ...any)) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode {
		report(n, "playbook.alias", path)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			report(n, "playbook.want_map", path)
			return
		}
		fields := map[string]reflect.Type{}
		var names []string
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			fields[name] = t.Field(i).Type
			names = append(names, name)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				report(k, "playbook.unknown_key", join(path, k.Value), Nearest(k.Value, names))
				continue
			}
			checkShape(v, ft, join(path, k.Value), report)
		}
	case reflect.Slice:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.SequenceNode {
			report(n, "playbook.want_list", path)
			return
		}
		for _, item := range n.Content {
			checkShape(item, t.Elem(), path+"[]", report)
		}
	case reflect.Map:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.MappingNode {
			report(n, "playbook.want_map", path)
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			checkShape(n.Content[i+1], t.Elem(), join(path, n.Content[i].Value), report)
		}
	default:
		if n.Kind != yaml.ScalarNode {
			report(n, "playbook.want_value", path)
		}
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// child returns the value node of key in mapping n, or nil.
func child(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// items returns the elements of the sequence under key in n.
func items(n *yaml.Node, key string) []*yaml.Node {
	if c := child(n, key); c != nil && c.Kind == yaml.SequenceNode {
		return c.Content
	}
	return nil
}

// at is nodes[i], or nil when there is no such node: a playbook built
// from its pre-parsed form (LoadDefault) has no nodes, only values.
func at(nodes []*yaml.Node, i int) *yaml.Node {
	if i < 0 || i >= len(nodes) {
		return nil
	}
	return nodes[i]
}
