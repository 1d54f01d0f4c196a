package journaltest

import "testing"

// Building the 100,000-session journal the other packages' benchmarks use.
func BenchmarkGenerate100k(b *testing.B) {
	for b.Loop() {
		if err := Generate(b.TempDir(), 100_000); err != nil {
			b.Fatal(err)
		}
	}
}
