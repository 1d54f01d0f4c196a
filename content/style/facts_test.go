package style_test

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/style"
)

// The cases' facts that are words are texts like any other: the English
// ones from facts, the Dutch from facts_nl, item by item.
func TestTextsHoldCaseFacts(t *testing.T) {
	texts, _, err := style.Texts(content.FS)
	require.NoError(t, err)
	got := map[string]string{}
	for _, tx := range texts {
		got[string(tx.Lang)+" "+tx.Where] = tx.Text
	}
	assert.Equal(t, "Vulcan Four deck oven, installed", got["en cases/bakery-deck-oven.yaml:facts.offer.name"])
	assert.Equal(t, "Vulcan Vier etageoven, geïnstalleerd", got["nl cases/bakery-deck-oven.yaml:facts_nl.offer.name"])
	assert.Equal(t, "twee dagen zonder oven", got["nl cases/bakery-deck-oven.yaml:facts_nl.disclosure.cons.1"])
	assert.NotContains(t, got, "en cases/bakery-deck-oven.yaml:facts.client.stage", "a choice is an id, not a text")
}

// A name or list without its Dutch text is missing in Dutch; an unknown
// or empty list and a choice need none.
func TestTextsMissingFactTranslation(t *testing.T) {
	fsys := fstest.MapFS{
		"playbooks/default/playbook.yaml": {Data: []byte(`sections:
  - id: offer
    questions:
      - {id: offer.name, kind: text}
      - {id: offer.benefits, kind: list}
      - {id: offer.drawbacks, kind: list}
      - {id: disclosure.cons, kind: list}
      - {id: client.stage, kind: choice}
`)},
		"cases/a.yaml": {Data: []byte(`facts:
  offer: {name: Oven, benefits: [fast, cheap], drawbacks: unknown}
  disclosure: {cons: []}
  client: {stage: growing}
facts_nl:
  offer: {name: Oven}
`)},
	}
	texts, missing, err := style.Texts(fsys)
	require.NoError(t, err)
	assert.Equal(t, []style.Missing{{Where: "cases/a.yaml:facts.offer.benefits", Lang: locale.NL}}, missing)
	var where []string
	for _, tx := range texts {
		where = append(where, string(tx.Lang)+" "+tx.Where)
	}
	assert.ElementsMatch(t, []string{
		"en cases/a.yaml:facts.offer.benefits.0", "en cases/a.yaml:facts.offer.benefits.1",
		"en cases/a.yaml:facts.offer.name", "nl cases/a.yaml:facts_nl.offer.name",
	}, where)
}
