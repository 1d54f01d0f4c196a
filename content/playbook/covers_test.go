package playbook_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/content/playbook"
)

// A con covers a drawback when it says the same in other words.
func TestCovers(t *testing.T) {
	tests := []struct {
		con, drawback string
		want          bool
	}{
		// English.
		{"one-year term", "fixed one-year term", true},
		{"Takes 4 hours a month ", "takes 4 hours a month", true},
		{"it takes four hours each month", "takes 4 hours a month", true}, // "four" is not "4", but the rest is most
		{"4 hours a month of your time", "takes 4 hours a month", true},
		{"results take months", "results after months, not weeks", true},
		{"takes time", "takes 4 hours a month", false},
		{"no link with the bank", "no link with insurers' billing", false},
		{"12-month lock-in", "you are locked in for 12 months", true},
		{"locked in for 12 months", "12-month lock-in", true},
		{"cancel any time", "12-month lock-in", false},
		{"a 12-month lock-in", "12-month lock-in", true},
		{"on-site visits cost extra", "on-site visits billed separately", false}, // half is not most
		{"on-site visits are billed apart", "on-site visits billed separately", true},
		{"", "takes 4 hours a month", false},
		{"the", "the", true}, // no significant word: the same text only
		{"a", "the", false},
		// Dutch.
		{"looptijd van een jaar", "vaste looptijd van een jaar", true},
		{"kost 4 uur per maand", "het kost 4 uren per maand", true},
		{"resultaat pas na maanden", "resultaten na maanden, niet na weken", true},
		{"vier weken interviews", "vier weken interviews in en rond de winkel", true},
		{"interviews in de winkel", "vier weken interviews in en rond de winkel", false},
		{"vier weken interviews in de winkel", "vier weken interviews in en rond de winkel", true},
		{"kost tijd", "kost 4 uur per maand", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, playbook.Covers(tt.con, tt.drawback), "%q covers %q", tt.con, tt.drawback)
	}
	assert.True(t, playbook.CoveredBy("fixed one-year term", []string{"price", "one-year term"}))
	assert.False(t, playbook.CoveredBy("fixed one-year term", nil))
}

func BenchmarkCovers(b *testing.B) {
	for b.Loop() {
		playbook.Covers("results take months", "results after months, not weeks")
	}
}
