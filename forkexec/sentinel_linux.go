package forkexec

import (
	"golang.org/x/sys/unix"
)

// StartSentinel forks a child that does nothing until it is killed, and
// returns its pid. A tracer thread blocked in wait4 has no other way to be
// woken from another goroutine (Go restarts interrupted system calls):
// killing its sentinel child makes the wait return. Call it on the thread
// that will wait; kill the sentinel with SIGKILL and reap it when done.
//
// The child closes every descriptor it inherited, so that it holds no
// pipe open, and dies with its parent thread (PR_SET_PDEATHSIG).
func StartSentinel() (int, error) {
	pid, errno := forkSentinel()
	if errno != 0 {
		return 0, errno
	}
	return pid, nil
}

// forkSentinel is the fork; the child side runs raw system calls only, as
// forkChild's does.
//
//go:noinline
//go:norace
//go:nocheckptr
func forkSentinel() (pid int, errno unix.Errno) {
	var (
		r1   uintptr
		err1 unix.Errno
	)
	runtimeBeforeFork()
	r1, _, err1 = unix.RawSyscall6(unix.SYS_CLONE, uintptr(unix.SIGCHLD), 0, 0, 0, 0, 0)
	if err1 != 0 || r1 != 0 {
		runtimeAfterFork()
		return int(r1), err1
	}
	runtimeAfterForkInChild()
	// close_range(0, ~0U, 0): nothing of the parent's stays open here.
	unix.RawSyscall(unix.SYS_CLOSE_RANGE, 0, ^uintptr(0)>>32, 0)
	unix.RawSyscall6(unix.SYS_PRCTL, unix.PR_SET_PDEATHSIG, uintptr(unix.SIGKILL), 0, 0, 0, 0)
	for {
		// ppoll on no descriptors with no timeout sleeps until a
		// signal (pause(2) does not exist on arm64).
		unix.RawSyscall6(unix.SYS_PPOLL, 0, 0, 0, 0, 0, 0)
	}
}
