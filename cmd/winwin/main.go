// Command winwin is the terminal coach that tells a seller, before the
// call, whether a deal is really win-win and what to do when it is not.
//
// main only hands the process's streams and environment to run, so tests
// can call run directly (see main_test.go).
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}
