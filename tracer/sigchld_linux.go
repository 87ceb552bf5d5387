package tracer

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// defaultSIGCHLD puts SIGCHLD back to its default disposition for the
// whole process, once.
//
// A tracer is sent SIGCHLD at every ptrace stop of every tracee. The Go
// runtime installs a handler for it at start-up, so each stop would also
// cost a signal delivery and an rt_sigreturn in some thread of ours (one
// more kernel round trip per stop than strace makes, which leaves it at
// the default). With SIG_DFL the kernel drops the signal when it is sent.
// SIG_IGN would not do: it makes the kernel reap exited children itself,
// and their exit statuses would be lost. Nothing in gotrace waits for
// SIGCHLD (wait4 is called directly); a program embedding the tracer
// that uses signal.Notify for SIGCHLD installs the handler again, and
// only pays that cost.
func defaultSIGCHLD() {
	sigchldOnce.Do(func() {
		// struct kernel_sigaction: handler, flags, restorer, mask.
		var act struct {
			handler  uintptr
			flags    uint64
			restorer uintptr
			mask     uint64
		}
		// SIG_DFL is 0: act is already it. rt_sigaction only fails
		// for bad arguments; the handler then stays, which is only
		// slower.
		unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(unix.SIGCHLD), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	})
}

var sigchldOnce sync.Once
