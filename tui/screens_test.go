package tui_test

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/nav"
)

// screenCase is one screen to golden: how to start, which keys to press,
// and what must be on screen before the final View is taken.
type screenCase struct {
	name    string
	lang    locale.Lang
	pbDir   string
	prep    bool
	answers func(t testing.TB, c common.Common) coach.Answers
	keys    string
	wait    []string
	sizes   [][2]int
	// entries are the home screen's entries after "prepare a deal".
	entries func(c common.Common) []home.Entry
}

// homeEntries is n drafts and the four menu entries, as a session with
// n drafts open has them.
func homeEntries(n int) func(c common.Common) []home.Entry {
	return func(c common.Common) []home.Entry {
		var out []home.Entry
		for i := n; i >= 1; i-- {
			out = append(out, home.Entry{Title: fmt.Sprintf("Resume: Offer %d", i), Detail: "1 of 25 answered, a minute ago",
				Msg: nav.HomeMsg{}, Discard: func() tea.Msg { return nav.HomeMsg{} }})
		}
		for _, t := range []string{"Journal", "Practise a case", "Take the self-check", "Your progress"} {
			out = append(out, home.Entry{Title: t, Detail: "a menu entry with a detail long enough to be cut at eighty columns", Msg: nav.HomeMsg{}})
		}
		return out
	}
}

var twoSizes = [][2]int{{120, 40}, {80, 24}}

// offerOnly is the example deal's offer section: the interview opens on
// the client's name.
func offerOnly(t testing.TB, c common.Common) coach.Answers {
	out := coach.Answers{}
	for id, a := range exampleDeal(t, c) {
		if len(id) > 6 && id[:6] == "offer." {
			out[id] = a
		}
	}
	return out
}

// offerAndClient is the example deal's offer and client sections.
func offerAndClient(t testing.TB, c common.Common) coach.Answers {
	out := coach.Answers{}
	for id, a := range exampleDeal(t, c) {
		if strings.HasPrefix(id, "offer.") || strings.HasPrefix(id, "client.") {
			out[id] = a
		}
	}
	return out
}

// allButWalkAway opens on the last question with the pane showing the
// whole deal; changes are applied on top.
func allButWalkAway(changes ...any) func(testing.TB, common.Common) coach.Answers {
	return func(t testing.TB, c common.Common) coach.Answers {
		ans := exampleDeal(t, c)
		delete(ans, "seller.walk_away")
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

func screenCases() []screenCase {
	return []screenCase{
		{name: "home", wait: []string{"Prepare a deal"}},
		{name: "home_full_help", keys: "?", wait: []string{"ctrl+c"}},
		{name: "home_8_drafts", entries: homeEntries(8), keys: "down", wait: []string{"Your progress"}},
		{name: "home_scrolled", entries: homeEntries(30), keys: "down down down down down down down down down down down down down down down down down down down down",
			wait: []string{"❯ Resume: Offer 11", "more"}},
		{name: "home_discard", entries: homeEntries(2), keys: "down x", wait: []string{"any other key"}},
		{name: "list_tick", prep: true, answers: offerAndClient, keys: "tab tab", wait: []string{"From the offer"}},
		{name: "text", prep: true, keys: "text:Bakkerij_Jansen", wait: []string{"Bakkerij Jansen"}},
		{name: "multi", prep: true, keys: "tab down space", wait: []string{"[x] Growing"}},
		{name: "number", prep: true, keys: "tab tab text:12", wait: []string{"Smallest client", "12"}},
		{name: "money", prep: true, keys: "tab tab tab tab text:6_500", wait: []string{"cost you to deliver", "6 500"}},
		{name: "money_invalid", prep: true, keys: "tab tab tab tab text:6,5,00", wait: []string{"is not an amount"}},
		{name: "money_ambiguous_nl", lang: locale.NL, prep: true, keys: "tab tab tab tab text:4,500", wait: []string{"is dubbelzinnig: typ 4.500 of 4500"}},
		{name: "list", prep: true, keys: "tab tab tab tab tab tab text:peer_group enter text:monthly_coaching enter",
			wait: []string{"• monthly coaching"}},
		{name: "choice", prep: true, answers: offerOnly, keys: "tab down", wait: []string{"What stage is the client"}},
		{name: "yesno", pbDir: "testdata/kinds", prep: true, wait: []string{"agree up front"}},
		{name: "scale", pbDir: "testdata/kinds", prep: true, keys: "tab right", wait: []string{"How sure", "[4]"}},
		{name: "pane_win_win", prep: true, answers: allButWalkAway(), wait: []string{"win-win → Go"}},
		{name: "pane_win_lose", prep: true, answers: allButWalkAway("client.stage", "starter"), wait: []string{"win-lose → Say no"}},
		{name: "pane_lose_win", prep: true, answers: allButWalkAway("seller.price", 3000), wait: []string{"lose-win → Renegotiate"}},
		{name: "verdict", prep: true, answers: exampleDeal, wait: []string{"What to do"}},
		{name: "verdict_say_no", prep: true, answers: allButWalkAway("client.employees", 150), keys: "pgdown", wait: []string{"wrong size for"}},
		{name: "verdict_exported", prep: true, answers: exampleDeal, keys: "down down down down down down down down down e",
			wait: []string{"Exported deal (.md, .json, .yaml) to:"}},
		{name: "verdict_nl", lang: locale.NL, prep: true, answers: exampleDeal, wait: []string{"Wat je doet"}},
		{name: "question_nl", lang: locale.NL, prep: true, wait: []string{"Hoe heet het aanbod"}},
		{name: "too_small", wait: []string{"40×10"}, sizes: [][2]int{{40, 10}}},
	}
}

// TestScreens goldens the final View of every screen at two sizes.
// Regenerate with: go test ./tui -run TestScreens -update
func TestScreens(t *testing.T) {
	for _, tc := range screenCases() {
		sizes := tc.sizes
		if sizes == nil {
			sizes = twoSizes
		}
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", tc.name, size[0], size[1]), func(t *testing.T) {
				lang := tc.lang
				if lang == "" {
					lang = locale.EN
				}
				c := newCommon(t, lang, tc.pbDir)
				opts := tui.Options{Prep: tc.prep}
				if tc.entries != nil {
					opts.HomeEntries = func() []home.Entry { return tc.entries(c) }
				}
				if tc.answers != nil {
					opts.Answers = tc.answers(t, c)
				}
				tm := screentest.Watch(t, newApp(c, opts), size[0], size[1])
				for _, k := range keysOf(tc.keys) {
					tm.Send(k)
				}
				tm.WaitFor(t, tc.wait...)
				golden.RequireEqual(t, []byte(tm.Final(t)))
			})
		}
	}
}
