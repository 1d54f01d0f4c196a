package journalview

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/journal/journaltest"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/nav"
)

func TestListShowsDealsNewestFirst(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	v := open(t, c, sampleStore(t, c), 120, 40).View()
	assert.Contains(t, v, "12 deals")
	assert.Less(t, strings.Index(v, "Slagerij Bakker"), strings.Index(v, "Bakkerij Jansen"))
	assert.Contains(t, v, "❯ #12")
}

// Text, quadrant and decision filters narrow the list and its count;
// esc in the text filter clears it.
func TestFilters(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	st := sampleStore(t, c)
	s := open(t, c, st, 120, 40)

	s, _ = drive(s, presses("/", "text:jan")...)
	assert.True(t, s.Typing())
	v := s.View()
	assert.Contains(t, v, "1 deal")
	assert.Contains(t, v, "Bakkerij Jansen")
	assert.NotContains(t, v, "Garage Noord")

	s, _ = drive(s, press("enter"))
	assert.False(t, s.Typing(), "enter keeps the filter and leaves the input")
	assert.Contains(t, s.View(), "/jan")

	s, _ = drive(s, presses("/", "esc")...)
	assert.Contains(t, s.View(), "12 deals", "esc clears the text")

	s, _ = drive(s, press("w")) // win-win
	want, err := st.Count(t.Context(), "", journal.Filter{Quadrant: coach.WinWin})
	require.NoError(t, err)
	v = s.View()
	assert.Contains(t, v, "quadrant: win-win")
	assert.Equal(t, want, strings.Count(v, "  win-win  "), v)

	s, _ = drive(s, presses("w", "w", "w", "w", "d", "d", "d", "d", "d")...) // any quadrant, say no (the fifth decision)
	v = s.View()
	assert.Contains(t, v, "quadrant: any")
	assert.Contains(t, v, "decision: Say no")
	assert.NotContains(t, v, "Renegotiate")

	s, _ = drive(s, presses("/", "text:zzz", "enter")...)
	assert.Contains(t, s.View(), "No deal matches this filter")

	// "/" and the text arriving as one burst of keys start the filter too.
	s, _ = drive(s, presses("/", "esc")...)
	s, _ = drive(s, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/bloem")})
	assert.True(t, s.Typing())
	assert.Contains(t, s.View(), "1 deal")
}

// With thousands of deals the screen reads pages around what is shown,
// never the whole table, and drops pages far from the cursor.
func TestListReadsPagesOnly(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	variants, _, err := journaltest.Variants()
	require.NoError(t, err)
	st := newFakeStore()
	st.bulk(c.Coach, variants, 5000)

	s := open(t, c, st, 80, 24)
	assert.Contains(t, s.View(), "5,000 deals")
	assert.LessOrEqual(t, st.read, 2*pageSize, "the first frame reads a page or two")

	s, _ = drive(s, press("end"))
	v := s.View()
	assert.Contains(t, v, "❯ #1 ", "end goes to the oldest deal")
	assert.LessOrEqual(t, st.read, 4*pageSize)

	for range 60 {
		s, _ = drive(s, press("pgup"))
	}
	m, ok := s.(Model)
	require.True(t, ok)
	assert.LessOrEqual(t, len(m.list.pages), 2*keepPages+1, "far pages are dropped")
	assert.Less(t, st.read, 5000/2, "paging never reads the whole table")
	r, ok := m.list.row(m.list.cursor)
	require.True(t, ok, "the row under the cursor is loaded")
	assert.Equal(t, int64(5000-m.list.cursor), r.Deal, "rows are where the count says")
}

// A page or count of an older filter arriving late is dropped.
func TestStaleResultsAreDropped(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	s := open(t, c, sampleStore(t, c), 120, 40)
	m, ok := s.(Model)
	require.True(t, ok)
	old := m.list.gen
	s, _ = drive(s, presses("/", "text:garage")...)
	s, _ = drive(s, countMsg{gen: old, total: 12}, pageMsg{gen: old, page: 0, rows: []journal.Row{{Ref: journal.Ref{Deal: 99}, Client: "Stale"}}})
	v := s.View()
	assert.Contains(t, v, "1 deal")
	assert.NotContains(t, v, "Stale")
}

// A deal opens on its revisions; two marked revisions compare answer by
// answer with the verdict's move; esc walks back to the list and home.
func TestDealRevisionsAndCompare(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	s := open(t, c, sampleStore(t, c), 120, 40)
	s, _ = drive(s, presses("end", "up", "up", "enter")...)
	v := s.View()
	assert.Contains(t, v, "Café de Hoek — Growth programme  #3")
	assert.Contains(t, v, "Revisions (3)")
	assert.Contains(t, v, "Revision 3  win-win · Go")

	s, _ = drive(s, press("c"))
	v = s.View()
	assert.Contains(t, v, "Revision 2 (2026-11-03 08:30) → revision 3 (2026-11-03 09:30)")
	assert.Contains(t, v, "lose-win · Renegotiate  →  win-win · Go")
	assert.Contains(t, v, "4,500  →  6,000")
	assert.Contains(t, v, "Margin        73      90      +17")

	s, _ = drive(s, presses("esc", "down", "down", "space", "up", "up", "space", "c")...)
	v = s.View()
	assert.Contains(t, v, "Revision 1 (2026-11-03 07:30) → revision 3 (2026-11-03 09:30)")
	assert.Contains(t, v, "Answers changed: 2")
	assert.Contains(t, v, "none  →  takes 4 hours a month; results take months")

	s, _ = drive(s, presses("esc", "enter")...)
	assert.Contains(t, s.View(), "Talking points", "enter shows the revision's whole verdict")
	s, out := drive(s, presses("esc", "esc", "esc")...)
	require.Len(t, out, 1)
	assert.IsType(t, nav.HomeMsg{}, out[0])
}

func TestCompareNeedsTwoRevisions(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	s := open(t, c, sampleStore(t, c), 120, 40)
	s, _ = drive(s, presses("enter", "c")...)
	assert.Contains(t, s.View(), "This deal has one revision")
}

// r re-opens the deal's latest revision in the interview, as a revision
// of that deal, from the list, the deal and its verdict.
func TestRevise(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	st := sampleStore(t, c)
	latest, err := st.Get(t.Context(), "", journal.Ref{Deal: 3})
	require.NoError(t, err)
	for _, path := range [][]string{{"end", "up", "up", "r"}, {"end", "up", "up", "enter", "down", "r"}, {"end", "up", "up", "enter", "enter", "r"}} {
		s := open(t, c, st, 120, 40)
		_, out := drive(s, presses(path...)...)
		require.Len(t, out, 1, path)
		p, ok := out[0].(nav.PrepMsg)
		require.True(t, ok, path)
		assert.Equal(t, int64(3), p.Deal)
		assert.Zero(t, p.Draft)
		assert.Equal(t, latest.Answers, p.Answers)
	}
}

// A journal that fails to read says why, in the session's language.
func TestReadFailureIsShown(t *testing.T) {
	c := newCommon(t, locale.NL, termenv.Ascii)
	st := sampleStore(t, c)
	st.fail = &journal.Error{Kind: journal.ErrLocked, Path: "/data/journal.db", Err: errors.New("busy")}
	v := open(t, c, st, 120, 40).View()
	assert.Contains(t, v, "Het logboek /data/journal.db wordt te lang vastgehouden")
}

// Stored verdicts quote what users typed: escapes never reach the screen.
func TestStoredTextIsCleaned(t *testing.T) {
	c := newCommon(t, locale.EN, termenv.Ascii)
	a := &coach.Assessment{Summary: "ok\x1b[2J", Talk: coach.TalkingPoints{Pros: []string{"\x1b]0;evil\apro"}, Cons: []coach.Con{{Text: "con\r"}}},
		Flags: []coach.Flag{{ID: "x", Message: "m\x1b[31m", Because: []string{"a\x07"}}}}
	got := clean(a)
	assert.Equal(t, "ok", got.Summary)
	assert.Equal(t, []string{"pro"}, got.Talk.Pros)
	assert.NotContains(t, got.Talk.Cons[0].Text, "\r")
	assert.Equal(t, "m", got.Flags[0].Message)
	assert.Equal(t, []string{"a"}, got.Flags[0].Because)
	assert.Equal(t, "ok\x1b[2J", a.Summary, "the original is left alone")

	m := Model{c: c}
	assert.Equal(t, "Bakkerij", m.answerText("client.name", coach.Text("Bakkerij\x1b[2J"), true))
}

// A deal saved in English reads in Dutch for a Dutch viewer: the verdict,
// its brief and the comparison derive their words from the stored ids.
func TestSavedVerdictInViewersLanguage(t *testing.T) {
	en := newCommon(t, locale.EN, termenv.Ascii)
	nl := newCommon(t, locale.NL, termenv.Ascii)
	st := sampleStore(t, en)
	saved, err := st.Get(t.Context(), "", journal.Ref{Deal: 3, Revision: 1})
	require.NoError(t, err)
	a, err := saved.Assessment()
	require.NoError(t, err)
	require.Equal(t, "en", a.Lang)
	require.NotEmpty(t, a.Flags)
	dutch := coach.New(en.Playbook, nl.Cat).Assess(saved.Answers)

	s := open(t, nl, st, 120, 60)
	s, _ = drive(s, presses("end", "up", "up", "enter")...)
	s, _ = drive(s, presses("down", "down")...)
	assert.Contains(t, s.View(), "Gereedheid", "the brief of revision 1")
	s, _ = drive(s, press("enter"))
	v := s.View()
	assert.Contains(t, v, dutch.Flags[0].Message)
	assert.NotContains(t, v, a.Flags[0].Message)
	assert.Contains(t, v, report.MoneyLine(dutch, nl.Cat), "the card's money line, lowest price included, in Dutch")

	s, _ = drive(s, presses("esc", "c")...)
	v = s.View()
	assert.Contains(t, v, "Versie 1 (2026-11-03 07:30) → versie 2")
	assert.Contains(t, v, "Verdwenen signalen")
	for _, f := range a.Flags {
		assert.NotContains(t, v, f.Message, "no English flag in the Dutch comparison")
	}
}
