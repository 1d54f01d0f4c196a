package practice

import "github.com/winwincoach/winwin/coach"

// RecentDeals is how many of the latest deals the journal evidence of the
// self-check covers: the same five the statements ask about.
const RecentDeals = 5

// Evidence is what the journal shows beside two claims of the
// self-check: how many of the seller's latest deals named at least one
// con to the client, and how many set a walk-away price.
type Evidence struct {
	Deals     int `json:"deals"`
	ConsNamed int `json:"cons_named"`
	FloorSet  int `json:"floor_set"`
}

// JournalEvidence counts the last RecentDeals of deals (each deal's
// latest answers, oldest first). An unknown answer counts as not done.
func JournalEvidence(deals []coach.Answers) Evidence {
	var e Evidence
	for _, a := range deals[max(0, len(deals)-RecentDeals):] {
		e.Deals++
		if c, ok := a["disclosure.cons"]; ok && !c.Unknown {
			if l, _ := c.Value.([]string); len(l) > 0 {
				e.ConsNamed++
			}
		}
		if w, ok := a["seller.walk_away"]; ok && !w.Unknown {
			if v, _ := w.Value.(float64); v > 0 {
				e.FloorSet++
			}
		}
	}
	return e
}
