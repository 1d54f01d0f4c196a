package tui_test

import (
	"os"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/theme"
)

// TestMain fixes the colour profile: without it CLICOLOR_FORCE and the
// like would leak escapes into the golden files.
func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// newCommon builds a session with a plain renderer. pbDir "" is the
// default playbook.
func newCommon(t testing.TB, lang locale.Lang, pbDir string) common.Common {
	t.Helper()
	return newCommonProfile(t, lang, pbDir, termenv.Ascii)
}

// newCommonProfile builds a session drawing with a colour profile; the
// benchmarks use true colour on a dark background, as a real terminal.
func newCommonProfile(t testing.TB, lang locale.Lang, pbDir string, profile termenv.Profile) common.Common {
	t.Helper()
	pb, err := playbook.LoadDefault()
	if pbDir != "" {
		pb, err = playbook.LoadFS(os.DirFS(pbDir), ".")
	}
	require.NoError(t, err)
	cat := locale.MustLoad(lang)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(profile)
	r.SetHasDarkBackground(true)
	return common.New(theme.New(r, profile == termenv.Ascii), cat, coach.New(pb, cat))
}

// exampleDeal is the deal of DESIGN.md.
func exampleDeal(t testing.TB, c common.Common) coach.Answers {
	t.Helper()
	data, err := os.ReadFile("../coach/testdata/example.yaml")
	require.NoError(t, err)
	ans, err := dealfile.Parse(c.Playbook, data, "example.yaml")
	require.NoError(t, err)
	return ans
}

// drive feeds msgs to m and runs every command they return, in order and
// synchronously, so a test sees the state after all follow-up messages.
func drive(m tea.Model, msgs ...tea.Msg) tea.Model {
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		queue = append(queue, runCmd(cmd)...)
	}
	return m
}

func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runCmd(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// key makes a key message from a name as bubbletea prints it.
func key(name string) tea.KeyMsg {
	switch name {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "pgup":
		return tea.KeyMsg{Type: tea.KeyPgUp}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "alt+u":
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'u'}, Alt: true}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// keysOf turns "tab tab 2 enter" into messages; text:xyz types xyz.
func keysOf(s string) []tea.Msg {
	var out []tea.Msg
	for _, f := range splitFields(s) {
		if len(f) > 5 && f[:5] == "text:" {
			out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(f[5:])})
			continue
		}
		out = append(out, key(f))
	}
	return out
}

func splitFields(s string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if r == ' ' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
			continue
		}
		if r == '_' {
			r = ' '
		}
		cur += string(r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// newApp builds the root model for a test, with an exporter that writes
// nothing, as a local run has one.
func newApp(c common.Common, opts tui.Options) tea.Model {
	if opts.Interview.Exporter == nil {
		opts.Interview.Exporter = fakeExporter{}
	}
	return tui.New(c, opts)
}

// fakeExporter pretends to write the export.
type fakeExporter struct{}

func (fakeExporter) Export(coach.Answers, *coach.Assessment) ([]string, error) {
	return []string{"deal.md", "deal.json", "deal.yaml"}, nil
}
