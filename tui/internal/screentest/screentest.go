// Package screentest is the training screens' test kit: a session's
// Common with a fixed colour profile, a synchronous driver of the root
// model, key sequences from text, and golden files of the final View at
// fixed sizes with teatest. It is imported by tests only.
package screentest

import (
	"fmt"
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/theme"
)

// Sizes are the two terminal sizes every screen is goldened at.
func Sizes() [][2]int { return [][2]int{{120, 40}, {80, 24}} }

// Common builds a session's Common on the default playbook, drawing with
// profile on a dark background (Ascii for goldens, TrueColor for
// benchmarks).
func Common(t testing.TB, lang locale.Lang, profile termenv.Profile) common.Common {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	cat := locale.MustLoad(lang)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(profile)
	r.SetHasDarkBackground(true)
	return common.New(theme.New(r, profile == termenv.Ascii), cat, coach.New(pb, cat))
}

// App is the root model opened on the screen start makes, as `winwin
// practice` and its kin open it.
func App(c common.Common, start func(common.Common) (nav.Screen, tea.Cmd)) tea.Model {
	return tui.New(c, tui.Options{Start: start})
}

// Drive feeds msgs to m one by one, each with every message its commands
// lead to before the next, as a person typing sees it: a key that
// finishes the interview has taken effect before the next key comes.
func Drive(m tea.Model, msgs ...tea.Msg) tea.Model {
	for _, msg := range msgs {
		queue := []tea.Msg{msg}
		for len(queue) > 0 {
			var cmd tea.Cmd
			m, cmd = m.Update(queue[0])
			queue = append(queue[1:], Run(cmd)...)
		}
	}
	return m
}

// Start sizes a fresh root model and runs its Init, as a program does.
func Start(m tea.Model, w, h int) tea.Model {
	m = Drive(m, tea.WindowSizeMsg{Width: w, Height: h})
	return Drive(m, Run(m.Init())...)
}

// Run runs cmd and the batches it returns, and gives the messages.
func Run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, Run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// Key makes a key message from a name as bubbletea prints it.
func Key(name string) tea.KeyMsg {
	types := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "esc": tea.KeyEsc,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "backspace": tea.KeyBackspace, "ctrl+c": tea.KeyCtrlC,
	}
	if t, ok := types[name]; ok {
		return tea.KeyMsg{Type: t}
	}
	if name == "space" {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// Keys turns "enter pgdown 1" into messages; text:a_b types "a b".
func Keys(s string) []tea.Msg {
	var out []tea.Msg
	for _, f := range strings.Fields(s) {
		if t, ok := strings.CutPrefix(f, "text:"); ok {
			out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.ReplaceAll(t, "_", " "))})
			continue
		}
		out = append(out, Key(f))
	}
	return out
}

// Step is keys to send and the texts to wait for before the next step:
// the screens answer some keys through commands, so a step waits until
// their effect is on screen rather than racing them.
type Step struct {
	Keys string
	Wait []string
}

// Golden runs the model made by newModel in teatest at every size, sends
// each step's keys and waits until its texts are all in the View, then
// quits and compares the final View with testdata/<test>/<size>.golden
// (regenerate with -update).
func Golden(t *testing.T, newModel func() tea.Model, steps ...Step) {
	t.Helper()
	for _, size := range Sizes() {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := Watch(t, newModel(), size[0], size[1])
			for _, st := range steps {
				for _, k := range Keys(st.Keys) {
					tm.Send(k)
				}
				tm.WaitFor(t, st.Wait...)
			}
			golden.RequireEqual(t, []byte(tm.Final(t)))
		})
	}
}
