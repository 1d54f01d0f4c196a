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
	want := significant(drawback)
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

// CoveredBy reports whether any of cons covers drawback.
func CoveredBy(drawback string, cons []string) bool {
	for _, c := range cons {
		if Covers(c, drawback) {
			return true
		}
	}
	return false
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
	r := []rune(w)
	switch {
	case len(r) > 4 && strings.HasSuffix(w, "en"):
		r = r[:len(r)-2]
	case len(r) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "e")):
		r = r[:len(r)-1]
	}
	out := r[:0:0]
	for i, c := range r {
		if i > 0 && c == r[i-1] && strings.ContainsRune("aeiou", c) {
			continue
		}
		out = append(out, c)
	}
	return string(out)
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
