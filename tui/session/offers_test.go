package session

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui"
	"github.com/winwincoach/winwin/tui/nav"
)

// nopSaver stands in for autosave.
type nopSaver struct{ err error }

func (nopSaver) Ticket() uint64                                               { return 1 }
func (nopSaver) Unsaved() []string                                            { return nil }
func (nopSaver) SaveAnswer(uint64, string, coach.Answer, coach.Answers) error { return nil }
func (s nopSaver) SaveVerdict(coach.Answers, *coach.Assessment) error         { return s.err }

// offerLog records the offers saved.
type offerLog struct {
	saved []string
	err   error
}

func (o *offerLog) SaveOffer(_ context.Context, _ string, ans coach.Answers) (int64, error) {
	name, _ := ans.Str(coach.IDOfferName)
	o.saved = append(o.saved, name)
	return 1, o.err
}

// The offer is saved at the verdict of a new deal, and of a revised deal
// only when an offer answer changed; never without a name.
func TestOfferSavedAtVerdict(t *testing.T) {
	ans := coach.Answers{"offer.name": coach.Text("Advice day"), "offer.cost": coach.Amount(600)}
	a := &coach.Assessment{}

	log := &offerLog{}
	s := newOfferSaver(nopSaver{}, log, "", nav.PrepMsg{})
	require.NoError(t, s.SaveVerdict(ans, a))
	require.NoError(t, s.SaveVerdict(ans, a))
	assert.Equal(t, []string{"Advice day"}, log.saved, "a new deal's offer once, not at every visit of the verdict")

	log = &offerLog{}
	s = newOfferSaver(nopSaver{}, log, "", nav.PrepMsg{Answers: ans, Deal: 7})
	require.NoError(t, s.SaveVerdict(ans, a))
	assert.Empty(t, log.saved, "looking at an old deal leaves the saved offer alone")
	require.NoError(t, s.SaveAnswer(2, "client.name", coach.Text("X"), ans))
	require.NoError(t, s.SaveVerdict(ans, a))
	assert.Empty(t, log.saved)
	require.NoError(t, s.SaveAnswer(3, "offer.cost", coach.Amount(650), ans))
	require.NoError(t, s.SaveVerdict(ans, a))
	assert.Equal(t, []string{"Advice day"}, log.saved, "a changed offer is saved again")

	log = &offerLog{}
	s = newOfferSaver(nopSaver{}, log, "", nav.PrepMsg{})
	require.NoError(t, s.SaveVerdict(coach.Answers{"offer.cost": coach.Amount(1)}, a))
	assert.Empty(t, log.saved, "an offer without a name is not saved")

	log = &offerLog{err: errors.New("disk full")}
	s = newOfferSaver(nopSaver{}, log, "", nav.PrepMsg{})
	assert.EqualError(t, s.SaveVerdict(ans, a), "disk full")
	s = newOfferSaver(nopSaver{err: errors.New("locked")}, log, "", nav.PrepMsg{})
	assert.EqualError(t, s.SaveVerdict(ans, a), "locked", "the verdict's failure comes first")
}

// runApp feeds msgs to the app and runs their commands synchronously.
func runApp(m tea.Model, msgs ...tea.Msg) tea.Model {
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		msgs = append(msgs, runCmds(cmd)...)
	}
	return m
}

func runCmds(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runCmds(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// A whole deal typed in saves its offer at the verdict; the next "prepare
// a deal" offers it, and picking it fills in the offer's answers.
func TestOfferRoundTripThroughTheApp(t *testing.T) {
	j, err := journal.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { j.Close() })
	cfg := config(t, locale.EN, j)

	deal := coach.Answers{
		"offer.name": coach.Text("Advice day"), "offer.cost": coach.Amount(600), "offer.list_price": coach.Amount(1250),
		"client.name": coach.Text("Garage Noord"),
	}
	for _, q := range cfg.Playbook.Questions {
		if _, ok := deal[q.ID]; !ok {
			deal[q.ID] = coach.UnknownAnswer()
		}
	}
	cfg.Prep, cfg.Answers = true, deal
	m := New(cfg)
	runApp(m, append([]tea.Msg{tea.WindowSizeMsg{Width: 100, Height: 30}}, runCmds(m.Init())...)...)
	offers, err := j.Offers(context.Background(), "")
	require.NoError(t, err)
	require.Len(t, offers, 1, "reaching the verdict of a prepared deal file saves its offer")
	assert.Equal(t, "Advice day", offers[0].Name)
	assert.NotContains(t, offers[0].Answers, "client.name", "only the offer's answers")

	cfg.Prep, cfg.Answers = false, nil
	m = runApp(New(cfg), tea.WindowSizeMsg{Width: 100, Height: 30}, tea.KeyMsg{Type: tea.KeyEnter})
	assert.Contains(t, m.View(), "A new offer", "prepare a deal offers the saved offers first")
	m = runApp(m, tea.KeyMsg{Type: tea.KeyEnter})
	root, ok := m.(tui.Model)
	require.True(t, ok)
	got := root.Interview().Answers()
	assert.Equal(t, coach.Amount(600), got["offer.cost"])
	assert.NotContains(t, got, "client.name")
	assert.False(t, strings.HasPrefix(root.Interview().Current(), "offer.name"), "the interview opens past the offer's name")
}

// The journal's home entry opens the journal screen; without a journal
// there is none.
func TestJournalEntry(t *testing.T) {
	assert.Empty(t, journalEntries(Common(config(t, locale.EN, nil)), config(t, locale.EN, nil)))
	j, err := journal.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { j.Close() })
	cfg := config(t, locale.EN, j)
	entries := journalEntries(Common(cfg), cfg)
	require.Len(t, entries, 1)
	assert.Equal(t, "Journal", entries[0].Title)
	open, ok := entries[0].Msg.(nav.OpenMsg)
	require.True(t, ok)
	m := runApp(New(cfg), tea.WindowSizeMsg{Width: 100, Height: 30}, open)
	assert.Contains(t, m.View(), "No deals yet")
}
