package coach

import (
	"strings"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// advise fills the talking points, the actions, the find-out list, the
// model sentences, the margin and the walk-away line.
//
// The actions come most important first, for the verdict's card to show
// the first three, and each piece of advice once: an action whose id is
// already listed (a fix and a decision's advice that say the same) is
// left out. A "no" is coached as a no: how to decline and the say-no
// advice, none of the fixes or talking points that would sell the deal.
func (c *Coach) advise(e *eval, a *Assessment, ans Answers) {
	lang := c.cat.Lang()
	a.Talk = talkingPoints(ans)

	l := actionList{seen: map[string]bool{}}
	if a.Decision == SayNo {
		l.add(c.declines(a)...)
		c.decisionAdvice(e, a, &l)
	} else {
		// What lost a side first: its knockouts, then its warnings (every
		// warning when no side loses); then the decision's advice.
		losing := func(f Flag) bool {
			o := a.Outcome.Seller
			if f.Side == playbook.Client {
				o = a.Outcome.Client
			}
			return o == Lose || (a.Outcome.Client != Lose && a.Outcome.Seller != Lose)
		}
		if a.Decision == FindOutFirst && c.pb.Decisions[string(FindOutFirst)] == nil {
			// A playbook from before find-out-first: the catalog speaks.
			l.add(Action{ID: "find_out_first", Kind: ActionAdvice, Text: c.cat.T("coach.find_out_first.advice")})
		}
		c.fixes(a, &l, func(f Flag) bool { return f.Severity == playbook.Knockout })
		c.fixes(a, &l, func(f Flag) bool { return f.Severity == playbook.Warning && losing(f) })
		c.decisionAdvice(e, a, &l)
		c.fixes(a, &l, func(f Flag) bool { return f.Severity == playbook.Warning })
		for _, p := range c.pb.Points {
			if !p.Applies(string(a.Decision)) || !e.cond(p.When) {
				continue
			}
			var because []string
			if p.When != nil {
				because = c.because(e, p.When.Reads)
			}
			l.add(Action{ID: p.ID, Kind: ActionPoint, Text: p.Text.In(lang), Because: because})
		}
		c.fixes(a, &l, func(f Flag) bool { return f.Severity == playbook.Info })
	}
	a.Actions = l.list

	c.findOut(e, a)
	c.money(a, ans)
	c.say(a)
}

// actionList collects actions, each id once, the first one given kept.
type actionList struct {
	list []Action
	seen map[string]bool
}

func (l *actionList) add(acts ...Action) {
	for _, x := range acts {
		if x.Text == "" || l.seen[x.ID] {
			continue
		}
		l.seen[x.ID] = true
		l.list = append(l.list, x)
	}
}

// fixes adds the fixes of the raised flags picked.
func (c *Coach) fixes(a *Assessment, l *actionList, pick func(Flag) bool) {
	for _, f := range a.Flags {
		if f.Fix == "" || !pick(f) {
			continue
		}
		id := f.ID
		if def := c.flagDef(f.ID); def != nil {
			id = def.ActionID()
		}
		l.add(Action{ID: id, Kind: ActionFix, Text: f.Fix, Because: f.Because})
	}
}

// decisionAdvice adds the decision's advice, leaving out what the answers
// show is done already (its "unless" holds).
func (c *Coach) decisionAdvice(e *eval, a *Assessment, l *actionList) {
	d := c.pb.Decisions[string(a.Decision)]
	if d == nil {
		return
	}
	for _, adv := range d.Advice {
		if adv.Unless != nil && e.cond(adv.Unless) {
			continue
		}
		l.add(Action{ID: adv.ID, Kind: ActionAdvice, Text: adv.Text.In(c.cat.Lang())})
	}
}

// findOut lists every scored question that is not known (unanswered,
// unknown, or answered with an option that leaves it open), as the
// question to ask, the most decisive first: decisive questions, then by
// weight, then in interview order (the coach's askOrder).
func (c *Coach) findOut(e *eval, a *Assessment) {
	lang := c.cat.Lang()
	if a.Unknown > 0 {
		a.FindOut = make([]FindOut, 0, a.Unknown) // one per unknown scored question
	}
	for _, i := range c.askOrder {
		q := c.pb.Questions[i]
		if (e.known[i] && !openAnswer(e, q)) || !e.applies(q) {
			continue
		}
		text := q.Ask.In(lang)
		if text == "" {
			text = q.Text.In(lang) // a custom playbook without an ask text
		}
		a.FindOut = append(a.FindOut, FindOut{Question: q.ID, Text: text})
	}
}

// declines says how to say no for each kind of "no" the raised flags ask
// for (not yet, not ever, refer, protect), once each. The knockouts say
// which no it is; only when none names one do the warnings (few usable
// benefits: not yet), so a no that protects your group never gets a
// "not yet" from a side remark.
func (c *Coach) declines(a *Assessment) []Action {
	var out []Action
	for _, sev := range []playbook.Severity{playbook.Knockout, playbook.Warning} {
		seen := map[playbook.Decline]int{}
		for _, f := range a.Flags {
			def := c.flagDef(f.ID)
			if def == nil || def.Decline == "" || f.Severity != sev {
				continue
			}
			if i, ok := seen[def.Decline]; ok {
				out[i].Because = appendNew(out[i].Because, f.Because...)
				continue
			}
			text := c.pb.Declines[def.Decline].In(c.cat.Lang())
			seen[def.Decline] = len(out)
			out = append(out, Action{ID: "decline." + string(def.Decline), Kind: ActionDecline, Text: text, Because: append([]string(nil), f.Because...)})
		}
		if len(out) > 0 {
			break
		}
	}
	// A "no" without a knockout behind it (readiness below the bar):
	// the decision's kind of no, because of the weak answers.
	if len(out) == 0 && a.Decline != nil {
		var because []string
		for _, r := range a.Reasons {
			if len(r.Because) > 0 {
				because = r.Because
				break
			}
		}
		out = append(out, Action{ID: "decline." + string(a.Decline.Kind), Kind: ActionDecline, Text: a.Decline.Text, Because: because})
	}
	return out
}

// talkingPoints lists the pros and the cons to explain, adding the offer's
// known drawbacks that the cons leave out.
func talkingPoints(ans Answers) TalkingPoints {
	t := TalkingPoints{Pros: []string{}, Cons: []Con{}}
	pros, _ := ans.List(IDPros)
	for _, p := range pros {
		if p = safetext.Line(p); strings.TrimSpace(p) != "" {
			t.Pros = append(t.Pros, p)
		}
	}
	cons, _ := ans.List(IDCons)
	have := make([]string, 0, len(cons))
	for _, s := range cons {
		if s = safetext.Line(s); strings.TrimSpace(s) != "" {
			t.Cons = append(t.Cons, Con{Text: s})
			have = append(have, s)
		}
	}
	// A drawback is left out when no con says it, in any words: the
	// same test as the playbook's covered(drawback, cons).
	drawbacks, _ := ans.List(IDDrawbacks)
	for _, d := range drawbacks {
		if d = safetext.Line(d); strings.TrimSpace(d) != "" && !playbook.CoveredBy(d, have) {
			t.Cons = append(t.Cons, Con{Text: d, FromOffer: true})
			have = append(have, d)
		}
	}
	return t
}

// normal is the form two list items are compared in; it matches the
// lower(trim(#)) of the playbook's drawbacks_left_out condition.
func normal(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// money fills the price, the margin, the walk-away line and the
// currency.
func (c *Coach) money(a *Assessment, ans Answers) {
	lang := c.cat.Lang()
	a.Currency = c.pb.Currency
	if a.Currency == "" {
		a.Currency = locale.DefaultCurrency(lang)
	}
	price, hasPrice := ans.Num(IDPrice)
	if hasPrice {
		a.Price = &price
	}
	cost, hasCost := ans.Num(IDCost)
	if hasPrice && hasCost {
		m := &Money{Amount: price - cost}
		if price > 0 {
			m.Percent = m.Amount / price * 100
		}
		a.Margin = m
	}
	walk, known := ans.Num(IDWalkAway)
	a.WalkAway.Known = known
	switch {
	case known && walk > 0:
		a.WalkAway.Set, a.WalkAway.Price = true, walk
		a.WalkAway.Line = c.cat.T("coach.walk.set", locale.FormatAmount(lang, a.Currency, walk))
	case known:
		a.WalkAway.Line = c.cat.T("coach.walk.none")
	default:
		a.WalkAway.Line = c.cat.T("coach.walk.unknown")
	}
}

func cleanStr(ans Answers, id string) (string, bool) {
	s, ok := ans.Str(id)
	return safetext.Line(s), ok
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, x := range list {
			if x == it {
				found = true
				break
			}
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}
