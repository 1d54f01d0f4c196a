// Package progress is the progress screen: practice scores over time as a
// column chart, how often each pillar was missed most, and the
// self-check traits over time as sparklines beside the latest scores. It
// draws what coach/practice.BuildProgress sums up.
package progress

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/coach/practice/history"
	"github.com/winwincoach/winwin/content/cases"
	sc "github.com/winwincoach/winwin/content/selfcheck"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/nav"
)

// Config is what the screen reads.
type Config struct {
	// Reader is the journal; nil shows that nothing is kept.
	Reader history.Reader
	Owner  string
	// Set scores the stored self-checks again; Library names the cases.
	Set     *sc.Set
	Library *cases.Library
}

// Model is the progress screen.
type Model struct {
	c       common.Common
	cfg     Config
	p       training.Progress
	loaded  bool
	problem string

	pager         page.Pager
	width, height int
}

// loadedMsg carries the progress read from the journal.
type loadedMsg struct {
	p   training.Progress
	err error
}

// New opens the screen and reads the journal.
func New(c common.Common, cfg Config) (Model, tea.Cmd) {
	m := Model{c: c, cfg: cfg}
	if cfg.Reader == nil {
		m.loaded = true
		m.p = training.BuildProgress(nil, nil)
		return m, nil
	}
	r, owner, set := cfg.Reader, cfg.Owner, cfg.Set
	return m, func() tea.Msg {
		p, err := history.Load(context.Background(), r, owner, set)
		return loadedMsg{p: p, err: err}
	}
}

// Screen opens the progress screen as a nav.Screen, for nav.OpenMsg.
func Screen(cfg Config) func(common.Common) (nav.Screen, tea.Cmd) {
	return func(c common.Common) (nav.Screen, tea.Cmd) { return New(c, cfg) }
}

// Update takes the progress when it is read, and scrolls.
func (m Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loaded, m.p = true, msg.p
		if msg.err != nil {
			m.problem = m.c.T("training.progress.failed", m.c.Cat.M(journal.MessageOf(msg.err)))
		}
		m.rebuild()
	case tea.KeyMsg:
		k := m.c.Keys
		switch {
		case keys.Matches(msg, k.Back):
			return m, func() tea.Msg { return nav.HomeMsg{} }
		case keys.Matches(msg, k.Up):
			m.pager.Scroll(-1)
		case keys.Matches(msg, k.Down):
			m.pager.Scroll(1)
		}
	}
	return m, nil
}

// Typing is false: the screen has no text input.
func (m Model) Typing() bool { return false }

// SetSize gives the screen its space; the charts are drawn again for it.
func (m Model) SetSize(w, h int) nav.Screen {
	m.width, m.height = w, h
	m.rebuild()
	return m
}
