package report

import (
	"slices"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// Relocalize returns a copy of a stored verdict with its words in to's
// language, so a deal saved in English reads in Dutch for a Dutch viewer
// (and the other way round). The journal keeps the assessment as the coach
// wrote it, in the language of that session; what it decided is in ids
// and numbers, and the words are derived again from those:
//
//   - the decision's title and summary, from the decision id;
//   - each flag's message and fix, from the flag id;
//   - what to find out, from the question id;
//   - the walk-away line, from the stored price;
//   - the reasons, from the flag they quote or the catalog sentence they
//     are (recognised by rendering it in the stored language, from);
//   - the actions, from the flag whose fix they are, or the playbook text
//     (a kind of no, a decision's advice, a talking point) they equal in
//     the stored language.
//
// Playbook words come from pb only when the verdict was made with a
// playbook of pb's id. Whatever cannot be derived — an id this playbook
// no longer has, a text no current sentence matches, what the user typed
// (names, pros, cons) — keeps its stored text, so old verdicts always
// show. from is the catalog of the stored language (a.Lang); nil when that
// language is unknown, which leaves only the id-derived words.
//
// It is pure and leaves a unchanged; Lang keeps the language the verdict
// was made in.
func Relocalize(a *coach.Assessment, pb *playbook.Playbook, from, to *locale.Catalog) *coach.Assessment {
	if a == nil || to == nil {
		return a
	}
	r := relocalizer{a: a, from: from, to: to, lang: to.Lang(), fromLang: locale.Lang(a.Lang)}
	if pb != nil && pb.ID == a.Playbook.ID {
		r.pb = pb
	}
	out := *a
	out.DecisionTitle, out.Summary = r.decision()
	out.Decline = r.decline()
	out.Flags = r.flags()
	out.Reasons = r.reasons(out.Flags)
	out.Actions = r.actions(out.Flags)
	out.FindOut = r.findOut()
	out.WalkAway.Line = r.walkLine()
	if r.pb != nil && len(a.Say) > 0 {
		// The card's sentences, said again in to's language from the
		// verdict's own numbers and names.
		out.Say = coach.Sentences(&out, r.pb, r.lang)
	}
	return &out
}

// decline is the kind of no in the viewer's words: the playbook's text
// for the kind, else the catalog's, else the stored text.
func (r relocalizer) decline() *coach.DeclineAdvice {
	d := r.a.Decline
	if d == nil {
		return nil
	}
	out := *d
	if r.pb != nil {
		if t := r.pb.Declines[d.Kind].In(r.lang); t != "" {
			out.Text = t
			return &out
		}
	}
	if key := "decline." + string(d.Kind); r.to.Has(key) {
		out.Text = r.to.T(key)
	}
	return &out
}

// relocalizer carries one Relocalize call.
type relocalizer struct {
	a        *coach.Assessment
	pb       *playbook.Playbook // nil: another playbook made the verdict
	from, to *locale.Catalog
	lang     locale.Lang // to's
	fromLang locale.Lang // the stored one
}

func (r relocalizer) decision() (title, summary string) {
	if r.pb != nil {
		if d := r.pb.Decisions[string(r.a.Decision)]; d != nil {
			return d.Title.In(r.lang), d.Summary.In(r.lang)
		}
	}
	return r.a.DecisionTitle, r.a.Summary
}

func (r relocalizer) flagDef(id string) *playbook.Flag {
	if r.pb == nil {
		return nil
	}
	for _, f := range r.pb.Flags {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// flags renders each flag's message and fix from its id. The result is
// index for index the stored flags, which reasons and actions rely on.
func (r relocalizer) flags() []coach.Flag {
	out := make([]coach.Flag, len(r.a.Flags))
	for i, f := range r.a.Flags {
		if def := r.flagDef(f.ID); def != nil {
			f.Message, f.Fix = def.Message.In(r.lang), def.Fix.In(r.lang)
		}
		f.Because = slices.Clone(f.Because)
		out[i] = f
	}
	return out
}

// reasons renders each reason again: a knockout's message from its flag,
// a catalog sentence from the numbers of the verdict.
func (r relocalizer) reasons(flags []coach.Flag) []coach.Reason {
	var sentences map[string]string
	if r.from != nil {
		sentences = r.reasonSentences()
	}
	out := make([]coach.Reason, len(r.a.Reasons))
	for i, x := range r.a.Reasons {
		text := x.Text
		if j := indexOf(r.a.Flags, func(f coach.Flag) bool { return f.Message == x.Text }); j >= 0 {
			text = flags[j].Message
		} else if s, ok := sentences[x.Text]; ok {
			text = s
		}
		out[i] = coach.Reason{Text: text, Because: slices.Clone(x.Because)}
	}
	return out
}

// reasonSentences maps every sentence the coach can give as a reason for
// this verdict, in the stored language, to the same sentence in to's.
func (r relocalizer) reasonSentences() map[string]string {
	m := map[string]string{}
	add := func(key string, args ...any) { m[r.from.T(key, args...)] = r.to.T(key, args...) }
	bar := int(r.a.Bar)
	for _, p := range playbook.Pillars() {
		if sc := r.a.Scores.Pillar(p); sc.Known {
			k := "pillar." + string(p)
			m[r.from.T("coach.reason.pillar_low", r.from.T(k), sc.Int(), bar)] = r.to.T("coach.reason.pillar_low", r.to.T(k), sc.Int(), bar)
		}
	}
	add("coach.reason.all_clear", r.a.Scores.Client.Int(), r.a.Scores.Seller.Int(), bar)
	add("coach.reason.client_open")
	add("coach.reason.seller_open")
	add("coach.reason.provisional", r.a.Unknown, r.a.Scored)
	return m
}

// actions renders each action from where it came: a flag's fix, a kind of
// no, a decision's advice or a talking point.
func (r relocalizer) actions(flags []coach.Flag) []coach.Action {
	out := make([]coach.Action, len(r.a.Actions))
	for i, x := range r.a.Actions {
		text := x.Text
		switch x.Kind {
		case coach.ActionFix:
			if j := indexOf(r.a.Flags, func(f coach.Flag) bool { return f.Fix == x.Text }); j >= 0 {
				text = flags[j].Fix
			}
		default:
			if t, ok := r.playbookText(x.Kind, x.Text); ok {
				text = t
			}
		}
		out[i] = coach.Action{ID: x.ID, Kind: x.Kind, Text: text, Because: slices.Clone(x.Because)}
	}
	return out
}

// playbookText finds the playbook text of kind that reads stored in the
// stored language, and returns it in to's.
func (r relocalizer) playbookText(kind coach.ActionKind, stored string) (string, bool) {
	if r.pb == nil {
		return "", false
	}
	var candidates []playbook.Text
	switch kind {
	case coach.ActionDecline:
		for _, d := range playbook.Declines() {
			candidates = append(candidates, r.pb.Declines[d])
		}
	case coach.ActionAdvice:
		if d := r.pb.Decisions[string(r.a.Decision)]; d != nil {
			for _, adv := range d.Advice {
				candidates = append(candidates, adv.Text)
			}
		}
	case coach.ActionPoint:
		for _, p := range r.pb.Points {
			candidates = append(candidates, p.Text)
		}
	}
	for _, t := range candidates {
		if t != nil && t.In(r.fromLang) == stored {
			return t.In(r.lang), true
		}
	}
	return "", false
}

func (r relocalizer) findOut() []coach.FindOut {
	out := make([]coach.FindOut, len(r.a.FindOut))
	for i, f := range r.a.FindOut {
		if r.pb != nil {
			if q, ok := r.pb.Question(f.Question); ok && q.Ask != nil {
				f.Text = q.Ask.In(r.lang)
			}
		}
		out[i] = f
	}
	return out
}

// walkLine is the walk-away line from the stored price, as the coach
// words it.
func (r relocalizer) walkLine() string {
	w := r.a.WalkAway
	switch {
	case w.Known && w.Set:
		cur := r.a.Currency
		if cur == "" {
			cur = locale.DefaultCurrency(r.lang)
		}
		return r.to.T("coach.walk.set", locale.FormatAmount(r.lang, cur, w.Price))
	case w.Known:
		return r.to.T("coach.walk.none")
	case w.Line == "":
		return ""
	}
	return r.to.T("coach.walk.unknown")
}

func indexOf[T any](s []T, match func(T) bool) int {
	for i, x := range s {
		if match(x) {
			return i
		}
	}
	return -1
}

// ForViewer is Relocalize with the catalog of the stored language taken
// from the embedded ones (to itself when the languages are the same). A
// verdict without a known language gets only its id-derived words.
func ForViewer(a *coach.Assessment, pb *playbook.Playbook, to *locale.Catalog) *coach.Assessment {
	if a == nil || to == nil {
		return a
	}
	from := to
	if l := locale.Lang(a.Lang); l != to.Lang() {
		from = nil
		if l.Valid() {
			if c, err := locale.Load(l); err == nil {
				from = c
			}
		}
	}
	return Relocalize(a, pb, from, to)
}
