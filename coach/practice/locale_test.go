package practice_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/selfcheck"
)

// TestLocaleKeys: every name the practice API hands to the UI by key has
// a string in both languages (content/locale tests parity of the rest).
func TestLocaleKeys(t *testing.T) {
	var keys []string
	for _, tag := range cases.KnownTags() {
		keys = append(keys, "practice.tag."+tag)
	}
	for _, tr := range selfcheck.Traits() {
		keys = append(keys, "practice.trait."+string(tr))
	}
	for _, term := range selfcheck.Terms() {
		keys = append(keys, "practice.term."+string(term))
	}
	for _, why := range []practice.Why{practice.WhyFresh, practice.WhyOldest} {
		keys = append(keys, "practice.recommend."+string(why))
	}
	for _, m := range []practice.Mode{practice.Learn, practice.Exam} {
		keys = append(keys, "practice.mode."+string(m))
	}
	for r := selfcheck.MinRating; r <= selfcheck.MaxRating; r++ {
		keys = append(keys, "practice.selfcheck.scale."+strconv.Itoa(r))
	}
	for _, lang := range locale.Langs() {
		cat := locale.MustLoad(lang)
		for _, k := range keys {
			assert.True(t, cat.Has(k), "%s: %s", lang, k)
		}
	}
}
