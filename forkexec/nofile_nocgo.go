//go:build !cgo

package forkexec

import "golang.org/x/sys/unix"

// originalNofile cannot know the limit the process was started with without
// cgo (the Go runtime has raised it by the time Go code runs), so the child
// keeps the raised one.
func originalNofile() (unix.Rlimit, bool) { return unix.Rlimit{}, false }
