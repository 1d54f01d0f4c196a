package practice

import (
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// Taught is one fact a case teaches (it has a teaching note on the
// question): the trainee's answer beside the case's, and the note, shown
// whether the trainee got it right or not.
type Taught struct {
	Question    string  `json:"question"`
	TraineeText string  `json:"trainee"`
	CaseText    string  `json:"case_value"`
	Credit      float64 `json:"credit"`
	Note        string  `json:"note"`
}

// taught is the teaching note on q with both answers.
func taught(cat *locale.Catalog, cs *cases.Case, q *playbook.Question, got coach.Answer, ok bool, want coach.Answer) Taught {
	return Taught{
		Question: q.ID, Credit: credit(q, got, ok, want), Note: cs.Note(q.ID, cat.Lang()),
		TraineeText: answerText(cat, q, got, ok), CaseText: answerText(cat, q, want, true),
	}
}

// MissKind is what an attempt missed most.
type MissKind string

// The kinds of miss, in the order ties are broken.
const (
	MissNothing  MissKind = ""
	MissDecision MissKind = "decision" // the expert's decision
	MissSeller   MissKind = "seller"   // the seller's side of the quadrant
	MissClient   MissKind = "client"   // the client's side of the quadrant
	MissPillar   MissKind = "pillar"   // the facts of one pillar
)

// Miss is what an attempt lost most points on, and what a case must have
// to train it: the same expert decision, the same outcome for the side
// (Side is "win" or "lose", the expert's), or the same pillar.
type Miss struct {
	Kind     MissKind        `json:"kind,omitempty"`
	Decision coach.Decision  `json:"decision,omitempty"`
	Side     string          `json:"side,omitempty"`
	Pillar   playbook.Pillar `json:"pillar,omitempty"`
}

// missedMost compares the points lost on the decision, on each side of
// the quadrant and on the facts of each pillar, and names the largest;
// ties go to the decision, then the seller's side, the client's, and the
// pillars in order. Below minMissed nothing was missed.
func missedMost(expert Verdict, pts Points, sellerOK, clientOK bool, factLost map[playbook.Pillar]float64) Miss {
	seller, client := sideWords(expert.Quadrant)
	type option struct {
		miss Miss
		lost float64
	}
	opts := []option{{Miss{Kind: MissDecision, Decision: expert.Decision}, DecisionPoints - pts.Decision}}
	if !sellerOK {
		opts = append(opts, option{Miss{Kind: MissSeller, Side: seller}, QuadrantPoints / 2})
	}
	if !clientOK {
		opts = append(opts, option{Miss{Kind: MissClient, Side: client}, QuadrantPoints / 2})
	}
	for _, p := range playbook.Pillars() {
		opts = append(opts, option{Miss{Kind: MissPillar, Pillar: p}, factLost[p]})
	}
	best, bestLost := Miss{}, 0.0
	for _, o := range opts {
		if o.lost >= minMissed && o.lost > bestLost+1e-9 {
			best, bestLost = o.miss, o.lost
		}
	}
	return best
}

// sideWords splits a quadrant into the seller's and the client's outcome
// ("win-lose" is "win", "lose").
func sideWords(q coach.Quadrant) (seller, client string) {
	s, c, _ := strings.Cut(string(q), "-")
	return s, c
}

// Trains reports whether case cs trains miss: its expert decision, its
// outcome on the side, or its pillar matches. Nothing missed is trained
// by any case.
func Trains(cs *cases.Case, miss Miss) bool {
	seller, client := sideWords(coach.Quadrant(cs.Verdict.Quadrant))
	switch miss.Kind {
	case MissDecision:
		return coach.Decision(cs.Verdict.Decision) == miss.Decision
	case MissSeller:
		return seller == miss.Side
	case MissClient:
		return client == miss.Side
	case MissPillar:
		return cs.Pillar == miss.Pillar
	}
	return true
}
