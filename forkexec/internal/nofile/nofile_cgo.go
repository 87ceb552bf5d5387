//go:build cgo

// Package nofile keeps the RLIMIT_NOFILE gotrace was started with, before
// the Go runtime raised it. It is cgo apart from forkexec, whose vfork needs
// Go assembly (which a cgo package cannot have).
package nofile

/*
#include <sys/resource.h>

// The Go runtime raises its soft RLIMIT_NOFILE while it initialises (see
// syscall/rlimit.go), before any Go code of ours can look. A C constructor
// runs earlier, at load time, and keeps the limit gotrace was started with,
// so that the tracee sees that one and not the Go runtime's.
static struct rlimit gotrace_orig_nofile;
static int gotrace_orig_nofile_ok;

__attribute__((constructor)) static void gotrace_save_nofile(void) {
	gotrace_orig_nofile_ok = getrlimit(RLIMIT_NOFILE, &gotrace_orig_nofile) == 0;
}

static int gotrace_get_nofile(unsigned long long *cur, unsigned long long *max) {
	*cur = gotrace_orig_nofile.rlim_cur;
	*max = gotrace_orig_nofile.rlim_max;
	return gotrace_orig_nofile_ok;
}
*/
import "C"

import "golang.org/x/sys/unix"

// Original returns the RLIMIT_NOFILE in force when the process was
// loaded, before the Go runtime raised it.
func Original() (unix.Rlimit, bool) {
	var cur, max C.ulonglong
	if C.gotrace_get_nofile(&cur, &max) == 0 {
		return unix.Rlimit{}, false
	}
	return unix.Rlimit{Cur: uint64(cur), Max: uint64(max)}, true
}
