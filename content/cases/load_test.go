package cases_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// good is a valid case; the broken cases below change one part of it.
const good = `id: demo
title: {en: "Demo", nl: "Demo"}
pillar: margin
tags: [thin-margin]
story:
  en: "A story."
  nl: "Een verhaal."
verdict: {quadrant: lose-win, decision: renegotiate}
facts:
  seller:
    price: 100
notes:
  seller.price: {en: "Why.", nl: "Waarom."}
`

func TestLoadEmbedded(t *testing.T) {
	lib, err := cases.Load()
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(lib.Cases), 12)
	for _, c := range lib.Cases {
		for _, lang := range locale.Langs() {
			assert.NotEmpty(t, c.Title[lang], "%s title %s", c.ID, lang)
			assert.NotEmpty(t, c.Story[lang], "%s story %s", c.ID, lang)
			for id, n := range c.Notes {
				assert.NotEmpty(t, n[lang], "%s note %s %s", c.ID, id, lang)
			}
		}
		got, ok := lib.Case(c.ID)
		require.True(t, ok)
		assert.Same(t, c, got)
		assert.NotEmpty(t, c.Pos.Notes)
		assert.Positive(t, c.Pos.Verdict.Line)
	}
	assert.Equal(t, lib.IDs(), sortedCopy(lib.IDs()), "library order is file-name order")
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestParseGood(t *testing.T) {
	c, err := cases.Parse([]byte(good), "demo.yaml")
	require.NoError(t, err)
	assert.Equal(t, "demo", c.ID)
	assert.Equal(t, playbook.Margin, c.Pillar)
	assert.Equal(t, cases.Verdict{Quadrant: "lose-win", Decision: "renegotiate"}, c.Verdict)
	assert.Equal(t, "Waarom.", c.Note("seller.price", locale.NL))
	assert.Equal(t, playbook.Pos{File: "demo.yaml", Line: 13, Col: 3}, c.Pos.Notes["seller.price"])
	assert.True(t, c.HasTag("thin-margin"))
	// The facts keep the case file's lines: "price" is on line 11.
	lines := strings.Split(string(c.Facts), "\n")
	require.Greater(t, len(lines), 11)
	assert.Equal(t, "    price: 100", lines[10])
	for i := 0; i < 9; i++ {
		assert.Empty(t, lines[i], "line %d is blanked", i+1)
	}
	assert.Empty(t, strings.TrimSpace(lines[11]), "notes are blanked")
}

// TestParseProblems: every problem is reported at once, each with its line.
func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string // "line:key" of every problem, in order
	}{
		{"syntax error", "id: demo\ntitle: x\n  bad: y: z\n", []string{"3:input.syntax"}},
		{"empty", "   \n", []string{"0:input.empty"}},
		{"binary", "id: \x00", []string{"0:input.binary"}},
		{"not a map", "- a\n- b\n", []string{"1:practice.case.want_map"}},
		{"missing fields", "id: demo\n", []string{
			"1:practice.case.missing", "1:practice.case.missing", "1:practice.case.missing",
			"1:practice.case.missing", "1:practice.case.missing", "1:practice.case.missing",
		}},
		{"missing translation", strings.Replace(good, `nl: "Een verhaal."`, `nl: ""`, 1), []string{"7:practice.case.missing_translation"}},
		{"no nl at all", strings.Replace(good, `title: {en: "Demo", nl: "Demo"}`, `title: {en: "Demo"}`, 1), []string{"2:practice.case.missing_translation"}},
		{"unknown language", strings.Replace(good, `title: {en: "Demo", nl: "Demo"}`, `title: {en: "Demo", nl: "Demo", de: "Demo"}`, 1), []string{"2:practice.case.unknown_lang"}},
		{"unknown quadrant and decision", strings.Replace(good, "{quadrant: lose-win, decision: renegotiate}", "{quadrant: win-both, decision: maybe}", 1), []string{"8:practice.case.bad_quadrant", "8:practice.case.bad_decision"}},
		{"unknown pillar", strings.Replace(good, "pillar: margin", "pillar: price", 1), []string{"3:practice.case.bad_pillar"}},
		{"unknown key", strings.Replace(good, "pillar: margin", "pillar: margin\npilar: margin", 1), []string{"4:practice.case.unknown_key"}},
		{"duplicate key", good + "id: again\n", []string{"14:practice.case.duplicate_key"}},
		{"bad id", strings.Replace(good, "id: demo", "id: Demo Case", 1), []string{"1:practice.case.bad_id"}},
		{"bad tag", strings.Replace(good, "tags: [thin-margin]", "tags: [thin-margin, Bad_Tag]", 1), []string{"4:practice.case.bad_id"}},
		{"facts not a map", strings.Replace(good, "facts:\n  seller:\n    price: 100\n", "facts: 100\n", 1), []string{"9:practice.case.want_map"}},
		{"no notes", strings.Replace(good, "notes:\n  seller.price: {en: \"Why.\", nl: \"Waarom.\"}\n", "notes: {}\n", 1), []string{"12:practice.case.no_notes"}},
		{"bad note id", strings.Replace(good, "seller.price: {", "Seller Price: {", 1), []string{"13:practice.case.bad_id"}},
		{"alias", strings.Replace(good, "pillar: margin", "pillar: &p margin\nx: *p", 1), []string{"4:practice.case.alias"}},
		{"too long", strings.Replace(good, `en: "A story."`, `en: "`+strings.Repeat("a", cases.MaxStory+1)+`"`, 1), []string{"6:practice.case.too_long"}},
		{"many at once", "id: BAD\ntitle: {en: x}\npillar: nope\nstory: {en: a, nl: b}\nverdict: {quadrant: x, decision: go}\nfacts: {a: 1}\nnotes: {x.y: {en: a}}\n", []string{
			"1:practice.case.bad_id", "2:practice.case.missing_translation", "3:practice.case.bad_pillar",
			"5:practice.case.bad_quadrant", "7:practice.case.missing_translation",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := cases.Parse([]byte(tt.data), "case.yaml")
			require.Error(t, err)
			var le *cases.LoadError
			require.True(t, errors.As(err, &le))
			var got []string
			for _, p := range le.Problems {
				assert.Equal(t, "case.yaml", p.Pos.File)
				got = append(got, itoa(p.Pos.Line)+":"+p.Msg.Key)
			}
			assert.Equal(t, tt.want, got)
			// Every problem renders in both languages without a missing key.
			for _, lang := range locale.Langs() {
				out := le.Format(locale.MustLoad(lang))
				assert.NotContains(t, out, "!practice", lang)
				assert.NotContains(t, out, "%!", lang)
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestLoadFSProblems: library-level problems come with file and line, and
// all files are checked before failing.
func TestLoadFSProblems(t *testing.T) {
	other := strings.Replace(good, "id: demo", "id: other", 1)
	fsys := fstest.MapFS{
		"lib/demo.yaml":   {Data: []byte(good)},
		"lib/other.yaml":  {Data: []byte(strings.Replace(good, "id: demo", "id: demo", 1))},
		"lib/third.yaml":  {Data: []byte(other)},
		"lib/broken.yaml": {Data: []byte("id: x\ntitle: x\n  bad: y: z\n")},
		"lib/notes.txt":   {Data: []byte("ignored")},
	}
	_, err := cases.LoadFS(fsys, "lib")
	var le *cases.LoadError
	require.True(t, errors.As(err, &le), "%v", err)
	var got []string
	for _, p := range le.Problems {
		got = append(got, p.Pos.File+":"+itoa(p.Pos.Line)+":"+p.Msg.Key)
	}
	assert.Equal(t, []string{
		"lib/broken.yaml:3:input.syntax",
		"lib/other.yaml:1:practice.case.file_name",
		"lib/other.yaml:1:practice.case.duplicate",
		"lib/third.yaml:1:practice.case.file_name",
	}, got)

	_, err = cases.LoadFS(fstest.MapFS{"empty/readme.md": {Data: []byte("x")}}, "empty")
	require.True(t, errors.As(err, &le))
	assert.Equal(t, "practice.case.none", le.Problems[0].Msg.Key)

	// A playbook beside the cases is not read as a case.
	mixed := fstest.MapFS{"ok/demo.yaml": {Data: []byte(good)}, "ok/playbook.yaml": {Data: []byte("id: default\n")}}
	lib, err := cases.LoadFS(mixed, "ok")
	require.NoError(t, err)
	assert.Equal(t, []string{"demo"}, lib.IDs())
	assert.True(t, cases.HasCases(mixed, "ok"))
	assert.False(t, cases.HasCases(fstest.MapFS{"pb/playbook.yaml": {Data: []byte("x")}}, "pb"))
}

// TestFactsFlowStyle: facts in a one-line JSON-like file are re-encoded,
// still parseable, starting on the facts' own line.
func TestFactsFlowStyle(t *testing.T) {
	data := `{"id": "demo", "title": {"en": "a", "nl": "b"}, "pillar": "margin", "story": {"en": "a", "nl": "b"},` +
		` "verdict": {"quadrant": "win-win", "decision": "go"}, "facts": {"seller": {"price": 5}}, "notes": {"seller.price": {"en": "a", "nl": "b"}}}`
	c, err := cases.Parse([]byte(data), "demo.json")
	require.NoError(t, err)
	assert.Contains(t, string(c.Facts), "price: 5")
}
