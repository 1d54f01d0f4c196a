package practice_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

func newCoach(t testing.TB, lang locale.Lang) *coach.Coach {
	t.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	return coach.New(pb, locale.MustLoad(lang))
}

func library(t testing.TB) *cases.Library {
	t.Helper()
	lib, err := cases.Load()
	require.NoError(t, err)
	return lib
}

func getCase(t testing.TB, lib *cases.Library, id string) *cases.Case {
	t.Helper()
	cs, ok := lib.Case(id)
	require.True(t, ok, id)
	return cs
}

// facts returns a case's facts as answers, which a perfect trainee gives.
func facts(t testing.TB, c *coach.Coach, cs *cases.Case) coach.Answers {
	t.Helper()
	ans, err := practice.Facts(c, cs)
	require.NoError(t, err)
	return ans
}

// perfect is an attempt that reads the story right and predicts the
// expert's verdict.
func perfect(t testing.TB, c *coach.Coach, cs *cases.Case) practice.Attempt {
	return practice.Attempt{CaseID: cs.ID, Mode: practice.Exam, Answers: facts(t, c, cs), Predicted: practice.Expert(cs)}
}
