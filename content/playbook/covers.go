package playbook

import (
	"strings"
	"unicode"
)

// Covers reports whether con says what drawback says, in other words: a
// con covers a drawback when it holds most (more than half) of the
// drawback's significant words, compared after a light normalisation in
// English and Dutch (case, punctuation and hyphens, filler words, plural
// and inflection endings). "One-year term" covers "fixed one-year term";
// "takes time" does not cover "takes 4 hours a month". A drawback with no
// significant word is covered only by the same text.
//
// It is pure and cheap: the coach runs it on every keystroke, and the
// default playbook's conditions call it as covered(drawback, cons).
func Covers(con, drawback string) bool {
	return covers(significant(drawback), con, drawback)
}

// CoveredBy reports whether any of cons covers drawback. The drawback's
// words are normalised once for all the cons.
func CoveredBy(drawback string, cons []string) bool {
	want := significant(drawback)
	for _, c := range cons {
		if covers(want, c, drawback) {
			return true
		}
	}
	return false
}

// covers is Covers with the drawback's significant words at hand.
func covers(want []string, con, drawback string) bool {
	if len(want) == 0 {
		return strings.EqualFold(strings.TrimSpace(con), strings.TrimSpace(drawback))
	}
	have := significant(con)
	hits := 0
	for _, w := range want {
		for _, h := range have {
			if w == h {
				hits++
				break
			}
		}
	}
	return hits*2 > len(want)
}

// significant returns the normalised significant words of s, each once.
func significant(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if fillers[w] {
			continue
		}
		w = stem(w)
		dup := false
		for _, x := range out {
			if x == w {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, w)
		}
	}
	return out
}

// stem strips the endings that differ between two ways of saying the same
// thing (months/month, maanden/maand, vaste/vast) and folds doubled
// vowels (week/weken, uur/uren), applied alike to both sides.
func stem(w string) string {
	// The endings are ASCII, so byte slicing is safe; the length limits
	// keep short words ("us", "een") whole.
	switch n := len(w); {
	case n > 4 && strings.HasSuffix(w, "en"):
		w = w[:n-2]
	case n > 3 && (w[n-1] == 's' || w[n-1] == 'e'):
		w = w[:n-1]
	}
	doubled := false
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && strings.IndexByte("aeiou", w[i]) >= 0 {
			doubled = true
			break
		}
	}
	if !doubled {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] && strings.IndexByte("aeiou", w[i]) >= 0 {
			continue
		}
		b = append(b, w[i])
	}
	return string(b)
}

// fillers are words that carry no meaning of their own in a short
// drawback, in English and Dutch. Negations are among them: "no link with
// billing" and "a link with billing" name the same subject.
var fillers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the of to in on at by for from with and or but nor not no is are be been
		it its this that these those your you they their them we our us will can may
		must per after before than then into out over up about each every any all
		de het een van voor en of met in op te is zijn aan bij om door naar die dat
		er na dan als niet geen maar uit over per tot je jij jouw ze zij hun wij we ons
		onze elke alle ook nog wel wordt worden heeft hebben kan kunnen moet moeten`) {
		m[w] = true
	}
	return m
}()
