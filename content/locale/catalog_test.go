package locale_test

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/locale"
)

// TestCatalogParity is the test that fails when a key is missing in
// either language, or when a translation takes other arguments.
func TestCatalogParity(t *testing.T) {
	en := locale.MustLoad(locale.EN)
	for _, lang := range locale.Langs()[1:] {
		other := locale.MustLoad(lang)
		assert.Equal(t, en.Keys(), other.Keys(), "the keys of en and %s differ", lang)
		for _, k := range en.Keys() {
			if !other.Has(k) {
				continue // reported above
			}
			assert.Equal(t, en.Verbs(k), other.Verbs(k), "fmt verbs of %s in en and %s", k, lang)
		}
	}
}

// Every string is non-empty: an empty translation shows as nothing.
func TestCatalogNoEmptyStrings(t *testing.T) {
	for _, lang := range locale.Langs() {
		cat := locale.MustLoad(lang)
		require.NotEmpty(t, cat.Keys())
		for _, k := range cat.Keys() {
			assert.NotEmpty(t, cat.T(k), "%s in %s", k, lang)
		}
	}
}

func TestCatalogLookup(t *testing.T) {
	cat := locale.MustLoad(locale.EN)
	assert.Equal(t, locale.EN, cat.Lang())
	assert.Equal(t, "!no.such.key", cat.T("no.such.key"), "a missing key is visible")
	assert.Equal(t, "Your lowest price: 4,800.", cat.T("coach.walk.set", "4,800"))
	assert.Equal(t, "Your lowest price: 4,800.", cat.M(locale.Msg("coach.walk.set", "4,800")))
	assert.Equal(t, "coach.walk.set[4,800]", locale.Msg("coach.walk.set", "4,800").String())
	assert.Equal(t, "input.empty", locale.Msg("input.empty").String())
}

func TestVerbs(t *testing.T) {
	fsys := fstest.MapFS{"l/en/a.yaml": {Data: []byte(`
a: "%s scores %d, %5.1f%% of %[1]s %v"
b: "no verbs"
`)}}
	cat, err := locale.LoadFS(fsys, "l", locale.EN)
	require.NoError(t, err)
	assert.Equal(t, []string{"s", "d", "f", "s", "v"}, cat.Verbs("a"))
	assert.Empty(t, cat.Verbs("b"))
}

func TestLoadFSProblems(t *testing.T) {
	cases := []struct {
		name  string
		files fstest.MapFS
	}{
		{"no files", fstest.MapFS{"l/nl/a.yaml": {Data: []byte("a: b")}}},
		{"duplicate key across files", fstest.MapFS{
			"l/en/a.yaml": {Data: []byte("x:\n  y: one\n")},
			"l/en/b.yaml": {Data: []byte("x:\n  y: two\n")},
		}},
		{"a list is not a string", fstest.MapFS{"l/en/a.yaml": {Data: []byte("x: [a, b]\n")}}},
		{"syntax error", fstest.MapFS{"l/en/a.yaml": {Data: []byte("x: [a\n")}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := locale.LoadFS(tc.files, "l", locale.EN)
			assert.Error(t, err)
		})
	}
}

func TestParseLang(t *testing.T) {
	cases := []struct {
		in   string
		want locale.Lang
		ok   bool
	}{
		{"en", locale.EN, true},
		{"nl", locale.NL, true},
		{"NL", locale.NL, true},
		{"nl_NL.UTF-8", locale.NL, true},
		{"nl-BE", locale.NL, true},
		{"en_GB@euro", locale.EN, true},
		{"de_DE.UTF-8", locale.EN, false},
		{"", locale.EN, false},
		{"C", locale.EN, false},
	}
	for _, tc := range cases {
		got, ok := locale.ParseLang(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		name string
		flag string
		env  map[string]string
		want locale.Lang
	}{
		{"nothing set", "", nil, locale.EN},
		{"flag wins", "nl", map[string]string{"LANG": "en_US.UTF-8"}, locale.NL},
		{"bad flag falls back to env", "xx", map[string]string{"LANG": "nl_NL.UTF-8"}, locale.NL},
		{"LANG", "", map[string]string{"LANG": "nl_NL.UTF-8"}, locale.NL},
		{"LC_MESSAGES before LANG", "", map[string]string{"LC_MESSAGES": "nl_NL", "LANG": "en_US"}, locale.NL},
		{"LC_ALL before all", "", map[string]string{"LC_ALL": "en_US", "LC_MESSAGES": "nl_NL", "LANG": "nl_NL"}, locale.EN},
		{"C is skipped", "", map[string]string{"LC_ALL": "C", "LANG": "nl_NL"}, locale.NL},
		{"POSIX is skipped", "", map[string]string{"LC_ALL": "POSIX", "LANG": "nl_NL"}, locale.NL},
		{"unsupported locale decides", "", map[string]string{"LC_ALL": "de_DE", "LANG": "nl_NL"}, locale.EN},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			getenv := func(k string) string { return tc.env[k] }
			assert.Equal(t, tc.want, locale.Detect(tc.flag, getenv))
		})
	}
}

func TestLangs(t *testing.T) {
	assert.Equal(t, []locale.Lang{locale.EN, locale.NL}, locale.Langs())
	assert.True(t, locale.NL.Valid())
	assert.False(t, locale.Lang("de").Valid())
}
