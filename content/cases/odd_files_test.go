package cases

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Case files that are a link to a device or a pipe are problems of those
// files, found without reading them or waiting on them.
func TestCaseThatIsADeviceOrAPipe(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero"+Ext)))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "pipe"+Ext), 0o600))
	done := make(chan error, 1)
	go func() { _, err := LoadFS(os.DirFS(dir), "."); done <- err }()
	select {
	case err := <-done:
		var le *LoadError
		require.ErrorAs(t, err, &le)
		require.Len(t, le.Problems, 2)
		for _, p := range le.Problems {
			assert.Equal(t, "input.not_regular", p.Msg.Key, p.Pos.File)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("loading hangs")
	}
}
