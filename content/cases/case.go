package cases

import (
	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// parseCase reads every part of a case from its root mapping.
func (p *parser) parseCase(root *yaml.Node, data []byte) *Case {
	c := &Case{
		File: p.file, Notes: map[string]playbook.Text{},
		FactLeaves: map[string]TextFact{}, FactTexts: map[locale.Lang]map[string]TextFact{},
		Pos: Positions{Notes: map[string]playbook.Pos{}, FactTexts: map[locale.Lang]playbook.Pos{}},
	}
	fs := p.fields(root, "", rootKeys())

	if id, n, ok := p.scalar(fs, root, "id", "id"); ok {
		c.Pos.ID = p.pos(n)
		if caseID.MatchString(id) {
			c.ID = id
		} else {
			p.add(n, "practice.case.bad_id", "id", safetext.Line(id))
		}
	}
	c.Title = p.requiredText(fs, root, "title", false, MaxTitle)
	c.Story = p.requiredText(fs, root, "story", true, MaxStory)
	if s, n, ok := p.scalar(fs, root, "pillar", "pillar"); ok {
		if pl := playbook.Pillar(s); contains(pillarNames(), s) {
			c.Pillar = pl
		} else {
			p.add(n, "practice.case.bad_pillar", safetext.Line(s))
		}
	}
	c.Tags = p.tags(fs)
	c.Verdict = p.verdict(fs, root, c)
	c.Facts = p.facts(fs, root, data, c)
	p.notes(fs, root, c)
	p.factTexts(fs, c)
	return c
}

func pillarNames() []string {
	var out []string
	for _, pl := range playbook.Pillars() {
		out = append(out, string(pl))
	}
	return out
}

// tags reads the optional list of tags.
func (p *parser) tags(fs map[string]field) []string {
	f, ok := fs["tags"]
	if !ok || isNull(f.val) {
		return nil
	}
	if f.val.Kind != yaml.SequenceNode {
		p.add(f.val, "practice.case.want_list", "tags")
		return nil
	}
	if len(f.val.Content) > MaxTags {
		p.add(f.val, "practice.case.too_many_tags", len(f.val.Content), MaxTags)
		return nil
	}
	var out []string
	for _, n := range f.val.Content {
		switch {
		case n.Kind != yaml.ScalarNode:
			p.add(n, "practice.case.want_value", "tags[]")
		case !caseID.MatchString(n.Value):
			p.add(n, "practice.case.bad_id", "tags[]", safetext.Line(n.Value))
		case contains(out, n.Value):
			p.add(n, "practice.case.duplicate_key", "tags."+n.Value)
		default:
			out = append(out, n.Value)
		}
	}
	return out
}

// verdict reads the expert verdict: a quadrant and a decision.
func (p *parser) verdict(fs map[string]field, root *yaml.Node, c *Case) Verdict {
	var v Verdict
	f, ok := fs["verdict"]
	if !ok || isNull(f.val) {
		p.add(root, "practice.case.missing", "verdict")
		return v
	}
	c.Pos.Verdict = p.pos(f.val)
	if f.val.Kind != yaml.MappingNode {
		p.add(f.val, "practice.case.want_map", "verdict")
		return v
	}
	vf := p.fields(f.val, "verdict", []string{"quadrant", "decision"})
	if s, n, ok := p.scalar(vf, f.val, "quadrant", "verdict.quadrant"); ok {
		if contains(Quadrants(), s) {
			v.Quadrant = s
		} else {
			p.add(n, "practice.case.bad_quadrant", safetext.Line(s))
		}
	}
	if s, n, ok := p.scalar(vf, f.val, "decision", "verdict.decision"); ok {
		if contains(Decisions(), s) {
			v.Decision = s
		} else {
			p.add(n, "practice.case.bad_decision", safetext.Line(s))
		}
	}
	return v
}

// facts checks that the facts are a non-empty mapping and cuts them out
// of the file as a deal file.
func (p *parser) facts(fs map[string]field, root *yaml.Node, data []byte, c *Case) []byte {
	f, ok := fs["facts"]
	if !ok || isNull(f.val) {
		p.add(root, "practice.case.missing", "facts")
		return nil
	}
	c.Pos.Facts = p.pos(f.val)
	if f.val.Kind != yaml.MappingNode {
		p.add(f.val, "practice.case.want_map", "facts")
		return nil
	}
	if len(f.val.Content) == 0 {
		p.add(f.val, "practice.case.missing", "facts")
		return nil
	}
	p.leaves(f.val, "", c.FactLeaves)
	return cutFacts(data, root, f)
}

// notes reads the teaching notes: question id -> translated text.
func (p *parser) notes(fs map[string]field, root *yaml.Node, c *Case) {
	f, ok := fs["notes"]
	if !ok || isNull(f.val) {
		p.add(root, "practice.case.missing", "notes")
		return
	}
	if f.val.Kind != yaml.MappingNode {
		p.add(f.val, "practice.case.want_map", "notes")
		return
	}
	nf := p.fields(f.val, "notes", nil)
	if len(nf) == 0 {
		p.add(f.val, "practice.case.no_notes")
		return
	}
	for id, note := range nf {
		if !questionID.MatchString(id) {
			p.add(note.key, "practice.case.bad_id", "notes", safetext.Line(id))
			continue
		}
		c.Pos.Notes[id] = p.pos(note.key)
		if t := p.text(note.val, "notes."+id, false, MaxNote); t != nil {
			c.Notes[id] = t
		}
	}
}
