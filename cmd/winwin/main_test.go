package main

import (
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary stand in for winwin: scripts run the real
// main (through run) as the command "winwin".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"winwin": main,
	})
}

// TestScripts runs testdata/script/*.txtar: the CLI as a user and a
// trainer's script see it.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// A known language and no colour hints from the caller's shell.
			for _, k := range []string{"LC_ALL", "LC_MESSAGES", "NO_COLOR"} {
				env.Setenv(k, "")
			}
			env.Setenv("LANG", "C.UTF-8")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status":   cmdStatus,
			"mkbig":    cmdMkbig,
			"garbage":  cmdGarbage,
			"unescape": cmdUnescape,
		},
	})
}

// status N prog args... runs prog and checks that it exits with N; the
// output is kept for stdout and stderr checks, as with exec.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N prog [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("%s: %v", args[1], err)
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// mkbig FILE BYTES writes a valid-looking deal file of BYTES bytes.
func cmdMkbig(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkbig FILE BYTES")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	var b strings.Builder
	b.WriteString("client:\n  name: big\n")
	for b.Len() < n {
		b.WriteString("# padding padding padding padding padding padding padding\n")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()[:n]), 0o644))
}

// garbage FILE BYTES writes random bytes (fixed seed).
func cmdGarbage(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: garbage FILE BYTES")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	data := make([]byte, n)
	r := rand.New(rand.NewSource(7))
	_, _ = r.Read(data)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
}

// unescape FILE rewrites FILE with Go escapes (\x1b, \a, \r) turned into
// the bytes they name, so scripts can hold escape sequences readably.
func cmdUnescape(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: unescape FILE")
	}
	path := ts.MkAbs(args[0])
	data, err := os.ReadFile(path)
	ts.Check(err)
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		s, err := strconv.Unquote(`"` + strings.ReplaceAll(line, `"`, `\"`) + `"`)
		ts.Check(err)
		out = append(out, s)
	}
	ts.Check(os.WriteFile(path, []byte(strings.Join(out, "\n")), 0o644))
}
