package playbook

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/types"
)

// compiler turns condition and score sources into programs over the
// answers. Answers are exposed as flat variables named by question id
// ("client.stage"); a patch step merges the member chain a playbook author
// writes into that one name, so "offer.fit.employees.min" is one lookup
// and a typo is an unknown name at load time.
type compiler struct {
	env       types.Map
	questions []*Question
	ids       map[string]int
	prefixes  map[string]bool
	names     []string
}

func newCompiler(questions []*Question) *compiler {
	c := &compiler{env: types.Map{}, questions: questions, ids: map[string]int{}, prefixes: map[string]bool{}}
	for i, q := range questions {
		c.env[q.ID] = kindType(q.Kind)
		c.ids[q.ID] = i
		c.names = append(c.names, q.ID)
		parts := strings.Split(q.ID, ".")
		for j := 1; j < len(parts); j++ {
			c.prefixes[strings.Join(parts[:j], ".")] = true
		}
	}
	return c
}

// kindType is the type an answer of kind k has inside expressions.
func kindType(k Kind) types.Type {
	switch k {
	case Money, Number, Scale:
		return types.Float64
	case YesNo:
		return types.Bool
	case Multi, List:
		return types.Array(types.String)
	}
	return types.String
}

// compile compiles src. asScore selects a number result (0..100), else a
// boolean condition. needs, when given, replaces the default guard (every
// answer the expression reads).
func (c *compiler) compile(src string, pos Pos, needs []string, asScore bool) (*Expr, []Problem) {
	m := &merger{c: c, reads: map[int]bool{}}
	opts := []expr.Option{
		expr.Env(c.env),
		expr.Patch(m),
		expr.Patch(stepBudget{}),
		expr.DisableBuiltin("now"),
		expr.Function("position", position),
		expr.Function("covered", covered, new(func(string, []string) bool)),
		expr.MaxNodes(2000),
	}
	if asScore {
		opts = append(opts, expr.AsFloat64())
	} else {
		opts = append(opts, expr.AsBool())
	}
	prog, err := expr.Compile(src, opts...)
	if err != nil {
		return nil, []Problem{c.exprProblem(err, src, pos)}
	}
	e := &Expr{Source: src, Program: prog, Pos: pos}
	if probs := c.probe(e); probs != nil {
		return nil, probs
	}
	if !asScore {
		e.Equal = c.equality(prog.Node())
		e.Guards = c.guards(prog.Node())
	}
	for i := range m.reads {
		e.Reads = append(e.Reads, i)
	}
	sort.Ints(e.Reads)
	if needs == nil {
		e.Needs = e.Reads
		return e, nil
	}
	var probs []Problem
	for _, id := range needs {
		i, ok := c.ids[id]
		if !ok {
			probs = append(probs, c.unknownID(pos, id))
			continue
		}
		e.Needs = append(e.Needs, i)
	}
	return e, probs
}

// exprProblem turns an expr error into a problem, naming the nearest
// question id when the error is an unknown name.
func (c *compiler) exprProblem(err error, src string, pos Pos) Problem {
	var fe *file.Error
	msg := err.Error()
	if errors.As(err, &fe) {
		msg = fe.Message
		if fe.Line <= 1 {
			pos.Col += fe.Column
		}
	}
	if name, ok := strings.CutPrefix(msg, "unknown name "); ok {
		return c.unknownID(pos, name)
	}
	return problem(pos, "playbook.bad_expr", src, firstLine(msg))
}

// equality recognises the most common condition, a choice compared with a
// constant ("client.need == 'unclear'"), so the coach can decide it
// without starting the expression VM on every keystroke.
func (c *compiler) equality(n ast.Node) *Equality {
	b, ok := n.(*ast.BinaryNode)
	if !ok || (b.Operator != "==" && b.Operator != "!=") {
		return nil
	}
	id, ok := b.Left.(*ast.IdentifierNode)
	val, ok2 := b.Right.(*ast.StringNode)
	if !ok || !ok2 {
		return nil
	}
	if _, isID := c.ids[id.Value]; !isID {
		return nil
	}
	return &Equality{ID: id.Value, Value: val.Value, Not: b.Operator == "!="}
}

// unknownID reports an expression's reference to a question that does
// not exist, with the nearest id when there is a plausible one.
func (c *compiler) unknownID(pos Pos, id string) Problem {
	if near := Nearest(id, c.names); near != "" {
		return problem(pos, "playbook.unknown_id", id, near)
	}
	return problem(pos, "playbook.unknown_id_plain", id)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// merger is the patch step described on compiler. It also records which
// questions an expression reads.
type merger struct {
	c     *compiler
	reads map[int]bool
}

// Visit implements ast.Visitor. The walk is post-order, so "a.b.c" is
// merged from the inside out: a.b first, then (a.b).c.
func (m *merger) Visit(node *ast.Node) {
	switch n := (*node).(type) {
	case *ast.MemberNode:
		base, ok := n.Node.(*ast.IdentifierNode)
		prop, ok2 := n.Property.(*ast.StringNode)
		if !ok || !ok2 || n.Optional || n.Method {
			return
		}
		full := base.Value + "." + prop.Value
		i, isID := m.c.ids[full]
		if isID {
			m.reads[i] = true
		}
		// A chain under a known prefix that names no question
		// ("client.stag") is merged too, so the type check reports the
		// whole name, with the nearest id, instead of just "client".
		if isID || m.c.prefixes[full] || m.c.prefixes[base.Value] {
			ast.Patch(node, &ast.IdentifierNode{Value: full})
		}
	case *ast.IdentifierNode:
		if i, ok := m.c.ids[n.Value]; ok {
			m.reads[i] = true
		}
	}
}

// position is the expression function position(list, value): the index of
// value in list, or -1. It lets a condition compare ordered choices such
// as stages ("is the client earlier than every stage the offer fits?").
func position(params ...any) (any, error) {
	if len(params) != 2 {
		return nil, fmt.Errorf("position(list, value) takes two arguments")
	}
	switch list := params[0].(type) {
	case []any:
		for i, v := range list {
			if v == params[1] {
				return i, nil
			}
		}
	case []string:
		for i, v := range list {
			if v == params[1] {
				return i, nil
			}
		}
	default:
		return nil, fmt.Errorf("position: first argument must be a list")
	}
	return -1, nil
}

// covered is the expression function covered(drawback, cons): whether a
// con says what the drawback says, in other words (see Covers).
func covered(params ...any) (any, error) {
	if len(params) != 2 {
		return nil, fmt.Errorf("covered(drawback, cons) takes two arguments")
	}
	d, ok := params[0].(string)
	if !ok {
		return nil, fmt.Errorf("covered: the drawback must be text")
	}
	switch cons := params[1].(type) {
	case []string:
		return CoveredBy(d, cons), nil
	case []any:
		for _, c := range cons {
			if s, ok := c.(string); ok && Covers(s, d) {
				return true, nil
			}
		}
		return false, nil
	}
	return nil, fmt.Errorf("covered: the cons must be a list")
}
