// Package selfcheck loads the seller self-check: statements rated 1 to 5,
// each about one of four traits (trustworthy, competent, client-focused,
// able to say no), with advice per trait on what to practise. Scoring a
// filled-in check is coach/practice's job; this package only holds and
// validates the content.
package selfcheck

import (
	"github.com/winwincoach/winwin/content/playbook"
)

// Trait is one of the four habits the self-check measures.
type Trait string

// The traits, in display order.
const (
	Trustworthy   Trait = "trustworthy"
	Competent     Trait = "competent"
	ClientFocused Trait = "client_focused"
	SayNo         Trait = "say_no"
)

// Traits returns every trait in display order; ties in scoring are broken
// in this order too.
func Traits() []Trait { return []Trait{Trustworthy, Competent, ClientFocused, SayNo} }

// Term is a term of the trust equation: trust grows with credibility,
// reliability and intimacy and shrinks with self-orientation.
type Term string

// The terms of the trust equation.
const (
	Credibility     Term = "credibility"
	Reliability     Term = "reliability"
	Intimacy        Term = "intimacy"
	SelfOrientation Term = "self_orientation"
)

// Terms returns every term of the trust equation.
func Terms() []Term { return []Term{Credibility, Reliability, Intimacy, SelfOrientation} }

// The rating scale.
const (
	MinRating = 1
	MaxRating = 5
)

// Limits on the number of statements, as the training brief asks.
const (
	MinStatements      = 16
	MaxStatements      = 20
	MinTraitStatements = 3
)

// TraitInfo is what the self-check says about one trait.
type TraitInfo struct {
	ID Trait
	// Term is the trust-equation term the trait stands for.
	Term Term
	// About explains the trait in trust-equation terms.
	About playbook.Text
	// Advice is what to practise when this is the weakest trait.
	Advice []playbook.Text
}

// Statement is one rated statement.
type Statement struct {
	ID    string
	Trait Trait
	// Reverse marks a statement about a habit that costs trust: rating it
	// 5 ("always") scores like rating a normal statement 1.
	Reverse bool
	Text    playbook.Text
}

// Set is a loaded self-check. It is read-only after loading.
type Set struct {
	Traits     []TraitInfo
	Statements []Statement
}

// Trait returns the information on trait t.
func (s *Set) Trait(t Trait) (*TraitInfo, bool) {
	for i := range s.Traits {
		if s.Traits[i].ID == t {
			return &s.Traits[i], true
		}
	}
	return nil, false
}

// Statement returns the statement with id.
func (s *Set) Statement(id string) (*Statement, bool) {
	for i := range s.Statements {
		if s.Statements[i].ID == id {
			return &s.Statements[i], true
		}
	}
	return nil, false
}

// Of returns the statements about trait t, in order.
func (s *Set) Of(t Trait) []Statement {
	var out []Statement
	for _, st := range s.Statements {
		if st.Trait == t {
			out = append(out, st)
		}
	}
	return out
}
