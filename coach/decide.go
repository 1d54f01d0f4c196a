package coach

import (
	"sort"

	"github.com/winwincoach/winwin/content/playbook"
)

// sideState gathers why a side loses. A loss is either one the seller
// can fix in how they sell (disclosure, pressure, claims, the price for
// this client; the seller's own price) or one that calls for a "no"
// (the client is not ready or the offer does not fit them; the deal
// would harm the seller's group or delivery).
type sideState struct {
	hard    bool             // a loss that calls for a "no"
	fixable bool             // a loss the seller can fix
	decline playbook.Decline // the kind of no of the first hard loss
}

func (s *sideState) lost() bool { return s.hard || s.fixable }

// decide sets the outcomes, quadrant, decision and reasons, by the coach
// model of DESIGN.md (v2). A side wins when its pillars reach the bar
// and none of its knockouts fires. A knockout with a kind of no (its
// decline) is a hard loss; one without is fixable. The decision is the
// first rule that holds: say-no (a hard loss on either side),
// renegotiate (the seller loses on price), go-after-fixes (the client
// loses only on what the seller can fix), find-out-first (a side is open
// or the verdict provisional), go.
func (c *Coach) decide(a *Assessment, qs []questionScore) {
	var client, seller sideState
	for _, f := range a.Flags {
		if f.Severity != playbook.Knockout {
			continue
		}
		s := &seller
		if f.Side == playbook.Client {
			s = &client
		}
		def := c.flagDef(f.ID)
		if def != nil && def.Decline != "" {
			if !s.hard {
				s.decline = def.Decline
			}
			s.hard = true
			continue
		}
		s.fixable = true
	}
	bar := c.pb.Bar
	// Readiness below the bar means the client cannot use the offer now:
	// a "not yet". Weak disclosure is the seller's to fix; a weak margin
	// is the seller's price to change.
	if sc := a.Scores.Readiness; sc.Known && sc.Value < bar {
		if !client.hard {
			client.decline = playbook.NotYet
		}
		client.hard = true
	}
	if sc := a.Scores.Disclosure; sc.Known && sc.Value < bar {
		client.fixable = true
	}
	if sc := a.Scores.Margin; sc.Known && sc.Value < bar {
		seller.fixable = true
	}
	// A side is called only when its pillars have scores and its decisive
	// questions (the price, the client's stage, ...) are scored; until
	// then it is open, unless a knockout or a failing pillar already lost it.
	a.Outcome.Client = outcome(client, a.Scores.Readiness.Known && a.Scores.Disclosure.Known && !a.pending[0] && !a.pending[1])
	a.Outcome.Seller = outcome(seller, a.Scores.Margin.Known && !a.pending[2])
	open := a.Outcome.Client == Open || a.Outcome.Seller == Open
	if open {
		a.Provisional = true
	}

	clientWins, sellerWins := a.Outcome.Client != Lose, a.Outcome.Seller != Lose
	switch {
	case sellerWins && clientWins:
		a.Quadrant = WinWin
	case sellerWins:
		a.Quadrant = WinLose
	case clientWins:
		a.Quadrant = LoseWin
	default:
		a.Quadrant = LoseLose
	}
	switch {
	case client.hard || seller.hard:
		a.Decision = SayNo
		kind := client.decline
		if !client.hard {
			kind = seller.decline
		}
		a.Decline = c.declineAdvice(kind)
	case seller.fixable:
		a.Decision = Renegotiate
	case client.fixable:
		a.Decision = GoAfterFixes
	case open || a.Provisional:
		a.Decision = FindOutFirst
	default:
		a.Decision = Go
	}
	lang := c.cat.Lang()
	if d := c.pb.Decisions[string(a.Decision)]; d != nil {
		a.DecisionTitle, a.Summary = d.Title.In(lang), d.Summary.In(lang)
	} else if a.Decision == FindOutFirst {
		// A playbook from before find-out-first: the catalog speaks.
		a.DecisionTitle, a.Summary = c.cat.T("coach.find_out_first.title"), c.cat.T("coach.find_out_first.summary")
	}
	a.Reasons = c.reasons(a, qs)
}

// declineAdvice is the kind of no with the playbook's text for it (the
// kind's name when the playbook has none).
func (c *Coach) declineAdvice(kind playbook.Decline) *DeclineAdvice {
	text := c.pb.Declines[kind].In(c.cat.Lang())
	if text == "" {
		text = c.cat.T("decline." + string(kind))
	}
	return &DeclineAdvice{Kind: kind, Text: text}
}

func outcome(s sideState, allKnown bool) Outcome {
	switch {
	case s.lost():
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
		o    Outcome
		side playbook.Side
		key  string
	}{{a.Outcome.Client, playbook.Client, "coach.reason.client_open"}, {a.Outcome.Seller, playbook.Seller, "coach.reason.seller_open"}} {
		if side.o == Open {
			// Because: the decisive questions the side waits for.
			var because []string
			for _, q := range a.pendingIDs {
				if q.Pillar.Side() == side.side {
					because = append(because, q.ID)
				}
			}
			out = append(out, Reason{Text: c.cat.T(side.key), Because: because})
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
		// A gate (weight 0) adds no points, so it is never a weak answer.
		if s.q.Pillar == p && s.q.Weight > 0 && s.score < bar {
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
