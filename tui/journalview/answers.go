package journalview

import (
	"strconv"
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/nav"
)

// questionText is the question's text in the session's language, or its
// id when this playbook does not have it (a deal from another playbook).
func (m Model) questionText(id string) string {
	if q, ok := m.c.Playbook.Question(id); ok {
		return q.Text.In(m.c.Lang())
	}
	return safetext.Line(id)
}

// answerText is an answer as the user gave it: option labels, money with
// the language's separators, list items joined. given is false when the
// question was not answered at all. Answers come from users: they pass
// safetext before they are drawn.
func (m Model) answerText(id string, a coach.Answer, given bool) string {
	cat, lang := m.c.Cat, m.c.Lang()
	switch {
	case !given:
		return cat.T("answer.unanswered")
	case a.Unknown:
		return cat.T("answer.unknown")
	}
	q, _ := m.c.Playbook.Question(id)
	label := func(v string) string {
		if q != nil {
			if o, ok := q.Option(v); ok {
				return o.Label.In(lang)
			}
		}
		return safetext.Line(v)
	}
	switch v := a.Value.(type) {
	case string:
		return label(v)
	case []string:
		if len(v) == 0 {
			return cat.T("journalview.none")
		}
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = label(s)
		}
		return strings.Join(parts, "; ")
	case float64:
		switch {
		case q != nil && q.Optional && v == 0:
			return cat.T("answer.not_set")
		case q != nil && q.Kind == playbook.Money:
			return locale.FormatMoney(lang, v)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		if v {
			return cat.T("answer.yes")
		}
		return cat.T("answer.no")
	}
	return cat.T("answer.unanswered")
}

// clean returns a copy of a stored verdict with every text cleaned of
// escapes and control characters: the verdict quotes what users typed
// (pros, cons, names), and the journal returns it as it was stored.
func clean(a *coach.Assessment) *coach.Assessment {
	if a == nil {
		return nil
	}
	out := *a
	line := safetext.Line
	out.Deal = coach.Deal{Client: line(a.Deal.Client), Offer: line(a.Deal.Offer)}
	out.DecisionTitle, out.Summary = line(a.DecisionTitle), line(a.Summary)
	out.Flags = make([]coach.Flag, len(a.Flags))
	for i, f := range a.Flags {
		f.ID, f.Message, f.Fix, f.Because = line(f.ID), line(f.Message), line(f.Fix), lines(f.Because)
		out.Flags[i] = f
	}
	out.Reasons = make([]coach.Reason, len(a.Reasons))
	for i, r := range a.Reasons {
		out.Reasons[i] = coach.Reason{Text: line(r.Text), Because: lines(r.Because)}
	}
	out.Talk.Pros = lines(a.Talk.Pros)
	out.Talk.Cons = make([]coach.Con, len(a.Talk.Cons))
	for i, c := range a.Talk.Cons {
		out.Talk.Cons[i] = coach.Con{Text: line(c.Text), FromOffer: c.FromOffer}
	}
	out.Actions = make([]coach.Action, len(a.Actions))
	for i, x := range a.Actions {
		out.Actions[i] = coach.Action{Kind: x.Kind, Text: line(x.Text), Because: lines(x.Because)}
	}
	out.FindOut = make([]coach.FindOut, len(a.FindOut))
	for i, f := range a.FindOut {
		out.FindOut[i] = coach.FindOut{Question: line(f.Question), Text: line(f.Text)}
	}
	out.WalkAway.Line = line(a.WalkAway.Line)
	return &out
}

func lines(in []string) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = safetext.Line(s)
	}
	return out
}

// prep opens the interview on a stored revision, to revise its deal.
func prep(s journal.Session) nav.PrepMsg {
	return nav.PrepMsg{Answers: s.Answers, Deal: s.Deal}
}
