package playbook

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path"
	"reflect"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
)

// FileName is the name of a playbook inside its directory.
const FileName = "playbook.yaml"

// The default playbook's source and its pre-parsed form. playbook.yaml
// is what people edit; playbook.json is the same data after parsing,
// written by `go test ./content/playbook -run TestDefaultJSON -update-default`
// and kept equal to the YAML by that test. Loading it skips the YAML
// parser, half of a load's time, so every start of winwin is faster.
const (
	defaultDir  = "playbooks/default"
	defaultJSON = "playbooks/default/playbook.json"
)

// LoadDefault loads the embedded default playbook: from its pre-parsed
// form, then validated and compiled exactly as a YAML playbook is.
func LoadDefault() (*Playbook, error) {
	pb, err := loadDefault()
	if pb != nil {
		pb.builtin = true
	}
	return pb, err
}

func loadDefault() (*Playbook, error) {
	data, err := fs.ReadFile(content.FS, defaultJSON)
	if err != nil {
		return LoadFS(content.FS, defaultDir)
	}
	var raw rawPlaybook
	if err := json.Unmarshal(data, &raw); err != nil {
		return LoadFS(content.FS, defaultDir)
	}
	l := &loader{file: path.Join(defaultDir, FileName)}
	pb := l.build(&raw, nil)
	if len(l.probs) > 0 {
		return nil, &LoadError{Problems: l.probs}
	}
	return pb, nil
}

// LoadFS loads dir/playbook.yaml from fsys.
func LoadFS(fsys fs.FS, dir string) (*Playbook, error) {
	name := path.Join(dir, FileName)
	data, err := safetext.ReadFile(fsys, name)
	if m := safetext.ReadMessage(err); m != nil {
		return nil, &LoadError{Problems: []Problem{{Pos: Pos{File: name}, Msg: *m}}}
	}
	if err != nil {
		return nil, &LoadError{Problems: []Problem{problem(Pos{File: name}, "playbook.unreadable", err.Error())}}
	}
	return Parse(data, name)
}

// Parse loads a playbook from the bytes of its file; file names it in
// problems. Every problem found is returned in one *LoadError.
func Parse(data []byte, file string) (*Playbook, error) {
	fail := func(p ...Problem) (*Playbook, error) { return nil, &LoadError{Problems: p} }
	if m := safetext.CheckInput(data); m != nil {
		return fail(Problem{Pos: Pos{File: file}, Msg: *m})
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fail(SyntaxProblem(file, data, err))
	}
	if len(doc.Content) == 0 {
		return fail(problem(Pos{File: file}, "input.empty"))
	}
	root := doc.Content[0]
	l := &loader{file: file}
	raw := l.decode(root)
	if len(l.probs) > 0 {
		return fail(l.probs...)
	}
	pb := l.build(raw, root)
	if len(l.probs) > 0 {
		return fail(l.probs...)
	}
	return pb, nil
}

// decode checks the document's keys and shapes and decodes it.
func (l *loader) decode(root *yaml.Node) *rawPlaybook {
	checkShape(root, reflect.TypeOf(rawPlaybook{}), "", l.shapeProblem)
	if len(l.probs) > 0 {
		return nil
	}
	var raw rawPlaybook
	if err := root.Decode(&raw); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				l.probs = append(l.probs, YAMLProblem(l.file, errors.New(e)))
			}
			return nil
		}
		l.probs = append(l.probs, YAMLProblem(l.file, err))
		return nil
	}
	return &raw
}

// loader collects problems while it builds a Playbook from raw data.
type loader struct {
	file  string
	probs []Problem
	jobs  []*exprJob
}

func (l *loader) pos(n *yaml.Node) Pos {
	if n == nil {
		return Pos{File: l.file}
	}
	return Pos{File: l.file, Line: n.Line, Col: n.Column}
}

func (l *loader) add(n *yaml.Node, key string, args ...any) {
	l.probs = append(l.probs, problem(l.pos(n), key, args...))
}

func (l *loader) addAll(ps []Problem) { l.probs = append(l.probs, ps...) }

func (l *loader) shapeProblem(n *yaml.Node, key string, args ...any) {
	if key == "playbook.unknown_key" && len(args) == 2 && args[1] == "" {
		key, args = "playbook.unknown_key_plain", args[:1]
	}
	l.add(n, key, args...)
}

// text validates a translated text: every supported language present and
// nothing else. required says whether the text may be left out entirely.
func (l *loader) text(raw rawText, parent *yaml.Node, key, path string, required, block bool) Text {
	n := child(parent, key)
	if n == nil {
		n = parent
	}
	if len(raw) == 0 {
		if required {
			l.add(n, "playbook.missing", path)
		}
		return nil
	}
	t := Text{}
	for _, lang := range locale.Langs() {
		s, ok := raw[string(lang)]
		if !ok || s == "" {
			l.add(n, "playbook.missing_translation", path, string(lang))
			continue
		}
		if block {
			t[lang] = safetext.Block(s)
		} else {
			t[lang] = safetext.Line(s)
		}
	}
	for k := range raw {
		if _, ok := locale.ParseLang(k); !ok || len(k) != 2 {
			l.add(n, "playbook.unknown_lang", path, safetext.Line(k))
		}
	}
	return t
}
