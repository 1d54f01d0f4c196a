package journalview

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/nav"
)

// x asks first; any key but y keeps the deal; y deletes it; u brings it
// back.
func TestDeleteAndUndo(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	st := sampleStore(t, c)
	s := open(t, c, st, 80, 24)
	assert.NotContains(t, helpText(s), "undo", "nothing to undo yet")

	s, _ = drive(s, presses("x")...)
	v := s.View()
	assert.Contains(t, v, "Delete #12 Slagerij Bakker")
	assert.Contains(t, v, "y deletes")
	s, _ = drive(s, presses("n")...)
	assert.Len(t, st.deals, 12, "any other key keeps the deal")
	assert.NotContains(t, s.View(), "Delete #12")

	s, _ = drive(s, presses("x", "y")...)
	assert.Len(t, st.deals, 11)
	v = s.View()
	assert.Contains(t, v, "11 deals")
	assert.Contains(t, v, "Deleted #12 Slagerij Bakker")
	assert.NotContains(t, v, "Slagerij Bakker   ")
	assert.Contains(t, helpText(s), "u undo delete")

	s, _ = drive(s, presses("u")...)
	assert.Len(t, st.deals, 12, "u brings it back")
	v = s.View()
	assert.Contains(t, v, "12 deals")
	assert.Contains(t, v, "Brought back #12")
	assert.NotContains(t, helpText(s), "undo")
}

type recordingExporter struct{ got []coach.Answers }

func (r *recordingExporter) Export(ans coach.Answers, _ *coach.Assessment) ([]string, error) {
	r.got = append(r.got, ans)
	return []string{"/data/winwin/exports/cafe-de-hoek.md", "/data/winwin/exports/cafe-de-hoek.json", "/data/winwin/exports/cafe-de-hoek.yaml"}, nil
}

// e exports the deal under the cursor (its latest revision), the
// revision under the cursor, or the verdict on screen.
func TestExportFromTheJournal(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	st := sampleStore(t, c)
	first, err := st.Get(t.Context(), "", journal.Ref{Deal: 3, Revision: 1})
	require.NoError(t, err)
	latest, err := st.Get(t.Context(), "", journal.Ref{Deal: 3})
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		keys []string
		want coach.Answers
	}{
		{"from the list", []string{"end", "up", "up", "e"}, latest.Answers},
		{"a revision", []string{"end", "up", "up", "enter", "down", "down", "e"}, first.Answers},
		{"a verdict", []string{"end", "up", "up", "enter", "down", "down", "enter", "e"}, first.Answers},
	} {
		exp := &recordingExporter{}
		m, cmd := NewWith(c, st, "", Options{Exporter: exp})
		s, _ := drive(m.SetSize(80, 24), run(cmd)...)
		for _, k := range tc.keys {
			// One key at a time: each key's reads are in before the next.
			var out []tea.Msg
			s, out = drive(s, press(k))
			assert.Empty(t, out, tc.name)
		}
		require.Len(t, exp.got, 1, tc.name)
		assert.Equal(t, tc.want, exp.got[0], tc.name)
		v := s.View()
		assert.Contains(t, v, "Exported cafe-de-hoek (.md, .json, .yaml) to", tc.name)
		assert.Contains(t, v, "/data/winwin/exports/", tc.name)
	}
	// Without an exporter there is no e.
	s := open(t, c, st, 80, 24)
	assert.NotContains(t, helpText(s), "export")
}

// The saved verdict has nothing to open: no cursor on it.
func TestSavedVerdictHasNoCursor(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	s := open(t, c, sampleStore(t, c), 80, 24)
	for _, k := range []string{"end", "up", "up", "enter", "enter"} {
		s, _ = drive(s, press(k))
	}
	v := s.View()
	require.Contains(t, v, "Revision 3")
	assert.NotContains(t, v, "❯")
	assert.NotContains(t, helpText(s), "enter")
}

func helpText(s nav.Screen) string {
	out := ""
	for _, g := range s.FullHelp() {
		for _, b := range g {
			if b.Enabled() {
				out += b.Help().Key + " " + b.Help().Desc + "\n"
			}
		}
	}
	return out
}
