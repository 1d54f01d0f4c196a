package practice_test

import (
	"testing"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/locale"
)

// BenchmarkScore scores one attempt with a wrong answer and a wrong
// prediction: what the comparison screen costs.
func BenchmarkScore(b *testing.B) {
	c := newCoach(b, locale.EN)
	cs := getCase(b, library(b), "webshop-silent-cons")
	at := perfect(b, c, cs)
	at.Answers["client.need"] = coach.Text("partial")
	at.Predicted = practice.Verdict{Quadrant: coach.WinWin, Decision: coach.Go}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := practice.Score(c, cs, at); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyLibrary is `winwin lint` on the embedded library, after
// loading.
func BenchmarkVerifyLibrary(b *testing.B) {
	c := newCoach(b, locale.EN)
	lib := library(b)
	b.ReportAllocs()
	for b.Loop() {
		if ps := practice.VerifyLibrary(c, lib); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}
