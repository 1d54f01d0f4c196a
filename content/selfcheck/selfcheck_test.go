package selfcheck_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/selfcheck"
)

func TestLoadEmbedded(t *testing.T) {
	set, err := selfcheck.Load()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(set.Statements), selfcheck.MinStatements)
	assert.LessOrEqual(t, len(set.Statements), selfcheck.MaxStatements)
	terms := map[selfcheck.Term]bool{}
	for _, tr := range selfcheck.Traits() {
		info, ok := set.Trait(tr)
		require.True(t, ok, tr)
		terms[info.Term] = true
		assert.NotEmpty(t, info.Advice)
		reverse := 0
		for _, st := range set.Of(tr) {
			if st.Reverse {
				reverse++
			}
			for _, lang := range locale.Langs() {
				assert.NotEmpty(t, st.Text[lang])
			}
		}
		assert.Positive(t, reverse, "trait %s has a reverse-scored statement", tr)
	}
	assert.Len(t, terms, 4, "each trait stands for its own term of the trust equation")
	_, ok := set.Statement("keeps_promises")
	assert.True(t, ok)
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		data string
	}{
		{"unknown key", "traits: []\nstatement: []\n"},
		{"syntax", "traits: [\n"},
		{"only a comment", "# nothing\n"},
		{"a list", "- a\n"},
		{"bad trait and term", "traits:\n  - id: brave\n    term: courage\n    about: {en: a, nl: b}\n    advice: [{en: a, nl: b}]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := selfcheck.Parse([]byte(tt.data), "sc.yaml")
			var le *selfcheck.LoadError
			require.True(t, errors.As(err, &le), "%v", err)
			for _, p := range le.Problems {
				assert.Equal(t, "sc.yaml", p.Pos.File)
				if p.Msg.Key != "input.empty" {
					assert.Positive(t, p.Pos.Line, p.Msg.String())
				}
			}
		})
	}
}

// TestParseCollectsAll: one file with several problems reports them all,
// each at the line of the trait or statement at fault.
func TestParseCollectsAll(t *testing.T) {
	data := `traits:
  - id: brave
    term: courage
    about: {en: a}
    advice: []
statements:
  - id: one
    trait: trustworthy
    text: {en: a, nl: b}
  - id: one
    trait: nobody
    text: {en: a, nl: b}
`
	_, err := selfcheck.Parse([]byte(data), "sc.yaml")
	var le *selfcheck.LoadError
	require.True(t, errors.As(err, &le))
	var got []string
	for _, p := range le.Problems {
		got = append(got, strings.TrimPrefix(p.Msg.Key, "practice.selfcheck.load.")+"@"+itoa(p.Pos.Line))
	}
	for _, want := range []string{"bad_trait@2", "bad_term@2", "missing_translation@2", "missing@2", "duplicate@10", "bad_trait@10", "count@1", "missing@1"} {
		assert.Contains(t, got, want)
	}
	cat := locale.MustLoad(locale.NL)
	assert.NotContains(t, le.Format(cat), "!practice")
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if s == "" {
		return "0"
	}
	return s
}

// The mapping to the trust equation: each trait stands for its term and
// has statements that measure it. Intimacy (the client telling you the
// real situation) is measured, not only saying no; competence includes
// knowing the client's business.
func TestTrustMapping(t *testing.T) {
	set, err := selfcheck.Load()
	require.NoError(t, err)
	tests := []struct {
		trait      selfcheck.Trait
		term       selfcheck.Term
		statements []string // must be among the trait's
	}{
		{selfcheck.Trustworthy, selfcheck.Reliability, []string{"keeps_promises", "names_drawbacks"}},
		{selfcheck.Competent, selfcheck.Credibility, []string{"knows_numbers", "knows_business"}},
		{selfcheck.ClientFocused, selfcheck.SelfOrientation, []string{"client_talks_more", "thinks_of_target"}},
		{selfcheck.SayNo, selfcheck.Intimacy, []string{"real_situation", "asked_worries", "sets_walk_away"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.trait), func(t *testing.T) {
			info, ok := set.Trait(tt.trait)
			require.True(t, ok)
			assert.Equal(t, tt.term, info.Term)
			var ids []string
			for _, st := range set.Of(tt.trait) {
				ids = append(ids, st.ID)
			}
			assert.Subset(t, ids, tt.statements)
		})
	}
	// Recent, countable behaviour: no statement claims "always" or
	// "never"; each is about what happened (the scale counts the last
	// five conversations).
	for _, st := range set.Statements {
		for _, lang := range locale.Langs() {
			text := strings.ToLower(st.Text[lang])
			for _, word := range []string{"always", "never", "altijd", "nooit"} {
				assert.NotContains(t, text, word, st.ID)
			}
		}
	}
	// Dutch names intimacy "vertrouwdheid", not "vertrouwelijkheid".
	info, _ := set.Trait(selfcheck.SayNo)
	assert.True(t, strings.HasPrefix(info.About[locale.NL], "Vertrouwdheid"))
	assert.Equal(t, "vertrouwdheid", locale.MustLoad(locale.NL).T("practice.term.intimacy"))
}
