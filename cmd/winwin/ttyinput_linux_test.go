package main

import (
	"bytes"
	"os"
	"syscall"
	"testing"

	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nonBlocking reports whether fd's file description is non-blocking.
func nonBlocking(t *testing.T, fd uintptr) bool {
	t.Helper()
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0)
	require.Zero(t, errno)
	return flags&syscall.O_NONBLOCK != 0
}

// A terminal on stdin is opened afresh for the poller: keys arrive
// through it, bubbletea can set raw mode on its Fd, and stdin itself
// stays blocking for the shell after winwin exits.
func TestPollableInputOnATerminal(t *testing.T) {
	master, slave, err := pty.Open()
	require.NoError(t, err)
	t.Cleanup(func() { master.Close(); slave.Close() })

	in, closeIn := pollableInput(slave)
	tty, ok := in.(ttyInput)
	require.True(t, ok, "a terminal on stdin gets the poller's reader, not %T", in)
	_, isNamed := in.(interface{ Name() string })
	assert.False(t, isNamed, "without Name, bubbletea's cancelreader leaves the reading to the poller")
	assert.True(t, term.IsTerminal(tty.Fd()), "bubbletea sets raw mode through Fd")
	assert.True(t, nonBlocking(t, tty.Fd()), "the fresh file description is the poller's")
	assert.False(t, nonBlocking(t, slave.Fd()), "stdin's own description stays blocking")

	// The line discipline is still cooked here (raw mode is bubbletea's
	// to set): a line arrives whole.
	_, err = master.Write([]byte("j\n"))
	require.NoError(t, err)
	buf := make([]byte, 16)
	n, err := in.Read(buf)
	require.NoError(t, err)
	assert.Equal(t, "j\n", string(buf[:n]))

	closeIn()
	_, err = in.Read(buf)
	assert.ErrorIs(t, err, os.ErrClosed, "closing ends a read that is still waiting at exit")
}

// Anything else on stdin is used as it is.
func TestPollableInputElsewhere(t *testing.T) {
	var buf bytes.Buffer
	in, closeIn := pollableInput(&buf)
	defer closeIn()
	assert.Same(t, &buf, in)

	f, err := os.CreateTemp(t.TempDir(), "stdin")
	require.NoError(t, err)
	defer f.Close()
	in, closeIn = pollableInput(f)
	defer closeIn()
	assert.Same(t, f, in, "a plain file is no terminal to reopen")
}
