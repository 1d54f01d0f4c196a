package playbook

import (
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

// LoadDefault loads the embedded default playbook.
func LoadDefault() (*Playbook, error) {
	return LoadFS(content.FS, "playbooks/default")
}

// LoadFS loads dir/playbook.yaml from fsys.
func LoadFS(fsys fs.FS, dir string) (*Playbook, error) {
	name := path.Join(dir, FileName)
	data, err := fs.ReadFile(fsys, name)
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
	checkShape(root, reflect.TypeOf(rawPlaybook{}), "", l.shapeProblem)
	if len(l.probs) > 0 {
		return fail(l.probs...)
	}
	var raw rawPlaybook
	if err := root.Decode(&raw); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				l.probs = append(l.probs, YAMLProblem(file, errors.New(e)))
			}
			return fail(l.probs...)
		}
		return fail(YAMLProblem(file, err))
	}
	pb := l.build(&raw, root)
	if len(l.probs) > 0 {
		return fail(l.probs...)
	}
	return pb, nil
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
