package coach

import (
	"encoding/json"
	"math"

	"github.com/winwincoach/winwin/content/playbook"
)

// Quadrant is where a deal stands, written seller first, client second.
type Quadrant string

// The four quadrants.
const (
	WinWin   Quadrant = "win-win"
	WinLose  Quadrant = "win-lose"  // the seller wins, the client loses
	LoseWin  Quadrant = "lose-win"  // the seller loses, the client wins
	LoseLose Quadrant = "lose-lose" // nobody wins
)

// Quadrants returns the quadrants in grid order.
func Quadrants() []Quadrant { return []Quadrant{WinWin, WinLose, LoseWin, LoseLose} }

// Decision is what the seller should do.
type Decision string

// The five decisions. The coach takes the first that holds, in the
// order say-no, renegotiate, go-after-fixes, find-out-first, go.
const (
	Go           Decision = "go"
	FindOutFirst Decision = "find-out-first" // nobody loses yet, but a side is open or the verdict provisional
	GoAfterFixes Decision = "go-after-fixes"
	Renegotiate  Decision = "renegotiate"
	SayNo        Decision = "say-no"
)

// Decisions returns the decisions from most to least eager.
// Find out first comes after go-after-fixes: a deal to fix can still be
// offered in this call, one with open questions cannot.
func Decisions() []Decision { return []Decision{Go, GoAfterFixes, FindOutFirst, Renegotiate, SayNo} }

// DeclineAdvice is the kind of "no" a say-no calls for, with how to say it.
type DeclineAdvice struct {
	Kind playbook.Decline `json:"kind"`
	Text string           `json:"text"`
}

// Outcome is how one side of the table comes out.
type Outcome string

// The outcomes. Open means no answer on that side shows it losing, but
// some of its pillars have no answers yet.
const (
	Win  Outcome = "win"
	Lose Outcome = "lose"
	Open Outcome = "open"
)

// Score is a 0..100 score, or unknown when no answer feeds it.
type Score struct {
	Value float64
	Known bool
}

// Int is the score rounded to a whole number.
func (s Score) Int() int { return int(math.Round(s.Value)) }

// MarshalJSON writes a whole number, or null when unknown.
func (s Score) MarshalJSON() ([]byte, error) {
	if !s.Known {
		return []byte("null"), nil
	}
	return json.Marshal(s.Int())
}

// UnmarshalJSON reads what MarshalJSON writes, so a stored assessment
// (the journal's) reads back with its unknown scores unknown.
func (s *Score) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = Score{}
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Score{Value: v, Known: true}
	return nil
}

// Scores are the pillar and side scores.
type Scores struct {
	Readiness  Score `json:"readiness"`
	Disclosure Score `json:"disclosure"`
	Margin     Score `json:"margin"`
	Client     Score `json:"client"`
	Seller     Score `json:"seller"`
}

// Pillar returns the score of p.
func (s Scores) Pillar(p playbook.Pillar) Score {
	switch p {
	case playbook.Readiness:
		return s.Readiness
	case playbook.Disclosure:
		return s.Disclosure
	}
	return s.Margin
}

// Outcomes are both sides' outcomes.
type Outcomes struct {
	Seller Outcome `json:"seller"`
	Client Outcome `json:"client"`
}

// Flag is a raised playbook flag.
type Flag struct {
	ID       string            `json:"id"`
	Severity playbook.Severity `json:"severity"`
	Side     playbook.Side     `json:"side"`
	Pillar   playbook.Pillar   `json:"pillar,omitempty"`
	Message  string            `json:"message"`
	Fix      string            `json:"fix,omitempty"`
	// Because are the ids of the answers that raised the flag.
	Because []string `json:"because"`
}

// Reason is one reason for the decision, with the answers behind it.
type Reason struct {
	Text    string   `json:"text"`
	Because []string `json:"because"`
}

// Con is a drawback to explain to the client.
type Con struct {
	Text string `json:"text"`
	// FromOffer marks a known drawback of the offer that the seller left
	// out of the cons they planned to explain.
	FromOffer bool `json:"from_offer,omitempty"`
}

// TalkingPoints are the pros and cons to explain in the call.
type TalkingPoints struct {
	Pros []string `json:"pros"`
	Cons []Con    `json:"cons"`
}

// ActionKind says where an action comes from.
type ActionKind string

// The kinds of action, in the order a verdict lists them.
const (
	ActionFix     ActionKind = "fix"     // the fix of a raised flag
	ActionDecline ActionKind = "decline" // how to say no, and where to refer
	ActionAdvice  ActionKind = "advice"  // the advice of the decision
	ActionPoint   ActionKind = "point"   // a talking point of the playbook
)

// Action is something to do before or in the call.
type Action struct {
	// ID names the advice; fixes, advice and talking points that say the
	// same thing share it, and a verdict lists each id once.
	ID      string     `json:"id"`
	Kind    ActionKind `json:"kind"`
	Text    string     `json:"text"`
	Because []string   `json:"because,omitempty"`
}

// Say is a model sentence for the call: what to say, in words a seller
// can read aloud.
type Say struct {
	// Kind is the decision the sentence is for or, for a "no", the kind
	// of no (not-yet, not-ever, refer, protect).
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// FindOut is an unknown answer, as the question to ask.
type FindOut struct {
	Question string `json:"question"`
	Text     string `json:"text"`
}

// Money is the margin of the deal.
type Money struct {
	Amount  float64 `json:"amount"`
	Percent float64 `json:"percent"`
}

// WalkAway is the seller's walk-away line.
type WalkAway struct {
	Set   bool    `json:"set"`
	Known bool    `json:"known"`
	Price float64 `json:"price,omitempty"`
	Line  string  `json:"line"`
}

// Deal names the deal, for headers and exports.
type Deal struct {
	Client string `json:"client,omitempty"`
	Offer  string `json:"offer,omitempty"`
}

// PlaybookRef names the playbook an assessment came from.
type PlaybookRef struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
}

// Assessment is everything the coach says about a deal.
type Assessment struct {
	Deal          Deal     `json:"deal"`
	Quadrant      Quadrant `json:"quadrant"`
	Decision      Decision `json:"decision"`
	DecisionTitle string   `json:"decision_title"`
	Summary       string   `json:"summary"`
	// Decline is set on a say-no: which kind of no, and how to say it.
	Decline     *DeclineAdvice `json:"decline,omitempty"`
	Provisional bool           `json:"provisional"`
	Outcome     Outcomes       `json:"outcome"`
	Scores      Scores         `json:"scores"`
	Bar         float64        `json:"bar"`
	Flags       []Flag         `json:"flags"`
	Reasons     []Reason       `json:"reasons"`
	Talk        TalkingPoints  `json:"talking_points"`
	Actions     []Action       `json:"actions"`
	// Say are the model sentences of the verdict's card: one for the
	// decision, or one per kind of no.
	Say      []Say     `json:"say"`
	FindOut  []FindOut `json:"find_out"`
	Price    *float64  `json:"price"`
	Margin   *Money    `json:"margin"`
	WalkAway WalkAway  `json:"walk_away"`
	// Currency is what money is shown in ("€"): the playbook's, or the
	// language's default.
	Currency string `json:"currency"`
	// Unknown counts the scored questions not known yet, of Scored.
	Unknown  int         `json:"unknown"`
	Scored   int         `json:"scored"`
	Answered int         `json:"answered"`
	Total    int         `json:"questions"`
	Playbook PlaybookRef `json:"playbook"`
	Lang     string      `json:"lang"`

	// pending marks the pillars (readiness, disclosure, margin) with a
	// decisive question not scored yet.
	pending [3]bool
	// pendingIDs are those decisive questions, for the reasons.
	pendingIDs []*playbook.Question
}

// Knockouts returns the raised knockout flags.
func (a *Assessment) Knockouts() []Flag {
	var out []Flag
	for _, f := range a.Flags {
		if f.Severity == playbook.Knockout {
			out = append(out, f)
		}
	}
	return out
}
