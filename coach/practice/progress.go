package practice

import (
	"math"
	"sort"

	"github.com/winwincoach/winwin/content/playbook"
)

// RecentAttempts is how many of the latest attempts RecentAverage covers.
const RecentAttempts = 5

// Progress is practice and self-checks over time: what the progress
// screen charts and `winwin progress --json` prints.
type Progress struct {
	// Attempts are every practice attempt, oldest first.
	Attempts []Done `json:"attempts"`
	// Average is the mean score of all attempts, RecentAverage of the last
	// RecentAttempts; both 0 without attempts.
	Average       int `json:"average"`
	RecentAverage int `json:"recent_average"`
	// Missed counts how often each pillar was an attempt's weakest, in
	// pillar order.
	Missed []PillarCount `json:"missed"`
	// SelfChecks are every self-check, oldest first.
	SelfChecks []SelfProfile `json:"self_checks"`
	// Traits are the latest self-check against the earlier ones; empty
	// without self-checks.
	Traits []TraitTrend `json:"traits"`
}

// PillarCount is how often a pillar was missed most.
type PillarCount struct {
	Pillar playbook.Pillar `json:"pillar"`
	Count  int             `json:"count"`
}

// BuildProgress orders attempts and self-checks by time and sums them up.
// The inputs are not changed.
func BuildProgress(attempts []Done, checks []SelfProfile) Progress {
	p := Progress{
		Attempts:   append([]Done{}, attempts...),
		SelfChecks: append([]SelfProfile{}, checks...),
		Traits:     []TraitTrend{},
	}
	sort.SliceStable(p.Attempts, func(i, j int) bool { return p.Attempts[i].At.Before(p.Attempts[j].At) })
	sort.SliceStable(p.SelfChecks, func(i, j int) bool { return p.SelfChecks[i].At.Before(p.SelfChecks[j].At) })
	p.Average = mean(p.Attempts)
	p.RecentAverage = mean(p.Attempts[max(0, len(p.Attempts)-RecentAttempts):])
	for _, pl := range playbook.Pillars() {
		n := 0
		for _, a := range p.Attempts {
			if a.Weakest == pl {
				n++
			}
		}
		p.Missed = append(p.Missed, PillarCount{Pillar: pl, Count: n})
	}
	if n := len(p.SelfChecks); n > 0 {
		latest := p.SelfChecks[n-1]
		p.Traits = Compare(&latest, p.SelfChecks[:n-1])
	}
	return p
}

func mean(ds []Done) int {
	if len(ds) == 0 {
		return 0
	}
	sum := 0
	for _, d := range ds {
		sum += d.Score
	}
	return int(math.Round(float64(sum) / float64(len(ds))))
}
