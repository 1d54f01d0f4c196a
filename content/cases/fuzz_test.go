package cases_test

import (
	"io/fs"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
)

// FuzzParse: no input makes the case loader panic, and whatever it accepts
// is a complete case in every language, with translated facts that match
// its facts. The real case files are the seeds.
func FuzzParse(f *testing.F) {
	files, err := fs.Glob(content.FS, "cases/*.yaml")
	require.NoError(f, err)
	for _, name := range files {
		data, err := fs.ReadFile(content.FS, name)
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(good))
	f.Add([]byte("id: x\nfacts: &a {b: *a}\n"))
	f.Add([]byte("{facts: {a: 1}, id: x}"))
	f.Add([]byte(withTexts))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := cases.Parse(data, "fuzz.yaml")
		if err != nil {
			return
		}
		require.NotEmpty(t, c.ID)
		require.NotEmpty(t, c.Facts)
		require.NotEmpty(t, c.Notes)
		require.NotEmpty(t, c.Verdict.Quadrant)
		require.NotEmpty(t, c.Verdict.Decision)
		for _, lang := range locale.Langs() {
			require.NotEmpty(t, c.Title[lang])
			require.NotEmpty(t, c.Story[lang])
		}
		// An accepted translation matches a fact of the same shape.
		for _, trs := range c.FactTexts {
			for id, tr := range trs {
				f, ok := c.FactLeaves[id]
				require.True(t, ok, id)
				require.Equal(t, f.List, tr.List, id)
				require.Len(t, tr.Items, len(f.Items), id)
			}
		}
	})
}
