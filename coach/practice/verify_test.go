package practice_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
)

// A trainer's case that loads (its shape is fine) but does not verify.
const trainerCase = `id: my-case
title: {en: "Mine", nl: "Van mij"}
pillar: margin
story: {en: "A story.", nl: "Een verhaal."}
verdict:
  quadrant: win-win
  decision: go
facts:
  offer:
    cost: 1000
  seller:
    price: 500
    strategic_reason: none
notes:
  seller.price: {en: "Below cost.", nl: "Onder de kostprijs."}
  seller.prise: {en: "Typo.", nl: "Tikfout."}
  client.name: {en: "Names are not compared.", nl: "Namen worden niet vergeleken."}
`

func TestVerify(t *testing.T) {
	c := newCoach(t, locale.EN)
	cs, err := cases.Parse([]byte(trainerCase), "mine/my-case.yaml")
	require.NoError(t, err)
	got := practice.Verify(c, cs)
	var lines []string
	for _, p := range got {
		assert.Equal(t, "mine/my-case.yaml", p.File)
		lines = append(lines, p.Field+"@"+itoa(p.Line)+":"+p.Msg.Key)
	}
	assert.Equal(t, []string{
		"verdict@6:practice.verify.mismatch",
		"facts@9:practice.verify.provisional",
		"notes@16:practice.verify.unknown_note",
		"notes@17:practice.verify.free_note",
	}, lines)
	// The client side is unanswered, so it does not lose: the coach puts
	// the below-cost price in lose-win.
	out := got[0].Format(c.Catalog())
	assert.Equal(t, "mine/my-case.yaml:6:3: verdict: the expert says win-win / go, but the coach says lose-win / renegotiate", out)

	// Facts that do not parse are reported at their line in the case file.
	bad := strings.Replace(trainerCase, "    price: 500", "    prise: 500", 1)
	cs, err = cases.Parse([]byte(bad), "mine/my-case.yaml")
	require.NoError(t, err)
	got = practice.Verify(c, cs)
	require.Len(t, got, 3)
	assert.Equal(t, 12, got[0].Line)
	assert.Equal(t, 5, got[0].Col)
	assert.Equal(t, "deal.unknown_key", got[0].Msg.Key)
	assert.Equal(t, "mine/my-case.yaml:12:5: seller.prise: unknown key; did you mean seller.price?", got[0].Format(c.Catalog()))

	// The embedded library verifies clean.
	assert.Empty(t, practice.VerifyLibrary(c, library(t)))
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if s == "" {
		return "0"
	}
	return s
}
