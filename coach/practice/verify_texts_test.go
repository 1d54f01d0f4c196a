package practice_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// embeddedFile is a case file of the library as written.
func embeddedFile(t *testing.T, id string) string {
	t.Helper()
	data, err := content.FS.ReadFile("cases/" + id + ".yaml")
	require.NoError(t, err)
	return string(data)
}

// withoutDutch cuts a case file's facts_nl block (it is the last one).
func withoutDutch(t *testing.T, file string) string {
	t.Helper()
	i := strings.Index(file, "\nfacts_nl:")
	require.Positive(t, i)
	return file[:i+1]
}

// verifyLines is every problem as field@line:key.
func verifyLines(t *testing.T, c *coach.Coach, file string) []string {
	t.Helper()
	cs, err := cases.Parse([]byte(file), "mine/case.yaml")
	require.NoError(t, err)
	var out []string
	for _, p := range practice.Verify(c, cs) {
		assert.Equal(t, "mine/case.yaml", p.File)
		out = append(out, p.Field+"@"+itoa(p.Line)+":"+p.Msg.Key)
	}
	return out
}

// Every name and list of the facts needs its Dutch text; lint and
// --cases report the one missing at the line of the English fact.
func TestVerifyMissingTranslation(t *testing.T) {
	c := newCoach(t, locale.EN)
	bakery := withoutDutch(t, embeddedFile(t, "bakery-deck-oven"))
	lineOf := func(s string) string {
		return itoa(strings.Count(bakery[:strings.Index(bakery, s)], "\n") + 1)
	}
	assert.Equal(t, []string{
		"facts@" + lineOf("    name: Vulcan") + ":practice.verify.fact_text_missing",
		"facts@" + lineOf("    benefits:") + ":practice.verify.fact_text_missing",
		"facts@" + lineOf("    drawbacks:") + ":practice.verify.fact_text_missing",
		"facts@" + lineOf("    name: Bakkerij") + ":practice.verify.fact_text_missing",
		"facts@" + lineOf("    pros:") + ":practice.verify.fact_text_missing",
		"facts@" + lineOf("    cons:") + ":practice.verify.fact_text_missing",
	}, verifyLines(t, c, bakery))

	cs, err := cases.Parse([]byte(bakery), "mine/case.yaml")
	require.NoError(t, err)
	p := practice.Verify(c, cs)[0]
	assert.Equal(t, "mine/case.yaml:"+lineOf("    name: Vulcan")+":5: facts: offer.name has no nl text: add it under facts_nl", p.Format(c.Catalog()))
	assert.NotContains(t, p.Format(locale.MustLoad(locale.NL)), "%!")

	// One missing among the rest.
	one := strings.Replace(embeddedFile(t, "bakery-deck-oven"), "  client:\n    name: Bakkerij De Korenschoof\n  disclosure:\n    pros: [zo'n", "  disclosure:\n    pros: [zo'n", 1)
	require.NotEqual(t, embeddedFile(t, "bakery-deck-oven"), one)
	assert.Equal(t, []string{"facts@" + lineOf("    name: Bakkerij") + ":practice.verify.fact_text_missing"}, verifyLines(t, c, one))
}

// Only names and lists with words are translated: a choice, or a list the
// facts leave unknown, in facts_nl is refused at its line.
func TestVerifyNeedlessTranslation(t *testing.T) {
	c := newCoach(t, locale.EN)
	file := embeddedFile(t, "webshop-silent-cons")
	file = strings.Replace(file, "    cons: []\n", "    cons: unknown\n", 1)
	file = strings.Replace(file, "    name: Bloemenhuis Madelief\n  disclosure:\n", "    name: Bloemenhuis Madelief\n    stage: gevestigd\n  disclosure:\n    cons: onbekend\n", 1)
	lineOf := func(s string) string {
		return itoa(strings.Count(file[:strings.Index(file, s)], "\n") + 1)
	}
	var got []string
	for _, l := range verifyLines(t, c, file) {
		if strings.Contains(l, "fact_text") {
			got = append(got, l)
		}
	}
	assert.Equal(t, []string{
		"facts_nl@" + lineOf("    stage: gevestigd") + ":practice.verify.fact_text_not_text",
		"facts_nl@" + lineOf("    cons: onbekend") + ":practice.verify.fact_text_nothing",
	}, got)

	// Lint in Dutch checks the same facts: the English ones.
	assert.Equal(t, verifyLines(t, c, file), verifyLines(t, newCoach(t, locale.NL), file))

	// A translated choice is left out of the Dutch facts: a choice is an
	// id in every language.
	cs, err := cases.Parse([]byte(file), "mine/case.yaml")
	require.NoError(t, err)
	nl, err := practice.FactsIn(c, cs, locale.NL)
	require.NoError(t, err)
	assert.Equal(t, coach.Text("established"), nl["client.stage"])
	assert.Equal(t, coach.Text("Bloemenhuis Madelief"), nl["client.name"])
}

// In Dutch, the facts' names and lists are the Dutch ones: what the
// comparison shows and what prefills the offer. Numbers and choices are
// the same in both.
func TestFactsInTheCoachsLanguage(t *testing.T) {
	en, nl := newCoach(t, locale.EN), newCoach(t, locale.NL)
	pb := en.Playbook()
	for _, cs := range library(t).Cases {
		t.Run(cs.ID, func(t *testing.T) {
			fe, fn := facts(t, en, cs), facts(t, nl, cs)
			require.Len(t, fn, len(fe))
			for id, a := range fe {
				q, ok := pb.Question(id)
				require.True(t, ok, id)
				tr, hasNL := cs.FactText(id, locale.NL)
				switch {
				case (q.Kind == playbook.Free || q.Kind == playbook.List) && !a.Unknown && !empty(a):
					require.True(t, hasNL, "%s has no Dutch text", id)
					if q.Kind == playbook.List {
						assert.Equal(t, coach.Items(tr.Items...), fn[id], id)
					} else {
						assert.Equal(t, coach.Text(tr.Items[0]), fn[id], id)
					}
				default:
					assert.False(t, hasNL, "%s is translated", id)
					assert.Equal(t, a, fn[id], id)
				}
			}
			assert.Equal(t, en.Assess(fe).Quadrant, nl.Assess(fn).Quadrant)
			assert.Equal(t, en.Assess(fe).Decision, nl.Assess(fn).Decision)
		})
	}
}

func empty(a coach.Answer) bool {
	switch v := a.Value.(type) {
	case string:
		return v == ""
	case []string:
		return len(v) == 0
	}
	return false
}

// The comparison shows the case's lists in the trainee's language.
func TestScoreShowsDutchFacts(t *testing.T) {
	nl := newCoach(t, locale.NL)
	cs := getCase(t, library(t), "solar-pushy-close")
	at := perfect(t, nl, cs)
	at.Answers["disclosure.cons"] = coach.Items("eerst een dakkeuring")
	r, err := practice.Score(nl, cs, at)
	require.NoError(t, err)
	require.Len(t, r.Diffs, 1)
	assert.Equal(t, "eerst een dakkeuring", r.Diffs[0].TraineeText)
	assert.Equal(t, "eerst een dakkeuring; terugverdientijd hangt af van de energieprijzen; omvormer na een jaar of twaalf vervangen", r.Diffs[0].CaseText)
}
