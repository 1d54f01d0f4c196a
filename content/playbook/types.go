// Package playbook loads, validates and compiles a coaching playbook: the
// interview's sections and questions, the flags with the conditions that
// raise them, and the advice of each decision, in every language.
//
// Conditions and computed scores are expr-lang expressions over the
// answers, compiled and type-checked once when the playbook loads, so a
// broken playbook fails at load with file, line and reason.
package playbook

import (
	"github.com/expr-lang/expr/vm"

	"github.com/winwincoach/winwin/content/locale"
)

// Text is a string in every supported language.
type Text map[locale.Lang]string

// In returns the text in lang, falling back to English.
func (t Text) In(lang locale.Lang) string {
	if s, ok := t[lang]; ok {
		return s
	}
	return t[locale.EN]
}

// Kind is the kind of answer a question takes.
type Kind string

// The question kinds. Every kind also takes the answer "unknown".
const (
	Choice Kind = "choice" // one of Choices
	Multi  Kind = "multi"  // any number of Choices
	YesNo  Kind = "yesno"  // yes or no
	Money  Kind = "money"  // an amount, zero or more
	Number Kind = "number" // a whole count, zero or more
	List   Kind = "list"   // an ordered list of short texts
	Free   Kind = "text"   // one free text
	Scale  Kind = "scale"  // 1 to 5
)

// Kinds returns every kind, in the order the README documents them.
func Kinds() []Kind { return []Kind{Choice, Multi, YesNo, Money, Number, List, Free, Scale} }

// Pillar is one of the coach's three scores.
type Pillar string

// The pillars: readiness and disclosure are the client's side, margin the
// seller's.
const (
	Readiness  Pillar = "readiness"
	Disclosure Pillar = "disclosure"
	Margin     Pillar = "margin"
)

// Pillars returns the pillars in display order.
func Pillars() []Pillar { return []Pillar{Readiness, Disclosure, Margin} }

// Side is one side of the table.
type Side string

// The two sides.
const (
	Client Side = "client"
	Seller Side = "seller"
)

// Side returns the side a pillar belongs to.
func (p Pillar) Side() Side {
	if p == Margin {
		return Seller
	}
	return Client
}

// Severity ranks a flag.
type Severity string

// Severities, strongest first.
const (
	Knockout Severity = "knockout"
	Warning  Severity = "warning"
	Info     Severity = "info"
)

// Rank orders severities: knockout 0, warning 1, info 2.
func (s Severity) Rank() int {
	switch s {
	case Knockout:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// Decline says what kind of "no" a say-no flag calls for.
type Decline string

// The kinds of no.
const (
	NotYet  Decline = "not-yet"  // the client is too early: say when to come back
	NotEver Decline = "not-ever" // the offer will never fit: refer elsewhere
	Refer   Decline = "refer"    // something else serves the client better
	Protect Decline = "protect"  // the deal would harm your other clients or your delivery
)

// Declines returns every kind of no.
func Declines() []Decline { return []Decline{NotYet, NotEver, Refer, Protect} }

// Pos is a place in a playbook file.
type Pos struct {
	File string
	Line int
	Col  int
}

// Expr is a compiled expression with the questions it reads.
type Expr struct {
	Source  string
	Program *vm.Program
	// Needs are the indexes (into Playbook.Questions) of the answers that
	// must be known for the expression to be evaluated at all.
	Needs []int
	// Reads are every question the expression reads, for "because".
	Reads []int
	Pos   Pos
	// Equal is set when the condition is just "id == 'value'" (or !=),
	// which the coach evaluates directly.
	Equal *Equality
	// Guards are simple terms the condition cannot hold without (see
	// Guard), checked before the VM runs.
	Guards []Guard
	// OnlyGuards is set when the condition is its guards and nothing
	// else: when they hold, it holds.
	OnlyGuards bool
}

// Equality is a condition of the form id == 'value' or id != 'value'.
type Equality struct {
	ID    string
	Value string
	Not   bool
}

// Option is one choice of a choice, multi or yes/no question.
type Option struct {
	Value string
	Label Text
	// Score is 0..100, or nil when picking it says nothing by itself.
	Score *float64
	// Tip is what the live coach says when this option is picked.
	Tip Text
	// Open marks an answer that leaves the question open ("the need is
	// unclear"): flags still read it, but it is scored as not known, so
	// a decisive question keeps its side open and it is a find-out item.
	Open bool
}

// CondTip is a tip shown after an answer when its condition holds.
type CondTip struct {
	When *Expr
	Text Text
}

// Question is one step of the interview and one key of a deal file.
type Question struct {
	ID      string
	Index   int    // position in Playbook.Questions
	Section string // id of its section
	Kind    Kind
	Text    Text
	// Label names the question in a few words ("your floor"), for the
	// "because of …" of screens and reports; nil: the question's text.
	Label Text
	Help  Text
	// Ask is the question to put to the client (or to yourself) when the
	// answer is unknown; empty when an unknown answer needs no follow-up.
	Ask      Text
	Options  []Option
	Pillar   Pillar // empty: not scored
	Weight   float64
	Optional bool // an empty answer is an answer ("not set")
	// Decisive questions must be scored before their side can be called:
	// until then the side stays open and the verdict provisional.
	Decisive bool
	// When, if set, is the condition under which the question applies
	// (the value of a strategic return only when the price is below cost
	// for a strategic reason). While it does not hold, or cannot be
	// decided yet, the question is neither scored nor asked.
	When  *Expr
	Score *Expr
	Tips  []CondTip
	Pos   Pos
}

// Scored reports whether the question counts toward a pillar.
func (q *Question) Scored() bool { return q.Pillar != "" }

// Option returns the option with value v.
func (q *Question) Option(v string) (*Option, bool) {
	for i := range q.Options {
		if q.Options[i].Value == v {
			return &q.Options[i], true
		}
	}
	return nil, false
}

// Section is a tab of the interview.
type Section struct {
	ID        string
	Title     Text
	Questions []*Question
}

// Flag is a finding the coach raises when its condition holds.
type Flag struct {
	ID       string
	Severity Severity
	Side     Side
	Pillar   Pillar
	When     *Expr
	Message  Text
	Fix      Text
	Decline  Decline
	// Action is the id of the advice the fix gives, shared with decision
	// advice and talking points that say the same, so a verdict says it
	// once. Empty: "decline.<kind>" for a flag with a decline, else the
	// flag's id.
	Action string
	Pos    Pos
}

// ActionID is the id of the advice f's fix gives.
func (f *Flag) ActionID() string {
	switch {
	case f.Action != "":
		return f.Action
	case f.Decline != "":
		return "decline." + string(f.Decline)
	}
	return f.ID
}

// Decision is the advice that comes with one of the five decisions.
type Decision struct {
	Title   Text
	Summary Text
	Advice  []Advice
}

// Advice is one piece of a decision's advice.
type Advice struct {
	// ID names the advice; a fix or talking point with the same id says
	// the same thing, and a verdict says it once.
	ID string
	// Unless hides the advice when it holds: the answers already say it
	// is done ("set your walk-away" once one is set).
	Unless *Expr
	Text   Text
}

// TalkingPoint is advice added to every verdict whose condition holds (or
// to every verdict when it has none).
type TalkingPoint struct {
	ID   string
	When *Expr
	// For lists the decisions the point is given with; empty: every one.
	// A "no" is not a sales talk, so selling points leave it out.
	For  []string
	Text Text
}

// Applies reports whether the point is given with decision d.
func (p *TalkingPoint) Applies(d string) bool {
	if len(p.For) == 0 {
		return true
	}
	for _, x := range p.For {
		if x == d {
			return true
		}
	}
	return false
}

// Playbook is a loaded, validated, compiled playbook. It is read-only and
// safe for concurrent use.
type Playbook struct {
	ID        string
	Version   int
	Title     Text
	Bar       float64
	Sections  []*Section
	Questions []*Question
	Flags     []*Flag
	Decisions map[string]*Decision
	Declines  map[Decline]Text
	Points    []*TalkingPoint
	// Say holds the model sentences of the verdict's card, by decision or
	// kind of no, each a list of alternatives: the coach says the first
	// whose placeholders ({client}, {price}, {floor}, {con}) it can fill.
	Say map[string][]Text
	// Currency is the sign or code money is shown with ("€", "USD");
	// empty: the language's default.
	Currency string
	byID     map[string]*Question
	builtin  bool
}

// Builtin reports whether this is the embedded default playbook (from
// LoadDefault), which the tests check against everything built on it,
// such as the practice cases' expert verdicts.
func (p *Playbook) Builtin() bool { return p.builtin }

// Question returns the question with id.
func (p *Playbook) Question(id string) (*Question, bool) {
	q, ok := p.byID[id]
	return q, ok
}

// Label names question id in a few words in lang: its label, else its
// text, else the id itself (a question the playbook does not have).
func (p *Playbook) Label(id string, lang locale.Lang) string {
	q, ok := p.byID[id]
	switch {
	case !ok:
		return id
	case q.Label != nil:
		return q.Label.In(lang)
	}
	return q.Text.In(lang)
}

// WithCurrency returns a copy of the playbook that shows money in cur
// (the --currency flag); an empty cur keeps the playbook's own.
func (p *Playbook) WithCurrency(cur string) *Playbook {
	if cur == "" {
		return p
	}
	cp := *p
	cp.Currency = cur
	return &cp
}

// IDs returns every question id in interview order.
func (p *Playbook) IDs() []string {
	ids := make([]string, len(p.Questions))
	for i, q := range p.Questions {
		ids[i] = q.ID
	}
	return ids
}
