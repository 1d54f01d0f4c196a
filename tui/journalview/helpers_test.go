package journalview

import (
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal/journaltest"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/theme"
)

// TestMain fixes the colour profile, so goldens hold no escapes.
func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	code := m.Run()
	big.cleanup()
	os.Exit(code)
}

func newCommon(t testing.TB, lang locale.Lang, profile termenv.Profile) common.Common {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	cat := locale.MustLoad(lang)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(profile)
	r.SetHasDarkBackground(true)
	return common.New(theme.New(r, profile == termenv.Ascii), cat, coach.New(pb, cat))
}

// day0 is the first sample deal's time; the others follow a day apart.
var day0 = time.Date(2026, 11, 1, 9, 30, 0, 0, time.UTC)

var sampleClients = []string{"Bakkerij Jansen", "Garage Noord", "Café de Hoek", "Kapsalon Mooi", "Van Dijk Bouw",
	"Tandartspraktijk Smit", "Fietsenmaker Bos", "Drukkerij Visser", "Boekhandel Mulder", "Installatiebedrijf de Boer",
	"Bloemisterij Roos", "Slagerij Bakker"}

// sampleStore holds twelve deals of every quadrant; deal 3 (Café de
// Hoek) has three revisions: from below cost price to a fair price.
func sampleStore(t testing.TB, c common.Common) *fakeStore {
	t.Helper()
	variants, _, err := journaltest.Variants()
	require.NoError(t, err)
	st := newFakeStore()
	for i, name := range sampleClients {
		deal := int64(i + 1)
		v := i % len(variants)
		if deal == 3 {
			v = 0 // win-win in the end
		}
		ans := variants[v].Clone()
		ans[coach.IDClientName] = coach.Text(name)
		if deal == 3 {
			for r, price := range []float64{3500, 4500} {
				rev := ans.Clone()
				rev[coach.IDPrice] = coach.Amount(price)
				if r == 0 {
					rev["disclosure.cons"] = coach.Items()
				}
				st.add(c.Coach, deal, day0.Add(time.Duration(i)*24*time.Hour).Add(time.Duration(r-2)*time.Hour), rev)
			}
		}
		st.add(c.Coach, deal, day0.Add(time.Duration(i)*24*time.Hour), ans)
	}
	return st
}

// drive feeds msgs to s and runs the commands they return, synchronously
// and in order. Messages for the root (home, the interview, another
// screen) are returned instead of fed back.
func drive(s nav.Screen, msgs ...tea.Msg) (nav.Screen, []tea.Msg) {
	var out []tea.Msg
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		switch msg.(type) {
		case nav.HomeMsg, nav.PrepMsg, nav.OpenMsg:
			out = append(out, msg)
			continue
		}
		var cmd tea.Cmd
		s, cmd = s.Update(msg)
		queue = append(queue, run(cmd)...)
	}
	return s, out
}

func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// open opens the journal screen on st at w×h with every command run.
func open(t testing.TB, c common.Common, st Store, w, h int) nav.Screen {
	t.Helper()
	m, cmd := New(c, st, "")
	s := m.SetSize(w, h)
	s, _ = drive(s, run(cmd)...)
	return s
}

// press makes a key message from its name.
func press(name string) tea.KeyMsg {
	switch name {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "pgup":
		return tea.KeyMsg{Type: tea.KeyPgUp}
	case "end":
		return tea.KeyMsg{Type: tea.KeyEnd}
	case "home":
		return tea.KeyMsg{Type: tea.KeyHome}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// presses makes key messages from names; text:abc types abc one key each.
func presses(names ...string) []tea.Msg {
	var out []tea.Msg
	for _, n := range names {
		if len(n) > 5 && n[:5] == "text:" {
			for _, r := range n[5:] {
				out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			}
			continue
		}
		out = append(out, press(n))
	}
	return out
}
