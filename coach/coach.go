package coach

import (
	"math"
	"sync"

	"github.com/expr-lang/expr/vm"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// The question ids of the deal-file contract that the coach reads by name,
// for the deal's header, the margin and the talking points. A custom
// playbook without them simply gets no margin line or talking points.
const (
	IDClientName = "client.name"
	IDOfferName  = "offer.name"
	IDPrice      = "seller.price"
	IDCost       = "offer.cost"
	IDWalkAway   = "seller.walk_away"
	IDPros       = "disclosure.pros"
	IDCons       = "disclosure.cons"
	IDDrawbacks  = "offer.drawbacks"
)

// Coach assesses deals against one playbook in one language. It is safe
// for concurrent use; New is cheap enough to call per session.
type Coach struct {
	pb    *playbook.Playbook
	cat   *locale.Catalog
	zeros []any // the value of each question's variable while unanswered
	pool  sync.Pool
}

// New returns a coach for pb that speaks cat's language.
func New(pb *playbook.Playbook, cat *locale.Catalog) *Coach {
	c := &Coach{pb: pb, cat: cat, zeros: make([]any, len(pb.Questions))}
	for i, q := range pb.Questions {
		c.zeros[i] = zeroOf(q.Kind)
	}
	c.pool.New = func() any { return c.newEval() }
	return c
}

// Playbook is the coach's playbook.
func (c *Coach) Playbook() *playbook.Playbook { return c.pb }

// Catalog is the coach's message catalog.
func (c *Coach) Catalog() *locale.Catalog { return c.cat }

// zeroOf is what an expression sees for an answer that is not known. The
// guards in eval keep expressions from reading these in the normal case;
// NaN makes any comparison false should one slip through.
func zeroOf(k playbook.Kind) any {
	switch k {
	case playbook.Money, playbook.Number, playbook.Scale:
		return math.NaN()
	case playbook.YesNo:
		return false
	case playbook.Multi, playbook.List:
		return []string{}
	}
	return ""
}

// eval is the per-call scratch space, pooled so an assessment on every
// keystroke allocates little.
type eval struct {
	vm    vm.VM
	env   map[string]any
	known []bool
}

func (c *Coach) newEval() *eval {
	return &eval{env: make(map[string]any, len(c.pb.Questions)), known: make([]bool, len(c.pb.Questions))}
}

// get takes scratch space from the pool, loaded with ans.
func (c *Coach) get(ans Answers) *eval {
	e, ok := c.pool.Get().(*eval)
	if !ok {
		e = c.newEval()
	}
	c.load(e, ans)
	return e
}

// load fills the scratch space from ans; answers that do not fit their
// question count as unanswered.
func (c *Coach) load(e *eval, ans Answers) {
	for i, q := range c.pb.Questions {
		a, ok := ans[q.ID]
		if ok && !a.Unknown && a.Value != nil && Fits(q, a) {
			e.env[q.ID] = a.Value
			e.known[i] = true
			continue
		}
		e.env[q.ID] = c.zeros[i]
		e.known[i] = false
	}
}

// ready reports whether every answer x needs is known.
func (e *eval) ready(x *playbook.Expr) bool {
	for _, i := range x.Needs {
		if !e.known[i] {
			return false
		}
	}
	return true
}

// cond runs a condition; a condition that cannot run yet, or fails at run
// time, does not hold.
func (e *eval) cond(x *playbook.Expr) bool {
	if x == nil {
		return true
	}
	if !e.ready(x) {
		return false
	}
	if eq := x.Equal; eq != nil {
		s, _ := e.env[eq.ID].(string)
		return (s == eq.Value) != eq.Not
	}
	for i := range x.Guards {
		if !e.guard(&x.Guards[i]) {
			return false
		}
	}
	out, err := e.vm.Run(x.Program, e.env)
	b, ok := out.(bool)
	return err == nil && ok && b
}

// guard checks one guard of a condition the way the VM would: text by
// equality, numbers by comparison (an unknown number is NaN, for which
// every comparison is false, as in the VM).
func (e *eval) guard(g *playbook.Guard) bool {
	switch g.Op {
	case "==", "!=":
		s, _ := e.env[g.ID].(string)
		return (s == g.Text) == (g.Op == "==")
	}
	a, ok := e.env[g.ID].(float64)
	if !ok {
		return true // not a number after all: leave it to the VM
	}
	b := g.Number
	if g.Other != "" {
		if b, ok = e.env[g.Other].(float64); !ok {
			return true
		}
	}
	switch g.Op {
	case "<":
		return a < b
	case "<=":
		return a <= b
	case ">":
		return a > b
	case ">=":
		return a >= b
	}
	return true
}

// number runs a score expression, clamped to 0..100.
func (e *eval) number(x *playbook.Expr) (float64, bool) {
	if !e.ready(x) {
		return 0, false
	}
	out, err := e.vm.Run(x.Program, e.env)
	v, ok := out.(float64)
	if err != nil || !ok || v != v {
		return 0, false
	}
	return math.Max(0, math.Min(100, v)), true
}

// Tip returns what the live coach says about the answer to id as given in
// ans: the tip of the picked option, or the first conditional tip that
// holds. It returns "" when there is nothing to say.
func (c *Coach) Tip(ans Answers, id string) string {
	q, ok := c.pb.Question(id)
	if !ok {
		return ""
	}
	a := ans[id]
	if a.Unknown {
		if q.Ask != nil {
			return q.Ask.In(c.cat.Lang())
		}
		return ""
	}
	if s, ok := a.Value.(string); ok {
		if o, ok := q.Option(s); ok && o.Tip != nil {
			return o.Tip.In(c.cat.Lang())
		}
	}
	if len(q.Tips) == 0 {
		return ""
	}
	e := c.get(ans)
	defer c.pool.Put(e)
	if !e.known[q.Index] {
		return ""
	}
	for _, t := range q.Tips {
		if e.cond(t.When) {
			return t.Text.In(c.cat.Lang())
		}
	}
	return ""
}

// Applies reports whether the question id applies to the deal in ans: it
// has no condition (most questions), or its condition holds on what is
// known (the strategic value only below cost for a strategic reason). The
// interview skips a question that does not apply; the coach neither scores
// nor asks it.
func (c *Coach) Applies(ans Answers, id string) bool {
	q, ok := c.pb.Question(id)
	if !ok {
		return false
	}
	if q.When == nil {
		return true
	}
	e := c.get(ans)
	defer c.pool.Put(e)
	return e.applies(q)
}

// Total is how many questions the deal in ans has: those that apply to
// it (see Applies) and any answered anyway. It is the "of N" of progress
// counts, the same as Assessment.Total.
func (c *Coach) Total(ans Answers) int {
	n := 0
	var e *eval
	for _, q := range c.pb.Questions {
		if _, answered := ans[q.ID]; answered || q.When == nil {
			n++
			continue
		}
		if e == nil {
			e = c.get(ans)
			defer c.pool.Put(e)
		}
		if e.applies(q) {
			n++
		}
	}
	return n
}
