package offerpick

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/nav"
	"github.com/winwincoach/winwin/tui/theme"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

func newCommon(t testing.TB, lang locale.Lang) common.Common {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	cat := locale.MustLoad(lang)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.Ascii)
	return common.New(theme.New(r, true), cat, coach.New(pb, cat))
}

// fakeStore keeps offers in memory, sorted by name as the journal does.
type fakeStore struct {
	mu     sync.Mutex
	offers []journal.Offer
	err    error
}

func (f *fakeStore) Offers(context.Context, string) ([]journal.Offer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.offers), f.err
}

func (f *fakeStore) DeleteOffer(_ context.Context, _ string, id int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	f.offers = slices.DeleteFunc(f.offers, func(o journal.Offer) bool { return o.ID == id })
	return nil
}

func sampleOffers() *fakeStore {
	growth := coach.Answers{
		"offer.name": coach.Text("Growth programme, one year"), "offer.fit.stages": coach.Items("growing", "established"),
		"offer.fit.employees.min": coach.Amount(1), "offer.fit.employees.max": coach.Amount(99),
		"offer.cost": coach.Amount(4000), "offer.list_price": coach.Amount(6500),
		"offer.benefits": coach.Items("peer group"), "offer.drawbacks": coach.Items("takes 4 hours a month"),
	}
	advice := coach.Answers{"offer.name": coach.Text("Advice day"), "offer.cost": coach.Amount(600), "offer.list_price": coach.Amount(1250)}
	bare := coach.Answers{"offer.name": coach.Text("Team training")}
	return &fakeStore{offers: []journal.Offer{
		{ID: 2, Name: "Advice day", Answers: advice},
		{ID: 1, Name: "Growth programme, one year", Answers: growth},
		{ID: 3, Name: "Team training", Answers: bare},
	}}
}

// drive runs msgs and their commands; messages for the root are returned.
func drive(s nav.Screen, msgs ...tea.Msg) (nav.Screen, []tea.Msg) {
	var out []tea.Msg
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		switch msg.(type) {
		case nav.HomeMsg, nav.PrepMsg, nav.OpenMsg:
			out = append(out, msg)
			continue
		}
		var cmd tea.Cmd
		s, cmd = s.Update(msg)
		if cmd != nil {
			msgs = append(msgs, cmd())
		}
	}
	return s, out
}

func press(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

func picker(t *testing.T, st *fakeStore) nav.Screen {
	t.Helper()
	open, ok := Open(st, "")().(nav.OpenMsg)
	require.True(t, ok, "saved offers open the picker")
	s, _ := open.New(newCommon(t, locale.EN))
	return s.SetSize(100, 30)
}

// Without saved offers, or when they cannot be read, "prepare a deal"
// opens the empty interview as before.
func TestOpenWithoutOffers(t *testing.T) {
	assert.Equal(t, nav.PrepMsg{}, Open(&fakeStore{}, "")())
	assert.Equal(t, nav.PrepMsg{}, Open(&fakeStore{err: errors.New("locked")}, "")())
}

// Picking an offer opens the interview with its answers; "a new offer"
// opens it empty.
func TestPick(t *testing.T) {
	st := sampleOffers()
	_, out := drive(picker(t, st), press("down"), press("enter"))
	require.Len(t, out, 1)
	p, ok := out[0].(nav.PrepMsg)
	require.True(t, ok)
	assert.Equal(t, st.offers[1].Answers, p.Answers)
	assert.Zero(t, p.Deal)

	_, out = drive(picker(t, st), press("up"), press("enter"))
	assert.Equal(t, []tea.Msg{nav.PrepMsg{}}, out, "up from the top wraps to a new offer")

	_, out = drive(picker(t, st), press("esc"))
	assert.Equal(t, []tea.Msg{nav.HomeMsg{}}, out)
}

// d asks first; y deletes, any other key keeps the offer.
func TestDelete(t *testing.T) {
	st := sampleOffers()
	s, _ := drive(picker(t, st), press("d"))
	assert.Contains(t, s.View(), `Delete the offer "Advice day"?`)
	s, _ = drive(s, press("n"))
	assert.Len(t, st.offers, 3)
	assert.NotContains(t, s.View(), "Delete the offer")

	s, _ = drive(s, press("d"), press("y"))
	assert.Len(t, st.offers, 2)
	assert.NotContains(t, s.View(), "Advice day")

	st.err = &journal.Error{Kind: journal.ErrReadOnly, Path: "/ro", Err: errors.New("read-only")}
	s, _ = drive(s, press("d"), press("y"))
	assert.Contains(t, s.View(), "The offer was not deleted")

	_, out := drive(s, press("down"), press("down"), press("d"), press("enter"))
	assert.Equal(t, []tea.Msg{nav.PrepMsg{}}, out, "a new offer cannot be deleted; enter opens it")
}

// TestScreens goldens the picker as "prepare a deal" opens it from home.
// Regenerate with: go test ./tui/offerpick -run TestScreens -update
func TestScreens(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang locale.Lang
		keys []string
		wait string
	}{
		{name: "picker", lang: locale.EN, keys: []string{"down"}, wait: "❯ Growth"},
		{name: "picker_nl", lang: locale.NL},
		{name: "confirm", lang: locale.EN, keys: []string{"d"}, wait: "Delete the offer"},
	} {
		for _, size := range [][2]int{{120, 40}, {80, 24}} {
			t.Run(fmt.Sprintf("%s/%dx%d", tc.name, size[0], size[1]), func(t *testing.T) {
				c := newCommon(t, tc.lang)
				app := tui.New(c, tui.Options{Prepare: Open(sampleOffers(), "")})
				tm := screentest.Watch(t, app, size[0], size[1])
				tm.Send(press("enter"))
				tm.WaitFor(t, c.T("offerpick.new"))
				for _, k := range tc.keys {
					tm.Send(press(k))
				}
				tm.WaitFor(t, tc.wait)
				golden.RequireEqual(t, []byte(tm.Final(t)))
			})
		}
	}
}
