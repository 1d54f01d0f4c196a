package cases

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// Dir is the embedded library's directory inside content.FS.
const Dir = "cases"

// Ext is the extension of a case file.
const Ext = ".yaml"

// Load loads the embedded case library.
func Load() (*Library, error) {
	return LoadFS(content.FS, Dir)
}

// LoadFS loads every dir/*.yaml of fsys as a case library, in file-name
// order, leaving out a playbook.yaml so a trainer can keep a playbook and
// its cases in one directory. Every problem of every file is reported in
// one *LoadError, including ids used twice and ids that do not match
// their file name.
func LoadFS(fsys fs.FS, dir string) (*Library, error) {
	files, err := caseFiles(fsys, dir)
	if err != nil {
		return nil, &LoadError{Problems: []playbook.Problem{problem(playbook.Pos{File: dir}, "practice.case.unreadable", safetext.Line(dir), err.Error())}}
	}
	if len(files) == 0 {
		return nil, &LoadError{Problems: []playbook.Problem{problem(playbook.Pos{File: dir}, "practice.case.none", safetext.Line(dir))}}
	}
	if len(files) > MaxCases {
		return nil, &LoadError{Problems: []playbook.Problem{problem(playbook.Pos{File: dir}, "practice.case.too_many", safetext.Line(dir), MaxCases)}}
	}
	var (
		probs []playbook.Problem
		out   []*Case
		seen  = map[string]string{}
	)
	for _, f := range files {
		data, err := safetext.ReadFile(fsys, f)
		if m := safetext.ReadMessage(err); m != nil {
			probs = append(probs, playbook.Problem{Pos: playbook.Pos{File: f}, Msg: *m})
			continue
		}
		if err != nil {
			probs = append(probs, problem(playbook.Pos{File: f}, "practice.case.unreadable", safetext.Line(f), err.Error()))
			continue
		}
		c, err := Parse(data, f)
		if err != nil {
			var le *LoadError
			if errors.As(err, &le) {
				probs = append(probs, le.Problems...)
			}
			continue
		}
		if want := strings.TrimSuffix(path.Base(f), Ext); c.ID != want {
			probs = append(probs, problem(c.Pos.ID, "practice.case.file_name", c.ID, safetext.Line(path.Base(f))))
		}
		if other, dup := seen[c.ID]; dup {
			probs = append(probs, problem(c.Pos.ID, "practice.case.duplicate", c.ID, safetext.Line(other)))
			continue
		}
		seen[c.ID] = f
		out = append(out, c)
	}
	if len(probs) > 0 {
		sortProblems(probs)
		return nil, &LoadError{Problems: probs}
	}
	return NewLibrary(out), nil
}

// caseFiles lists the case files of dir, sorted.
func caseFiles(fsys fs.FS, dir string) ([]string, error) {
	all, err := fs.Glob(fsys, path.Join(dir, "*"+Ext))
	if err != nil {
		return nil, err
	}
	files := all[:0]
	for _, f := range all {
		if path.Base(f) != playbook.FileName {
			files = append(files, f)
		}
	}
	sort.Strings(files)
	return files, nil
}

// HasCases reports whether dir of fsys holds case files, for `winwin
// lint`, which checks whatever a directory holds.
func HasCases(fsys fs.FS, dir string) bool {
	files, err := caseFiles(fsys, dir)
	return err == nil && len(files) > 0
}

func problem(pos playbook.Pos, key string, args ...any) playbook.Problem {
	return playbook.Problem{Pos: pos, Msg: locale.Msg(key, args...)}
}
