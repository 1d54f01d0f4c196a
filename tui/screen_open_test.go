package tui_test

import (
	"testing"

	bkey "github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/nav"
)

// fakeScreen counts the keys it gets and goes home on esc.
type fakeScreen struct {
	keys int
	w, h int
}

func (f fakeScreen) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		if k.String() == "esc" {
			return f, func() tea.Msg { return nav.HomeMsg{} }
		}
		f.keys++
	}
	return f, nil
}
func (f fakeScreen) View() string                { return "fake screen" }
func (f fakeScreen) SetSize(w, h int) nav.Screen { f.w, f.h = w, h; return f }
func (f fakeScreen) Typing() bool                { return false }
func (f fakeScreen) ShortHelp() []bkey.Binding   { return nil }
func (f fakeScreen) FullHelp() [][]bkey.Binding  { return nil }

// A home entry opens a feature screen, which gets keys and returns home.
func TestFeatureScreensOpenFromHome(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	open := nav.OpenMsg{New: func(common.Common) (nav.Screen, tea.Cmd) { return fakeScreen{}, nil }}
	m := newApp(c, tui.Options{HomeEntries: func() []home.Entry { return []home.Entry{{Title: "Fake", Detail: "a test screen", Msg: open}} }})
	m = drive(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	assert.Contains(t, m.View(), "Fake")
	m = drive(m, key("down"), key("enter"))
	assert.Contains(t, m.View(), "fake screen")
	m = drive(m, key("x"), key("esc"))
	assert.Contains(t, m.View(), "Prepare a deal")
}

// A refresh from elsewhere (a room opened on the server) redraws the home
// entries while home shows, and waits for the way home otherwise.
func TestRefreshHome(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	rooms := []home.Entry{}
	open := nav.OpenMsg{New: func(common.Common) (nav.Screen, tea.Cmd) { return fakeScreen{}, nil }}
	entries := func() []home.Entry {
		return append([]home.Entry{{Title: "Fake", Detail: "a test screen", Msg: open}}, rooms...)
	}
	m := newApp(c, tui.Options{HomeEntries: entries})
	m = drive(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	assert.NotContains(t, m.View(), "Join room")

	rooms = append(rooms, home.Entry{Title: "Join room", Detail: "a case", Msg: open})
	m = drive(m, nav.RefreshHomeMsg{})
	assert.Contains(t, m.View(), "Join room")

	m = drive(m, key("down"), key("enter"))
	rooms = nil
	m = drive(m, nav.RefreshHomeMsg{})
	assert.Contains(t, m.View(), "fake screen", "a refresh does not pull the user home")
	m = drive(m, key("esc"))
	assert.NotContains(t, m.View(), "Join room")
}
