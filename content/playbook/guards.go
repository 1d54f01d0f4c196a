package playbook

import (
	"github.com/expr-lang/expr/ast"
)

// Guard is a simple part of a condition that must hold for the whole to
// hold: one of the terms of its top-level "&&" chain that compares an
// answer with a constant or with another answer. The coach checks the
// guards in Go before it starts the expression VM, so on every keystroke
// most conditions are settled without it ("disclosure.client_knowledge ==
// 'low' && ..." on a deal where the client knows a lot).
type Guard struct {
	ID string // the answer compared
	Op string // ==, != (text); <, <=, >, >= (numbers)
	// The other side: another answer (Other), or a constant.
	Other  string
	Text   string
	Number float64
}

// guards collects the guards of a condition's top-level "&&" chain. Each
// guard is implied by the condition, so checking one never changes a
// result: a false guard only settles "false" sooner.
func (c *compiler) guards(n ast.Node) []Guard {
	var out []Guard
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		b, ok := n.(*ast.BinaryNode)
		if !ok {
			return
		}
		if b.Operator == "&&" || b.Operator == "and" {
			walk(b.Left)
			walk(b.Right)
			return
		}
		if g, ok := c.guard(b); ok {
			out = append(out, g)
		}
	}
	walk(n)
	return out
}

// guard reads one comparison: an answer against a string (== or !=), or a
// number answer against a number or another number answer.
func (c *compiler) guard(b *ast.BinaryNode) (Guard, bool) {
	id, ok := b.Left.(*ast.IdentifierNode)
	if !ok {
		return Guard{}, false
	}
	i, isID := c.ids[id.Value]
	if !isID {
		return Guard{}, false
	}
	g := Guard{ID: id.Value, Op: b.Operator}
	kind := c.questions[i].Kind
	switch b.Operator {
	case "==", "!=":
		s, ok := b.Right.(*ast.StringNode)
		if !ok || kindType(kind) != kindType(Choice) {
			return Guard{}, false
		}
		g.Text = s.Value
		return g, true
	case "<", "<=", ">", ">=":
		if kindType(kind) != kindType(Money) {
			return Guard{}, false
		}
		switch r := b.Right.(type) {
		case *ast.IntegerNode:
			g.Number = float64(r.Value)
			return g, true
		case *ast.FloatNode:
			g.Number = r.Value
			return g, true
		case *ast.IdentifierNode:
			j, isID := c.ids[r.Value]
			if !isID || kindType(c.questions[j].Kind) != kindType(Money) {
				return Guard{}, false
			}
			g.Other = r.Value
			return g, true
		}
	}
	return Guard{}, false
}
