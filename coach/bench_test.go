package coach_test

import (
	"testing"

	"github.com/winwincoach/winwin/coach"
)

func BenchmarkAssessFull(b *testing.B) {
	c := newCoach(b)
	ans := base()
	b.ReportAllocs()
	for b.Loop() {
		c.Assess(ans)
	}
}

func BenchmarkAssessPartial(b *testing.B) {
	c := newCoach(b)
	ans := coach.Answers{}
	for id, v := range base() {
		if id[:6] == "offer." || id[:7] == "client." {
			ans[id] = v
		}
	}
	ans["client.need"] = coach.UnknownAnswer()
	b.ReportAllocs()
	for b.Loop() {
		c.Assess(ans)
	}
}

func BenchmarkTip(b *testing.B) {
	c := newCoach(b)
	ans := base()
	b.ReportAllocs()
	for b.Loop() {
		c.Tip(ans, "seller.price")
	}
}
