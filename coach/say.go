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
	vals := c.sayValues(a)
	var keys []string
	for _, x := range a.Actions {
		if x.Kind == ActionDecline {
			keys = append(keys, strings.TrimPrefix(x.ID, "decline."))
		}
	}
	if len(keys) == 0 {
		keys = []string{string(a.Decision)}
	}
	lang := c.cat.Lang()
	for _, k := range keys {
		for _, alt := range c.pb.Say[k] {
			if s, ok := fill(alt.In(lang), vals); ok {
				a.Say = append(a.Say, Say{Kind: k, Text: s})
				break
			}
		}
	}
}

// sayValues are what the placeholders stand for, where the answers say it.
func (c *Coach) sayValues(a *Assessment) map[string]string {
	lang := c.cat.Lang()
	vals := map[string]string{"client": strings.TrimSpace(a.Deal.Client)}
	if a.Price != nil {
		vals["price"] = locale.FormatAmount(lang, a.Currency, *a.Price)
		// A floor to name is one above the price: offering "your floor"
		// below the price you planned would be a discount.
		if a.WalkAway.Set && a.WalkAway.Price > *a.Price {
			vals["floor"] = locale.FormatAmount(lang, a.Currency, a.WalkAway.Price)
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

// fill replaces every {name} in text with its value; it fails when one
// has no value, so the next alternative is tried.
func fill(text string, vals map[string]string) (string, bool) {
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
