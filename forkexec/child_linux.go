package forkexec

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// seccompSetModeFilter is SECCOMP_SET_MODE_FILTER, the seccomp(2)
// operation that installs a BPF program.
const seccompSetModeFilter = 1

// landlockRulePathBeneath is LANDLOCK_RULE_PATH_BENEATH.
const landlockRulePathBeneath = 1

// forkChild forks; in the child it runs the steps of a and execve, in the
// parent it returns the child's pid.
func forkChild(a *childArgs) (pid int, errno unix.Errno) {
	r1, err1 := forkChild1(a)
	// forkChild1 blocked signals and stack growth before the fork; the
	// parent undoes that here, out of the frame a vfork child ran in.
	runtimeAfterFork()
	return int(r1), err1
}

// rawVforkSyscall is a raw system call that leaves the stack alone across
// a clone(CLONE_VM|CLONE_VFORK) (vfork_*.s).
func rawVforkSyscall(trap, a1, a2, a3 uintptr) (r1 uintptr, err unix.Errno)

// forkChild1 is the fork itself: the child runs the steps of a and execve
// and never returns; the parent returns at once with the child's pid.
//
// Between fork and execve the child may only call functions that cannot
// grow the stack (runtimeBeforeFork makes growth throw): unix.RawSyscall
// and RawSyscall6 are assembly and qualify. It must not allocate or take
// locks, which another thread of the parent may have held at the fork. All
// variables are declared before the fork for that reason.
//
// With Spec.Vfork the child runs in the parent's memory, on this very
// frame, until its execve, while the parent's thread waits in clone: the
// parent must then use nothing of the frame but the clone's results (as in
// syscall.forkAndExecInChild1), hence the immediate return.
//
//go:noinline
//go:norace
//go:nocheckptr
func forkChild1(a *childArgs) (pid uintptr, errno unix.Errno) {
	var (
		r1       uintptr
		err1     unix.Errno
		step     Step
		i        int
		nextfd   int
		pipe     int
		fd       []int
		report   childReport
		selfPid  uintptr
		haveArgv *byte
		haveEnvv *byte
		firstFd  int
		lim      unix.Rlimit
		flags    uintptr
		ppid     uintptr
	)
	// execve wants NULL-terminated vectors; SlicePtrFromStrings added the
	// terminating nil, so the first element always exists.
	haveArgv = nil
	haveEnvv = nil
	if len(a.argv) > 0 {
		haveArgv = (*byte)(unsafe.Pointer(&a.argv[0]))
	}
	if len(a.envv) > 0 {
		haveEnvv = (*byte)(unsafe.Pointer(&a.envv[0]))
	}

	// Descriptors: find a free number above every descriptor we will
	// place, so that moving the pipe or a source out of the way cannot
	// overwrite another source (the same two passes as
	// syscall.forkAndExecInChild1).
	fd = a.fds
	pipe = a.pipe
	nextfd = len(fd)
	for i = 0; i < len(fd); i++ {
		if fd[i] > nextfd {
			nextfd = fd[i]
		}
	}
	if pipe > nextfd {
		nextfd = pipe
	}
	nextfd++

	// A plain fork (SIGCHLD as the exit signal) copies the parent's
	// address space, which for a Go process with its threads costs
	// milliseconds (the page tables, then a copy-on-write fault and TLB
	// shootdown for each page either side writes); but only a copy can
	// stop itself for the tracer before execve, as the thread that has
	// to answer the stop is the one that forked. With Vfork the child
	// shares our memory and this thread sleeps until the child's execve
	// or exit, as in os/exec.
	flags = uintptr(unix.SIGCHLD)
	ppid, _ = unix.RawSyscallNoError(unix.SYS_GETPID, 0, 0, 0)
	if a.spec.Vfork {
		flags |= unix.CLONE_VM | unix.CLONE_VFORK
	}
	runtimeBeforeFork()
	pid, errno = rawVforkSyscall(unix.SYS_CLONE, flags, 0, 0)
	if errno != 0 || pid != 0 {
		// Parent, or fork failed.
		return
	}

	// Child. Restore the signal mask and default handlers that
	// runtimeBeforeFork blocked, as the exec'd program expects.
	runtimeAfterForkInChild()

	if len(fd) > 0 {
		step = StepDup
		// Pass 1: move the pipe and every source that sits below its
		// target above len(fd), so pass 2 cannot clobber them.
		if pipe < len(fd) {
			r1, _, err1 = unix.RawSyscall(unix.SYS_DUP3, uintptr(pipe), uintptr(nextfd), unix.O_CLOEXEC)
			if err1 != 0 {
				goto fail
			}
			pipe = nextfd
			nextfd++
		}
		for i = 0; i < len(fd); i++ {
			if fd[i] >= 0 && fd[i] < i {
				if nextfd == pipe {
					nextfd++
				}
				_, _, err1 = unix.RawSyscall(unix.SYS_DUP3, uintptr(fd[i]), uintptr(nextfd), unix.O_CLOEXEC)
				if err1 != 0 {
					goto fail
				}
				fd[i] = nextfd
				nextfd++
			}
		}
		// Pass 2: put each source on its target, without close-on-exec.
		for i = 0; i < len(fd); i++ {
			if fd[i] == -1 {
				unix.RawSyscall(unix.SYS_CLOSE, uintptr(i), 0, 0)
				continue
			}
			if fd[i] == i {
				// dup3 refuses equal descriptors; clear
				// close-on-exec instead.
				_, _, err1 = unix.RawSyscall(unix.SYS_FCNTL, uintptr(i), unix.F_SETFD, 0)
				if err1 != 0 {
					goto fail
				}
				continue
			}
			_, _, err1 = unix.RawSyscall(unix.SYS_DUP3, uintptr(fd[i]), uintptr(i), 0)
			if err1 != 0 {
				goto fail
			}
		}
	}

	if a.spec.CloseOtherFds {
		step = StepCloseFds
		// Above the descriptors placed (0-2 at least: without Files the
		// program keeps gotrace's). Close-on-exec rather than closed: the
		// error pipe must outlive every later step.
		firstFd = len(fd)
		if firstFd < 3 {
			firstFd = 3
		}
		_, _, err1 = unix.RawSyscall(unix.SYS_CLOSE_RANGE, uintptr(firstFd), uintptr(^uint32(0)), unix.CLOSE_RANGE_CLOEXEC)
		if err1 == unix.ENOSYS || err1 == unix.EINVAL {
			// Before Linux 5.11: one fcntl per possible descriptor,
			// up to the descriptor limit.
			_, _, err1 = unix.RawSyscall6(unix.SYS_PRLIMIT64, 0, unix.RLIMIT_NOFILE, 0, uintptr(unsafe.Pointer(&lim)), 0, 0)
			if err1 != 0 || lim.Cur > 1<<20 {
				lim.Cur = 1 << 20
			}
			for i = firstFd; uint64(i) < lim.Cur; i++ {
				unix.RawSyscall(unix.SYS_FCNTL, uintptr(i), unix.F_SETFD, unix.FD_CLOEXEC)
			}
			err1 = 0
		}
		if err1 != 0 {
			goto fail
		}
	}

	if a.spec.Setpgid {
		step = StepSetpgid
		_, _, err1 = unix.RawSyscall(unix.SYS_SETPGID, 0, 0, 0)
		if err1 != 0 {
			goto fail
		}
	}

	if a.dir != nil {
		step = StepChdir
		_, _, err1 = unix.RawSyscall(unix.SYS_CHDIR, uintptr(unsafe.Pointer(a.dir)), 0, 0)
		if err1 != 0 {
			goto fail
		}
	}

	step = StepRlimit
	for i = 0; i < len(a.rlimits); i++ {
		if a.rlimits[i].resource == unix.RLIMIT_NOFILE && a.landlockAttr != nil {
			// After Landlock: its ruleset needs a descriptor, and the
			// lowest free one may be above a low limit.
			continue
		}
		_, _, err1 = unix.RawSyscall6(unix.SYS_PRLIMIT64, 0, a.rlimits[i].resource,
			uintptr(unsafe.Pointer(&a.rlimits[i].lim)), 0, 0, 0)
		if err1 != 0 {
			goto fail
		}
	}

	if a.cred != nil {
		// Groups first and uid last: once the uid is dropped the child
		// may no longer change the others.
		step = StepSetgroups
		if len(a.groups) > 0 {
			_, _, err1 = unix.RawSyscall(unix.SYS_SETGROUPS, uintptr(len(a.groups)), uintptr(unsafe.Pointer(&a.groups[0])), 0)
		} else {
			_, _, err1 = unix.RawSyscall(unix.SYS_SETGROUPS, 0, 0, 0)
		}
		if err1 != 0 {
			goto fail
		}
		step = StepSetgid
		_, _, err1 = unix.RawSyscall(unix.SYS_SETRESGID, uintptr(a.cred.Gid), uintptr(a.cred.Gid), uintptr(a.cred.Gid))
		if err1 != 0 {
			goto fail
		}
		step = StepSetuid
		_, _, err1 = unix.RawSyscall(unix.SYS_SETRESUID, uintptr(a.cred.Uid), uintptr(a.cred.Uid), uintptr(a.cred.Uid))
		if err1 != 0 {
			goto fail
		}
	}

	if a.spec.Ptrace {
		// Become a tracee as late as possible, so that the tracer does
		// not see the steps above.
		step = StepPtraceMe
		_, _, err1 = unix.RawSyscall(unix.SYS_PTRACE, unix.PTRACE_TRACEME, 0, 0)
		if err1 != 0 {
			goto fail
		}
	}
	if a.spec.Pdeathsig != 0 {
		step = StepPdeathsig
		_, _, err1 = unix.RawSyscall6(unix.SYS_PRCTL, unix.PR_SET_PDEATHSIG, uintptr(a.spec.Pdeathsig), 0, 0, 0, 0)
		if err1 != 0 {
			goto fail
		}
		// The parent may have died before the prctl took hold, as in
		// syscall.forkAndExecInChild1: then the signal is ours now.
		r1, _ = unix.RawSyscallNoError(unix.SYS_GETPPID, 0, 0, 0)
		if r1 != ppid {
			selfPid, _ = unix.RawSyscallNoError(unix.SYS_GETPID, 0, 0, 0)
			unix.RawSyscall(unix.SYS_KILL, selfPid, uintptr(a.spec.Pdeathsig), 0)
		}
	}
	if a.spec.Ptrace && !a.spec.Vfork {
		// Stop, so that the tracer sets its options (EXITKILL,
		// TRACESECCOMP, ...) before anything below can run.
		step = StepStop
		selfPid, _ = unix.RawSyscallNoError(unix.SYS_GETPID, 0, 0, 0)
		_, _, err1 = unix.RawSyscall(unix.SYS_KILL, selfPid, uintptr(unix.SIGSTOP), 0)
		if err1 != 0 {
			goto fail
		}
	}

	if a.spec.NoNewPrivs || a.filter.Len > 0 || len(a.landlockAttr) > 0 {
		// Required for an unprivileged seccomp filter, and keeps a
		// set-uid execve from gaining what the filter would deny.
		step = StepNoNewPrivs
		_, _, err1 = unix.RawSyscall6(unix.SYS_PRCTL, unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0, 0)
		if err1 != 0 {
			goto fail
		}
	}

	if len(a.landlockAttr) > 0 {
		// Landlock: a ruleset handling the rights in the attribute,
		// the rules granting some of them, enforced on ourselves; the
		// ruleset's own descriptor is then closed.
		step = StepLandlock
		r1, _, err1 = unix.RawSyscall(unix.SYS_LANDLOCK_CREATE_RULESET,
			uintptr(unsafe.Pointer(&a.landlockAttr[0])), uintptr(len(a.landlockAttr)*8), 0)
		if err1 != 0 {
			goto fail
		}
		for i = 0; i+12 <= len(a.landlockRules); i += 12 {
			_, _, err1 = unix.RawSyscall6(unix.SYS_LANDLOCK_ADD_RULE, r1, landlockRulePathBeneath,
				uintptr(unsafe.Pointer(&a.landlockRules[i])), 0, 0, 0)
			if err1 != 0 {
				goto fail
			}
		}
		_, _, err1 = unix.RawSyscall(unix.SYS_LANDLOCK_RESTRICT_SELF, r1, 0, 0)
		if err1 != 0 {
			goto fail
		}
		unix.RawSyscall(unix.SYS_CLOSE, r1, 0, 0)
		step = StepRlimit
		for i = 0; i < len(a.rlimits); i++ {
			if a.rlimits[i].resource != unix.RLIMIT_NOFILE {
				continue
			}
			_, _, err1 = unix.RawSyscall6(unix.SYS_PRLIMIT64, 0, a.rlimits[i].resource,
				uintptr(unsafe.Pointer(&a.rlimits[i].lim)), 0, 0, 0)
			if err1 != 0 {
				goto fail
			}
		}
	}

	if a.filter.Len > 0 {
		// Last, so the filter judges nothing of ours but execve.
		step = StepSeccomp
		_, _, err1 = unix.RawSyscall(unix.SYS_SECCOMP, seccompSetModeFilter, a.spec.SeccompFlags,
			uintptr(unsafe.Pointer(&a.filter)))
		if err1 != 0 {
			goto fail
		}
	}

	step = StepExec
	if a.spec.ExecFd > 0 {
		_, _, err1 = unix.RawSyscall6(unix.SYS_EXECVEAT, uintptr(a.spec.ExecFd), uintptr(unsafe.Pointer(&emptyPath[0])),
			uintptr(unsafe.Pointer(haveArgv)), uintptr(unsafe.Pointer(haveEnvv)), unix.AT_EMPTY_PATH, 0)
	} else {
		_, _, err1 = unix.RawSyscall(unix.SYS_EXECVE, uintptr(unsafe.Pointer(a.path)),
			uintptr(unsafe.Pointer(haveArgv)), uintptr(unsafe.Pointer(haveEnvv)))
	}

fail:
	// Tell the parent which step failed and why, then exit with the same
	// status os/exec's child uses; the parent reads the pipe at the exit.
	report.step = step
	report.errno = uint32(err1)
	unix.RawSyscall(unix.SYS_WRITE, uintptr(pipe), uintptr(unsafe.Pointer(&report)), unsafe.Sizeof(report))
	for {
		unix.RawSyscall(unix.SYS_EXIT_GROUP, 253, 0, 0)
	}
}

// emptyPath is execveat's "" with AT_EMPTY_PATH: a static NUL, as the
// child may not allocate.
var emptyPath = [1]byte{0}
