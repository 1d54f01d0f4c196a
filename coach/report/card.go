package report

import (
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
)

// card is what a seller reads five minutes before the call: the decision
// and why, the quadrant in words, the three things to do, the sentence to
// say and the money.
func (l *layout) card() Card {
	a, cat := l.a, l.cat
	c := Card{
		Quadrant: a.Quadrant,
		Decision: a.Decision,
		Title:    a.DecisionTitle,
		Words:    Words(a, cat),
		Money:    MoneyLine(a, cat),
	}
	if c.Title == "" {
		c.Title = cat.T("decision." + string(a.Decision))
	}
	switch {
	case len(a.Reasons) > 0:
		c.Why, c.WhyLink = a.Reasons[0].Text, l.link(a.Reasons[0].Because)
	default:
		c.Why = a.Summary
	}
	if a.Provisional {
		c.Provisional = cat.T("report.provisional", a.Unknown, a.Scored)
	}
	for _, x := range top(a) {
		c.Actions = append(c.Actions, Item{Mark: "→", Tone: Accent, Text: x.Text, Link: l.link(x.Because)})
	}
	for _, s := range a.Say {
		it := Item{Text: s.Text}
		if k := "report.card.kind." + s.Kind; cat.Has(k) {
			it.Kind = cat.T(k)
		}
		c.Say = append(c.Say, it)
	}
	return c
}

// top are the actions that matter most: the coach lists them in that
// order. A verdict that waits on answers leads with its questions.
func top(a *coach.Assessment) []coach.Action {
	var out []coach.Action
	if a.Decision == coach.FindOutFirst && len(a.FindOut) > 0 {
		for _, f := range a.FindOut {
			out = append(out, coach.Action{Text: f.Text, Because: []string{f.Question}})
		}
	} else {
		out = a.Actions
	}
	return out[:min(CardActions, len(out))]
}

// Words is the quadrant in words, seller first ("win-lose: you win, the
// client loses"), marked "so far" while a side is open.
func Words(a *coach.Assessment, cat *locale.Catalog) string {
	w := cat.T("report.card.quadrant." + string(a.Quadrant))
	if a.Outcome.Client == coach.Open || a.Outcome.Seller == coach.Open {
		w += " " + cat.T("report.card.so_far")
	}
	return w
}

// MoneyLine is the price, the margin and the floor with the currency,
// each said to be unknown when it is.
func MoneyLine(a *coach.Assessment, cat *locale.Catalog) string {
	lang, cur := cat.Lang(), a.Currency
	if cur == "" {
		// A verdict saved before the currency was: the default one.
		cur = locale.DefaultCurrency(lang)
	}
	parts := make([]string, 0, 3)
	if a.Price != nil {
		parts = append(parts, cat.T("report.card.price", locale.FormatAmount(lang, cur, *a.Price)))
	} else {
		parts = append(parts, cat.T("report.card.no_price"))
	}
	if a.Margin != nil {
		parts = append(parts, cat.T("report.card.margin", locale.FormatAmount(lang, cur, a.Margin.Amount), locale.FormatPercent(lang, a.Margin.Percent)))
	} else {
		parts = append(parts, cat.T("report.card.no_margin"))
	}
	switch {
	case a.WalkAway.Set:
		parts = append(parts, cat.T("report.card.floor", locale.FormatAmount(lang, cur, a.WalkAway.Price)))
	case a.WalkAway.Known:
		parts = append(parts, cat.T("report.card.no_floor"))
	default:
		parts = append(parts, cat.T("report.card.floor_unknown"))
	}
	return strings.Join(parts, " · ")
}

// DecisionMark is a saved verdict's decision for a list (the journal,
// `winwin history`), marked when it was provisional: a verdict on open
// answers is not one to act on.
func DecisionMark(cat *locale.Catalog, d coach.Decision, provisional bool) string {
	s := cat.T("decision." + string(d))
	if provisional {
		s += " " + cat.T("report.provisional_mark")
	}
	return s
}

// TodoKey is the catalog key of the card's actions heading: the questions
// to ask, in order, when the verdict waits on them.
func TodoKey(c Card) string {
	if c.Decision == coach.FindOutFirst {
		return "report.card.todo_ask"
	}
	return "report.card.todo"
}
