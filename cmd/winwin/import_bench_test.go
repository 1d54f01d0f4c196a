package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// makeLargeDeals writes n deal files of almost the size limit each, their
// bytes in answers (long texts, full lists), not in comments, so every
// byte is parsed and stored.
func makeLargeDeals(tb testing.TB, n int) string {
	tb.Helper()
	pb, err := playbook.LoadDefault()
	require.NoError(tb, err)
	ans := coach.Answers{}
	long := func(i int) string {
		return fmt.Sprintf("%04d ", i) + strings.Repeat("word ", (dealfile.MaxTextLen-10)/5)
	}
	var data []byte
	for _, q := range pb.Questions {
		switch q.Kind {
		case playbook.Free:
			ans[q.ID] = coach.Text(long(0))
		case playbook.List:
			items := make([]string, 0, dealfile.MaxItems)
			for i := 0; i < dealfile.MaxItems; i++ {
				items = append(items, long(i))
				ans[q.ID] = coach.Items(items...)
				data, err = dealfile.Marshal(pb, ans)
				require.NoError(tb, err)
				if len(data) > safetext.MaxInput-2*dealfile.MaxTextLen {
					break
				}
			}
		}
		data, err = dealfile.Marshal(pb, ans)
		require.NoError(tb, err)
		if len(data) > safetext.MaxInput-2*dealfile.MaxTextLen {
			break
		}
	}
	require.LessOrEqual(tb, len(data), safetext.MaxInput)
	dir := tb.TempDir()
	for i := range n {
		require.NoError(tb, os.WriteFile(filepath.Join(dir, fmt.Sprintf("deal-%03d.yaml", i)), data, 0o644))
	}
	return dir
}

// BenchmarkImport200Large imports 200 deal files of about 1 MiB each
// and reports the largest live heap seen while it runs (peak-heap-MB,
// sampled every millisecond): import streams, so this is the cost of
// one file, not of all 200.
func BenchmarkImport200Large(b *testing.B) {
	dir := makeLargeDeals(b, 200)
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	runtime.GC()
	b.ResetTimer()
	for range b.N {
		data := b.TempDir()
		code := run([]string{"--data-dir", data, "import", dir}, strings.NewReader(""), io.Discard, io.Discard, noEnv)
		require.Equal(b, exitOK, code)
	}
	b.StopTimer()
	close(stop)
	<-sampled
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
}
