package tui_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/screentest"
)

// dealWith is the example deal with changes on top.
func dealWith(changes ...any) func(testing.TB, common.Common) coach.Answers {
	return func(t testing.TB, c common.Common) coach.Answers {
		ans := exampleDeal(t, c)
		for i := 0; i+1 < len(changes); i += 2 {
			id, _ := changes[i].(string)
			switch v := changes[i+1].(type) {
			case string:
				ans[id] = coach.Text(v)
			case int:
				ans[id] = coach.Amount(float64(v))
			}
		}
		return ans
	}
}

// cardCase is a deal of each decision, with what its card must say.
type cardCase struct {
	name     string
	deal     func(testing.TB, common.Common) coach.Answers
	decision coach.Decision
	words    map[locale.Lang]string
}

func cardCases() []cardCase {
	return []cardCase{
		{"go", dealWith("disclosure.cons", ""), coach.Go,
			map[locale.Lang]string{locale.EN: "win-win: you win, and so does the client", locale.NL: "win-win: jij wint, en de klant ook"}},
		{"go_after_fixes", dealWith("disclosure.pressure", "strong"), coach.GoAfterFixes,
			map[locale.Lang]string{locale.EN: "win-lose: you win, the client loses", locale.NL: "win-lose: jij wint, de klant verliest"}},
		{"renegotiate", dealWith("seller.price", 3000), coach.Renegotiate,
			map[locale.Lang]string{locale.EN: "lose-win: you lose, the client wins", locale.NL: "lose-win: jij verliest, de klant wint"}},
		{"find_out_first", dealWith("client.need", "unclear"), coach.FindOutFirst,
			map[locale.Lang]string{locale.EN: "win-win: you win, and so does the client (so far)", locale.NL: "win-win: jij wint, en de klant ook (voorlopig)"}},
		{"say_no", dealWith("client.employees", 150), coach.SayNo,
			map[locale.Lang]string{locale.EN: "win-lose: you win, the client loses", locale.NL: "win-lose: jij wint, de klant verliest"}},
	}
}

// TestCardScreens goldens the verdict's first screen, the card, for a
// deal of each decision in both languages at both sizes.
// Regenerate with: go test ./tui -run TestCardScreens -update
func TestCardScreens(t *testing.T) {
	for _, tc := range cardCases() {
		for _, lang := range locale.Langs() {
			for _, size := range twoSizes {
				t.Run(fmt.Sprintf("%s_%s/%dx%d", tc.name, lang, size[0], size[1]), func(t *testing.T) {
					c := newCommon(t, lang, "")
					ans := tc.deal(t, c)
					if tc.name == "go" {
						ans["disclosure.cons"] = coach.Items("takes 4 hours a month", "results after months, not weeks")
					}
					require.Equal(t, tc.decision, c.Coach.Assess(ans).Decision)
					tm := screentest.Watch(t, newApp(c, tui.Options{Prep: true, Answers: ans}), size[0], size[1])
					tm.WaitFor(t, tc.words[lang])
					golden.RequireEqual(t, []byte(tm.Final(t)))
				})
			}
		}
	}
}

// selectedLine is the verdict line under the cursor.
func selectedLine(view string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.HasPrefix(l, "❯") {
			return l
		}
	}
	return ""
}

// The round trip: enter on a line opens the question to change; answering
// it, or esc, comes back to the verdict with that line selected.
func TestVerdictRoundTrip(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	_, press := start(t, locale.EN, dealWith("seller.price", 3000)(t, c), 120, 40)
	app := press("")
	require.True(t, app.Interview().OnVerdict())
	assert.Contains(t, selectedLine(app.View()), "below your cost price", "the card's why comes first")

	app = press("enter")
	require.False(t, app.Interview().OnVerdict())
	assert.Equal(t, "seller.price", app.Interview().Current(), "the price is what you would change, not your cost")

	app = press("esc")
	require.True(t, app.Interview().OnVerdict(), "esc goes back to the verdict it came from")

	press("enter")
	app = press("ctrl+u text:6000 enter")
	require.True(t, app.Interview().OnVerdict(), "answering goes back to the verdict")
	assert.Equal(t, coach.Amount(6000), app.Interview().Answers()["seller.price"])
	assert.Contains(t, selectedLine(app.View()), "Price €6,000", "the changed line is selected")

	// Back on the verdict, esc goes home as before.
	app = press("esc")
	assert.Contains(t, app.View(), "Prepare a deal")
}

// A reason about drawbacks left out of the cons opens the cons.
func TestDrawbacksLeftOutOpensTheCons(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	ans := exampleDeal(t, c)
	ans["disclosure.cons"] = coach.Items("takes 4 hours a month")
	_, press := start(t, locale.EN, ans, 120, 40)
	app := press("")
	for i := 0; i < 20 && !strings.Contains(selectedLine(app.View()), "missing drawbacks"); i++ {
		app = press("down")
	}
	require.Contains(t, selectedLine(app.View()), "missing drawbacks")
	app = press("enter")
	assert.Equal(t, "disclosure.cons", app.Interview().Current())
	// Issue 14's tick list: the drawback left out is there to tick.
	assert.Contains(t, app.View(), "[ ] results after months, not weeks")
}

// pgdn and pgup page through the verdict, which stays open.
func TestVerdictPages(t *testing.T) {
	c := newCommon(t, locale.EN, "")
	_, press := start(t, locale.EN, exampleDeal(t, c), 80, 24)
	top := press("").View()
	app := press("pgdown")
	require.True(t, app.Interview().OnVerdict())
	assert.NotEqual(t, top, app.View(), "pgdn scrolls")
	assert.NotContains(t, app.View(), "What to do")
	app = press("pgup")
	assert.Contains(t, app.View(), "What to do")
	assert.Contains(t, app.View(), "pgdn page down")
	assert.NotContains(t, app.View(), "next section")
	assert.NotContains(t, app.View(), "page up", "at the top there is nothing to page up to")
	// At the top, pgup goes to the last section.
	app = press("pgup")
	assert.False(t, app.Interview().OnVerdict())
	assert.Equal(t, "seller.price", app.Interview().Current())
}
