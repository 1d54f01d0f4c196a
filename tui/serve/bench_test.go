//go:build linux || darwin

package serve

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// typed is what a benchmark session types into the first question, one
// key at a time; every character differs, so the field's text after j
// keys is on screen only once the j-th key is drawn.
const typed = "abcdefghijklmnopqrstuvwxyzABCD"

// clearField is ctrl+u: the text input deletes everything before the
// cursor.
const clearField = "\x15"

// BenchmarkSessions50 runs fifty sessions at once on the in-process
// server. Each session opens the interview and then types into the
// first question; every key waits for its echo on the session's screen.
// b.N keys per session, all fifty typing at once.
//
// Metrics: cpu-µs/key is the process's CPU time (user + system) per key
// per session: the server's work (the model's Update and View, the
// renderer, SSH encryption) and, since the clients run in the same
// process, theirs too (SSH decryption, reading the screen). MB/session
// is the live heap and stacks the fifty open sessions add, measured
// after a GC, clients included. ms/echo is the wall time from a key to
// its echo while all fifty type.
func BenchmarkSessions50(b *testing.B) { benchSessions(b, 50) }

func benchSessions(b *testing.B, n int) {
	f := newFixture(b, n, func(c *Config) { c.MaxSessions = n + 1; c.RateBurst = 2 * n })
	before := heapAndStacks()

	clients := make([]*sshtest.Client, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := f.dial(fmt.Sprintf("p%02d", i), sshtest.ByKey(f.keys[i]))
			if err != nil {
				errs <- err
				return
			}
			cl := sshtest.Open(b, c, sshtest.Options{Width: 120, Height: 40})
			if _, err := cl.WaitErr(sshtest.Timeout, "Prepare a deal"); err != nil {
				errs <- err
				return
			}
			cl.Send(enter)
			if _, err := cl.WaitErr(sshtest.Timeout, "What is the offer called?"); err != nil {
				errs <- err
				return
			}
			cl.Forget()
			clients[i] = cl
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	mb := float64(heapAndStacks()-before) / float64(n) / (1 << 20)

	cpu0 := cpuTime()
	start := time.Now()
	b.ResetTimer()
	errs = make(chan error, n)
	for _, cl := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := typeKeys(cl, b.N); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	wall := time.Since(start)
	keys := float64(b.N * n)
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/keys, "cpu-µs/key")
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "ms/echo")
	b.ReportMetric(mb, "MB/session")
	for _, cl := range clients {
		cl.Close()
	}
}

// typeKeys types k keys into the field, each waiting for its echo; the
// field is cleared (one more key) when the alphabet runs out.
func typeKeys(cl *sshtest.Client, k int) error {
	j := 0
	for range k {
		if j == len(typed) {
			cl.Send(clearField)
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

// heapAndStacks is the live heap and the goroutine stacks after a GC.
func heapAndStacks() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc + m.StackInuse
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
