package cases_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// withTexts is a valid case whose facts have names and lists, and their
// Dutch block at the end (line 18 on).
const withTexts = `id: demo
title: {en: "Demo", nl: "Demo"}
pillar: disclosure
story: {en: "A story.", nl: "Een verhaal."}
verdict: {quadrant: win-win, decision: go}
facts:
  offer:
    name: Deck oven
    benefits: [more loaves, less energy]
    drawbacks: [needs power]
  disclosure:
    cons: [needs power]
  client:
    stage: growing
notes:
  disclosure.cons: {en: "Why.", nl: "Waarom."}
# the names and lists in Dutch
facts_nl:
  offer:
    name: Etageoven
    benefits: [meer broden, minder energie]
    drawbacks: [heeft krachtstroom nodig]
  disclosure:
    cons: [heeft krachtstroom nodig]
`

func TestFactTexts(t *testing.T) {
	c, err := cases.Parse([]byte(withTexts), "demo.yaml")
	require.NoError(t, err)
	nl, ok := c.FactText("offer.benefits", locale.NL)
	require.True(t, ok)
	assert.Equal(t, cases.TextFact{Items: []string{"meer broden", "minder energie"}, List: true, Pos: playbook.Pos{File: "demo.yaml", Line: 21, Col: 5}}, nl)
	en, ok := c.FactText("offer.name", locale.EN)
	require.True(t, ok)
	assert.Equal(t, []string{"Deck oven"}, en.Items)
	assert.False(t, en.List)
	_, ok = c.FactText("client.stage", locale.NL)
	assert.False(t, ok, "a choice is not translated")
	assert.Equal(t, 18, c.Pos.FactTexts[locale.NL].Line-1, "the block starts under its key")
	// The facts stay a deal file: the Dutch block is cut off.
	assert.NotContains(t, string(c.Facts), "Etageoven")

	// The block is optional to the loader (the playbook decides what
	// needs one; practice.Verify checks that).
	c, err = cases.Parse([]byte(withTexts[:strings.Index(withTexts, "# the names")]), "demo.yaml")
	require.NoError(t, err)
	assert.Empty(t, c.FactTexts[locale.NL])
}

// TestFactTextProblems: a translation the facts do not match is refused,
// with the line of the translation.
func TestFactTextProblems(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"a fact the facts do not hold", "    name: Etageoven", "    nmae: Etageoven", []string{"20:practice.case.fact_text.unknown"}},
		{"a section the facts do not hold", "  disclosure:\n    cons: [heeft", "  seller:\n    cons: [heeft", []string{"24:practice.case.fact_text.unknown_plain"}},
		{"an item too few", "[meer broden, minder energie]", "[meer broden]", []string{"21:practice.case.fact_text.count"}},
		{"an item too many", "    drawbacks: [heeft krachtstroom nodig]", "    drawbacks: [heeft krachtstroom nodig, duur]", []string{"22:practice.case.fact_text.count"}},
		{"a text for a list", "[meer broden, minder energie]", "meer broden", []string{"21:practice.case.fact_text.want_list"}},
		{"a list for a text", "name: Etageoven", "name: [Etageoven]", []string{"20:practice.case.fact_text.want_text"}},
		{"an empty item", "[meer broden, minder energie]", "[meer broden, '']", []string{"21:practice.case.missing"}},
		{"a map as an item", "[meer broden, minder energie]", "[meer broden, {a: b}]", []string{"21:practice.case.want_value"}},
		{"one item translated two ways", "    cons: [heeft krachtstroom nodig]", "    cons: [krachtstroom nodig]", []string{"22:practice.case.fact_text.two_ways"}},
		{"two items translated the same", "[meer broden, minder energie]", "[meer broden, heeft krachtstroom nodig]", []string{"21:practice.case.fact_text.one_for_two"}},
		{"not a map", withTexts[strings.Index(withTexts, "facts_nl:"):], "facts_nl: [Etageoven]\n", []string{"18:practice.case.want_map"}},
		{"a key given twice", "    name: Etageoven", "    name: Etageoven\n    name: Oven", []string{"21:practice.case.duplicate_key"}},
		{"a language without facts", "facts_nl:", "facts_de:", []string{"18:practice.case.unknown_key"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, withTexts, tt.old)
			_, err := cases.Parse([]byte(strings.Replace(withTexts, tt.old, tt.new, 1)), "case.yaml")
			var le *cases.LoadError
			require.True(t, errors.As(err, &le), "%v", err)
			var got []string
			for _, p := range le.Problems {
				assert.Equal(t, "case.yaml", p.Pos.File)
				got = append(got, itoa(p.Pos.Line)+":"+p.Msg.Key)
			}
			assert.Equal(t, tt.want, got)
			for _, lang := range locale.Langs() {
				out := le.Format(locale.MustLoad(lang))
				assert.NotContains(t, out, "!practice", lang)
				assert.NotContains(t, out, "%!", lang)
			}
		})
	}
}

// Every case of the library translates its names and lists the same way
// wherever an item repeats, and its Dutch block holds only facts it has.
func TestEmbeddedFactTexts(t *testing.T) {
	lib, err := cases.Load()
	require.NoError(t, err)
	for _, c := range lib.Cases {
		assert.NotEmpty(t, c.FactTexts[locale.NL], "%s has no facts_nl", c.ID)
	}
}
