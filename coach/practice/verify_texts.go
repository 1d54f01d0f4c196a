package practice

import (
	"sort"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// verifyTranslations checks a case's facts_<lang> blocks against the
// playbook, which the case loader cannot: every name and list the facts
// give (a text or list question, known and not empty) has a translation
// of the same length, and nothing else is translated. ans are the parsed
// English facts. The coach reads lists by their length and compares
// drawbacks with cons by their text, so a translation of the same lengths
// that translates each repeated item one way (the loader checks that)
// gives the same verdict.
func verifyTranslations(c *coach.Coach, cs *cases.Case, ans coach.Answers) []dealfile.Problem {
	var out []dealfile.Problem
	at := func(pos playbook.Pos, field string, key string, args ...any) {
		out = append(out, dealfile.Problem{File: cs.File, Line: pos.Line, Col: pos.Col, Field: field, Msg: locale.Msg(key, args...)})
	}
	pb := c.Playbook()
	for _, lang := range locale.Langs() {
		if lang == cases.FactsLang {
			continue
		}
		block := cases.FactTextsKey(lang)
		trs := cs.FactTexts[lang]
		for _, q := range pb.Questions {
			if !needsTranslation(q, ans) {
				continue
			}
			tr, ok := trs[q.ID]
			if !ok {
				pos := cs.Pos.Facts
				if f, ok := cs.FactLeaves[q.ID]; ok {
					pos = f.Pos
				}
				at(pos, "facts", "practice.verify.fact_text_missing", q.ID, string(lang), block)
				continue
			}
			if _, fits := translate(ans[q.ID], tr); !fits {
				n := 0
				if items, ok := ans[q.ID].Value.([]string); ok {
					n = len(items)
				}
				at(tr.Pos, block, "practice.case.fact_text.count", block+"."+q.ID, len(tr.Items), q.ID, n)
			}
		}
		ids := make([]string, 0, len(trs))
		for id := range trs {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			q, ok := pb.Question(id)
			switch {
			case !ok || (q.Kind != playbook.Free && q.Kind != playbook.List):
				at(trs[id].Pos, block, "practice.verify.fact_text_not_text", safetext.Line(id))
			case !needsTranslation(q, ans):
				at(trs[id].Pos, block, "practice.verify.fact_text_nothing", id)
			}
		}
	}
	return out
}

// needsTranslation reports whether the facts give q a text to translate:
// a name or a list, known and not empty.
func needsTranslation(q *playbook.Question, ans coach.Answers) bool {
	if q.Kind != playbook.Free && q.Kind != playbook.List {
		return false
	}
	a, ok := ans[q.ID]
	if !ok || a.Unknown {
		return false
	}
	switch v := a.Value.(type) {
	case string:
		return v != ""
	case []string:
		return len(v) > 0
	}
	return false
}
