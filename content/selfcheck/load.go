package selfcheck

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// File is the embedded self-check inside content.FS.
const File = "selfcheck/selfcheck.yaml"

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)

// Load loads the embedded self-check.
func Load() (*Set, error) {
	data, err := safetext.ReadFile(content.FS, File)
	if err != nil {
		return nil, err
	}
	return Parse(data, File)
}

// LoadError is every problem found in a self-check file.
type LoadError struct {
	Problems []playbook.Problem
}

// Error implements error with untranslated messages.
func (e *LoadError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = fmt.Sprintf("%s: %s", p.Pos, p.Msg)
	}
	return strings.Join(parts, "\n")
}

// Format renders every problem, one per line, in the catalog's language.
func (e *LoadError) Format(cat *locale.Catalog) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Format(cat)
	}
	return strings.Join(lines, "\n")
}

type rawText map[string]string

type rawSet struct {
	Traits []struct {
		ID     string    `yaml:"id"`
		Term   string    `yaml:"term"`
		About  rawText   `yaml:"about"`
		Advice []rawText `yaml:"advice"`
	} `yaml:"traits"`
	Statements []struct {
		ID      string  `yaml:"id"`
		Trait   string  `yaml:"trait"`
		Reverse bool    `yaml:"reverse"`
		Text    rawText `yaml:"text"`
	} `yaml:"statements"`
}

// Parse reads a self-check from the bytes of its file; file names it in
// problems. Unknown keys are refused; every other problem is collected.
func Parse(data []byte, file string) (*Set, error) {
	v := &validator{file: file}
	if m := safetext.CheckInput(data); m != nil {
		return nil, &LoadError{Problems: []playbook.Problem{{Pos: playbook.Pos{File: file}, Msg: *m}}}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, &LoadError{Problems: []playbook.Problem{playbook.YAMLProblem(file, err)}}
	}
	if len(root.Content) == 0 {
		return nil, &LoadError{Problems: []playbook.Problem{{Pos: playbook.Pos{File: file}, Msg: locale.Msg("input.empty")}}}
	}
	var raw rawSet
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				v.probs = append(v.probs, playbook.YAMLProblem(file, errors.New(e)))
			}
		} else {
			v.probs = append(v.probs, playbook.YAMLProblem(file, err))
		}
		return nil, &LoadError{Problems: v.probs}
	}
	set := v.build(&raw, root.Content[0])
	if len(v.probs) > 0 {
		return nil, &LoadError{Problems: v.probs}
	}
	return set, nil
}

type validator struct {
	file  string
	probs []playbook.Problem
}

func (v *validator) add(n *yaml.Node, key string, args ...any) {
	pos := playbook.Pos{File: v.file}
	if n != nil {
		pos.Line, pos.Col = n.Line, n.Column
	}
	v.probs = append(v.probs, playbook.Problem{Pos: pos, Msg: locale.Msg(key, args...)})
}

// items returns the nodes of the list under key in mapping n.
func items(n *yaml.Node, key string) []*yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key && n.Content[i+1].Kind == yaml.SequenceNode {
			return n.Content[i+1].Content
		}
	}
	return nil
}

// at returns the i-th node, or the fallback when the list is shorter.
func at(nodes []*yaml.Node, i int, fallback *yaml.Node) *yaml.Node {
	if i < len(nodes) {
		return nodes[i]
	}
	return fallback
}

// text checks a translated text: every language present and non-empty.
func (v *validator) text(raw rawText, n *yaml.Node, path string) playbook.Text {
	t := playbook.Text{}
	for _, lang := range locale.Langs() {
		s := strings.TrimSpace(raw[string(lang)])
		if s == "" {
			v.add(n, "practice.selfcheck.load.missing_translation", path, string(lang))
			continue
		}
		t[lang] = safetext.Line(s)
	}
	return t
}
