package cases

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// cutFacts returns the facts block of a case file as a deal file that
// keeps the case file's line and column numbers: every line before the
// block and from the next key on is emptied, and the text before the
// block's first column is replaced by spaces. YAML allows a document's
// top-level mapping to be indented, so the result parses as the facts
// mapping alone, and a problem in the facts points into the case file.
//
// A flow-style file (JSON, or facts: {...} followed by another key on the
// same line) cannot be cut by lines; its facts are re-encoded instead,
// starting on the facts' own line.
func cutFacts(data []byte, root *yaml.Node, f field) []byte {
	start, col := f.val.Line, f.val.Column
	end := 0 // first line that is no longer facts; 0 means end of file
	if f.next != nil {
		end = f.next.Line
	}
	if root.Style&yaml.FlowStyle != 0 || f.val.Style&yaml.FlowStyle != 0 || (end != 0 && end <= start) || start < 1 || col < 1 {
		return reencode(f.val)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	var b bytes.Buffer
	b.Grow(len(data))
	for i, line := range lines {
		n := i + 1
		switch {
		case n < start, end != 0 && n >= end:
			if bytes.HasSuffix(line, []byte("\n")) {
				b.WriteByte('\n')
			}
		case n == start:
			b.WriteString(blankPrefix(string(line), col-1))
		default:
			b.Write(line)
		}
	}
	return b.Bytes()
}

// blankPrefix replaces the first n characters of line with spaces. YAML
// counts columns in characters, so one space stands for one rune.
func blankPrefix(line string, n int) string {
	var b strings.Builder
	i := 0
	for n > 0 && i < len(line) {
		_, size := utf8.DecodeRuneInString(line[i:])
		b.WriteByte(' ')
		i += size
		n--
	}
	b.WriteString(line[i:])
	return b.String()
}

// reencode writes the facts mapping as a block-style deal file, preceded
// by empty lines so that at least its first line matches the case file.
func reencode(n *yaml.Node) []byte {
	out, err := yaml.Marshal(blockStyle(n))
	if err != nil {
		return nil
	}
	pad := bytes.Repeat([]byte("\n"), max(0, n.Line-1))
	return append(pad, out...)
}

// blockStyle returns a copy of n in plain block style (the encoder still
// quotes what would read back differently), like a hand-written deal file.
func blockStyle(n *yaml.Node) *yaml.Node {
	c := *n
	c.Style = 0
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, k := range n.Content {
		c.Content[i] = blockStyle(k)
	}
	return &c
}
