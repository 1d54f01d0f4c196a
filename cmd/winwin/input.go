package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/safetext"
)

// input is one deal to read: a file, or standard input (path "").
type input struct {
	path  string
	label string // its name in messages and reports
	stdin bool
}

// item is one step of an assess run: an input to assess, or a problem
// with an argument itself (a missing file, an empty directory).
type item struct {
	in      input
	problem string
}

// expand turns assess's arguments into items, in order. A directory
// stands for its *.yaml, *.yml and *.json files, sorted by name, so a
// trainer can grade a folder; it is not searched recursively.
func (e *env) expand(args []string) []item {
	var out []item
	for _, arg := range args {
		if arg == "-" {
			out = append(out, item{in: input{label: e.cat.T("cli.stdin"), stdin: true}})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			out = append(out, item{problem: arg + ": " + e.openError(err)})
			continue
		}
		if !st.IsDir() {
			out = append(out, item{in: input{path: arg, label: arg}})
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			out = append(out, item{problem: arg + ": " + e.openError(err)})
			continue
		}
		n := 0
		for _, d := range entries {
			if d.IsDir() || !isDealFile(d.Name()) {
				continue
			}
			p := filepath.Join(arg, d.Name())
			out = append(out, item{in: input{path: p, label: p}})
			n++
		}
		if n == 0 {
			out = append(out, item{problem: arg + ": " + e.cat.T("cli.err.empty_dir")})
		}
	}
	return out
}

// isDealFile reports whether a directory entry is a deal file by its
// name; hidden files (editor back-ups, say) are left out.
func isDealFile(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// read returns the bytes of in, or a problem. Files go through the one
// bounded reader (safetext.ReadPath: plain files only, never more than
// the size limit), and a stream is never read beyond the limit, so a huge
// input, a device or a pipe costs nothing.
func (e *env) read(in input) ([]byte, string) {
	if !in.stdin {
		st, err := os.Stat(in.path)
		if err == nil && st.IsDir() {
			return nil, e.cat.T("cli.err.unreadable", e.cat.T("cli.err.not_a_dir"))
		}
		data, err := safetext.ReadPath(in.path)
		if m := safetext.ReadMessage(err); m != nil {
			return nil, e.cat.M(*m)
		}
		if err != nil {
			return nil, e.openError(err)
		}
		return data, ""
	}
	if e.stdin == nil {
		return nil, e.cat.T("input.empty")
	}
	data, err := io.ReadAll(io.LimitReader(e.stdin, safetext.MaxInput+1))
	if err != nil {
		return nil, e.openError(err)
	}
	if len(data) > safetext.MaxInput {
		return nil, e.cat.T("cli.err.too_large_stream", safetext.MaxInput>>10, safetext.MaxInput>>10)
	}
	return data, ""
}

// openError says why a file could not be opened or read.
func (e *env) openError(err error) string { return openErrorText(e.cat, err) }

func openErrorText(cat *locale.Catalog, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return cat.T("cli.err.not_found")
	case errors.Is(err, fs.ErrPermission):
		return cat.T("cli.err.permission")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return cat.T("cli.err.unreadable", err.Error())
}
