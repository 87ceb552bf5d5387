//go:build !cgo

package nofile

import "golang.org/x/sys/unix"

// Original cannot know the limit the process was started with without
// cgo (the Go runtime has raised it by the time Go code runs), so the child
// keeps the raised one.
func Original() (unix.Rlimit, bool) { return unix.Rlimit{}, false }
