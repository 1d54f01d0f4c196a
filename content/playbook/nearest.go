package playbook

// Nearest returns the candidate closest to word by edit distance, or ""
// when none is close enough to be a plausible typo. Used to answer an
// unknown key with "did you mean ...?".
func Nearest(word string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := distance(word, c)
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	// Allow roughly one typo per three letters, at least two.
	limit := max(2, len([]rune(word))/3)
	if bestD < 0 || bestD > limit {
		return ""
	}
	return best
}

// distance is the edit distance between a and b, in runes, counting a
// swap of two neighbours as one edit ("kidn" is one typo from "kind"):
// the optimal string alignment distance.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		// Long keys are never typos of ours; skip the quadratic work.
		return 1 << 20
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
