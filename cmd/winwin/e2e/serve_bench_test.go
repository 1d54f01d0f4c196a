//go:build linux

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// BenchmarkServeProcess50 is BenchmarkSessions50 of tui/serve against
// the built binary in a process of its own, so the numbers are the
// server's alone: fifty participants (name logins) open the interview
// and type into its first question, every key waiting for its echo.
// cpu-µs/key is the server process's user + system time per key per
// session (from /proc), RSS-MB/session the growth of its resident memory
// per open session.
func BenchmarkServeProcess50(b *testing.B) {
	const n = 50
	dir := filepath.Join(b.TempDir(), "data")
	s := startServe(b, dir, "--max-sessions", strconv.Itoa(n+1))
	rss0 := procRSS(b, s.cmd.Process.Pid)

	clients := make([]*sshtest.Client, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := sshtest.Dial(s.addr, "p", nil, sshtest.ByName(fmt.Sprintf("P%02d", i), "TRAIN1", nil))
			if err != nil {
				b.Error(err)
				return
			}
			cl := sshtest.Open(b, c, sshtest.Options{})
			cl.Welcome()
			if _, err := cl.WaitErr(sshtest.Timeout, "Waiting for the trainer"); err != nil {
				b.Error(err)
				return
			}
			cl.Send("\x1b")
			if _, err := cl.WaitErr(sshtest.Timeout, "Prepare a deal"); err != nil {
				b.Error(err)
				return
			}
			cl.Send("\r")
			if _, err := cl.WaitErr(sshtest.Timeout, "What is the offer called?"); err != nil {
				b.Error(err)
				return
			}
			cl.Forget()
			clients[i] = cl
		}()
	}
	wg.Wait()
	if b.Failed() {
		return
	}
	rss := float64(procRSS(b, s.cmd.Process.Pid)-rss0) / n / (1 << 20)
	cpu0 := procCPU(b, s.cmd.Process.Pid)
	start := time.Now()
	b.ResetTimer()
	for _, cl := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := typeKeys(cl, b.N); err != nil {
				b.Error(err)
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	wall := time.Since(start)
	cpu := procCPU(b, s.cmd.Process.Pid) - cpu0
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*n), "cpu-µs/key")
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "ms/echo")
	b.ReportMetric(rss, "RSS-MB/session")
	for _, cl := range clients {
		cl.Close()
	}
}

// typed and typeKeys are tui/serve's benchmark keys: distinct
// characters, so the field's text after j keys is on screen only once
// the j-th is drawn; ctrl+u clears the field when they run out.
const typed = "abcdefghijklmnopqrstuvwxyzABCD"

func typeKeys(cl *sshtest.Client, k int) error {
	j := 0
	for range k {
		if j == len(typed) {
			cl.Send("\x15")
			if _, err := cl.WaitErr(sshtest.Timeout, "type and press enter"); err != nil {
				return err
			}
			j = 0
		}
		cl.Send(typed[j : j+1])
		j++
		if _, err := cl.WaitErr(sshtest.Timeout, typed[:j]); err != nil {
			return err
		}
		cl.Forget()
	}
	return nil
}

// procCPU is a process's user + system time, from /proc/PID/stat.
func procCPU(b *testing.B, pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	// Fields after the command name (which may hold spaces) start at ')'.
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+2:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	const hz = 100 // USER_HZ on Linux
	return time.Duration(utime+stime) * time.Second / hz
}

// procRSS is a process's resident memory in bytes.
func procRSS(b *testing.B, pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	b.Fatal("no VmRSS")
	return 0
}
