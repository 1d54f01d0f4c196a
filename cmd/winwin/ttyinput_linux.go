package main

import (
	"io"
	"os"
	"strconv"
	"syscall"
)

// pollableInput returns the terminal on stdin opened afresh so that Go's
// network poller waits for its keys, and a function that closes it.
//
// Why: bubbletea reads a *os.File terminal through an epoll loop of its
// own, a raw blocking syscall. Every key then wakes the Go runtime's
// sysmon thread into polling every 20 µs for a while, which cost more CPU
// per keystroke than drawing the screen. A terminal read through the
// poller parks its goroutine instead. The fresh open (checked to be the
// same device as stdin) has a file description of its own, so making it non-blocking leaves the shell's stdin as it was.
//
// When stdin is not such a terminal, stdin itself is returned.
func pollableInput(stdin io.Reader) (io.Reader, func()) {
	in, ok := stdin.(*os.File)
	if !ok {
		return stdin, func() {}
	}
	// /proc/self/fd opens stdin's own device even when it is not the
	// process's controlling terminal (/dev/tty would fail there).
	tty, err := os.OpenFile("/proc/self/fd/"+strconv.Itoa(int(in.Fd())), os.O_RDWR, 0)
	if err != nil {
		return stdin, func() {}
	}
	var a, b syscall.Stat_t
	if syscall.Fstat(int(in.Fd()), &a) != nil || fstat(tty, &b) != nil ||
		a.Mode&syscall.S_IFMT != syscall.S_IFCHR || a.Rdev != b.Rdev {
		_ = tty.Close()
		return stdin, func() {}
	}
	rc, err := tty.SyscallConn()
	if err != nil {
		_ = tty.Close()
		return stdin, func() {}
	}
	var fd uintptr
	if err := rc.Control(func(f uintptr) { fd = f }); err != nil {
		_ = tty.Close()
		return stdin, func() {}
	}
	return ttyInput{f: tty, fd: fd}, func() { _ = tty.Close() }
}

// fstat stats f without (*os.File).Fd, which would switch it back to
// blocking mode.
func fstat(f *os.File, st *syscall.Stat_t) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := rc.Control(func(fd uintptr) { serr = syscall.Fstat(int(fd), st) }); err != nil {
		return err
	}
	return serr
}

// ttyInput is the terminal as bubbletea sees it: a term.File (so it sets
// raw mode and restores it), without the Name method that would make
// cancelreader poll it with its own epoll loop. Fd is the number taken
// once: (*os.File).Fd would make the file blocking again.
type ttyInput struct {
	f  *os.File
	fd uintptr
}

func (t ttyInput) Read(p []byte) (int, error)  { return t.f.Read(p) }
func (t ttyInput) Write(p []byte) (int, error) { return t.f.Write(p) }
func (t ttyInput) Close() error                { return t.f.Close() }
func (t ttyInput) Fd() uintptr                 { return t.fd }
