package playbook_test

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// contractIDs are the question ids of the deal-file contract in DESIGN.md.
var contractIDs = []string{
	"offer.name", "offer.fit.stages", "offer.fit.employees.min", "offer.fit.employees.max",
	"offer.cost", "offer.list_price", "offer.benefits", "offer.drawbacks",
	"client.name", "client.stage", "client.employees", "client.need", "client.benefits_usable",
	"client.better_alternative", "client.capacity", "client.value", "client.decider",
	"disclosure.client_knowledge", "disclosure.pros", "disclosure.cons", "disclosure.terms_explained", "disclosure.pressure",
	"disclosure.claims_true",
	"seller.price", "seller.strategic_reason", "seller.strategic_value", "seller.group_effect", "seller.delivery_capacity",
	"seller.walk_away",
}

func TestLoadDefault(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	assert.Equal(t, "default", pb.ID)
	assert.True(t, pb.Builtin())
	assert.Equal(t, contractIDs, pb.IDs())
	assert.Equal(t, 60.0, pb.Bar)
	for _, id := range playbook.DecisionIDs() {
		require.Contains(t, pb.Decisions, id)
	}
	for _, d := range playbook.Declines() {
		assert.NotEmpty(t, pb.Declines[d], d)
	}
	// Every text exists in every language.
	for _, q := range pb.Questions {
		for _, lang := range locale.Langs() {
			assert.NotEmpty(t, q.Text[lang], "%s text %s", q.ID, lang)
			assert.NotEmpty(t, q.Help[lang], "%s help %s", q.ID, lang)
			for _, o := range q.Options {
				assert.NotEmpty(t, o.Label[lang], "%s.%s label %s", q.ID, o.Value, lang)
			}
		}
	}
}

// Every scored question of the default playbook has a question to ask
// when its answer is unknown, in every language: it is an item of "find
// out before the call".
func TestEveryScoredQuestionHasAnAskText(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	assert.Equal(t, 2, pb.Version, "coach v2")
	for _, q := range pb.Questions {
		if !q.Scored() {
			continue
		}
		for _, lang := range locale.Langs() {
			assert.NotEmpty(t, q.Ask[lang], "%s has no ask text in %s", q.ID, lang)
		}
	}
}

func mini(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("testdata/mini/playbook.yaml")
	require.NoError(t, err)
	return string(data)
}

func TestMiniLoads(t *testing.T) {
	pb, err := playbook.Parse([]byte(mini(t)), "mini.yaml")
	require.NoError(t, err)
	assert.Equal(t, []string{"client.stage", "seller.price"}, pb.IDs())
	require.Len(t, pb.Flags, 1)
	assert.False(t, pb.Builtin(), "only LoadDefault's playbook is the built-in one")
}

// problems parses src and returns its problems; it fails the test when
// src loads.
func problems(t *testing.T, src string) []playbook.Problem {
	t.Helper()
	pb, err := playbook.Parse([]byte(src), "pb.yaml")
	require.Error(t, err, "the playbook should not load")
	assert.Nil(t, pb)
	var le *playbook.LoadError
	require.True(t, errors.As(err, &le), "a *LoadError, got %T", err)
	require.NotEmpty(t, le.Problems)
	for _, p := range le.Problems {
		assert.Equal(t, "pb.yaml", p.Pos.File)
	}
	return le.Problems
}

// edit replaces old (which must occur once) with new in the mini playbook.
func edit(t *testing.T, old, new string) string {
	t.Helper()
	src := mini(t)
	require.Equal(t, 1, strings.Count(src, old), "%q must occur once", old)
	return strings.Replace(src, old, new, 1)
}

// lineOf is the 1-based line of the first occurrence of s in src.
func lineOf(t *testing.T, src, s string) int {
	t.Helper()
	i := strings.Index(src, s)
	require.GreaterOrEqual(t, i, 0, "%q not in source", s)
	return strings.Count(src[:i], "\n") + 1
}

func TestProblemKinds(t *testing.T) {
	cases := []struct {
		name     string
		old, new string
		key      string // the message key of the first problem
		at       string // text on the line the problem must point to
		args     []any  // the message's arguments, when checked
	}{
		{
			name: "missing translation",
			old:  `text: {en: "Price?", nl: "Prijs?"}`, new: `text: {en: "Price?"}`,
			key: "playbook.missing_translation", at: `text: {en: "Price?"}`,
			args: []any{"questions.seller.price.text", "nl"},
		},
		{
			name: "unknown id in condition, with suggestion",
			old:  `when: "client.stage == 'early'"`, new: `when: "client.stag == 'early'"`,
			key: "playbook.unknown_id", at: `when: "client.stag`,
			args: []any{"client.stag", "client.stage"},
		},
		{
			name: "unknown id in condition, nothing near",
			old:  `when: "client.stage == 'early'"`, new: `when: "budget.size > 3"`,
			key: "playbook.unknown_id_plain", at: `when: "budget.size`,
		},
		{
			name: "duplicate id",
			old:  "      - id: seller.price\n", new: "      - id: client.stage\n",
			key: "playbook.duplicate", at: "      - id: client.stage\n        kind: money",
			args: []any{"client.stage"},
		},
		{
			name: "score out of range",
			old:  `score: 20}`, new: `score: 120}`,
			key: "playbook.score_range", at: `score: 120}`,
		},
		{
			name: "unknown key with suggestion",
			old:  "        kind: money\n", new: "        kidn: money\n",
			key: "playbook.unknown_key", at: "kidn: money",
			args: []any{"sections[].questions[].kidn", "kind"},
		},
		{
			name: "bad kind",
			old:  "        kind: money\n", new: "        kind: price\n",
			key: "playbook.bad_kind", at: "kind: price",
		},
		{
			name: "bad severity",
			old:  "severity: knockout", new: "severity: fatal",
			key: "playbook.bad_severity", at: "severity: fatal",
		},
		{
			name: "expression that does not compile",
			old:  `score: "seller.price >= 100 ? 100 : 0"`, new: `score: "seller.price >= 'a'"`,
			key: "playbook.bad_expr", at: `score: "seller.price >= 'a'"`,
		},
		{
			name: "condition of the wrong type",
			old:  `when: "client.stage == 'early'"`, new: `when: "seller.price + 1"`,
			key: "playbook.bad_expr", at: `when: "seller.price + 1"`,
		},
		{
			name: "raw control character",
			old:  `help: {en: "Your price.", nl: "Jouw prijs."}`, new: "help: {en: \"Your \x1b[31mprice.\", nl: \"Jouw prijs.\"}",
			key: "input.syntax", at: "\x1b",
		},
		{
			name: "missing decision",
			old:  "  renegotiate: {title: {en: \"Talk\", nl: \"Praten\"}, summary: {en: \"Talk.\", nl: \"Praat.\"}}\n", new: "",
			key: "playbook.missing", at: "  go: {title",
			args: []any{"decisions.renegotiate"},
		},
		{
			name: "condition that loops too long",
			old:  `when: "client.stage == 'early'"`, new: `when: "let r = 1..999; any(r, any(r, any(r, # < 0)))"`,
			key: "playbook.expr_budget", at: `when: "let r`,
		},
		{
			name: "condition that fails when it runs",
			old:  `when: "client.stage == 'early'"`, new: `when: "int(client.stage) > 2"`,
			key: "playbook.expr_runtime", at: `when: "int(client.stage)`,
		},
		{
			name: "syntax error with line and column",
			old:  `title: {en: "Mini", nl: "Mini"}`, new: `title: {en: "Mini", nl: "Mini"`,
			key: "input.syntax_in", at: "sections:",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := edit(t, tc.old, tc.new)
			ps := problems(t, src)
			p := ps[0]
			assert.Equal(t, tc.key, p.Msg.Key, "got %v", ps)
			assert.Equal(t, lineOf(t, src, tc.at), p.Pos.Line, "line of %v", p)
			assert.Positive(t, p.Pos.Col, "column of %v", p)
			if tc.args != nil {
				assert.Equal(t, tc.args, p.Msg.Args)
			}
		})
	}
}

// A playbook with several problems reports all of them, each at its line.
func TestEveryProblemAtOnce(t *testing.T) {
	src := mini(t)
	src = strings.Replace(src, `text: {en: "Price?", nl: "Prijs?"}`, `text: {en: "Price?"}`, 1)
	src = strings.Replace(src, `score: 20}`, `score: -5}`, 1)
	src = strings.Replace(src, `when: "client.stage == 'early'"`, `when: "client.stag == 'early'"`, 1)
	src = strings.Replace(src, "      - id: seller.price\n", "      - id: client.stage\n", 1)
	ps := problems(t, src)
	keys := map[string]int{}
	for _, p := range ps {
		keys[p.Msg.Key] = p.Pos.Line
		assert.Positive(t, p.Pos.Line, "%v", p)
	}
	assert.Equal(t, lineOf(t, src, `text: {en: "Price?"}`), keys["playbook.missing_translation"])
	assert.Equal(t, lineOf(t, src, `score: -5}`), keys["playbook.score_range"])
	assert.Equal(t, lineOf(t, src, `when: "client.stag`), keys["playbook.unknown_id"])
	assert.Contains(t, keys, "playbook.duplicate")
}

// Problems translate with every key present in both catalogs, and format
// as file:line:col: reason.
func TestProblemFormat(t *testing.T) {
	src := edit(t, `when: "client.stage == 'early'"`, `when: "client.stag == 'early'"`)
	_, err := playbook.Parse([]byte(src), "pb.yaml")
	var le *playbook.LoadError
	require.True(t, errors.As(err, &le))
	line := lineOf(t, src, `when: "client.stag`)
	for _, lang := range locale.Langs() {
		out := le.Format(locale.MustLoad(lang))
		assert.NotContains(t, out, "!playbook.")
		assert.Regexp(t, `^pb\.yaml:`+strconv.Itoa(line)+`:\d+: .*client\.stag.*client\.stage`, out)
	}
	assert.Contains(t, le.Error(), "playbook.unknown_id")
}

func TestBadInputs(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		key  string
	}{
		{"empty", []byte(""), "input.empty"},
		{"blank", []byte("  \n\n"), "input.empty"},
		{"binary", []byte("id: x\x00\x01"), "input.binary"},
		{"invalid utf-8", []byte("id: \xff\xfe"), "input.binary"},
		{"too large", []byte(strings.Repeat("#", 1<<20+1)), "input.too_large"},
		{"a list, not a map", []byte("- a\n- b\n"), "playbook.want_map"},
		{"alias", []byte("id: &x a\nversion: *x\n"), "playbook.alias"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := problems(t, string(tc.data))
			assert.Equal(t, tc.key, ps[0].Msg.Key, "%v", ps)
		})
	}
}

func TestLoadFSMissingFile(t *testing.T) {
	_, err := playbook.LoadFS(os.DirFS(t.TempDir()), ".")
	var le *playbook.LoadError
	require.True(t, errors.As(err, &le))
	assert.Equal(t, "playbook.unreadable", le.Problems[0].Msg.Key)
}

func TestNearest(t *testing.T) {
	ids := []string{"client.stage", "client.need", "seller.price"}
	assert.Equal(t, "client.stage", playbook.Nearest("client.stge", ids))
	assert.Equal(t, "seller.price", playbook.Nearest("seller.prize", ids))
	assert.Equal(t, "", playbook.Nearest("budget", ids))
	assert.Equal(t, "", playbook.Nearest(strings.Repeat("x", 100), ids))
}

// The embedded playbook reads the same through content.FS as through
// LoadDefault; lint and --playbook use LoadFS on a directory.
func TestLoadFSDefaultDir(t *testing.T) {
	pb, err := playbook.LoadFS(content.FS, "playbooks/default")
	require.NoError(t, err)
	assert.Len(t, pb.Questions, len(contractIDs))
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := playbook.LoadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
