package playbook

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/locale"
)

// Every question of the default playbook has a short label in every
// language, for "because of …" on screens and in reports, and no tip
// just says "Fine." or "Good.".
func TestDefaultLabelsAndTips(t *testing.T) {
	pb, err := LoadDefault()
	require.NoError(t, err)
	for _, q := range pb.Questions {
		for _, lang := range locale.Langs() {
			l := q.Label[lang]
			assert.NotEmpty(t, l, "%s has no %s label", q.ID, lang)
			assert.LessOrEqual(t, len(strings.Fields(l)), 6, "%s: a label is a few words: %q", q.ID, l)
			assert.NotContains(t, l, ".", "%s: a label is not an id or a sentence: %q", q.ID, l)
			assert.Equal(t, l, pb.Label(q.ID, lang))
			for _, o := range q.Options {
				if o.Tip == nil {
					continue
				}
				assert.GreaterOrEqual(t, len(strings.Fields(o.Tip[lang])), 3, "%s=%s: a tip that says nothing: %q", q.ID, o.Value, o.Tip[lang])
			}
		}
	}
	assert.Equal(t, "nope.id", pb.Label("nope.id", locale.EN))
	require.Contains(t, pb.Say, "not-yet")
	assert.Equal(t, "USD", pb.WithCurrency("USD").Currency)
	assert.Equal(t, "", pb.Currency, "the language decides by default")
}
