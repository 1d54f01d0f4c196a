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
	// Learn and Exam are the same sums for each mode apart: a score made
	// with the coach's help is not one made without it. An attempt
	// stored without a mode counts as learn.
	Learn ModeStats `json:"learn"`
	Exam  ModeStats `json:"exam"`
	// Missed counts how often each pillar was an attempt's weakest, in
	// pillar order, with that count's share of all attempts.
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
	// Share is Count of all attempts, 0..1 (0 without attempts): one
	// miss in ten attempts is 0.1, not a full bar.
	Share float64 `json:"share"`
}

// ModeStats sums up the attempts of one mode.
type ModeStats struct {
	Count int `json:"count"`
	// Average is the mean score, RecentAverage that of the last
	// RecentAttempts, Best the highest; all 0 without attempts.
	Average       int `json:"average"`
	RecentAverage int `json:"recent_average"`
	Best          int `json:"best"`
}

// Of is the attempts of mode, oldest first; anything but exam is learn.
func (p Progress) Of(mode Mode) []Done {
	out := []Done{}
	for _, a := range p.Attempts {
		if (a.Mode == Exam) == (mode == Exam) {
			out = append(out, a)
		}
	}
	return out
}

// stats sums up attempts ordered oldest first.
func stats(ds []Done) ModeStats {
	s := ModeStats{Count: len(ds), Average: mean(ds), RecentAverage: mean(ds[max(0, len(ds)-RecentAttempts):])}
	for _, d := range ds {
		s.Best = max(s.Best, d.Score)
	}
	return s
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
		pc := PillarCount{Pillar: pl, Count: n}
		if len(p.Attempts) > 0 {
			pc.Share = float64(n) / float64(len(p.Attempts))
		}
		p.Missed = append(p.Missed, pc)
	}
	p.Learn, p.Exam = stats(p.Of(Learn)), stats(p.Of(Exam))
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
