package practice

import (
	"math"
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/playbook"
)

// The weights of a practice score, out of 100. Predicting the verdict is
// half of it, reading the story right the other half. A correct "say no"
// earns exactly what a correct "go" earns.
//
//   - Quadrant, 20: 10 for each side (seller, client) predicted right.
//   - Decision, 30: the expert's decision 30; the next decision up or
//     down (go / go-after-fixes / renegotiate / say-no) 10.
//   - Facts, 50: the weighted mean credit of the answers (see Full and
//     Near), where a question the case has a teaching note on counts
//     double: those are the facts the case is about. Free-text answers
//     (names) are not compared, and neither are answers the case
//     prefilled (see Prefill) that the trainee left as they were: they
//     were given, so they neither earn nor lose points. A prefilled answer
//     the trainee changed counts like any other.
const (
	QuadrantPoints     = 20.0
	DecisionPoints     = 30.0
	FactPoints         = 50.0
	nearDecisionPoints = 10.0
	keyWeight          = 2.0
)

// minMissed is the fewest lost points that make a pillar "missed most";
// below it an attempt missed nothing worth practising.
const minMissed = 0.5

// Attempt is a trainee's go at a case: the interview answers and the
// predicted verdict.
type Attempt struct {
	CaseID  string        `json:"case"`
	Mode    Mode          `json:"mode"`
	Answers coach.Answers `json:"-"`
	// Prefilled is what the case filled in before the interview
	// (Prefill); nil when nothing was.
	Prefilled coach.Answers `json:"-"`
	Predicted Verdict       `json:"predicted"`
}

// Points is the score broken into its parts.
type Points struct {
	Quadrant float64 `json:"quadrant"`
	Decision float64 `json:"decision"`
	Facts    float64 `json:"facts"`
}

// Loss is the points an attempt lost on one pillar.
type Loss struct {
	Pillar playbook.Pillar `json:"pillar"`
	Points float64         `json:"points"`
}

// Diff is one answer that differs from the case's facts.
type Diff struct {
	Question string          `json:"question"`
	Pillar   playbook.Pillar `json:"pillar,omitempty"`
	// Trainee and Case are the answers; Given is false when the trainee
	// left the question unanswered.
	Trainee coach.Answer `json:"-"`
	Given   bool         `json:"given"`
	Case    coach.Answer `json:"-"`
	// TraineeText and CaseText are the answers as the UI shows them.
	TraineeText string `json:"trainee"`
	CaseText    string `json:"case_value"`
	// Credit is what the answer earned, 0..1 (Near for a close answer).
	Credit float64 `json:"credit"`
	// Note is the case's teaching note on the question, or the question's
	// help text when the case has none (FromCase false).
	Note     string `json:"note"`
	FromCase bool   `json:"note_from_case"`
}

// Result is a scored attempt.
type Result struct {
	CaseID string `json:"case"`
	Mode   Mode   `json:"mode"`
	// Score is 0..100: the parts added up and rounded.
	Score     int     `json:"score"`
	Points    Points  `json:"points"`
	Predicted Verdict `json:"predicted"`
	// Coach is the coach's verdict on the trainee's own answers, shown
	// beside the prediction and the expert's verdict.
	Coach  Verdict `json:"coach"`
	Expert Verdict `json:"expert"`
	Diffs  []Diff  `json:"diffs"`
	// Lost is the points lost per pillar, in pillar order.
	Lost []Loss `json:"lost"`
	// Weakest is the pillar this attempt got most wrong, "" when it
	// missed nothing worth practising.
	Weakest playbook.Pillar `json:"weakest,omitempty"`
	// Missed is what the attempt lost most points on: the decision, a
	// side of the quadrant, or the facts of a pillar; Recommend picks the
	// next case by it. Zero when nothing worth practising was missed.
	Missed Miss `json:"missed"`
	// Given is how many answers the case prefilled and the trainee left
	// as they were: not counted in the facts score.
	Given int `json:"given"`
	// Taught is every question the case has a teaching note on, right or
	// wrong, in playbook order: the expert's reasoning, shown whatever the
	// trainee answered.
	Taught []Taught `json:"taught"`
}

// Score compares an attempt with a case: its facts, in the coach's
// language for the texts, and the expert verdict. It fails only when the
// case's facts do not parse, which Verify reports first.
func Score(c *coach.Coach, cs *cases.Case, at Attempt) (*Result, error) {
	facts, err := Facts(c, cs)
	if err != nil {
		return nil, err
	}
	expert := Expert(cs)
	r := &Result{CaseID: cs.ID, Mode: at.Mode, Predicted: at.Predicted, Expert: expert, Diffs: []Diff{}, Taught: []Taught{}}
	a := c.Assess(at.Answers)
	r.Coach = Verdict{Quadrant: a.Quadrant, Decision: a.Decision}

	lost := map[playbook.Pillar]float64{}
	r.Points.Facts = scoreFacts(c, cs, facts, at, r, lost)
	factLost := make(map[playbook.Pillar]float64, len(lost))
	for p, v := range lost {
		factLost[p] = v
	}

	sellerOK, clientOK := sides(at.Predicted.Quadrant, expert.Quadrant)
	if sellerOK {
		r.Points.Quadrant += QuadrantPoints / 2
	} else {
		lost[playbook.Margin] += QuadrantPoints / 2
	}
	if clientOK {
		r.Points.Quadrant += QuadrantPoints / 2
	} else {
		lost[clientPillar(c.Assess(facts))] += QuadrantPoints / 2
	}
	r.Points.Decision = decisionPoints(at.Predicted.Decision, expert.Decision)
	lost[cs.Pillar] += DecisionPoints - r.Points.Decision

	r.Score = int(math.Round(r.Points.Quadrant + r.Points.Decision + r.Points.Facts))
	r.Lost, r.Weakest = weakest(lost, cs.Pillar)
	r.Missed = missedMost(expert, r.Points, sellerOK, clientOK, factLost)
	return r, nil
}

// scoreFacts compares every answer the case gives, records the ones that
// differ and returns the fact points; lost collects the points lost per
// pillar.
func scoreFacts(c *coach.Coach, cs *cases.Case, facts coach.Answers, at Attempt, r *Result, lost map[playbook.Pillar]float64) float64 {
	given := at.Answers
	pb, cat := c.Playbook(), c.Catalog()
	pillars := questionPillars(pb)
	type graded struct {
		q      *playbook.Question
		weight float64
		credit float64
	}
	var all []graded
	total := 0.0
	for _, q := range pb.Questions {
		want, inCase := facts[q.ID]
		if !inCase || q.Kind == playbook.Free {
			continue
		}
		got, ok := given[q.ID]
		if _, key := cs.Notes[q.ID]; key {
			r.Taught = append(r.Taught, taught(cat, cs, q, got, ok, want))
		}
		if unchanged(at.Prefilled, given, q.ID) {
			r.Given++
			continue
		}
		w := 1.0
		if _, key := cs.Notes[q.ID]; key {
			w = keyWeight
		}
		cr := credit(q, got, ok, want)
		all = append(all, graded{q, w, cr})
		total += w
		if cr >= Full {
			continue
		}
		d := Diff{
			Question: q.ID, Pillar: pillars[q.ID], Trainee: got, Given: ok, Case: want, Credit: cr,
			TraineeText: answerText(cat, q, got, ok), CaseText: answerText(cat, q, want, true),
		}
		if d.Note = cs.Note(q.ID, cat.Lang()); d.Note != "" {
			d.FromCase = true
		} else if q.Help != nil {
			d.Note = strings.TrimSpace(q.Help.In(cat.Lang()))
		}
		r.Diffs = append(r.Diffs, d)
	}
	if total == 0 {
		return FactPoints
	}
	sum := 0.0
	for _, g := range all {
		sum += g.weight * g.credit
		if p := pillars[g.q.ID]; p != "" {
			lost[p] += FactPoints * g.weight * (1 - g.credit) / total
		}
	}
	return FactPoints * sum / total
}

// sides reports whether the predicted quadrant has the seller's and the
// client's outcome right ("win-lose" is seller win, client lose).
func sides(got, want coach.Quadrant) (seller, client bool) {
	gs, gc, ok1 := strings.Cut(string(got), "-")
	ws, wc, ok2 := strings.Cut(string(want), "-")
	if !ok1 || !ok2 {
		return false, false
	}
	return gs == ws, gc == wc
}

func decisionPoints(got, want coach.Decision) float64 {
	if got == want {
		return DecisionPoints
	}
	gi, wi := -1, -1
	for i, d := range coach.Decisions() {
		if d == got {
			gi = i
		}
		if d == want {
			wi = i
		}
	}
	if gi >= 0 && wi >= 0 && abs(gi-wi) == 1 {
		return nearDecisionPoints
	}
	return 0
}

// weakest lists the losses in pillar order and picks the pillar with the
// most; ties go to the case's own pillar, then to pillar order.
func weakest(lost map[playbook.Pillar]float64, casePillar playbook.Pillar) ([]Loss, playbook.Pillar) {
	out := make([]Loss, 0, 3)
	for _, p := range playbook.Pillars() {
		out = append(out, Loss{Pillar: p, Points: math.Round(lost[p]*10) / 10})
	}
	var best playbook.Pillar
	bestPts := 0.0
	for _, p := range append([]playbook.Pillar{casePillar}, playbook.Pillars()...) {
		if pts := lost[p]; pts >= minMissed && pts > bestPts+1e-9 {
			best, bestPts = p, pts
		}
	}
	return out, best
}
