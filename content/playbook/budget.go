package playbook

import (
	"errors"
	"strings"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"
)

// The expression VM has no step limit, only a memory budget (a run may
// allocate so many values, 1e6 by default, then fails with "memory
// budget exceeded"), which a loop allocating nothing never reaches: three
// nested any() over one range run for minutes. stepBudget patches every
// closure body (any, all, filter, map, count, reduce, ...) to allocate a
// two-element array per iteration, so the memory budget also caps the
// iterations of a run: about half a million, a fraction of a second. The
// array holds the current element too, so the optimizer cannot fold it
// away as a constant.
type stepBudget struct{}

// Visit implements ast.Visitor.
func (stepBudget) Visit(node *ast.Node) {
	p, ok := (*node).(*ast.PredicateNode)
	if !ok || isCounted(p.Node) {
		return
	}
	p.Node = &ast.MemberNode{
		Node:     &ast.ArrayNode{Nodes: []ast.Node{p.Node, &ast.PointerNode{}}},
		Property: &ast.IntegerNode{Value: 0},
	}
}

// isCounted reports whether n is already a patched body (the checker
// may walk a tree twice).
func isCounted(n ast.Node) bool {
	m, ok := n.(*ast.MemberNode)
	if !ok {
		return false
	}
	a, ok := m.Node.(*ast.ArrayNode)
	if !ok || len(a.Nodes) != 2 {
		return false
	}
	_, ok = a.Nodes[1].(*ast.PointerNode)
	return ok
}

// probeListItems is how many items a list answer has in the probe: as
// many as a deal file may give (coach/dealfile.MaxItems).
const probeListItems = 100

// probeEnv is a set of answers for trying every expression once at load:
// every question answered, lists as long as allowed, so loops run as
// long as a real deal can make them.
func (c *compiler) probeEnv() map[string]any {
	env := make(map[string]any, len(c.questions))
	for _, q := range c.questions {
		switch q.Kind {
		case Money, Number:
			env[q.ID] = float64(1000)
		case Scale:
			env[q.ID] = float64(3)
		case YesNo:
			env[q.ID] = true
		case Multi:
			all := make([]string, 0, len(q.Options))
			for _, o := range q.Options {
				all = append(all, o.Value)
			}
			env[q.ID] = all
		case List:
			items := make([]string, probeListItems)
			for i := range items {
				items[i] = "item"
			}
			env[q.ID] = items
		case Choice:
			v := ""
			if len(q.Options) > 0 {
				v = q.Options[0].Value
			}
			env[q.ID] = v
		default:
			env[q.ID] = "text"
		}
	}
	return env
}

// probe runs e once on the probe answers: a run over the step budget is
// a problem of the playbook (the coach would give up on it on every
// keystroke), and so is a run-time error these answers show (an index
// out of range, a failed conversion), which the coach would otherwise
// take silently as "does not hold".
func (c *compiler) probe(e *Expr) []Problem {
	var m vm.VM
	_, err := m.Run(e.Program, c.probeEnv())
	if err == nil {
		return nil
	}
	pos := e.Pos
	msg := err.Error()
	var fe *file.Error
	if errors.As(err, &fe) {
		msg = fe.Message
		if fe.Line <= 1 {
			pos.Col += fe.Column
		}
	}
	if strings.Contains(msg, "memory budget exceeded") {
		return []Problem{problem(pos, "playbook.expr_budget", e.Source)}
	}
	return []Problem{problem(pos, "playbook.expr_runtime", e.Source, firstLine(msg))}
}
