package practice

import (
	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// questionPillars maps every question to the pillar a wrong answer to it
// counts against: the question's own pillar; else the pillar of the first
// flag whose condition reads it (offer.cost feeds the below-cost flags,
// so margin; disclosure.client_knowledge feeds silent_cons, so
// disclosure); else none. It is derived from the playbook, so a custom
// playbook gets a sensible mapping too.
func questionPillars(pb *playbook.Playbook) map[string]playbook.Pillar {
	out := make(map[string]playbook.Pillar, len(pb.Questions))
	for _, q := range pb.Questions {
		if q.Pillar != "" {
			out[q.ID] = q.Pillar
		}
	}
	for _, f := range pb.Flags {
		if f.Pillar == "" || f.When == nil {
			continue
		}
		for _, i := range f.When.Reads {
			if id := pb.Questions[i].ID; out[id] == "" {
				out[id] = f.Pillar
			}
		}
	}
	return out
}

// clientPillar is the client-side pillar that decided the client's
// outcome in a: the pillar of its first client knockout, else the lower
// of readiness and disclosure.
func clientPillar(a *coach.Assessment) playbook.Pillar {
	for _, f := range a.Flags {
		if f.Side == playbook.Client && f.Severity == playbook.Knockout && f.Pillar != "" {
			return f.Pillar
		}
	}
	if a.Scores.Disclosure.Known && (!a.Scores.Readiness.Known || a.Scores.Disclosure.Value < a.Scores.Readiness.Value) {
		return playbook.Disclosure
	}
	return playbook.Readiness
}
