package safetext

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hangGuard fails the test if fn has not returned after 60 s: a read of
// a pipe that blocks would otherwise hang the test run.
func hangGuard(t *testing.T, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-timeAfter60s():
		t.Fatal("the read hangs")
	}
}

// The one bounded reader: plain files up to MaxInput are read; devices
// (through a link), pipes, folders and larger files are refused without
// reading them whole or blocking.
func TestReadRefusesWhatIsNotAPlainFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o600))
	}
	write("ok.yaml", []byte("client:\n  name: x\n"))
	write("max.yaml", bytes.Repeat([]byte("a"), MaxInput))
	write("big.yaml", bytes.Repeat([]byte("a"), MaxInput+1))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.yaml")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo.yaml"), 0o600))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "dir.yaml"), 0o700))
	require.NoError(t, os.Symlink(filepath.Join(dir, "fifo.yaml"), filepath.Join(dir, "tofifo.yaml")))

	var tooLarge *TooLargeError
	for _, tc := range []struct {
		name string
		want func(t *testing.T, data []byte, err error)
	}{
		{"ok.yaml", func(t *testing.T, data []byte, err error) { require.NoError(t, err); assert.Len(t, data, 18) }},
		{"max.yaml", func(t *testing.T, data []byte, err error) { require.NoError(t, err); assert.Len(t, data, MaxInput) }},
		{"big.yaml", func(t *testing.T, _ []byte, err error) { assert.ErrorAs(t, err, &tooLarge) }},
		{"zero.yaml", func(t *testing.T, _ []byte, err error) { assert.ErrorIs(t, err, ErrNotRegular) }},
		{"fifo.yaml", func(t *testing.T, _ []byte, err error) { assert.ErrorIs(t, err, ErrNotRegular) }},
		{"tofifo.yaml", func(t *testing.T, _ []byte, err error) { assert.ErrorIs(t, err, ErrNotRegular) }},
		{"dir.yaml", func(t *testing.T, _ []byte, err error) { assert.ErrorIs(t, err, ErrNotRegular) }},
		{"missing.yaml", func(t *testing.T, _ []byte, err error) { assert.ErrorIs(t, err, fs.ErrNotExist) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hangGuard(t, func() {
				data, err := ReadFile(os.DirFS(dir), tc.name)
				tc.want(t, data, err)
				data, err = ReadPath(filepath.Join(dir, tc.name))
				tc.want(t, data, err)
			})
		})
	}
	assert.Equal(t, "input.not_regular", ReadMessage(&fs.PathError{Err: ErrNotRegular}).Key)
	assert.Equal(t, "input.too_large", ReadMessage(&TooLargeError{Size: 2 << 20}).Key)
	assert.Nil(t, ReadMessage(errors.New("other")))
}

func timeAfter60s() <-chan time.Time { return time.After(60 * time.Second) }
