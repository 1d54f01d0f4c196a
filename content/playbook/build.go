package playbook

import (
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/safetext"
)

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$`)

// DecisionIDs are the five decisions a playbook advises on, from most to
// least eager. Every one is required except OptionalDecision.
func DecisionIDs() []string {
	return []string{"go", "go-after-fixes", OptionalDecision, "renegotiate", "say-no"}
}

// OptionalDecision is the decision a playbook may leave out: it came with
// playbook version 2, and a playbook written before it still loads (the
// coach then speaks from its message catalog).
const OptionalDecision = "find-out-first"

// Unknown is the answer every question accepts besides its own choices.
const Unknown = "unknown"

func (l *loader) build(raw *rawPlaybook, root *yaml.Node) *Playbook {
	pb := &Playbook{
		ID:        safetext.Line(raw.ID),
		Version:   raw.Version,
		Bar:       60,
		Decisions: map[string]*Decision{},
		Declines:  map[Decline]Text{},
		byID:      map[string]*Question{},
	}
	if !idPattern.MatchString(raw.ID) {
		l.add(child(root, "id"), "playbook.bad_id", "id", safetext.Line(raw.ID))
	}
	if raw.Version < 1 {
		l.add(child(root, "version"), "playbook.bad_version")
	}
	pb.Title = l.text(raw.Title, root, "title", "title", true, false)
	pb.Currency = strings.TrimSpace(safetext.Line(raw.Currency))
	if raw.Bar != nil {
		pb.Bar = *raw.Bar
		if pb.Bar <= 0 || pb.Bar >= 100 {
			l.add(child(root, "bar"), "playbook.bar_range", pb.Bar)
		}
	}
	if len(raw.Sections) == 0 {
		l.add(root, "playbook.missing", "sections")
	}
	sectionNodes := items(root, "sections")
	seenSection := map[string]bool{}
	var rawQs []rawQuestion
	var qNodes []*yaml.Node
	for i, rs := range raw.Sections {
		sn := at(sectionNodes, i)
		s := &Section{ID: rs.ID}
		path := "sections." + rs.ID
		if !idPattern.MatchString(rs.ID) {
			l.add(sn, "playbook.bad_id", "sections[].id", safetext.Line(rs.ID))
		} else if seenSection[rs.ID] {
			l.add(sn, "playbook.duplicate", rs.ID)
		}
		seenSection[rs.ID] = true
		s.Title = l.text(rs.Title, sn, "title", path+".title", true, false)
		for j, rq := range rs.Questions {
			qn := at(items(sn, "questions"), j)
			q := l.question(rq, qn, len(pb.Questions))
			q.Section = rs.ID
			if q.ID != "" {
				if _, dup := pb.byID[q.ID]; dup {
					l.add(qn, "playbook.duplicate", q.ID)
				}
				pb.byID[q.ID] = q
			}
			s.Questions = append(s.Questions, q)
			pb.Questions = append(pb.Questions, q)
			rawQs = append(rawQs, rq)
			qNodes = append(qNodes, qn)
		}
		if len(rs.Questions) == 0 {
			l.add(sn, "playbook.missing", path+".questions")
		}
		pb.Sections = append(pb.Sections, s)
	}
	// Expressions can read any question, so they compile once all are known.
	c := newCompiler(pb.Questions)
	for i, q := range pb.Questions {
		l.questionExprs(c, q, rawQs[i], qNodes[i])
	}
	l.flags(c, pb, raw.Flags, items(root, "flags"))
	l.decisions(pb, raw, root)
	l.points(c, pb, raw.TalkingPoints, items(root, "talking_points"))
	l.says(pb, raw.Say, child(root, "say"))
	l.compileAll(c)
	return pb
}

func (l *loader) question(rq rawQuestion, qn *yaml.Node, index int) *Question {
	q := &Question{ID: rq.ID, Index: index, Kind: Kind(rq.Kind), Pillar: Pillar(rq.Pillar), Weight: 1, Optional: rq.Optional, Decisive: rq.Decisive, Pos: l.pos(qn)}
	if !idPattern.MatchString(rq.ID) {
		l.add(qn, "playbook.bad_id", "questions[].id", safetext.Line(rq.ID))
		q.ID = ""
	}
	path := "questions." + rq.ID
	if !validKind(q.Kind) {
		l.add(child(qn, "kind"), "playbook.bad_kind", safetext.Line(rq.Kind), kindList())
	}
	if rq.Pillar != "" && !validPillar(q.Pillar) {
		l.add(child(qn, "pillar"), "playbook.bad_pillar", safetext.Line(rq.Pillar))
		q.Pillar = ""
	}
	if rq.Decisive && rq.Pillar == "" {
		l.add(child(qn, "decisive"), "playbook.decisive_unscored", path)
	}
	if rq.Weight != nil {
		q.Weight = *rq.Weight
		// Weight 0 makes a gate: the question is scored (it can be
		// unknown, decisive and on the find-out list) but adds no points,
		// as the offer's fit does.
		if q.Weight < 0 || q.Weight > 10 {
			l.add(child(qn, "weight"), "playbook.weight_range", path, q.Weight)
		}
	}
	q.Text = l.text(rq.Text, qn, "text", path+".text", true, false)
	q.Label = l.text(rq.Label, qn, "label", path+".label", false, false)
	q.Help = l.text(rq.Help, qn, "help", path+".help", true, true)
	q.Ask = l.text(rq.Ask, qn, "ask", path+".ask", false, false)
	l.options(q, rq, qn, path)
	return q
}

func (l *loader) options(q *Question, rq rawQuestion, qn *yaml.Node, path string) {
	nodes := items(qn, "choices")
	seen := map[string]bool{}
	for i, rc := range rq.Choices {
		cn := at(nodes, i)
		o := Option{Value: rc.Value, Score: rc.Score, Open: rc.Open}
		cpath := path + ".choices." + rc.Value
		switch {
		case rc.Value == "":
			l.add(cn, "playbook.missing", path+".choices[].value")
		case rc.Value == Unknown:
			l.add(child(cn, "value"), "playbook.reserved_value", path)
		case seen[rc.Value]:
			l.add(child(cn, "value"), "playbook.duplicate", cpath)
		case strings.TrimSpace(safetext.Line(rc.Value)) != rc.Value:
			l.add(child(cn, "value"), "playbook.bad_id", cpath, safetext.Line(rc.Value))
		}
		seen[rc.Value] = true
		if rc.Score != nil && (*rc.Score < 0 || *rc.Score > 100) {
			l.add(child(cn, "score"), "playbook.score_range", cpath, *rc.Score)
		}
		o.Label = l.text(rc.Label, cn, "label", cpath+".label", true, false)
		o.Tip = l.text(rc.Tip, cn, "tip", cpath+".tip", false, false)
		q.Options = append(q.Options, o)
	}
	switch q.Kind {
	case Choice, Multi:
		if len(q.Options) < 2 {
			l.add(qn, "playbook.no_choices", path)
		}
	case YesNo:
		if len(q.Options) != 2 || !seen["yes"] || !seen["no"] {
			l.add(qn, "playbook.yesno_values", path)
		}
	case Scale:
		if len(q.Options) != 0 && !(len(q.Options) == 5 && seen["1"] && seen["2"] && seen["3"] && seen["4"] && seen["5"]) {
			l.add(qn, "playbook.scale_values", path)
		}
	default:
		if len(q.Options) != 0 {
			l.add(child(qn, "choices"), "playbook.choices_not_allowed", path, string(q.Kind))
		}
	}
}

func (l *loader) questionExprs(c *compiler, q *Question, rq rawQuestion, qn *yaml.Node) {
	path := "questions." + rq.ID
	if rq.When != "" {
		l.expr(rq.When, l.pos(child(qn, "when")), nil, false, &q.When)
	}
	if rq.Score != "" {
		l.expr(rq.Score, l.pos(child(qn, "score")), rq.Needs, true, &q.Score)
	} else if rq.Needs != nil {
		l.add(child(qn, "needs"), "playbook.needs_without_expr", path)
	}
	// A gate (weight 0) needs no score: it adds no points.
	if q.Scored() && q.Weight > 0 && q.Score == nil && rq.Score == "" && !hasOptionScores(q) {
		l.add(qn, "playbook.unscored", path)
	}
	// Sized up front: the compile jobs keep pointers into this slice.
	q.Tips = make([]CondTip, len(rq.Tips))
	for i, rt := range rq.Tips {
		tn := at(items(qn, "tips"), i)
		q.Tips[i].Text = l.text(rt.Text, tn, "text", path+".tips[].text", true, false)
		if rt.When == "" {
			l.add(tn, "playbook.missing", path+".tips[].when")
		} else {
			l.expr(rt.When, l.pos(child(tn, "when")), nil, false, &q.Tips[i].When)
		}
	}
}

// hasOptionScores reports whether a question can be scored from its
// options: scales always can (1..5 maps onto 0..100).
func hasOptionScores(q *Question) bool {
	if q.Kind == Scale {
		return true
	}
	if q.Kind != Choice && q.Kind != YesNo {
		return false
	}
	for _, o := range q.Options {
		if o.Score != nil {
			return true
		}
	}
	return false
}

func validKind(k Kind) bool {
	for _, x := range Kinds() {
		if x == k {
			return true
		}
	}
	return false
}

func kindList() string {
	var s []string
	for _, k := range Kinds() {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

func validPillar(p Pillar) bool {
	return p == Readiness || p == Disclosure || p == Margin
}
