package keys

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/content/locale"
)

// The journal's bindings have help in both languages.
func TestJournalBindingsHaveHelp(t *testing.T) {
	for _, lang := range locale.Langs() {
		k := New(locale.MustLoad(lang))
		for _, b := range []string{k.Quadrant.Help().Desc, k.Decision.Help().Desc, k.Compare.Help().Desc,
			k.Revise.Help().Desc, k.Top.Help().Desc, k.Bottom.Help().Desc} {
			assert.NotEmpty(t, b, lang)
			assert.NotContains(t, b, "!", lang)
		}
	}
}
