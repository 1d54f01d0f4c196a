package journal

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/winwincoach/winwin/coach"
)

// openBig opens the 100k journal for a benchmark.
func openBig(b *testing.B) *Journal {
	b.Helper()
	dir, err := bigJournal()
	if err != nil {
		b.Fatal(err)
	}
	j, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = j.Close() })
	return j
}

// Opening a journal in a new directory: creating and migrating the file,
// as every test of a screen that uses a real journal does.
func BenchmarkOpenFresh(b *testing.B) {
	for b.Loop() {
		j, err := Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		if err := j.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// Opening the 100k journal (and closing it again).
func BenchmarkOpen(b *testing.B) {
	dir, err := bigJournal()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		j, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		if err := j.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// The journal screen's first frame: open the file, count the deals and
// read the first page.
func BenchmarkOpenAndFirstPage(b *testing.B) {
	dir, err := bigJournal()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		j, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := j.Count(ctx, "", Filter{}); err != nil {
			b.Fatal(err)
		}
		if rows, err := j.List(ctx, "", Filter{}, 0, pageSize); err != nil || len(rows) != pageSize {
			b.Fatal(err, len(rows))
		}
		if err := j.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkList(b *testing.B) {
	j := openBig(b)
	for _, tc := range []struct {
		name   string
		f      Filter
		offset int
	}{
		{"first page", Filter{}, 0},
		{"offset 1000", Filter{}, 1000},
		{"offset 50000", Filter{}, 50_000},
		{"last page", Filter{}, bigSessions - pageSize},
		{"quadrant", Filter{Quadrant: coach.LoseWin}, 0},
		{"decision deep", Filter{Decision: coach.SayNo}, 20_000},
		{"text common", Filter{Text: "bakkerij"}, 0},
		{"text one match", Filter{Text: "garage noord 99991"}, 0},
		{"text no match", Filter{Text: "zzz"}, 0},
		{"text and quadrant", Filter{Text: "jansen", Quadrant: coach.WinWin}, 0},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := j.List(ctx, "", tc.f, tc.offset, pageSize); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A page step from any row: keyset pagination costs the same anywhere.
func BenchmarkListAfter(b *testing.B) {
	j := openBig(b)
	for _, at := range []int{0, 50_000, bigSessions - 2*pageSize} {
		rows, err := j.List(ctx, "", Filter{}, at, 1)
		if err != nil || len(rows) != 1 {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("from row %d", at), func(b *testing.B) {
			for b.Loop() {
				if page, err := j.ListAfter(ctx, "", Filter{}, rows[0], pageSize); err != nil || len(page) != pageSize {
					b.Fatal(err, len(page))
				}
			}
		})
	}
}

func BenchmarkCount(b *testing.B) {
	j := openBig(b)
	for name, f := range map[string]Filter{
		"all":      {},
		"quadrant": {Quadrant: coach.WinWin},
		"text":     {Text: "jansen"},
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := j.Count(ctx, "", f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Storing one answer as it is given, in a journal of 100k sessions.
func BenchmarkSaveAnswer(b *testing.B) {
	j := openBig(b)
	draft, err := j.CreateDraft(ctx, "", NewDraft{Total: 25})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = j.DiscardDraft(ctx, "", draft) })
	ids := []string{"client.name", "client.stage", "seller.price", "disclosure.cons"}
	vals := []coach.Answer{coach.Text("Bakkerij Jansen"), coach.UnknownAnswer(), coach.Amount(6000), coach.Items("a", "b")}
	i := 0
	for b.Loop() {
		if err := j.SaveAnswer(ctx, "", draft, ids[i%4], vals[i%4]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// Export of one deal: its answers and assessment.
func BenchmarkGet(b *testing.B) {
	j := openBig(b)
	for b.Loop() {
		s, err := j.Get(ctx, "", Ref{Deal: 54_321})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Assessment(); err != nil {
			b.Fatal(err)
		}
	}
}

// `winwin history --json` over all 100k sessions: stream them and write
// one JSON object per line.
func BenchmarkAll(b *testing.B) {
	j := openBig(b)
	b.Run("stream", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for _, err := range j.All(ctx, "") {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != bigSessions {
				b.Fatal(n)
			}
		}
	})
	b.Run("stream as json lines", func(b *testing.B) {
		// As `winwin history --json` may write it: the row's fields, then
		// the stored assessment spliced in as it is (json.Encoder would
		// validate and compact it again, which doubles the time).
		type line struct {
			ID       string         `json:"id"`
			Time     time.Time      `json:"time"`
			Client   string         `json:"client"`
			Offer    string         `json:"offer"`
			Quadrant coach.Quadrant `json:"quadrant"`
			Decision coach.Decision `json:"decision"`
		}
		for b.Loop() {
			w := bufio.NewWriter(io.Discard)
			for s, err := range j.All(ctx, "") {
				if err != nil {
					b.Fatal(err)
				}
				head, err := json.Marshal(line{s.Ref.String(), s.Time, s.Client, s.Offer, s.Quadrant, s.Decision})
				if err != nil {
					b.Fatal(err)
				}
				_, _ = w.Write(head[:len(head)-1])
				_, _ = w.WriteString(`,"assessment":`)
				_, _ = w.Write(s.AssessmentJSON)
				_, _ = w.WriteString("}\n")
			}
			if err := w.Flush(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
