package journal

import (
	"os"
	"testing"

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
