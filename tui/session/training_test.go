package session

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/nav"
)

// open runs the home entry titled title and returns the app on the screen
// it opens.
func open(t *testing.T, cfg Config, title string) tea.Model {
	t.Helper()
	c := Common(cfg)
	for _, e := range entries(c, cfg) {
		if e.Title != title {
			continue
		}
		msg, ok := e.Msg.(nav.OpenMsg)
		require.True(t, ok, "%T", e.Msg)
		var m tea.Model = New(cfg)
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m, cmd := m.Update(msg)
		if cmd != nil {
			if next := cmd(); next != nil {
				m, _ = m.Update(next)
			}
		}
		return m
	}
	t.Fatalf("no home entry %q", title)
	return nil
}

// Practice, the self-check and progress are on the home screen and open
// their screens, kept in the journal when there is one.
func TestTrainingEntries(t *testing.T) {
	j, err := journal.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { j.Close() })
	_, err = j.SaveAttempt(context.Background(), "", journal.Attempt{Case: "bakery-deck-oven", Score: 64})
	require.NoError(t, err)
	cfg := config(t, locale.EN, j)

	v := open(t, cfg, "Practise a case").View()
	assert.Contains(t, v, "Pick a case")
	assert.Contains(t, v, "best so far 64")
	assert.NotContains(t, v, "not kept")

	assert.Contains(t, open(t, cfg, "Take the self-check").View(), "statement 1 of 20")
	assert.Contains(t, open(t, cfg, "Your progress").View(), "1 attempt · average 64")
}

// Without a journal practice still opens and says nothing is kept.
func TestTrainingInMemory(t *testing.T) {
	cfg := config(t, locale.EN, nil)
	assert.Contains(t, open(t, cfg, "Practise a case").View(), "not kept")
}

// Start opens a case's story directly (winwin practice --case ID).
func TestPracticeStart(t *testing.T) {
	cfg := config(t, locale.NL, nil)
	cfg.Start = PracticeStart(cfg, "peer-group-harms", true)
	var m tea.Model = New(cfg)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	v := m.View()
	assert.Contains(t, v, "Een sterke kandidaat die de groep zou schaden")
	assert.Contains(t, v, "[Toets]")
}

// The home lists only what works: under a playbook whose coach disagrees
// with the case library's expert verdicts, practice is not offered.
func TestPracticeEntryNeedsAFittingPlaybook(t *testing.T) {
	titles := func(cfg Config) []string {
		var out []string
		for _, e := range entries(Common(cfg), cfg) {
			out = append(out, e.Title)
		}
		return out
	}
	cfg := config(t, locale.EN, nil)
	assert.Contains(t, titles(cfg), "Practise a case")

	data, err := fs.ReadFile(content.FS, "playbooks/default/playbook.yaml")
	require.NoError(t, err)
	strict := strings.Replace(string(data), "\nbar: 60\n", "\nbar: 90\n", 1)
	require.NotEqual(t, string(data), strict, "the default playbook's bar moved: update this test")
	pb, err := playbook.Parse([]byte(strict), "strict/playbook.yaml")
	require.NoError(t, err)
	cfg.Playbook = pb
	got := titles(cfg)
	assert.NotContains(t, got, "Practise a case")
	assert.Contains(t, got, "Take the self-check", "the rest of the home stays")
}
