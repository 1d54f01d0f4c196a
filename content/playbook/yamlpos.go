package playbook

import (
	"errors"

	yamlv4 "go.yaml.in/yaml/v4"

	"github.com/winwincoach/winwin/content/locale"
)

// SyntaxProblem turns the syntax error err, which go.yaml.in/yaml/v3 gave
// for data, into a problem with the line and column of the error.
//
// yaml/v3 puts only a line in its errors, and for parser errors that
// line counts from 0, so it is one too low. yaml/v4 comes from the same
// parser and reports exact marks, so the error is located again with it;
// this runs only when a file is already known to be broken. Should v4
// not find the error, the v3 line is kept.
func SyntaxProblem(file string, data []byte, err error) Problem {
	var n yamlv4.Node
	var le *yamlv4.LoadError
	if err4 := yamlv4.Unmarshal(data, &n); !errors.As(err4, &le) || le.Mark.Line <= 0 {
		return YAMLProblem(file, err)
	}
	mark, ctx := le.Mark, le.ContextMark
	// An unclosed quote or bracket is noticed at the end of the input;
	// where it was opened is the place to show.
	if mark.Index >= len(data) && ctx.Line > 0 {
		mark = ctx
	}
	pos := Pos{File: file, Line: mark.Line, Col: mark.Column}
	msg := firstLine(le.Message)
	// The part being read when it went wrong (the bracket left open, the
	// list that lost its indent) is often the real mistake: name it too.
	if ctx.Line > 0 && (ctx.Line != mark.Line || ctx.Column != mark.Column) {
		return Problem{Pos: pos, Msg: locale.Msg("input.syntax_in", msg, ctx.Line, ctx.Column)}
	}
	return Problem{Pos: pos, Msg: locale.Msg("input.syntax", msg)}
}
