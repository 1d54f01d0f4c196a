package selfcheck

import (
	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/safetext"
)

func validTrait(t Trait) bool {
	for _, x := range Traits() {
		if x == t {
			return true
		}
	}
	return false
}

func validTerm(t Term) bool {
	for _, x := range Terms() {
		if x == t {
			return true
		}
	}
	return false
}

// build validates the raw self-check and turns it into a Set: every trait
// described once with advice, 16 to 20 statements with unique ids, and at
// least three statements and one reverse-scored statement per trait.
func (v *validator) build(raw *rawSet, root *yaml.Node) *Set {
	set := &Set{}
	traitNodes := items(root, "traits")
	seen := map[string]bool{}
	for i, rt := range raw.Traits {
		n := at(traitNodes, i, root)
		ti := TraitInfo{ID: Trait(rt.ID), Term: Term(rt.Term)}
		switch {
		case !validTrait(ti.ID):
			v.add(n, "practice.selfcheck.load.bad_trait", safetext.Line(rt.ID))
		case seen[rt.ID]:
			v.add(n, "practice.selfcheck.load.duplicate", rt.ID)
		}
		seen[rt.ID] = true
		if !validTerm(ti.Term) {
			v.add(n, "practice.selfcheck.load.bad_term", safetext.Line(rt.Term))
		}
		ti.About = v.text(rt.About, n, "traits."+rt.ID+".about")
		if len(rt.Advice) == 0 {
			v.add(n, "practice.selfcheck.load.missing", "traits."+rt.ID+".advice")
		}
		for _, a := range rt.Advice {
			ti.Advice = append(ti.Advice, v.text(a, n, "traits."+rt.ID+".advice"))
		}
		set.Traits = append(set.Traits, ti)
	}
	for _, t := range Traits() {
		if !seen[string(t)] {
			v.add(root, "practice.selfcheck.load.missing", "traits."+string(t))
		}
	}
	v.statements(raw, root, set)
	return set
}

func (v *validator) statements(raw *rawSet, root *yaml.Node, set *Set) {
	nodes := items(root, "statements")
	n := len(raw.Statements)
	if n < MinStatements || n > MaxStatements {
		v.add(root, "practice.selfcheck.load.count", n)
	}
	seen := map[string]bool{}
	count := map[Trait]int{}
	reverse := map[Trait]bool{}
	for i, rs := range raw.Statements {
		sn := at(nodes, i, root)
		st := Statement{ID: rs.ID, Trait: Trait(rs.Trait), Reverse: rs.Reverse}
		switch {
		case !idPattern.MatchString(rs.ID):
			v.add(sn, "practice.case.bad_id", "statements[].id", safetext.Line(rs.ID))
		case seen[rs.ID]:
			v.add(sn, "practice.selfcheck.load.duplicate", rs.ID)
		}
		seen[rs.ID] = true
		if !validTrait(st.Trait) {
			v.add(sn, "practice.selfcheck.load.bad_trait", safetext.Line(rs.Trait))
		}
		count[st.Trait]++
		reverse[st.Trait] = reverse[st.Trait] || st.Reverse
		st.Text = v.text(rs.Text, sn, "statements."+rs.ID+".text")
		set.Statements = append(set.Statements, st)
	}
	for _, t := range Traits() {
		if count[t] < MinTraitStatements {
			v.add(root, "practice.selfcheck.load.trait_count", string(t), count[t])
		} else if !reverse[t] {
			v.add(root, "practice.selfcheck.load.no_reverse", string(t))
		}
	}
}
