package session

import (
	"context"
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/nav"
)

func config(t *testing.T, lang locale.Lang, j *journal.Journal) Config {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.Ascii)
	now := time.Date(2026, 11, 28, 15, 0, 0, 0, time.UTC)
	return Config{Playbook: pb, Catalog: locale.MustLoad(lang), Renderer: r, NoColor: true, Journal: j, Now: func() time.Time { return now }}
}

func TestAgo(t *testing.T) {
	now := time.Date(2026, 11, 28, 15, 0, 0, 0, time.UTC)
	c := Common(config(t, locale.EN, nil))
	nl := Common(config(t, locale.NL, nil))
	tests := []struct {
		ago       time.Duration
		en, dutch string
	}{
		{10 * time.Second, "just now", "zojuist"},
		{90 * time.Second, "a minute ago", "een minuut geleden"},
		{17 * time.Minute, "17 minutes ago", "17 minuten geleden"},
		{80 * time.Minute, "an hour ago", "een uur geleden"},
		{2*time.Hour + 5*time.Minute, "2 hours ago", "2 uur geleden"},
		{30 * time.Hour, "yesterday", "gisteren"},
		{5 * 24 * time.Hour, "5 days ago", "5 dagen geleden"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.en, Ago(c, now, now.Add(-tt.ago)))
		assert.Equal(t, tt.dutch, Ago(nl, now, now.Add(-tt.ago)))
	}
	assert.Equal(t, "2026-09-01", Ago(c, now, time.Date(2026, 9, 1, 12, 0, 0, 0, time.Local)))
}

// Drafts in the journal are listed on the home screen with how far they
// got; opening one reads its answers, discarding one removes it.
func TestDraftEntries(t *testing.T) {
	j, err := journal.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { j.Close() })
	cfg := config(t, locale.EN, j)
	c := Common(cfg)
	assert.Empty(t, draftEntries(c, cfg))

	ans := coach.Answers{"client.name": coach.Text("Bakkerij Jansen"), "offer.name": coach.Text("Growth"), "client.stage": coach.UnknownAnswer()}
	id, err := j.CreateDraft(context.Background(), "", journal.NewDraft{Total: 25, Answers: ans})
	require.NoError(t, err)

	entries := draftEntries(c, cfg)
	require.Len(t, entries, 1)
	assert.Equal(t, "Resume: Bakkerij Jansen — Growth", entries[0].Title)
	assert.Contains(t, entries[0].Detail, "3 of 25 answered")

	msg, ok := entries[0].Open().(nav.PrepMsg)
	require.True(t, ok)
	assert.Equal(t, id, msg.Draft)
	assert.Equal(t, ans, msg.Answers)

	_, ok = entries[0].Discard().(nav.HomeMsg)
	assert.True(t, ok)
	assert.Empty(t, draftEntries(c, cfg))
}

// Without a journal there are no drafts and the app still starts.
func TestInMemory(t *testing.T) {
	cfg := config(t, locale.EN, nil)
	cfg.JournalProblem = "the journal is locked"
	var m tea.Model = New(cfg)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	assert.Contains(t, m.View(), "the journal is locked")
}
