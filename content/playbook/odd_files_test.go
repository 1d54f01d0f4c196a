package playbook

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A playbook.yaml that is a link to a device or a pipe is a problem of
// the file, found without reading it or waiting on it.
func TestPlaybookThatIsADeviceOrAPipe(t *testing.T) {
	for name, makeFile := range map[string]func(path string) error{
		"device": func(p string) error { return os.Symlink("/dev/zero", p) },
		"fifo":   func(p string) error { return syscall.Mkfifo(p, 0o600) },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, makeFile(filepath.Join(dir, FileName)))
			done := make(chan error, 1)
			go func() { _, err := LoadFS(os.DirFS(dir), "."); done <- err }()
			select {
			case err := <-done:
				var le *LoadError
				require.ErrorAs(t, err, &le)
				require.Len(t, le.Problems, 1)
				assert.Equal(t, "input.not_regular", le.Problems[0].Msg.Key)
			case <-time.After(60 * time.Second):
				t.Fatal("loading hangs")
			}
		})
	}
}
