package cases

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// FactsLang is the language of a case's facts block: a deal file, which
// always takes English. Its names and lists are given in every other
// language in a block of their own, facts_<lang> (facts_nl), at the end of
// the case file; the facts block stays a valid deal file.
const FactsLang = locale.EN

// MaxFactText is the most characters one translated name or list item
// may hold (a deal file's own limit).
const MaxFactText = 2000

// TextFact is one text-valued fact (a name, or a list such as the
// benefits) as the case file gives it: in the facts block, or translated
// in a facts_<lang> block. Items holds the one text of a name, or the
// items of a list in order.
type TextFact struct {
	Items []string
	List  bool
	Pos   playbook.Pos
}

// FactTextsKey is the key of the block that translates the facts into
// lang: "facts_nl".
func FactTextsKey(lang locale.Lang) string { return "facts_" + string(lang) }

// translatedLangs are the languages the facts are translated into: every
// supported one but the facts' own.
func translatedLangs() []locale.Lang {
	var out []locale.Lang
	for _, l := range locale.Langs() {
		if l != FactsLang {
			out = append(out, l)
		}
	}
	return out
}

// FactText returns the fact id ("offer.benefits") in lang: the
// translation, or for FactsLang what the facts block says. ok is false
// when the case has no such text.
func (c *Case) FactText(id string, lang locale.Lang) (TextFact, bool) {
	if lang == FactsLang {
		f, ok := c.FactLeaves[id]
		return f, ok
	}
	f, ok := c.FactTexts[lang][id]
	return f, ok
}

// leaves flattens a facts mapping into its values by dotted path: a
// scalar is a one-item fact, a list of scalars a list fact. Nested
// mappings (offer: {name: ...}) and dotted keys (offer.name: ...) give the
// same paths, as in a deal file. Problems are not reported here: the
// facts are checked as a deal file, the translations by factTexts.
func (p *parser) leaves(n *yaml.Node, prefix string, out map[string]TextFact) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			continue
		}
		path := join(prefix, k.Value)
		switch v.Kind {
		case yaml.MappingNode:
			p.leaves(v, path, out)
		case yaml.ScalarNode:
			out[path] = TextFact{Items: []string{strings.TrimSpace(v.Value)}, Pos: p.pos(k)}
		case yaml.SequenceNode:
			f := TextFact{List: true, Pos: p.pos(k)}
			for _, item := range v.Content {
				f.Items = append(f.Items, strings.TrimSpace(item.Value))
			}
			out[path] = f
		}
	}
}

// factTexts reads every facts_<lang> block. Each holds some of the facts'
// paths with the same shape: a text for a text, a list of as many items
// for a list. Which facts must be translated (names and lists) depends on
// the playbook, so practice.Verify checks that; this checks what the file
// alone can tell: every path is one of the facts', shapes and counts
// match, and an item the facts repeat (a drawback that is also a con) is
// translated the same way everywhere, since the coach compares them.
func (p *parser) factTexts(fs map[string]field, c *Case) {
	for _, lang := range translatedLangs() {
		key := FactTextsKey(lang)
		f, ok := fs[key]
		if !ok || isNull(f.val) {
			continue
		}
		c.Pos.FactTexts[lang] = p.pos(f.val)
		if f.val.Kind != yaml.MappingNode {
			p.add(f.val, "practice.case.want_map", key)
			continue
		}
		got := map[string]TextFact{}
		p.translated(f.val, key, "", got)
		p.matchFacts(key, got, c.FactLeaves)
		c.FactTexts[lang] = got
	}
}

// translated reads one facts_<lang> mapping into out, by dotted path.
func (p *parser) translated(n *yaml.Node, block, prefix string, out map[string]TextFact) {
	where := block
	if prefix != "" {
		where = join(block, prefix)
	}
	for _, fl := range p.fieldList(n, where) {
		path := join(prefix, fl.key.Value)
		full := join(block, path)
		switch v := fl.val; {
		case v.Kind == yaml.MappingNode:
			p.translated(v, block, path, out)
		case v.Kind == yaml.SequenceNode:
			f := TextFact{List: true, Pos: p.pos(fl.key), Items: []string{}}
			whole := true
			for _, item := range v.Content {
				s, ok := p.factItem(item, full+"[]")
				f.Items = append(f.Items, s)
				whole = whole && ok
			}
			if whole {
				out[path] = f
			}
		default:
			if s, ok := p.factItem(v, full); ok {
				out[path] = TextFact{Items: []string{s}, Pos: p.pos(fl.key)}
			}
		}
	}
}

// fieldList is fields in file order, for a mapping of any keys.
func (p *parser) fieldList(n *yaml.Node, path string) []field {
	fs := p.fields(n, path, nil)
	out := make([]field, 0, len(fs))
	for i := 0; i+1 < len(n.Content); i += 2 {
		if f, ok := fs[n.Content[i].Value]; ok && f.key == n.Content[i] {
			out = append(out, f)
		}
	}
	return out
}

// factItem reads one translated text: a non-empty scalar within the limit.
func (p *parser) factItem(n *yaml.Node, path string) (string, bool) {
	s := strings.TrimSpace(n.Value)
	switch {
	case n.Kind != yaml.ScalarNode:
		p.add(n, "practice.case.want_value", path)
	case s == "" || isNull(n):
		p.add(n, "practice.case.missing", path)
	case utf8.RuneCountInString(s) > MaxFactText:
		p.add(n, "practice.case.too_long", path, utf8.RuneCountInString(s), MaxFactText)
	default:
		return safetext.Line(s), true
	}
	return "", false
}

// matchFacts checks the translations against the facts: the same paths
// and shapes, and one translation per repeated item (both ways).
func (p *parser) matchFacts(block string, got, facts map[string]TextFact) {
	type seen struct {
		text, path string
	}
	toNL, toEN := map[string]seen{}, map[string]seen{}
	for _, path := range sortedKeys(got) {
		tr := got[path]
		full := join(block, path)
		orig, ok := facts[path]
		if !ok {
			p.unknownFact(tr.Pos, full, path, facts)
			continue
		}
		switch {
		case tr.List != orig.List && orig.List:
			p.probs = append(p.probs, problem(tr.Pos, "practice.case.fact_text.want_list", full, path))
			continue
		case tr.List != orig.List:
			p.probs = append(p.probs, problem(tr.Pos, "practice.case.fact_text.want_text", full, path))
			continue
		case len(tr.Items) != len(orig.Items):
			p.probs = append(p.probs, problem(tr.Pos, "practice.case.fact_text.count", full, len(tr.Items), path, len(orig.Items)))
			continue
		}
		for i, s := range tr.Items {
			en, nl := normal(orig.Items[i]), normal(s)
			if prev, ok := toNL[en]; ok && prev.text != nl {
				p.probs = append(p.probs, problem(tr.Pos, "practice.case.fact_text.two_ways", full, safetext.Line(orig.Items[i]), prev.path))
				continue
			}
			if prev, ok := toEN[nl]; ok && prev.text != en {
				p.probs = append(p.probs, problem(tr.Pos, "practice.case.fact_text.one_for_two", full, safetext.Line(s), prev.path))
				continue
			}
			toNL[en], toEN[nl] = seen{nl, full}, seen{en, full}
		}
	}
}

// unknownFact reports a translated path the facts do not hold, with the
// nearest one they do.
func (p *parser) unknownFact(pos playbook.Pos, full, path string, facts map[string]TextFact) {
	if near := playbook.Nearest(path, sortedKeys(facts)); near != "" {
		p.probs = append(p.probs, problem(pos, "practice.case.fact_text.unknown", full, path, near))
		return
	}
	p.probs = append(p.probs, problem(pos, "practice.case.fact_text.unknown_plain", full, path))
}

// normal is the form in which the coach compares two list items (its
// lower(trim(#))).
func normal(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
