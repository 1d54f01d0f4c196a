package coach

import (
	"strings"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// say fills the model sentences of the verdict's card: for a "no" one per
// kind of no the verdict gives (how to decline), else one for the
// decision. Each comes from the playbook's alternatives, the first whose
// placeholders the answers can fill.
func (c *Coach) say(a *Assessment) {
	a.Say = Sentences(a, c.pb, c.cat.Lang())
}

// Sentences are the model sentences of a in lang, from pb's alternatives:
// what the coach says, and what a saved verdict says again in another
// language.
func Sentences(a *Assessment, pb *playbook.Playbook, lang locale.Lang) []Say {
	vals := SayValues(a, lang)
	var keys []string
	for _, k := range a.Declined() {
		keys = append(keys, string(k))
	}
	if len(keys) == 0 {
		keys = []string{string(a.Decision)}
	}
	var out []Say
	for _, k := range keys {
		for _, alt := range pb.Say[k] {
			if s, ok := Fill(alt.In(lang), vals); ok {
				out = append(out, Say{Kind: k, Text: s})
				break
			}
		}
	}
	return out
}

// SayValues are what the placeholders of a model sentence stand for in
// a, written in lang; a placeholder the answers do not fill is missing.
func SayValues(a *Assessment, lang locale.Lang) map[string]string {
	cur := a.Currency
	if cur == "" {
		cur = locale.DefaultCurrency(lang)
	}
	vals := map[string]string{"client": strings.TrimSpace(a.Deal.Client)}
	if a.Price != nil {
		vals["price"] = locale.FormatAmount(lang, cur, *a.Price)
		// A floor to name is one above the price: offering "your floor"
		// below the price you planned would be a discount.
		if a.WalkAway.Set && a.WalkAway.Price > *a.Price {
			vals["floor"] = locale.FormatAmount(lang, cur, a.WalkAway.Price)
		}
	}
	vals["con"] = conThatMatters(a.Talk.Cons)
	if len(a.FindOut) > 0 {
		vals["ask"] = a.FindOut[0].Text
	}
	return vals
}

// conThatMatters is the con to name first: a known drawback of the offer
// left out of the seller's cons, else the first con they plan to name.
func conThatMatters(cons []Con) string {
	for _, x := range cons {
		if x.FromOffer {
			return x.Text
		}
	}
	if len(cons) > 0 {
		return cons[0].Text
	}
	return ""
}

// Fill replaces every {name} in text with its value; it fails when one
// has no value, so the next alternative is tried.
func Fill(text string, vals map[string]string) (string, bool) {
	var b strings.Builder
	for {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			b.WriteString(text)
			return b.String(), true
		}
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			b.WriteString(text)
			return b.String(), true
		}
		v := vals[text[i+1:i+j]]
		if v == "" {
			return "", false
		}
		b.WriteString(text[:i])
		b.WriteString(v)
		text = text[i+j+1:]
	}
}

// Declined are the kinds of no the verdict gives, in its order.
func (a *Assessment) Declined() []playbook.Decline {
	var out []playbook.Decline
	for _, x := range a.Actions {
		if x.Kind == ActionDecline {
			out = append(out, playbook.Decline(strings.TrimPrefix(x.ID, "decline.")))
		}
	}
	return out
}
