// Package cases loads and validates practice cases: short stories of a
// deal, told by the seller, with the deal's facts as a deal file, the
// expert's verdict and teaching notes per question, in English and Dutch.
//
// One case is one YAML file, content/cases/<id>.yaml for the embedded
// library or any directory of them for a trainer's own (--cases DIR).
// This package checks the file's shape and its texts; whether the facts
// parse and whether the coach agrees with the expert is checked by
// coach/practice, which may import the coach (this package may not).
package cases

import (
	"sort"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// Limits on what one case may hold, so a hostile case file stays cheap and
// a case stays readable on one screen.
const (
	MaxTitle = 120  // characters in a title
	MaxStory = 4000 // characters in a story
	MaxNote  = 1000 // characters in one teaching note
	MaxTags  = 10   // tags on one case
	MaxCases = 500  // case files in one library
)

// The four quadrants, written as in the coach (seller first). They are
// repeated here because content may not import coach; a test in
// coach/practice checks that both lists agree.
const (
	WinWin   = "win-win"
	WinLose  = "win-lose"
	LoseWin  = "lose-win"
	LoseLose = "lose-lose"
)

// Quadrants returns the quadrants a verdict may name.
func Quadrants() []string { return []string{WinWin, WinLose, LoseWin, LoseLose} }

// Decisions returns the decisions a verdict may name: the playbook's.
func Decisions() []string { return playbook.DecisionIDs() }

// The tags of the embedded library: the typical ways a deal goes wrong
// (and right) that a case trains. Trainers may use tags of their own;
// these have names in the UI catalog (practice.tag.<tag>).
const (
	TagCleanWinWin       = "clean-win-win"
	TagPushyClose        = "pushy-close"
	TagSilentCons        = "silent-cons"
	TagHiddenTerms       = "hidden-terms"
	TagBelowCostFavour   = "below-cost-favour"
	TagThinMargin        = "thin-margin"
	TagStrategicDiscount = "strategic-discount"
	TagTooEarly          = "too-early"
	TagTooBig            = "too-big"
	TagBetterAlternative = "better-alternative"
	TagUnclearNeed       = "unclear-need"
	TagHarmsGroup        = "harms-group"
	TagCannotDeliver     = "cannot-deliver"
	TagOvercharge        = "overcharge"
	TagBelowFloor        = "below-floor"
)

// KnownTags returns the tags that have a name in the UI catalog, in the
// order a case list groups them.
func KnownTags() []string {
	return []string{
		TagCleanWinWin, TagStrategicDiscount, TagPushyClose, TagSilentCons, TagHiddenTerms,
		TagOvercharge, TagBelowCostFavour, TagThinMargin, TagBelowFloor, TagTooEarly, TagTooBig, TagBetterAlternative,
		TagUnclearNeed, TagHarmsGroup, TagCannotDeliver,
	}
}

// Verdict is the expert's call on a case.
type Verdict struct {
	Quadrant string
	Decision string
}

// Case is one practice case.
type Case struct {
	ID    string
	Title playbook.Text
	// Story is the scenario in the seller's voice; it may hold newlines.
	Story playbook.Text
	// Pillar is the pillar the case trains most: the recommendation after
	// an attempt picks cases by it.
	Pillar playbook.Pillar
	// Tags name the typical mistakes (or good moves) the case trains.
	Tags    []string
	Verdict Verdict
	// Facts is the case's deal file. It is the case file with every line
	// outside the facts block blanked, so a deal-file parser reports the
	// lines (and columns) of the case file itself.
	Facts []byte
	// FactLeaves are the facts block's values by dotted path, as written
	// (before the playbook gives them a kind): what the translations are
	// checked against.
	FactLeaves map[string]TextFact
	// FactTexts are the facts' names and lists in the other languages
	// (the facts_nl block), by language and question id. practice.Facts
	// puts them in place of the English ones for a viewer in that
	// language; practice.Verify checks that every name and list has one.
	FactTexts map[locale.Lang]map[string]TextFact
	// Notes are the teaching notes by question id: why the facts answer
	// that question the way they do.
	Notes map[string]playbook.Text
	// File is the case file's name, Pos where its parts start.
	File string
	Pos  Positions
}

// Positions are where a case's parts start in its file, for problems
// found after loading (the facts do not parse, the coach disagrees).
type Positions struct {
	ID      playbook.Pos
	Verdict playbook.Pos
	Facts   playbook.Pos
	Notes   map[string]playbook.Pos
	// FactTexts is where each facts_<lang> block starts.
	FactTexts map[locale.Lang]playbook.Pos
}

// HasTag reports whether the case carries tag.
func (c *Case) HasTag(tag string) bool {
	for _, t := range c.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// Note returns the teaching note on question id in lang, or "".
func (c *Case) Note(id string, lang locale.Lang) string {
	t, ok := c.Notes[id]
	if !ok {
		return ""
	}
	return t.In(lang)
}

// NoteIDs returns the ids of the questions with a teaching note, sorted.
func (c *Case) NoteIDs() []string {
	ids := make([]string, 0, len(c.Notes))
	for id := range c.Notes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Library is a set of cases in a fixed order (by file name), so every list
// and every recommendation comes out the same for the same library.
type Library struct {
	Cases []*Case
	byID  map[string]*Case
}

// NewLibrary makes a library of cs, in the order given. Ids must be
// unique; LoadFS guarantees that, tests building libraries by hand must.
func NewLibrary(cs []*Case) *Library {
	l := &Library{Cases: cs, byID: make(map[string]*Case, len(cs))}
	for _, c := range cs {
		l.byID[c.ID] = c
	}
	return l
}

// Case returns the case with id.
func (l *Library) Case(id string) (*Case, bool) {
	c, ok := l.byID[id]
	return c, ok
}

// IDs returns every case id in library order.
func (l *Library) IDs() []string {
	ids := make([]string, len(l.Cases))
	for i, c := range l.Cases {
		ids[i] = c.ID
	}
	return ids
}

// Tagged returns the cases that carry tag, in library order.
func (l *Library) Tagged(tag string) []*Case {
	var out []*Case
	for _, c := range l.Cases {
		if c.HasTag(tag) {
			out = append(out, c)
		}
	}
	return out
}
