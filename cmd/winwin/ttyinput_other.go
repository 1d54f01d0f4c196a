//go:build !linux

package main

import "io"

// pollableInput is stdin as it is: the poller-friendly terminal input of
// ttyinput_linux.go is only built and measured on Linux.
func pollableInput(stdin io.Reader) (io.Reader, func()) { return stdin, func() {} }
