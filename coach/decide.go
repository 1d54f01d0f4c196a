package coach

import (
	"sort"

	"github.com/winwincoach/winwin/content/playbook"
)

// sideState gathers why a side wins or loses.
type sideState struct {
	knockout        bool // a knockout flag of this side is raised
	readinessFailed bool // client only: readiness lost, by score or knockout
	otherFailed     bool // a pillar other than readiness lost
	decline         bool // a raised knockout of this side asks for a "no"
}

// decide sets the outcomes, quadrant, decision and reasons. The rules are
// the coach model of DESIGN.md: a side wins when its pillars reach the bar
// and none of its knockouts fires; the decision follows from the quadrant
// and from why a side loses.
func (c *Coach) decide(a *Assessment, qs []questionScore) {
	var client, seller sideState
	for _, f := range a.Flags {
		s := &seller
		if f.Side == playbook.Client {
			s = &client
		}
		if f.Severity == playbook.Knockout {
			s.knockout = true
			if f.Pillar == playbook.Readiness {
				s.readinessFailed = true
			} else {
				s.otherFailed = true
			}
		}
		if fl := c.flagDef(f.ID); fl != nil && fl.Decline != "" && f.Severity == playbook.Knockout {
			s.decline = true
		}
	}
	bar := c.pb.Bar
	if sc := a.Scores.Readiness; sc.Known && sc.Value < bar {
		client.readinessFailed = true
	}
	if sc := a.Scores.Disclosure; sc.Known && sc.Value < bar {
		client.otherFailed = true
	}
	if sc := a.Scores.Margin; sc.Known && sc.Value < bar {
		seller.otherFailed = true
	}
	// A side is called only when its pillars have scores and its decisive
	// questions (the price, the client's stage, ...) are scored; until
	// then it is open, unless a knockout or a failing pillar already lost it.
	a.Outcome.Client = outcome(client, a.Scores.Readiness.Known && a.Scores.Disclosure.Known && !a.pending[0] && !a.pending[1])
	a.Outcome.Seller = outcome(seller, a.Scores.Margin.Known && !a.pending[2])
	if a.Outcome.Client == Open || a.Outcome.Seller == Open {
		a.Provisional = true
	}

	clientWins, sellerWins := a.Outcome.Client != Lose, a.Outcome.Seller != Lose
	switch {
	case sellerWins && clientWins:
		a.Quadrant, a.Decision = WinWin, Go
	case sellerWins:
		a.Quadrant = WinLose
		a.Decision = SayNo
		if !client.readinessFailed {
			a.Decision = GoAfterFixes
		}
	case clientWins:
		a.Quadrant = LoseWin
		a.Decision = Renegotiate
		if seller.decline {
			a.Decision = SayNo
		}
	default:
		a.Quadrant, a.Decision = LoseLose, SayNo
	}
	lang := c.cat.Lang()
	if d := c.pb.Decisions[string(a.Decision)]; d != nil {
		a.DecisionTitle, a.Summary = d.Title.In(lang), d.Summary.In(lang)
	}
	a.Reasons = c.reasons(a, qs)
}

func outcome(s sideState, allKnown bool) Outcome {
	switch {
	case s.knockout || s.readinessFailed || s.otherFailed:
		return Lose
	case !allKnown:
		return Open
	}
	return Win
}

func (c *Coach) flagDef(id string) *playbook.Flag {
	for _, f := range c.pb.Flags {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// reasons explains the decision: every knockout, every pillar below the
// bar with its weakest answers, or, for a win-win, the scores that clear
// it; and whether the verdict is provisional.
func (c *Coach) reasons(a *Assessment, qs []questionScore) []Reason {
	var out []Reason
	for _, f := range a.Flags {
		if f.Severity == playbook.Knockout {
			out = append(out, Reason{Text: f.Message, Because: f.Because})
		}
	}
	bar := c.pb.Bar
	for _, p := range playbook.Pillars() {
		sc := a.Scores.Pillar(p)
		if !sc.Known || sc.Value >= bar {
			continue
		}
		out = append(out, Reason{
			Text:    c.cat.T("coach.reason.pillar_low", c.cat.T("pillar."+string(p)), sc.Int(), int(bar)),
			Because: weakest(qs, p, bar),
		})
	}
	// Only sides that are decided clear the bar; an open side has no
	// score to quote (it would read as 0).
	if a.Outcome.Client == Win && a.Outcome.Seller == Win {
		out = append(out, Reason{Text: c.cat.T("coach.reason.all_clear", a.Scores.Client.Int(), a.Scores.Seller.Int(), int(bar))})
	}
	for _, side := range []struct {
		o   Outcome
		key string
	}{{a.Outcome.Client, "coach.reason.client_open"}, {a.Outcome.Seller, "coach.reason.seller_open"}} {
		if side.o == Open {
			out = append(out, Reason{Text: c.cat.T(side.key)})
		}
	}
	if a.Provisional {
		out = append(out, Reason{Text: c.cat.T("coach.reason.provisional", a.Unknown, a.Scored)})
	}
	return out
}

// weakest names the answers of pillar p that score below the bar, lowest
// first, at most three.
func weakest(qs []questionScore, p playbook.Pillar, bar float64) []string {
	var low []questionScore
	for _, s := range qs {
		if s.q.Pillar == p && s.score < bar {
			low = append(low, s)
		}
	}
	sort.SliceStable(low, func(i, j int) bool { return low[i].score < low[j].score })
	out := make([]string, 0, 3)
	for i := 0; i < len(low) && i < 3; i++ {
		out = append(out, low[i].q.ID)
	}
	return out
}
