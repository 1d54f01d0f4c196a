package coach

import (
	"strings"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// advise fills the talking points, the actions, the find-out list, the
// margin and the walk-away line.
func (c *Coach) advise(e *eval, a *Assessment, ans Answers) {
	lang := c.cat.Lang()
	a.Talk = talkingPoints(ans)

	for _, f := range a.Flags {
		if f.Fix != "" && f.Severity != playbook.Info {
			a.Actions = append(a.Actions, Action{Kind: ActionFix, Text: f.Fix, Because: f.Because})
		}
	}
	if a.Decision == SayNo {
		a.Actions = append(a.Actions, c.declines(a)...)
	}
	if d := c.pb.Decisions[string(a.Decision)]; d != nil {
		for _, t := range d.Advice {
			a.Actions = append(a.Actions, Action{Kind: ActionAdvice, Text: t.In(lang)})
		}
	} else if a.Decision == FindOutFirst {
		a.Actions = append(a.Actions, Action{Kind: ActionAdvice, Text: c.cat.T("coach.find_out_first.advice")})
	}
	for _, p := range c.pb.Points {
		if e.cond(p.When) {
			var because []string
			if p.When != nil {
				because = c.because(e, p.When.Reads)
			}
			a.Actions = append(a.Actions, Action{Kind: ActionPoint, Text: p.Text.In(lang), Because: because})
		}
	}
	for _, f := range a.Flags {
		if f.Fix != "" && f.Severity == playbook.Info {
			a.Actions = append(a.Actions, Action{Kind: ActionFix, Text: f.Fix, Because: f.Because})
		}
	}

	c.findOut(e, a)
	c.money(a, ans)
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
// for (not yet, not ever, refer, protect), once each.
func (c *Coach) declines(a *Assessment) []Action {
	var out []Action
	seen := map[playbook.Decline]int{}
	for _, f := range a.Flags {
		def := c.flagDef(f.ID)
		if def == nil || def.Decline == "" {
			continue
		}
		if i, ok := seen[def.Decline]; ok {
			out[i].Because = appendNew(out[i].Because, f.Because...)
			continue
		}
		text := c.pb.Declines[def.Decline].In(c.cat.Lang())
		seen[def.Decline] = len(out)
		out = append(out, Action{Kind: ActionDecline, Text: text, Because: append([]string(nil), f.Because...)})
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
		out = append(out, Action{Kind: ActionDecline, Text: a.Decline.Text, Because: because})
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

// money fills the margin and the walk-away line.
func (c *Coach) money(a *Assessment, ans Answers) {
	lang := c.cat.Lang()
	price, hasPrice := ans.Num(IDPrice)
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
		a.WalkAway.Line = c.cat.T("coach.walk.set", locale.FormatMoney(lang, walk))
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
