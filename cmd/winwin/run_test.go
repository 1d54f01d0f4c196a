package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/theme"
)

func noEnv(string) string { return "" }

// runIn runs winwin in dir and returns its exit status and output.
func runIn(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut, noEnv)
	return code, out.String(), errOut.String()
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// A write error is the work failing: exit 1, said on stderr.
func TestAssessWriteError(t *testing.T) {
	deal := filepath.Join(t.TempDir(), "deal.yaml")
	require.NoError(t, os.WriteFile(deal, []byte("client:\n  name: X\n"), 0o644))
	for _, format := range []string{"text", "json", "markdown"} {
		var errOut bytes.Buffer
		code := run([]string{"assess", deal, "--format", format}, nil, failingWriter{}, &errOut, noEnv)
		assert.Equal(t, exitFail, code, format)
		assert.Equal(t, "cannot write the output: disk full\n", errOut.String(), format)
	}
}

// A write error while there are also bad files is still exit 1: the
// output is lost, which matters more.
func TestAssessWriteErrorWinsOverBadInput(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("client:\n  name: X\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.yaml"), []byte(""), 0o644))
	var errOut bytes.Buffer
	code := run([]string{"assess", dir}, nil, failingWriter{}, &errOut, noEnv)
	assert.Equal(t, exitFail, code)
}

func TestCommandName(t *testing.T) {
	fs := newFlagSet(&globals{})
	cases := []struct {
		args []string
		want string
	}{
		{nil, ""},
		{[]string{"assess", "x"}, "assess"},
		{[]string{"--lang", "nl", "assess"}, "assess"},
		{[]string{"--lang=nl", "lint", "d"}, "lint"},
		{[]string{"--no-color", "assess"}, "assess"},
		{[]string{"--playbook", "dir", "--data-dir", "d", "help"}, "help"},
		{[]string{"-h"}, ""},
		{[]string{"--", "assess"}, "assess"},
		{[]string{"-", "x"}, "-"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, commandName(tc.args, fs), "%q", tc.args)
	}
}

func TestLangArg(t *testing.T) {
	assert.Equal(t, "nl", langArg([]string{"assess", "--lang", "nl"}))
	assert.Equal(t, "nl", langArg([]string{"--lang=nl"}))
	assert.Equal(t, "", langArg([]string{"--", "--lang", "nl"}))
	assert.Equal(t, "", langArg([]string{"--lang"}))
}

// The data directory is accepted (the journal will use it).
func TestDataDirAccepted(t *testing.T) {
	code, out, _ := runIn(t, "--data-dir", t.TempDir(), "--help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage:")
}

// Every command in the table has its help texts in both languages.
func TestCommandsHaveHelp(t *testing.T) {
	for _, lang := range locale.Langs() {
		cat := locale.MustLoad(lang)
		for _, c := range commands() {
			for _, k := range []string{".summary", ".usage", ".about"} {
				assert.True(t, cat.Has(c.key+k), "%s%s in %s", c.key, k, lang)
			}
			fs := newFlagSet(&globals{})
			c.setup(fs)
			fs.VisitAll(func(f *pflag.Flag) {
				assert.True(t, cat.Has(f.Usage), "flag --%s of %s: usage key %q in %s", f.Name, c.name, f.Usage, lang)
			})
		}
	}
}

// The theme's report style colours the text report when the terminal
// takes colour, and the zero style (used when piped) does not.
func TestReportStyleColours(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	cat := locale.MustLoad(locale.EN)
	a := coach.New(pb, cat).Assess(coach.Answers{"client.stage": coach.Text("growing")})

	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	coloured := report.Text(a, cat, report.Options{Style: theme.New(r, false).ReportStyle()})
	assert.Contains(t, coloured, "\x1b[")

	plainR := lipgloss.NewRenderer(io.Discard)
	plainR.SetColorProfile(termenv.ANSI256)
	plain := report.Text(a, cat, report.Options{Style: theme.New(plainR, true).ReportStyle()})
	assert.NotContains(t, plain, "\x1b[")
	assert.Equal(t, report.Text(a, cat, report.Options{}), plain)
}

// makeDeals writes n varied deal files (fixed seed) into a new directory.
func makeDeals(tb testing.TB, n int) string {
	tb.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(tb, err)
	dir := tb.TempDir()
	r := rand.New(rand.NewSource(42))
	for i := range n {
		ans := coach.Answers{}
		for _, q := range pb.Questions {
			if r.Intn(12) == 0 {
				continue // unanswered
			}
			if r.Intn(10) == 0 {
				ans[q.ID] = coach.UnknownAnswer()
				continue
			}
			ans[q.ID] = randomAnswer(r, q, i)
		}
		// The sizes the offer fits are a range: smallest first.
		lo, okLo := ans.Num("offer.fit.employees.min")
		hi, okHi := ans.Num("offer.fit.employees.max")
		if okLo && okHi && hi < lo {
			ans["offer.fit.employees.min"], ans["offer.fit.employees.max"] = coach.Amount(hi), coach.Amount(lo)
		}
		data, err := dealfile.Marshal(pb, ans)
		require.NoError(tb, err)
		require.NoError(tb, os.WriteFile(filepath.Join(dir, fmt.Sprintf("deal-%04d.yaml", i)), data, 0o644))
	}
	return dir
}

func randomAnswer(r *rand.Rand, q *playbook.Question, i int) coach.Answer {
	switch q.Kind {
	case playbook.Choice:
		return coach.Text(q.Options[r.Intn(len(q.Options))].Value)
	case playbook.Multi:
		var picked []string
		for _, o := range q.Options {
			if r.Intn(2) == 0 {
				picked = append(picked, o.Value)
			}
		}
		return coach.Items(picked...)
	case playbook.YesNo:
		return coach.YesNo(r.Intn(2) == 0)
	case playbook.Money:
		return coach.Amount(float64(r.Intn(12000)))
	case playbook.Number:
		return coach.Amount(float64(1 + r.Intn(150)))
	case playbook.Scale:
		return coach.Amount(float64(1 + r.Intn(5)))
	case playbook.List:
		items := make([]string, r.Intn(4))
		for j := range items {
			items[j] = fmt.Sprintf("point %d of deal %d", j, i)
		}
		return coach.Items(items...)
	}
	return coach.Text(fmt.Sprintf("%s %d", q.ID, i))
}

// The benchmark's deals are all valid and cover every quadrant.
func TestMakeDeals(t *testing.T) {
	dir := makeDeals(t, 200)
	code, out, errOut := runIn(t, "assess", dir, "--json")
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Len(t, lines, 200)
	for _, q := range coach.Quadrants() {
		assert.Contains(t, out, `"quadrant":"`+string(q)+`"`)
	}
}

func benchmarkAssess(b *testing.B, format string) {
	dir := makeDeals(b, 1000)
	args := []string{"assess", dir, "--format", format}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, nil, io.Discard, io.Discard, noEnv); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkAssess1000Text is `winwin assess DIR` over 1,000 deal files
// in one process (target: at most 1 s per op).
func BenchmarkAssess1000Text(b *testing.B) { benchmarkAssess(b, "text") }

// BenchmarkAssess1000JSON is the same with --format json.
func BenchmarkAssess1000JSON(b *testing.B) { benchmarkAssess(b, "json") }
