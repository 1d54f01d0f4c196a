package safetext

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/winwincoach/winwin/content/locale"
)

// ErrNotRegular is ReadFile's and ReadPath's error for a name that is not
// a regular file: a device (/dev/zero reads without end), a pipe (which
// blocks until someone writes), a folder or a socket.
var ErrNotRegular = errors.New("not a regular file")

// TooLargeError is ReadFile's and ReadPath's error for a file over
// MaxInput bytes.
type TooLargeError struct {
	Size int64 // at least this many bytes
}

// Error says how large.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%d bytes, more than %d", e.Size, MaxInput)
}

// ReadFile is the one way winwin reads a file of untrusted input (a deal
// file, a playbook, a case) from fsys: it refuses what is not a regular
// file, by the file's own type and before reading (so a pipe cannot
// block it and a device cannot feed it forever), and reads at most
// MaxInput+1 bytes, so a file that grows while being read is refused
// too. Links are followed: a link to a device or a pipe is refused for
// what it points to.
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	}
	if st.Size() > MaxInput {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &TooLargeError{Size: st.Size()}}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readBounded(f, name)
}

// ReadPath is ReadFile for a path of the operating system. It opens
// without blocking (O_NONBLOCK), so a pipe put in place after the check
// cannot hang it either.
func ReadPath(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	}
	if st.Size() > MaxInput {
		return nil, &fs.PathError{Op: "read", Path: path, Err: &TooLargeError{Size: st.Size()}}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readBounded(f, path)
}

// readBounded checks the opened file's type again (the name may have
// changed since the check) and reads at most MaxInput+1 bytes.
func readBounded(f fs.File, name string) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxInput {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &TooLargeError{Size: int64(len(data))}}
	}
	return data, nil
}

// ReadMessage is what the user is told for an error of ReadFile or
// ReadPath that is about the file itself (not a regular file, too
// large), or nil for any other error (not found, no permission), which
// the caller words.
func ReadMessage(err error) *locale.Message {
	var tl *TooLargeError
	var m locale.Message
	switch {
	case errors.Is(err, ErrNotRegular):
		m = locale.Msg("input.not_regular")
	case errors.As(err, &tl):
		m = locale.Msg("input.too_large", tl.Size>>10, MaxInput>>10)
	default:
		return nil
	}
	return &m
}
