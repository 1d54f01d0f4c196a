package tui_test

import (
	"regexp"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
)

func start(t *testing.T, lang locale.Lang, ans coach.Answers, w, h int) (tea.Model, func(keys string) tui.Model) {
	t.Helper()
	c := newCommon(t, lang, "")
	var m tea.Model = newApp(c, tui.Options{Prep: true, Answers: ans})
	m = drive(m, tea.WindowSizeMsg{Width: w, Height: h})
	press := func(keys string) tui.Model {
		m = drive(m, keysOf(keys)...)
		app, ok := m.(tui.Model)
		require.True(t, ok)
		return app
	}
	return m, press
}

func TestAnswersMoveOnAndCanBeChanged(t *testing.T) {
	_, press := start(t, locale.EN, nil, 120, 40)
	app := press("text:Growth enter")
	assert.Equal(t, coach.Text("Growth"), app.Interview().Answers()["offer.name"])
	assert.Equal(t, "offer.fit.stages", app.Interview().Current())

	app = press("space down space enter")
	assert.Equal(t, coach.Items("starter", "growing"), app.Interview().Answers()["offer.fit.stages"])

	// Revisit the first question and change it: the header follows at once.
	app = press("shift+tab shift+tab ctrl+u text:Coaching enter")
	assert.Equal(t, coach.Text("Coaching"), app.Interview().Answers()["offer.name"])
	assert.Contains(t, app.View(), "winwin · Coaching")
}

func TestChoiceDigitsAndUnknown(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	ans := coach.Answers{}
	for id, a := range exampleDeal(t, c) {
		if id[:6] == "offer." {
			ans[id] = a
		}
	}
	_, press := start(t, locale.EN, ans, 120, 40)
	app := press("tab 1") // client.stage: starter
	assert.Equal(t, coach.Text("starter"), app.Interview().Answers()["client.stage"])
	assert.Contains(t, app.View(), "not yet", "the tip of the answer just given")
	assert.Equal(t, coach.SayNo, app.Interview().Assessment().Decision)

	app = press("shift+tab 2") // change it to growing
	assert.Equal(t, coach.Text("growing"), app.Interview().Answers()["client.stage"])
	assert.NotContains(t, app.Interview().Assessment().Flags, "stage_too_early")

	app = press("alt+u") // employees unknown
	assert.True(t, app.Interview().Answers()["client.employees"].Unknown)
}

func TestMoneyInput(t *testing.T) {
	tests := []struct {
		lang  locale.Lang
		typed string
		want  float64
		ok    bool
	}{
		{locale.EN, "6500", 6500, true},
		{locale.EN, "6_500", 6500, true},
		{locale.EN, "6,500", 6500, true},
		{locale.NL, "6.500", 6500, true},
		{locale.NL, "6.500,50", 6500.5, true},
		{locale.EN, "6,5,00", 0, false},
		{locale.EN, "-5", 0, false},
		{locale.EN, "abc", 0, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang)+" "+tt.typed, func(t *testing.T) {
			_, press := start(t, tt.lang, nil, 120, 40)
			app := press("tab tab tab tab text:" + tt.typed + " enter")
			got, ok := app.Interview().Answers()["offer.cost"]
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.Equal(t, coach.Amount(tt.want), got)
				assert.Equal(t, "offer.list_price", app.Interview().Current())
			} else {
				assert.Equal(t, "offer.cost", app.Interview().Current(), "a bad amount is not answered")
				assert.Contains(t, app.View(), "✗")
			}
		})
	}
}

func TestOptionalMoneyEmptyIsNotSet(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	ans := exampleDeal(t, c)
	delete(ans, "seller.walk_away")
	_, press := start(t, locale.EN, ans, 120, 40)
	app := press("enter")
	assert.Equal(t, coach.Amount(0), app.Interview().Answers()["seller.walk_away"])
	assert.True(t, app.Interview().OnVerdict())
	assert.Contains(t, app.View(), "no lowest price set")
}

func TestListEditor(t *testing.T) {
	_, press := start(t, locale.EN, nil, 120, 40)
	press("tab tab tab tab tab tab") // offer.benefits
	press("text:one enter text:two enter text:three enter")
	// Up to the items: the last is selected. Move it up, edit the first.
	press("up K up up e ctrl+u text:ONE enter")
	app := press("up d down enter") // delete the last, back to the input, answer
	assert.Equal(t, coach.Items("ONE", "three"), app.Interview().Answers()["offer.benefits"])
}

func TestVerdictReasonLeadsToQuestion(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	ans := exampleDeal(t, c)
	ans["client.stage"] = coach.Text("starter")
	_, press := start(t, locale.EN, ans, 120, 40)
	app := press("")
	require.True(t, app.Interview().OnVerdict())
	app = press("enter") // the card's why: the stage knockout
	assert.False(t, app.Interview().OnVerdict())
	assert.Equal(t, "client.stage", app.Interview().Current(), "the client's stage, not the offer's fit")
}

func TestQuitHelpAndTyping(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	m := newApp(c, tui.Options{Prep: true})
	m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	// In the text input, q and ? are text.
	_, cmd := m.Update(key("q"))
	assert.Nil(t, cmd)
	m = drive(m, key("?"))
	assert.Contains(t, m.View(), "q?")
	// ctrl+c always quits.
	_, cmd = m.Update(key("ctrl+c"))
	require.NotNil(t, cmd)
	assert.Equal(t, tea.QuitMsg{}, cmd())
	// esc goes home, where q quits.
	m = drive(m, key("esc"))
	assert.Contains(t, m.View(), "Prepare a deal")
	_, cmd = m.Update(key("q"))
	require.NotNil(t, cmd)
	assert.Equal(t, tea.QuitMsg{}, cmd())
}

func TestResizeAnywhereIsSafe(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	m := newApp(c, tui.Options{Prep: true, Answers: exampleDeal(t, c)})
	for _, size := range [][2]int{{120, 40}, {40, 10}, {1, 1}, {0, 0}, {59, 16}, {60, 16}, {99, 30}, {100, 30}, {300, 100}, {80, 24}} {
		m = drive(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]}, key("shift+tab"), key("down"))
		v := m.View()
		if size[0] > 0 && size[0] < 60 {
			assert.Contains(t, v, "60×16", "%v", size)
		}
	}
	m = drive(m, tea.WindowSizeMsg{Width: 40, Height: 10})
	assert.Contains(t, m.View(), "60×16")
	m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	assert.NotContains(t, m.View(), "60×16", "the screen recovers when it grows")
}

var missingKey = regexp.MustCompile(`![a-z_]+\.[a-z_.]+`)

// Every screen, in both languages, draws no missing catalog key.
func TestNoMissingStringsOnScreen(t *testing.T) {
	for _, lang := range locale.Langs() {
		c := newCommon(t, lang, "")
		walk := []string{"", "tab", "tab tab tab tab", "tab tab", "pgdown", "pgdown pgdown pgdown pgdown", "esc", "?"}
		for _, size := range twoSizes {
			var m tea.Model = newApp(c, tui.Options{Prep: true})
			m = drive(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, k := range walk {
				m = drive(m, keysOf(k)...)
				assert.Empty(t, missingKey.FindAllString(m.View(), -1), "%s %v after %q", lang, size, k)
			}
			m = drive(newApp(c, tui.Options{Prep: true, Answers: exampleDeal(t, c)}), tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			assert.Empty(t, missingKey.FindAllString(m.View(), -1), "%s verdict", lang)
		}
	}
}
