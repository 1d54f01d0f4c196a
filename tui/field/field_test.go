package field

import (
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/theme"
)

func testCommon(t *testing.T) common.Common {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	cat := locale.MustLoad(locale.EN)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.Ascii)
	return common.New(theme.New(r, true), cat, coach.New(pb, cat))
}

func fieldFor(t *testing.T, c common.Common, id string) Field {
	t.Helper()
	q, ok := c.Playbook.Question(id)
	require.True(t, ok, id)
	f := New(c, q)
	f.SetWidth(76)
	f.Set(coach.Answer{}, false)
	f.Focus()
	return f
}

// press sends keys by name ("enter", "esc", "up", or text to type).
func press(f Field, names ...string) tea.Msg {
	var last tea.Msg
	for _, n := range names {
		var k tea.KeyMsg
		switch n {
		case "enter":
			k = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			k = tea.KeyMsg{Type: tea.KeyEsc}
		case "up":
			k = tea.KeyMsg{Type: tea.KeyUp}
		case "down":
			k = tea.KeyMsg{Type: tea.KeyDown}
		case " ":
			k = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
		default:
			k = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(n)}
		}
		last = nil
		if cmd := f.Update(k); cmd != nil {
			last = cmd()
		}
	}
	return last
}

func TestNumberRules(t *testing.T) {
	c := testCommon(t)
	for _, tc := range []struct {
		name, id, typed string
		submit          bool
		view            string // a part of the view after enter
	}{
		{"a count", "client.employees", "12", true, ""},
		{"a grouped count", "client.employees", "1,200", true, ""},
		{"a negative count in count words", "client.employees", "-3", false, "a number of people cannot be negative"},
		{"a count with decimals", "client.employees", "6.5", false, "is not a whole number"},
		{"an empty count says what to do", "client.employees", "", false, "type a number first"},
		{"an empty amount says what to do", "seller.price", "", false, "type an amount first"},
		{"a negative amount in money words", "seller.price", "-3", false, "an amount cannot be negative"},
		{"an empty optional amount is none", "seller.walk_away", "", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := fieldFor(t, c, tc.id)
			if tc.typed != "" {
				press(f, tc.typed)
			}
			msg := press(f, "enter")
			_, submitted := msg.(SubmitMsg)
			assert.Equal(t, tc.submit, submitted, "enter after %q sends %T", tc.typed, msg)
			assert.NotEqual(t, SkipMsg{ID: tc.id}, msg, "enter never skips silently")
			assert.Contains(t, f.View(), tc.view)
		})
	}
	assert.Contains(t, fieldFor(t, c, "client.employees").View(), "a number, e.g. 12", "a count's placeholder is not money")
}

func TestSizeRange(t *testing.T) {
	c := testCommon(t)
	ans := coach.Answers{"offer.fit.employees.min": coach.Amount(10), "offer.fit.employees.max": coach.Amount(50)}
	for _, tc := range []struct {
		id     string
		v      float64
		refuse string
	}{
		{"offer.fit.employees.max", 5, "smaller than the smallest size (10)"},
		{"offer.fit.employees.max", 10, ""},
		{"offer.fit.employees.max", 80, ""},
		{"offer.fit.employees.min", 60, "larger than the largest size (50)"},
		{"offer.fit.employees.min", 50, ""},
		{"client.employees", 1, ""},
	} {
		got := RangeProblem(c, ans, tc.id, coach.Amount(tc.v))
		if tc.refuse == "" {
			assert.Empty(t, got, "%s = %v", tc.id, tc.v)
		} else {
			assert.Contains(t, got, tc.refuse, "%s = %v", tc.id, tc.v)
		}
	}
	// Without the other end there is nothing to compare.
	assert.Empty(t, RangeProblem(c, coach.Answers{}, "offer.fit.employees.max", coach.Amount(1)))
	assert.Empty(t, RangeProblem(c, ans, "offer.fit.employees.max", coach.UnknownAnswer()))
}

func TestYesNoKeysOnChoices(t *testing.T) {
	c := testCommon(t)
	for _, tc := range []struct {
		id, key, want string
	}{
		{"client.capacity", "y", "yes"},
		{"client.capacity", "n", "no"},
		{"seller.delivery_capacity", "y", "yes"},
		{"disclosure.terms_explained", "n", "no"},
	} {
		f := fieldFor(t, c, tc.id)
		msg, ok := press(f, tc.key).(SubmitMsg)
		require.True(t, ok, "%s: %s answers", tc.id, tc.key)
		assert.Equal(t, coach.Text(tc.want), msg.Answer, tc.id)
		assert.Contains(t, helpKeys(f.Bindings()), "y", tc.id)
	}
	// A choice without yes or no does not offer y and n.
	f := fieldFor(t, c, "client.stage")
	assert.Nil(t, press(f, "y"))
	assert.NotContains(t, helpKeys(f.Bindings()), "y")
}

func helpKeys(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b.Help().Key)
		}
	}
	return out
}

func TestListEditor(t *testing.T) {
	c := testCommon(t)
	f := fieldFor(t, c, "offer.benefits")
	l, ok := f.(*list)
	require.True(t, ok)
	assert.NotContains(t, helpKeys(f.Bindings()), "↑", "no ↑ on an empty list")
	assert.NotContains(t, f.View(), "↑", "the hint offers no ↑ on an empty list")
	press(f, "peer group", "enter", "coaching", "enter")
	assert.Equal(t, []string{"peer group", "coaching"}, l.items)
	for _, k := range helpKeys(f.Bindings()) {
		assert.NotContains(t, k, "k", "k types a letter in the input: not listed as up")
	}
	assert.Contains(t, helpKeys(f.Bindings()), "↑")
	assert.False(t, l.ClaimsBack(), "esc in the input leaves the question")

	press(f, "up")
	assert.True(t, l.onItems)
	assert.True(t, l.ClaimsBack(), "on the items esc is the list's")
	press(f, "esc")
	assert.False(t, l.onItems, "esc on the items goes back to the input")
	assert.True(t, f.Typing())

	// Editing, then esc cancels the edit and keeps the item.
	press(f, "up", "e", "X", "esc")
	assert.Equal(t, []string{"peer group", "coaching"}, l.items)
	assert.True(t, l.onItems)
	press(f, "esc")
	msg, ok := press(f, "enter").(SubmitMsg)
	require.True(t, ok)
	assert.Equal(t, coach.Items("peer group", "coaching"), msg.Answer)
}

func TestTickList(t *testing.T) {
	c := testCommon(t)
	f := fieldFor(t, c, "disclosure.cons")
	s, ok := f.(Suggester)
	require.True(t, ok)
	f.Set(coach.Answer{}, false)
	s.SetSuggestions([]string{"takes 4 hours a month", "results after months", " "})
	f.Focus()
	assert.False(t, f.Typing(), "with items to tick it opens on them")
	v := f.View()
	assert.Contains(t, v, "[ ] takes 4 hours a month")
	assert.Contains(t, v, "[ ] results after months")
	press(f, " ") // tick the first
	assert.Contains(t, f.View(), "[x] takes 4 hours a month")
	press(f, "down", "down") // past the last row: typing
	require.True(t, f.Typing())
	press(f, "my own con", "enter", "Results after months", "enter")
	msg, ok := press(f, "enter").(SubmitMsg)
	require.True(t, ok)
	assert.Equal(t, coach.Items("takes 4 hours a month", "results after months", "my own con"), msg.Answer,
		"ticked suggestions (typing one ticks it), then own items")

	// A saved answer shows its suggestions ticked and the rest as own items.
	f.Set(coach.Items("my own con", "RESULTS after months"), true)
	v = f.View()
	assert.Contains(t, v, "[x] results after months")
	assert.Contains(t, v, "[ ] takes 4 hours a month")
	assert.Contains(t, v, "• my own con")
	assert.Equal(t, 1, strings.Count(v, "results after months"))
}
