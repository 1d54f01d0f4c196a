// Package practice is the pure logic of winwin's training: it checks a
// case library against the coach (Verify), scores a trainee's attempt at a
// case (Score), picks the next case to practise (Recommend), and scores
// the seller self-check (Profile, Compare, BuildProgress).
//
// Like the coach it reads no files and keeps no state: the TUI, the
// command line and the SSH server get the same numbers from the same
// input. Cases come from content/cases, the self-check from
// content/selfcheck; attempts and profiles are stored by coach/journal.
package practice

import (
	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// Mode is how a case is practised. It does not change the score; it is
// stored with the attempt so progress can tell exam scores apart.
type Mode string

// The practice modes.
const (
	Learn Mode = "learn" // with the coach pane beside the interview
	Exam  Mode = "exam"  // without it
)

// Verdict is a quadrant with a decision: a trainee's prediction, the
// coach's verdict or the expert's. It converts to journal.Verdict.
type Verdict struct {
	Quadrant coach.Quadrant `json:"quadrant"`
	Decision coach.Decision `json:"decision"`
}

// Expert returns the case's expert verdict in the coach's types.
func Expert(cs *cases.Case) Verdict {
	return Verdict{Quadrant: coach.Quadrant(cs.Verdict.Quadrant), Decision: coach.Decision(cs.Verdict.Decision)}
}

// Facts parses a case's facts against the coach's playbook, with the
// names and lists in the coach's language: what practice shows a trainee
// (the comparison, the prefilled offer) reads in their language. Problems
// carry the case file's name and lines.
func Facts(c *coach.Coach, cs *cases.Case) (coach.Answers, error) {
	return FactsIn(c, cs, c.Catalog().Lang())
}

// FactsIn is Facts with the names and lists in lang: the facts block's
// English ones, or the case's translation (facts_nl). A name or list the
// translation lacks, or gives in another shape, stays English, and only
// names and lists are translated; Verify reports the rest.
func FactsIn(c *coach.Coach, cs *cases.Case, lang locale.Lang) (coach.Answers, error) {
	ans, err := dealfile.Parse(c.Playbook(), cs.Facts, cs.File)
	if err != nil || lang == cases.FactsLang {
		return ans, err
	}
	for id, tr := range cs.FactTexts[lang] {
		q, ok := c.Playbook().Question(id)
		if !ok || (q.Kind != playbook.Free && q.Kind != playbook.List) {
			// A choice is an id whatever the language; Verify reports
			// a translation of one.
			continue
		}
		if a, ok := translate(ans[id], tr); ok {
			ans[id] = a
		}
	}
	return ans, nil
}

// translate puts a translation in place of a name or a list of the same
// length; ok is false when it does not fit the answer.
func translate(a coach.Answer, tr cases.TextFact) (coach.Answer, bool) {
	if a.Unknown {
		return a, false
	}
	switch v := a.Value.(type) {
	case string:
		if !tr.List && len(tr.Items) == 1 && v != "" {
			return coach.Text(tr.Items[0]), true
		}
	case []string:
		if len(tr.Items) == len(v) && len(v) > 0 {
			return coach.Items(tr.Items...), true
		}
	}
	return a, false
}
