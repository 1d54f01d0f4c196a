package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A pipe and a link to /dev/zero in a folder of deal files: assess
// reports both as not plain files and still assesses the good one.
func TestAssessFolderWithAPipeAndADevice(t *testing.T) {
	dir := makeDeals(t, 1)
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o600))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.yaml")))
	type result struct {
		code        int
		out, errOut string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errOut := runIn(t, "assess", "--lang", "en", dir)
		done <- result{code, out, errOut}
	}()
	select {
	case r := <-done:
		assert.Equal(t, exitUsage, r.code)
		assert.Contains(t, r.errOut, "pipe.yaml: this is not a plain file")
		assert.Contains(t, r.errOut, "zero.yaml: this is not a plain file")
		assert.Contains(t, r.out, "deal-0000.yaml")
	case <-time.After(60 * time.Second):
		t.Fatal("assess hangs")
	}
}
