// Package dealfile reads and writes deal files: YAML (or JSON) documents
// whose keys are the playbook's question ids, nested at the dots. It is
// the public contract between the TUI, `winwin assess` and the journal.
//
// Parsing never panics: every problem is reported with file, line, column
// and field, as a translatable message, and all of them at once.
package dealfile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/winwincoach/winwin/content/locale"
)

// Problem is one thing wrong with a deal file.
type Problem struct {
	File  string
	Line  int
	Col   int
	Field string
	Msg   locale.Message
}

// Format renders the problem as "file:line:col: field: reason" in the
// catalog's language.
func (p Problem) Format(cat *locale.Catalog) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field + ": ")
	}
	b.WriteString(cat.M(p.Msg))
	return b.String()
}

// Error lists every problem of a deal file.
type Error struct {
	Problems []Problem
}

// Error implements error with untranslated messages; use Format for users.
func (e *Error) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = fmt.Sprintf("%s:%d:%d: %s: %s", p.File, p.Line, p.Col, p.Field, p.Msg)
	}
	return strings.Join(parts, "\n")
}

// Format renders every problem, one per line.
func (e *Error) Format(cat *locale.Catalog) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Format(cat)
	}
	return strings.Join(lines, "\n")
}

func (e *Error) sort() {
	sort.SliceStable(e.Problems, func(i, j int) bool {
		a, b := e.Problems[i], e.Problems[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
