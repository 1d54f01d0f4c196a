package playbook

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/winwincoach/winwin/content/locale"
)

// Problem is one thing wrong with a playbook, at a place in its file.
type Problem struct {
	Pos Pos
	Msg locale.Message
}

func problem(pos Pos, key string, args ...any) Problem {
	return Problem{Pos: pos, Msg: locale.Msg(key, args...)}
}

// Format renders the problem as "file:line:col: reason" in the catalog's
// language.
func (p Problem) Format(cat *locale.Catalog) string {
	return p.Pos.String() + ": " + cat.M(p.Msg)
}

// String renders a position as file:line:col, leaving out what is unknown.
func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	return s
}

// LoadError is every problem found in a playbook; loading reports them
// all, not just the first.
type LoadError struct {
	Problems []Problem
}

// Error implements error with untranslated messages; use Format for users.
func (e *LoadError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s: %s", p.Pos, p.Msg)
	}
	return b.String()
}

// Format renders every problem, one per line, in the catalog's language.
func (e *LoadError) Format(cat *locale.Catalog) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Format(cat)
	}
	return strings.Join(lines, "\n")
}

var yamlLine = regexp.MustCompile(`line (\d+)(?::(\d+))?`)

// YAMLProblem turns a yaml syntax or type error into a problem with its
// line (and column when yaml gives one).
func YAMLProblem(file string, err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := Pos{File: file}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		if m[2] != "" {
			pos.Col, _ = strconv.Atoi(m[2])
		}
		msg = strings.TrimSpace(yamlLine.ReplaceAllString(msg, ""))
		msg = strings.TrimLeft(msg, ": ")
	}
	return Problem{Pos: pos, Msg: locale.Msg("input.syntax", firstLine(msg))}
}
