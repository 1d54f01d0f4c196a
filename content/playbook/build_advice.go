package playbook

import (
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/safetext"
)

func (l *loader) flags(c *compiler, pb *Playbook, raws []rawFlag, nodes []*yaml.Node) {
	seen := map[string]bool{}
	for i, rf := range raws {
		fn := at(nodes, i)
		path := "flags." + rf.ID
		f := &Flag{ID: rf.ID, Severity: Severity(rf.Severity), Side: Side(rf.Side), Pillar: Pillar(rf.Pillar), Decline: Decline(rf.Decline), Action: rf.Action, Pos: l.pos(fn)}
		if rf.Action != "" && !actionPattern.MatchString(rf.Action) {
			l.add(child(fn, "action"), "playbook.bad_id", path+".action", safetext.Line(rf.Action))
		}
		switch {
		case !idPattern.MatchString(rf.ID):
			l.add(fn, "playbook.bad_id", "flags[].id", safetext.Line(rf.ID))
		case seen[rf.ID]:
			l.add(fn, "playbook.duplicate", rf.ID)
		}
		seen[rf.ID] = true
		if f.Severity != Knockout && f.Severity != Warning && f.Severity != Info {
			l.add(child(fn, "severity"), "playbook.bad_severity", safetext.Line(rf.Severity))
		}
		if f.Side != Client && f.Side != Seller {
			l.add(child(fn, "side"), "playbook.bad_side", safetext.Line(rf.Side))
		}
		if rf.Pillar != "" {
			if !validPillar(f.Pillar) {
				l.add(child(fn, "pillar"), "playbook.bad_pillar", safetext.Line(rf.Pillar))
			} else if f.Pillar.Side() != f.Side {
				l.add(child(fn, "pillar"), "playbook.pillar_side", path, rf.Pillar, rf.Side)
			}
		} else if f.Severity == Knockout {
			l.add(fn, "playbook.knockout_pillar", path)
		}
		if rf.Decline != "" && !validDecline(f.Decline) {
			l.add(child(fn, "decline"), "playbook.bad_decline", safetext.Line(rf.Decline))
		}
		f.Message = l.text(rf.Message, fn, "message", path+".message", true, false)
		f.Fix = l.text(rf.Fix, fn, "fix", path+".fix", false, false)
		if rf.When == "" {
			l.add(fn, "playbook.missing", path+".when")
		} else {
			l.expr(rf.When, l.pos(child(fn, "when")), rf.Needs, false, &f.When)
		}
		pb.Flags = append(pb.Flags, f)
	}
}

// actionPattern is an advice id: like a question id, with dashes (the
// ids of the kinds of no, "decline.not-yet", have them).
var actionPattern = regexp.MustCompile(`^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*$`)

func (l *loader) decisions(pb *Playbook, raw *rawPlaybook, root *yaml.Node) {
	dn := child(root, "decisions")
	for _, id := range DecisionIDs() {
		rd, ok := raw.Decisions[id]
		if !ok && id == OptionalDecision {
			continue
		}
		if !ok {
			l.add(dn, "playbook.missing", "decisions."+id)
			continue
		}
		n := child(dn, id)
		d := &Decision{
			Title:   l.text(rd.Title, n, "title", "decisions."+id+".title", true, false),
			Summary: l.text(rd.Summary, n, "summary", "decisions."+id+".summary", true, false),
		}
		// Sized up front: the compile jobs keep pointers into this slice.
		d.Advice = make([]Advice, len(rd.Advice))
		an := items(n, "advice")
		for i, ra := range rd.Advice {
			path := "decisions." + id + ".advice"
			texts := rawText{}
			for k, v := range ra {
				if k != "id" && k != "unless" {
					texts[k] = v
				}
			}
			d.Advice[i] = Advice{ID: ra["id"], Text: l.text(texts, at(an, i), "", path, true, false)}
			switch {
			case d.Advice[i].ID == "":
				d.Advice[i].ID = id + "." + strconv.Itoa(i+1)
			case !actionPattern.MatchString(d.Advice[i].ID):
				l.add(at(an, i), "playbook.bad_id", path+"[].id", safetext.Line(d.Advice[i].ID))
			}
			if u := ra["unless"]; u != "" {
				l.expr(u, l.pos(child(at(an, i), "unless")), nil, false, &d.Advice[i].Unless)
			}
		}
		pb.Decisions[id] = d
	}
	for id := range raw.Decisions {
		if _, ok := pb.Decisions[id]; !ok {
			l.add(child(dn, id), "playbook.unknown_decision", safetext.Line(id))
		}
	}
	cn := child(root, "declines")
	for key, rt := range raw.Declines {
		d := Decline(key)
		if !validDecline(d) {
			l.add(child(cn, key), "playbook.bad_decline", safetext.Line(key))
			continue
		}
		pb.Declines[d] = l.text(rt, cn, key, "declines."+key, true, false)
	}
	for _, f := range pb.Flags {
		if f.Decline != "" && validDecline(f.Decline) && pb.Declines[f.Decline] == nil {
			l.probs = append(l.probs, problem(f.Pos, "playbook.missing", "declines."+string(f.Decline)))
		}
	}
}

func (l *loader) points(c *compiler, pb *Playbook, raws []rawPoint, nodes []*yaml.Node) {
	seen := map[string]bool{}
	for i, rp := range raws {
		n := at(nodes, i)
		if !idPattern.MatchString(rp.ID) {
			l.add(n, "playbook.bad_id", "talking_points[].id", safetext.Line(rp.ID))
		} else if seen[rp.ID] {
			l.add(n, "playbook.duplicate", rp.ID)
		}
		seen[rp.ID] = true
		p := &TalkingPoint{ID: rp.ID, For: rp.For, Text: l.text(rp.Text, n, "text", "talking_points."+rp.ID, true, false)}
		for _, d := range rp.For {
			if !validDecision(d) {
				l.add(child(n, "for"), "playbook.unknown_decision", safetext.Line(d))
			}
		}
		if rp.When != "" {
			l.expr(rp.When, l.pos(child(n, "when")), nil, false, &p.When)
		}
		pb.Points = append(pb.Points, p)
	}
}

func validDecline(d Decline) bool {
	for _, x := range Declines() {
		if x == d {
			return true
		}
	}
	return false
}

// says checks the model sentences: keyed by decision or kind of no, each
// a list of alternatives in every language.
func (l *loader) says(pb *Playbook, raw map[string][]rawText, n *yaml.Node) {
	if len(raw) == 0 {
		return
	}
	pb.Say = map[string][]Text{}
	for key, list := range raw {
		kn := child(n, key)
		if !validDecision(key) && !validDecline(Decline(key)) {
			l.add(kn, "playbook.unknown_decision", safetext.Line(key))
			continue
		}
		for i, rt := range list {
			pb.Say[key] = append(pb.Say[key], l.text(rt, at(items(n, key), i), "", "say."+key, true, false))
		}
	}
}

func validDecision(d string) bool {
	for _, x := range DecisionIDs() {
		if x == d {
			return true
		}
	}
	// The fifth decision is not one every playbook must advise on.
	return d == "find-out-first"
}
