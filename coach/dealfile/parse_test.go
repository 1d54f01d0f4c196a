package dealfile_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

func defaultPlaybook(t testing.TB) *playbook.Playbook {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	return pb
}

func example(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/example.yaml")
	require.NoError(t, err)
	return data
}

func TestParseExample(t *testing.T) {
	pb := defaultPlaybook(t)
	ans, err := dealfile.Parse(pb, example(t), "example.yaml")
	require.NoError(t, err)
	assert.Len(t, ans, len(pb.Questions)-1, "every question of the contract is answered but the strategic value (it does not apply)")
	assert.Equal(t, coach.Text("Growth programme, one year"), ans["offer.name"])
	assert.Equal(t, coach.Items("growing", "established"), ans["offer.fit.stages"])
	assert.Equal(t, coach.Amount(99), ans["offer.fit.employees.max"])
	assert.Equal(t, coach.Amount(4000), ans["offer.cost"])
	assert.Equal(t, coach.Items("takes 4 hours a month", "results after months, not weeks"), ans["offer.drawbacks"])
	// A flow list splits at commas: this is why the README says to quote.
	bare, err := dealfile.Parse(pb, []byte("offer:\n  drawbacks: [takes 4 hours a month, results after months, not weeks]\n"), "bare.yaml")
	require.NoError(t, err)
	assert.Equal(t, coach.Items("takes 4 hours a month", "results after months", "not weeks"), bare["offer.drawbacks"])
	assert.Equal(t, coach.Text("yes"), ans["client.capacity"], "a bare yes is YAML 1.1's true, read as the choice yes")
	assert.Equal(t, coach.Amount(4800), ans["seller.walk_away"])
	for id, a := range ans {
		q, _ := pb.Question(id)
		assert.True(t, coach.Fits(q, a), id)
	}
}

func TestYesNoSpellings(t *testing.T) {
	pb := defaultPlaybook(t)
	for _, tc := range []struct{ in, want string }{
		{"yes", "yes"}, {"no", "no"}, {"true", "yes"}, {"false", "no"},
		{"Yes", "yes"}, {"NO", "no"}, {`"yes"`, "yes"}, {`'no'`, "no"}, {`"true"`, "yes"},
		{"on", "yes"}, {"off", "no"}, {"strained", "strained"}, {"unknown", ""},
	} {
		ans, err := dealfile.Parse(pb, []byte("client:\n  capacity: "+tc.in+"\n"), "d.yaml")
		require.NoError(t, err, tc.in)
		if tc.want == "" {
			assert.Equal(t, coach.UnknownAnswer(), ans["client.capacity"], tc.in)
			continue
		}
		assert.Equal(t, coach.Text(tc.want), ans["client.capacity"], tc.in)
	}
}

func TestJSONWithTabs(t *testing.T) {
	pb := defaultPlaybook(t)
	src := "{\n\t\"client\": {\n\t\t\"name\": \"Example BV\",\n\t\t\"capacity\": true,\n\t\t\"employees\": 6\n\t},\n\t\"seller\": {\"walk_away\": null, \"price\": 6000.5}\n}\n"
	ans, err := dealfile.Parse(pb, []byte(src), "d.json")
	require.NoError(t, err)
	assert.Equal(t, coach.Answers{
		"client.name":      coach.Text("Example BV"),
		"client.capacity":  coach.Text("yes"),
		"client.employees": coach.Amount(6),
		"seller.walk_away": coach.Amount(0),
		"seller.price":     coach.Amount(6000.5),
	}, ans)
}

func TestUnknownAndEmpty(t *testing.T) {
	pb := defaultPlaybook(t)
	src := `
client:
  stage: unknown
  employees: Unknown
  name: "unknown"
seller:
  walk_away:
  price:
disclosure:
  cons: []
`
	ans, err := dealfile.Parse(pb, []byte(src), "d.yaml")
	require.NoError(t, err)
	assert.Equal(t, coach.UnknownAnswer(), ans["client.stage"])
	assert.Equal(t, coach.UnknownAnswer(), ans["client.employees"])
	assert.Equal(t, coach.Text("unknown"), ans["client.name"], "quoted unknown is the text")
	assert.Equal(t, coach.Amount(0), ans["seller.walk_away"], "an empty walk_away means not set")
	assert.NotContains(t, ans, "seller.price", "an empty price is unanswered")
	assert.Equal(t, coach.Items(), ans["disclosure.cons"])
}

func TestEscapesStripped(t *testing.T) {
	pb := defaultPlaybook(t)
	src := "client:\n  name: \"Evil\\e[31m BV\\e]0;title\\a\\r\"\ndisclosure:\n  cons: [\"slow\\e[2J start\", \"\\x9b31m\"]\n"
	ans, err := dealfile.Parse(pb, []byte(src), "d.yaml")
	require.NoError(t, err)
	assert.Equal(t, coach.Text("Evil BV"), ans["client.name"])
	assert.Equal(t, coach.Items("slow start", "31m"), ans["disclosure.cons"])
}

// problemOf parses src and returns its only problem.
func problemsOf(t *testing.T, src []byte) []dealfile.Problem {
	t.Helper()
	_, err := dealfile.Parse(defaultPlaybook(t), src, "d.yaml")
	require.Error(t, err)
	var de *dealfile.Error
	require.True(t, errors.As(err, &de), "%T", err)
	require.NotEmpty(t, de.Problems)
	return de.Problems
}

func TestBadInputs(t *testing.T) {
	cases := []struct {
		name        string
		src         string
		line, col   int
		field       string
		key         string
		args        []any
		noPosition  bool
		formatMatch string // a part of the formatted English message
	}{
		{name: "syntax error", src: "client:\n  name: X\n  stage: [oops\n", line: 3, col: 10, key: "input.syntax", formatMatch: "d.yaml:3:10: syntax error"},
		{name: "syntax error in JSON", src: "{\n\t\"client\": {\"name\": \"X\"}\n\t\"seller\": {}\n}\n", line: 3, col: 2, key: "input.syntax_in"},
		{name: "unknown key, suggested", src: "client:\n  stge: growing\n", line: 2, col: 3, field: "client.stge", key: "deal.unknown_key", args: []any{"client.stage"},
			formatMatch: "d.yaml:2:3: client.stge: unknown key; did you mean client.stage?"},
		{name: "unknown section", src: "clinet:\n  name: X\n", line: 1, col: 1, field: "clinet", key: "deal.unknown_key", args: []any{"client"}},
		{name: "unknown key, nothing near", src: "budget: 5\n", line: 1, col: 1, field: "budget", key: "deal.unknown_key_plain"},
		{name: "unknown choice", src: "client:\n  stage: big\n", line: 2, col: 10, field: "client.stage", key: "deal.bad_choice",
			args: []any{"big", "starter, growing, established, scaling, unknown"}},
		{name: "unknown multi choice", src: "offer:\n  fit:\n    stages: [growing, huge]\n", line: 3, col: 13, field: "offer.fit.stages", key: "deal.bad_choice"},
		{name: "negative money", src: "seller:\n  price: -5\n", line: 2, col: 10, field: "seller.price", key: "money.negative"},
		{name: "negative money as text", src: "seller:\n  price: \"-5\"\n", line: 2, col: 10, field: "seller.price", key: "money.negative"},
		{name: "not an amount", src: "seller:\n  price: lots\n", line: 2, col: 10, field: "seller.price", key: "money.bad"},
		{name: "ambiguous amount", src: "seller:\n  price: 6.500\n", line: 2, col: 10, field: "seller.price", key: "deal.ambiguous_amount"},
		{name: "count with decimals", src: "client:\n  employees: 6.5\n", line: 2, col: 14, field: "client.employees", key: "count.bad"},
		{name: "list where a value goes", src: "client:\n  stage: [growing]\n", line: 2, col: 10, field: "client.stage", key: "deal.want_value"},
		{name: "value where a section goes", src: "client: Example BV\n", line: 1, col: 9, field: "client", key: "deal.want_section"},
		{name: "not a map", src: "- a\n- b\n", line: 1, col: 1, key: "deal.want_map"},
		{name: "alias", src: "offer:\n  name: &n X\nclient:\n  name: *n\n", line: 4, col: 9, field: "client.name", key: "deal.alias"},
		{name: "duplicate answer", src: "client:\n  name: X\n  name: Y\n", line: 3, col: 3, field: "client.name", key: "deal.duplicate_key"},
		{name: "duplicate through a dotted key", src: "client:\n  name: X\nclient.name: Y\n", line: 3, col: 1, field: "client.name", key: "deal.duplicate_key"},
		{name: "empty file", src: "", key: "input.empty", noPosition: true, formatMatch: "d.yaml: the file is empty"},
		{name: "only a comment", src: "# nothing\n", key: "input.empty", noPosition: true},
		{name: "binary", src: "\x89PNG\r\n\x1a\n\x00\x00", key: "input.binary", noPosition: true},
		{name: "too large", src: "a: " + strings.Repeat("x", 1<<20), key: "input.too_large", noPosition: true},
		{name: "too many items", src: "disclosure:\n  pros: [" + strings.Repeat("a, ", 100) + "a]\n", line: 2, col: 9, field: "disclosure.pros", key: "deal.too_many"},
		{name: "parser error yaml/v4 agrees on, without a column", src: "client:\n: name: X\n  stage: growing\n", line: 2, col: 1, key: "input.syntax"},
		{name: "error only yaml/v3 finds", src: "offer:\n  benefits: [peer group, mo?nthly coaching]\n  cost: 5\n", line: 2, col: 3, key: "input.syntax"},
		{name: "second document", src: "client:\n  name: X\n---\nclient:\n  name: Y\n", line: 3, col: 1, key: "deal.second_document"},
		{name: "broken second document", src: "---\nclient:\n  name: X\n---\n: [\n", line: 4, col: 1, key: "deal.second_document"},
		{name: "too long", src: "client:\n  name: " + strings.Repeat("x", 2001) + "\n", line: 2, col: 9, field: "client.name", key: "deal.too_long"},
	}
	en := locale.MustLoad(locale.EN)
	nl := locale.MustLoad(locale.NL)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := problemsOf(t, []byte(tc.src))
			p := ps[0]
			assert.Equal(t, tc.key, p.Msg.Key, "%v", ps)
			assert.Equal(t, "d.yaml", p.File)
			if !tc.noPosition {
				assert.Equal(t, tc.line, p.Line, "line")
				assert.Equal(t, tc.col, p.Col, "column")
			}
			assert.Equal(t, tc.field, p.Field)
			if tc.args != nil {
				assert.Equal(t, tc.args, p.Msg.Args)
			}
			for _, cat := range []*locale.Catalog{en, nl} {
				assert.NotContains(t, p.Format(cat), "!", "every message is in the catalog")
			}
			if tc.formatMatch != "" {
				assert.Contains(t, p.Format(en), tc.formatMatch)
			}
		})
	}
}

// A file of a few thousand bad keys lists MaxProblems of them and counts
// the rest in a last line.
func TestProblemListIsCapped(t *testing.T) {
	var b strings.Builder
	for i := range 35000 {
		fmt.Fprintf(&b, "bad%d: 1\n", i)
	}
	ps := problemsOf(t, []byte(b.String()))
	require.Len(t, ps, dealfile.MaxProblems+1)
	last := ps[len(ps)-1]
	assert.Equal(t, "deal.more_problems", last.Msg.Key)
	assert.Equal(t, []any{35000 - dealfile.MaxProblems}, last.Msg.Args)
	assert.Equal(t, "d.yaml: and 34900 more problems", last.Format(locale.MustLoad(locale.EN)))
}

// One document, closed with "..." or not, is fine.
func TestOneDocumentWithMarkers(t *testing.T) {
	for _, src := range []string{"---\nclient:\n  name: X\n", "client:\n  name: X\n...\n", "---\nclient:\n  name: X\n...\n"} {
		got, err := dealfile.Parse(defaultPlaybook(t), []byte(src), "d.yaml")
		require.NoError(t, err, src)
		assert.Equal(t, coach.Text("X"), got["client.name"])
	}
}

// Every problem of a file is reported, in the order of the file.
func TestAllProblemsAtOnce(t *testing.T) {
	src := "client:\n  stge: growing\n  capacity: maybe\nseller:\n  price: -1\n  walk_away: lots\n"
	ps := problemsOf(t, []byte(src))
	require.Len(t, ps, 4)
	for i, want := range []int{2, 3, 5, 6} {
		assert.Equal(t, want, ps[i].Line)
	}
	_, err := dealfile.Parse(defaultPlaybook(t), []byte(src), "d.yaml")
	var de *dealfile.Error
	require.True(t, errors.As(err, &de))
	assert.Len(t, strings.Split(de.Format(locale.MustLoad(locale.NL)), "\n"), 4)
	assert.Contains(t, de.Error(), "deal.unknown_key")
}

func TestMarshalRoundTrip(t *testing.T) {
	pb := defaultPlaybook(t)
	ans, err := dealfile.Parse(pb, example(t), "example.yaml")
	require.NoError(t, err)
	ans["client.need"] = coach.UnknownAnswer()
	ans["client.name"] = coach.Text("yes")                              // must stay text
	ans["offer.name"] = coach.Text("unknown")                           // must not turn into "unknown"
	ans["disclosure.cons"] = coach.Items("a, b", "# not a comment", "") // commas and hashes survive
	ans["seller.walk_away"] = coach.Amount(0)                           // not set
	ans["seller.price"] = coach.Amount(6000.25)
	out, err := dealfile.Marshal(pb, ans)
	require.NoError(t, err)
	back, err := dealfile.Parse(pb, out, "out.yaml")
	require.NoError(t, err, "%s", out)
	ans["disclosure.cons"] = coach.Items("a, b", "# not a comment") // empty items are dropped
	assert.Equal(t, ans, back, "%s", out)
	assert.Contains(t, string(out), "walk_away:\n", "an unset walk-away is written empty")
}

func TestMarshalSkipsBadAnswers(t *testing.T) {
	pb := defaultPlaybook(t)
	out, err := dealfile.Marshal(pb, coach.Answers{
		"client.stage":   coach.Text("huge"), // not an option
		"seller.price":   coach.Amount(-1),   // negative
		"client.name":    coach.Amount(3),    // wrong type
		"no.such.id":     coach.Text("x"),
		"client.need":    coach.Text("clear"),
		"offer.cost":     coach.UnknownAnswer(),
		"offer.benefits": coach.Items(),
	})
	require.NoError(t, err)
	back, err := dealfile.Parse(pb, out, "out.yaml")
	require.NoError(t, err)
	assert.Equal(t, coach.Answers{"client.need": coach.Text("clear"), "offer.cost": coach.UnknownAnswer(), "offer.benefits": coach.Items()}, back)
}

func BenchmarkParse(b *testing.B) {
	pb := defaultPlaybook(b)
	data := example(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := dealfile.Parse(pb, data, "example.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}

// A flow-list item that starts with digits right after one that ends in
// digits was most likely one item split at a comma: lint warns.
func TestSplitNumbers(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // field and the two items
	}{
		{"euro amount", "offer:\n  benefits: [about €5,500 a year off the bill, pays back]\n", []string{"offer.benefits", "about €5", "500 a year off the bill"}},
		{"quoted is fine", "offer:\n  benefits: [\"about €5,500 a year\", pays back]\n", nil},
		{"words after a comma", "offer:\n  drawbacks: [results after months, not weeks]\n", nil},
		{"numbers that are two items", "offer:\n  fit: {stages: [growing]}\ncases:\n  sizes: [10, 20]\n", []string{"cases.sizes", "10", "20"}},
		{"block lists are not flow lists", "offer:\n  benefits:\n    - about €5\n    - 500 a year\n", nil},
		{"bad YAML gives none", "offer: [\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dealfile.SplitNumbers([]byte(tt.yaml), "f.yaml")
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, tt.want[0], got[0].Field)
			assert.Equal(t, "f.yaml", got[0].File)
			assert.Positive(t, got[0].Line)
			assert.Equal(t, []any{tt.want[1], tt.want[2], tt.want[1] + "," + tt.want[2]}, got[0].Msg.Args)
		})
	}
}
