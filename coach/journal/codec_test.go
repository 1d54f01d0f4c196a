package journal

import (
	"math"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
)

func TestAnswerCodecRoundTrip(t *testing.T) {
	for name, a := range map[string]coach.Answer{
		"unknown":         coach.UnknownAnswer(),
		"text":            coach.Text("growing"),
		"empty text":      coach.Text(""),
		"unknown as text": coach.Text("unknown"),
		"amount":          coach.Amount(6500),
		"fraction":        coach.Amount(0.1 + 0.2),
		"unset optional":  coach.Amount(0),
		"huge":            coach.Amount(1e12),
		"yes":             coach.YesNo(true),
		"no":              coach.YesNo(false),
		"list":            coach.Items("a", "b, c", "ünïcode ✓"),
		"empty list":      coach.Items(),
		"nil list":        {Value: []string(nil)},
		"no value":        {},
		"unknown value":   {Unknown: true, Value: "kept"},
	} {
		t.Run(name, func(t *testing.T) {
			data, err := marshalAnswer(a)
			require.NoError(t, err)
			back, err := unmarshalAnswer(data)
			require.NoError(t, err)
			assert.Equal(t, a, back, data)
		})
	}
}

// A deal file read, stored, read back and written again is the same file.
func TestDealFileSurvivesTheJournal(t *testing.T) {
	c := testCoach(t)
	data, err := os.ReadFile("../testdata/example.yaml")
	require.NoError(t, err)
	ans, err := dealfile.Parse(c.Playbook(), data, "example.yaml")
	require.NoError(t, err)
	ans["seller.walk_away"] = coach.Amount(0) // "empty if not set"
	ans["client.need"] = coach.UnknownAnswer()

	j := openTest(t)
	ref := saveDeal(t, j, c, "", 0, ans)
	s, err := j.Get(ctx, "", ref)
	require.NoError(t, err)
	assert.Equal(t, ans, s.Answers)
	want, err := dealfile.Marshal(c.Playbook(), ans)
	require.NoError(t, err)
	got, err := dealfile.Marshal(c.Playbook(), s.Answers)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

// The object form, which every answer can be written in, reads back too.
func TestAnswerObjectForm(t *testing.T) {
	for data, want := range map[string]coach.Answer{
		`{"t":"s","v":"growing"}`:      coach.Text("growing"),
		`{"t":"n","v":6500}`:           coach.Amount(6500),
		`{"t":"b","v":true}`:           coach.YesNo(true),
		`{"t":"l","v":["a"]}`:          coach.Items("a"),
		`{"u":true}`:                   coach.UnknownAnswer(),
		`"tab\tand \"quotes\" \u00e9"`: coach.Text("tab\tand \"quotes\" é"),
	} {
		got, err := unmarshalAnswer(data)
		require.NoError(t, err, data)
		assert.Equal(t, want, got, data)
	}
	for _, bad := range []string{``, `nul`, `{"t":"x","v":1}`, `{"t":"n","v":"x"}`, `"open`, `[1]`} {
		_, err := unmarshalAnswer(bad)
		assert.Error(t, err, bad)
	}
}

// Text is stored as UTF-8: invalid bytes become U+FFFD, as everywhere in
// winwin's output.
func TestInvalidUTF8BecomesReplacementChar(t *testing.T) {
	data, err := marshalAnswer(coach.Text("caf\xe9"))
	require.NoError(t, err)
	got, err := unmarshalAnswer(data)
	require.NoError(t, err)
	assert.Equal(t, coach.Text("caf\uFFFD"), got)
}

func FuzzAnswerRoundTrip(f *testing.F) {
	f.Add("growing", 6500.0, true)
	f.Add("unknown", 0.0, false)
	f.Add("\"quoted\" \\ back\nslash <html> & é ✓", -1e-300, true)
	f.Fuzz(func(t *testing.T, s string, v float64, b bool) {
		if !utf8.ValidString(s) || math.IsNaN(v) || math.IsInf(v, 0) {
			t.Skip()
		}
		ans := coach.Answers{"s": coach.Text(s), "v": coach.Amount(v), "b": coach.YesNo(b), "l": coach.Items(s, s)}
		data, err := marshalAnswers(ans)
		require.NoError(t, err)
		back, err := unmarshalAnswers(data)
		require.NoError(t, err)
		assert.Equal(t, ans, back)
	})
}

// Whatever the bytes, reading answers never panics, and what it reads
// writes back to the same answers.
func FuzzUnmarshalAnswers(f *testing.F) {
	f.Add(`{"a":"x","b":1.5,"c":true,"d":["p","q\"r"],"e":{"u":true},"f":{"t":"l","v":null},"g":{}}`)
	f.Add(`{ "a" : [ ] , "b":-0.0 }`)
	f.Add(`{"a":{"x":[1,{"y":"]}"}]}}`)
	f.Add(`{"a":-Inf}`)
	f.Fuzz(func(t *testing.T, data string) {
		ans, err := unmarshalAnswers(data)
		if err != nil {
			return
		}
		again, err := marshalAnswers(ans)
		require.NoError(t, err)
		back, err := unmarshalAnswers(again)
		require.NoError(t, err)
		assert.Equal(t, ans, back)
	})
}
