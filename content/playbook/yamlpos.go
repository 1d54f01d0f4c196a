package playbook

import (
	"errors"
	"strings"

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
	p := syntaxProblem(file, data, err)
	// Some errors come with a line only (the parser knows no column, or
	// only yaml/v3 finds the error): point at the line's first character
	// rather than at no column at all.
	if p.Pos.Line > 0 && p.Pos.Col == 0 {
		p.Pos.Col = firstNonBlank(data, p.Pos.Line)
	}
	return p
}

func syntaxProblem(file string, data []byte, err error) Problem {
	var n yamlv4.Node
	var le *yamlv4.LoadError
	if err4 := yamlv4.Unmarshal(data, &n); !errors.As(err4, &le) || le.Mark.Line <= 0 {
		p := YAMLProblem(file, err)
		if p.Pos.Line > 0 && isParserError(p.Msg) {
			p.Pos.Line++ // yaml/v3 counts a parser error's line from 0
		}
		// The reader's errors (a raw control character, say) carry no
		// mark at all: find the character ourselves.
		if line, col := firstUnprintable(data); line > 0 {
			p.Pos.Line, p.Pos.Col = line, col
		}
		return p
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

// firstUnprintable returns the line and column of the first character
// that YAML does not allow in a stream (C0 and C1 controls other than
// tab and line breaks, surrogates, U+FFFE and U+FFFF), or 0, 0.
func firstUnprintable(data []byte) (line, col int) {
	line = 1
	for _, r := range string(data) {
		col++
		switch {
		case r == '\n':
			line, col = line+1, 0
		case r == '\t', r == '\r', r == 0x85,
			r >= 0x20 && r <= 0x7e,
			r >= 0xa0 && r <= 0xd7ff,
			r >= 0xe000 && r <= 0xfffd,
			r >= 0x10000 && r <= 0x10ffff:
		default:
			return line, col
		}
	}
	return 0, 0
}

// firstNonBlank is the 1-based column of the first character of line
// that is not a space or a tab (1 for a blank or missing line).
func firstNonBlank(data []byte, line int) int {
	lines := strings.Split(string(data), "\n")
	if line > len(lines) {
		return 1
	}
	col := 1
	for _, r := range lines[line-1] {
		if r != ' ' && r != '\t' {
			return col
		}
		col++
	}
	return 1
}

// parserErrors start the messages of libyaml's parser (not its scanner),
// whose line yaml/v3 reports counted from 0.
var parserErrors = []string{
	"did not find expected key", "did not find expected node content",
	"did not find expected '-' indicator", "did not find expected ',' or ']'",
	"did not find expected ',' or '}'", "did not find expected <document start>",
}

func isParserError(m locale.Message) bool {
	if len(m.Args) == 0 {
		return false
	}
	msg, ok := m.Args[0].(string)
	if !ok {
		return false
	}
	for _, p := range parserErrors {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
