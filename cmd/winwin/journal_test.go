package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/journal/journaltest"
	"github.com/winwincoach/winwin/content/locale"
)

// On a terminal, history is a table: aligned columns, names cut to fit,
// labels in the user's language and no escapes from stored names.
func TestHistoryTable(t *testing.T) {
	for _, tc := range []struct {
		lang locale.Lang
		want []string
	}{
		{locale.EN, []string{
			"ID        saved             client                offer                 quadrant   decision",
			"42.3      2026-11-28 14:05  Bakkerij Jansen       Growth programme      win-win    Go",
			"7.1       2026-11-28 14:05  Eviljansen            A very long offer n…  lose-win   Renegotiate",
		}},
		{locale.NL, []string{
			"ID        bewaard           klant                 aanbod                kwadrant   besluit",
			"42.3      2026-11-28 14:05  Bakkerij Jansen       Growth programme      win-win    Doen",
			"7.1       2026-11-28 14:05  Eviljansen            A very long offer n…  lose-win   Heronderhandelen",
		}},
	} {
		var buf bytes.Buffer
		e := &env{cat: locale.MustLoad(tc.lang), stdout: io.Discard}
		tbl := newHistoryTable(e, &buf)
		tbl.name = 20
		at := time.Date(2026, 11, 28, 14, 5, 0, 0, time.UTC)
		for _, r := range []journal.Row{
			{Ref: journal.Ref{Deal: 42, Revision: 3}, Time: at, Client: "Bakkerij Jansen", Offer: "Growth programme", Quadrant: coach.WinWin, Decision: coach.Go},
			{Ref: journal.Ref{Deal: 7, Revision: 1}, Time: at, Client: "Evil\x1b[2Jjansen", Offer: "A very long offer name indeed", Quadrant: coach.LoseWin, Decision: coach.Renegotiate},
		} {
			require.NoError(t, tbl.write(journal.Session{Row: r}))
		}
		assert.Equal(t, strings.Join(tc.want, "\n")+"\n", buf.String())
	}
}

// `winwin history --json` over a journal of 100,000 sessions, to a pipe.
// The journal is built once per run of the benchmark (b.Loop runs the
// body once), in a directory the benchmark removes.
func BenchmarkHistoryJSON100k(b *testing.B) {
	dir := b.TempDir()
	if err := journaltest.Generate(dir, 100_000); err != nil {
		b.Fatal(err)
	}
	getenv := func(string) string { return "" }
	var lines int
	for b.Loop() {
		c := &lineCounter{}
		w := bufio.NewWriter(c)
		if code := run([]string{"history", "--json", "--data-dir", dir}, nil, w, io.Discard, getenv); code != exitOK {
			b.Fatal(code)
		}
		_ = w.Flush()
		lines = c.n
	}
	if lines != 100_000 {
		b.Fatalf("%d lines", lines)
	}
}

// lineCounter counts the lines written to it.
type lineCounter struct{ n int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}
