package tui_test

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/journalview"
)

// keyState is one screen in one state: how to get there from the app.
type keyState struct {
	name    string
	pbDir   string
	prep    bool
	answers func(testing.TB, common.Common) coach.Answers
	entries int // drafts on the home screen
	journal bool
	keys    string
	wait    string // on screen once there
	// anyKey is a question any key answers ("y deletes, any other key
	// keeps it"): only the listed keys are checked.
	anyKey bool
}

// candidateKeys are the keys tried on every screen: every key of the key
// map and then some.
var candidateKeys = []string{
	"up", "down", "left", "right", "enter", "tab", "shift+tab", "esc", "pgup", "pgdown", "home", "end",
	" ", "backspace", "delete", "shift+up", "shift+down", "ctrl+t", "alt+u", "ctrl+c",
	"?", "/", "1", "2", "3", "5", "9",
	"a", "b", "c", "d", "e", "g", "h", "j", "k", "l", "n", "q", "r", "u", "w", "x", "y", "z", "G", "J", "K",
}

// keyMsg is the message of a key as bubbletea names it.
func keyMsg(name string) tea.KeyMsg {
	types := map[string]tea.KeyType{
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight, "enter": tea.KeyEnter,
		"tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "esc": tea.KeyEsc, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, "backspace": tea.KeyBackspace, "delete": tea.KeyDelete,
		"shift+up": tea.KeyShiftUp, "shift+down": tea.KeyShiftDown, "ctrl+t": tea.KeyCtrlT, "ctrl+c": tea.KeyCtrlC,
	}
	if t, ok := types[name]; ok {
		return tea.KeyMsg{Type: t}
	}
	switch name {
	case " ":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "alt+u":
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'u'}, Alt: true}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// effect is what a key did: the messages its command sent (run once,
// not fed back) and whether the view changed.
func effect(m tea.Model, k tea.KeyMsg) (msgs []tea.Msg, changed bool) {
	before := m.View()
	next, cmd := m.Update(k)
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		switch msg := c().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		default:
			msgs = append(msgs, msg)
		}
	}
	run(cmd)
	return msgs, next.View() != before
}

// typingKey reports whether a key edits text (in a text input).
func typingKey(name string) bool {
	switch name {
	case "left", "right", "home", "end", "backspace", "delete", " ":
		return true
	}
	return len([]rune(name)) == 1
}

func keyStates() []keyState {
	return []keyState{
		{name: "home", entries: 3, keys: "down", wait: "Resume: Offer 2"},
		{name: "home confirm discard", entries: 3, keys: "down x", wait: "any other key", anyKey: true},
		{name: "text", prep: true, wait: "What is the offer called"},
		{name: "multi", prep: true, keys: "tab", wait: "Which client stages"},
		{name: "number", prep: true, keys: "tab tab", wait: "Smallest client"},
		{name: "list input with items", prep: true, keys: "tab tab tab tab tab tab text:peer_group enter", wait: "• peer group"},
		{name: "list items", prep: true, keys: "tab tab tab tab tab tab text:a enter text:b enter up up", wait: "e edits"},
		{name: "tick list", prep: true, answers: offerAndClient, keys: "tab tab down", wait: "[ ] results after months"},
		{name: "choice", prep: true, answers: offerOnly, keys: "tab down", wait: "What stage is the client"},
		{name: "choice with yes", prep: true, answers: allButWalkAway(), keys: "shift+tab", wait: "Can you deliver it well"},
		{name: "yes/no", pbDir: "testdata/kinds", prep: true, wait: "agree up front"},
		{name: "scale", pbDir: "testdata/kinds", prep: true, keys: "tab right", wait: "How sure"},
		{name: "verdict", prep: true, answers: exampleDeal, keys: "down", wait: "Say it like this"},
		{name: "journal list", journal: true, keys: "down", wait: "3 deals"},
		{name: "journal deal", journal: true, keys: "end enter down", wait: "Revisions (2)"},
		{name: "journal verdict", journal: true, keys: "end enter enter", wait: "Revision 2 ·"},
		{name: "journal compare", journal: true, keys: "end enter c", wait: "Answers changed"},
		{name: "journal confirm delete", journal: true, keys: "x", wait: "any other key", anyKey: true},
	}
}

// TestHelpAndKeysAgree: on every screen, each key the full help lists
// does something (changes the screen or sends a message), and each key
// that does something is listed (text inputs aside, where keys type).
// Models hold their fields by pointer, so every key is tried on a state
// built afresh.
func TestHelpAndKeysAgree(t *testing.T) {
	for _, st := range keyStates() {
		for _, size := range [][2]int{{120, 40}, {80, 24}} {
			t.Run(fmt.Sprintf("%s/%dx%d", st.name, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				var j *journal.Journal
				if st.journal {
					j = testJournal(t, newCommon(t, locale.EN, ""))
				}
				fresh := func() tui.Model {
					m, ok := keyStateModel(t, st, size, j).(tui.Model)
					require.True(t, ok)
					return m
				}
				root := fresh()
				listed := map[string]string{}
				for _, b := range root.HelpKeys() {
					for _, k := range b.Keys() {
						listed[k] = b.Help().Key + " " + b.Help().Desc
					}
				}
				require.NotEmpty(t, listed)
				for k, help := range listed {
					msgs, changed := effect(fresh(), keyMsg(k))
					if !changed && len(msgs) == 0 {
						t.Errorf("%q (help %q) is listed but does nothing", k, help)
					}
				}
				if st.anyKey {
					return // "any other key keeps it": every key answers the question
				}
				for _, k := range candidateKeys {
					if _, ok := listed[k]; ok || (root.Typing() && typingKey(k)) {
						continue
					}
					msgs, changed := effect(fresh(), keyMsg(k))
					if changed || len(msgs) > 0 {
						t.Errorf("%q does something (changed %v, sent %v) but the help does not list it", k, changed, msgs)
					}
				}
			})
		}
	}
}

// keyStateModel opens the app, presses the state's keys and checks its
// text is on screen.
func keyStateModel(t *testing.T, st keyState, size [2]int, j *journal.Journal) tea.Model {
	t.Helper()
	c := newCommon(t, locale.EN, st.pbDir)
	opts := tui.Options{Prep: st.prep}
	if st.answers != nil {
		opts.Answers = st.answers(t, c)
	}
	if st.entries > 0 {
		opts.HomeEntries = func() []home.Entry { return homeEntries(st.entries)(c) }
	}
	var m tea.Model = newApp(c, opts)
	m = drive(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
	if j != nil {
		m = drive(m, journalview.OpenWith(j, "", journalview.Options{Exporter: fakeExporter{}}))
	}
	for _, k := range keysOf(st.keys) {
		m = drive(m, k)
	}
	require.Contains(t, m.View(), st.wait)
	return m
}

// testJournal is a journal of three deals, the last with two revisions.
func testJournal(t *testing.T, c common.Common) *journal.Journal {
	t.Helper()
	j, err := journal.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = j.Close() })
	base := exampleDeal(t, c)
	for i, name := range []string{"Bakkerij Jansen", "Garage Noord", "Café de Hoek"} {
		ans := base.Clone()
		ans[coach.IDClientName] = coach.Text(name)
		ref, err := j.SaveSession(t.Context(), "", journal.NewSession{Answers: ans, Assessment: c.Coach.Assess(ans)})
		require.NoError(t, err)
		if i == 0 {
			ans[coach.IDPrice] = coach.Amount(3000)
			_, err = j.SaveSession(t.Context(), "", journal.NewSession{Deal: ref.Deal, Answers: ans, Assessment: c.Coach.Assess(ans)})
			require.NoError(t, err)
		}
	}
	return j
}
