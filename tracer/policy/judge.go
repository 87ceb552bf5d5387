package policy

import (
	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer/seccomp"
)

// Judge returns the built-in policy for running a contest solution (C,
// C++, Go, or an interpreter such as python3): an allowlist, in which
// anything not named kills the program.
//
//   - the one initial execve (the tracer lets the program's own through);
//     any other is a violation;
//   - threads: clone only with CLONE_THREAD and without CLONE_UNTRACED,
//     checked in the register; clone3, whose flags sit in memory where
//     seccomp cannot read them, fails with ENOSYS so that the C library
//     falls back to clone;
//   - no new processes (fork, vfork, clone without CLONE_THREAD), no
//     second exec, no network (no socket calls at all), no io_uring, no
//     ptrace or process_vm_*, no namespaces, mounts, keys or BPF;
//   - signals only to traced processes (checked by the tracer, and scoped
//     by Landlock in the kernel where it can);
//   - only the x86_64 ABI (or the native one): i386 and x32 calls are
//     violations, named by their own ABI's table;
//   - files opened read-only only (the flags register is checked), and
//     only beneath the loader's and language runtimes' directories and
//     the working directory (Landlock); writes only to inherited
//     descriptors;
//   - the program runs with PR_SET_NO_NEW_PRIVS, and as an unprivileged
//     user (nobody) when gotrace runs as root.
//
// readDirs are added to the readable paths (the working directory, the
// program's own directory).
func Judge(native syscalls.ABI, readDirs ...string) *Policy {
	allow := []string{
		// reading and writing what is open
		"read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "lseek",
		"close", "dup", "dup2", "dup3", "sendfile", "copy_file_range",
		// metadata, directories
		"newfstatat", "fstat", "stat", "lstat", "statx", "access", "faccessat", "faccessat2", "readlink",
		"readlinkat", "getdents64", "getcwd", "fadvise64", "fstatfs", "statfs",
		// memory
		"brk", "mmap", "munmap", "mprotect", "mremap", "madvise", "msync", "mincore", "mlock", "munlock",
		// the process itself
		"exit", "exit_group", "getpid", "gettid", "getppid", "getuid", "geteuid", "getgid", "getegid",
		"getresuid", "getresgid", "getgroups", "getpgrp", "getpgid", "getsid", "arch_prctl",
		"set_tid_address", "set_robust_list", "get_robust_list", "rseq", "getrlimit",
		"uname", "sysinfo", "getrusage", "times", "getcpu", "sched_yield", "sched_getaffinity",
		"sched_getparam", "sched_getscheduler", "wait4", "waitid", "umask",
		// threads
		"futex", "futex_waitv", "futex_wake", "futex_wait", "set_thread_area", "get_thread_area",
		// signals to itself
		"rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sigaltstack", "rt_sigpending",
		"rt_sigsuspend", "rt_sigtimedwait", "pause", "alarm", "getitimer", "setitimer",
		// time
		"clock_gettime", "clock_getres", "clock_nanosleep", "nanosleep", "gettimeofday", "time",
		// the kernel's continuation of an interrupted sleep (nanosleep,
		// poll, futex...); under ptrace even an ignored signal interrupts
		// one. It resumes only a call that was allowed.
		"restart_syscall",
		"timer_create", "timer_settime", "timer_gettime", "timer_getoverrun", "timer_delete",
		// waiting on descriptors (language runtimes' event loops)
		"poll", "ppoll", "select", "pselect6", "epoll_create", "epoll_create1", "epoll_ctl",
		"epoll_wait", "epoll_pwait", "epoll_pwait2", "eventfd", "eventfd2", "pipe", "pipe2",
		"timerfd_create", "timerfd_settime", "timerfd_gettime",
		// not memfd_create: what is written to one is memory that no
		// resident size shows
		"getrandom",
	}
	// __O_TMPFILE alone: O_TMPFILE includes O_DIRECTORY, which reads.
	const writeFlags = unix.O_WRONLY | unix.O_RDWR | unix.O_CREAT | unix.O_TRUNC | unix.O_APPEND | (unix.O_TMPFILE &^ unix.O_DIRECTORY)
	readOnly := func(arg uint) []Cond {
		return []Cond{{Arg: arg, Op: seccomp.MaskedEqual, Mask: writeFlags, Value: 0}}
	}
	const threadMask = unix.CLONE_THREAD | unix.CLONE_UNTRACED
	// fcntl commands on its own descriptors; not F_SETOWN and friends,
	// which would aim SIGIO at another process, nor leases or locks.
	var fcntlRules []Rule
	for _, cmd := range []uint64{unix.F_DUPFD, unix.F_GETFD, unix.F_SETFD, unix.F_GETFL, unix.F_SETFL,
		unix.F_DUPFD_CLOEXEC, unix.F_GET_SEALS, unix.F_ADD_SEALS, unix.F_GETPIPE_SZ} {
		fcntlRules = append(fcntlRules, Rule{Syscalls: []string{"fcntl"}, Action: Action{Kind: Allow},
			Source: "judge: fcntl on its descriptors", Conds: []Cond{{Arg: 1, Op: seccomp.Equal, Value: cmd}}})
	}
	rules := []Rule{
		{Syscalls: allow, Action: Action{Kind: Allow}, Source: "judge: allowed"},
		{Syscalls: []string{"ioctl"}, Action: Action{Kind: Allow}, Source: "judge: terminal queries",
			Conds: []Cond{{Arg: 1, Op: seccomp.Equal, Value: unix.TCGETS}}},
		{Syscalls: []string{"ioctl"}, Action: Action{Kind: Allow}, Source: "judge: terminal queries",
			Conds: []Cond{{Arg: 1, Op: seccomp.Equal, Value: unix.TIOCGWINSZ}}},
		{Syscalls: []string{"ioctl"}, Action: Action{Kind: Allow}, Source: "judge: terminal queries",
			Conds: []Cond{{Arg: 1, Op: seccomp.Equal, Value: 0x541b /* FIONREAD */}}},
		{Syscalls: []string{"ioctl"}, Action: Action{Kind: Allow}, Source: "judge: close-on-exec flag",
			Conds: []Cond{{Arg: 1, Op: seccomp.Equal, Value: 0x5451 /* FIOCLEX */}}},
		{Syscalls: []string{"ioctl"}, Action: Action{Kind: Allow}, Source: "judge: close-on-exec flag",
			Conds: []Cond{{Arg: 1, Op: seccomp.Equal, Value: 0x5450 /* FIONCLEX */}}},
		{Syscalls: []string{"prlimit64"}, Action: Action{Kind: Allow}, Source: "judge: its own limits",
			Conds: []Cond{{Arg: 0, Op: seccomp.Equal, Value: 0}}},
		{Syscalls: []string{"openat"}, Action: Action{Kind: Allow}, Source: "judge: read-only opens", Conds: readOnly(2)},
		{Syscalls: []string{"open"}, Action: Action{Kind: Allow}, Source: "judge: read-only opens", Conds: readOnly(1)},
		{Syscalls: []string{"clone"}, Action: Action{Kind: Allow}, Source: "judge: threads only",
			Conds: []Cond{{Arg: 0, Op: seccomp.MaskedEqual, Mask: threadMask, Value: unix.CLONE_THREAD}}},
		{Syscalls: []string{"clone3"}, Action: Action{Kind: Errno, Errno: unix.ENOSYS, Quiet: true}, Source: "judge: clone3 (flags in memory)"},
		{Syscalls: []string{"kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"}, Action: Action{Kind: Allow},
			Source: "judge: signals within the program"},
	}
	rules = append(rules, fcntlRules...)
	// prctl options a program uses on itself. Not PR_SET_SECCOMP: a
	// filter of the program's own would stack on the judge's, and for
	// equal actions the newest filter's data wins, so one answering
	// SECCOMP_RET_TRACE with the data of an allowing rule (or of a
	// display-only stop) would make the tracer let every stopped call
	// through: fork, exec, sockets. (seccomp(2) is not allowed either.)
	for _, opt := range []uint64{unix.PR_SET_PDEATHSIG, unix.PR_GET_PDEATHSIG, unix.PR_GET_DUMPABLE,
		unix.PR_GET_KEEPCAPS, unix.PR_SET_NAME, unix.PR_GET_NAME, unix.PR_GET_SECCOMP, unix.PR_CAPBSET_READ,
		unix.PR_GET_TSC, unix.PR_GET_SECUREBITS, unix.PR_SET_TIMERSLACK, unix.PR_GET_TIMERSLACK,
		unix.PR_GET_CHILD_SUBREAPER, unix.PR_SET_NO_NEW_PRIVS, unix.PR_GET_NO_NEW_PRIVS, unix.PR_GET_TID_ADDRESS,
		unix.PR_SET_THP_DISABLE, unix.PR_GET_THP_DISABLE, unix.PR_GET_SPECULATION_CTRL,
		unix.PR_SET_SPECULATION_CTRL, unix.PR_SET_MDWE, unix.PR_GET_MDWE, unix.PR_GET_AUXV, unix.PR_SET_VMA,
		// arm64: vector lengths, tagged addresses, shadow stacks
		unix.PR_SVE_SET_VL, unix.PR_SVE_GET_VL, unix.PR_SME_SET_VL, unix.PR_SME_GET_VL,
		unix.PR_SET_TAGGED_ADDR_CTRL, unix.PR_GET_TAGGED_ADDR_CTRL, unix.PR_GET_SHADOW_STACK_STATUS,
		unix.PR_SET_SHADOW_STACK_STATUS, unix.PR_LOCK_SHADOW_STACK_STATUS} {
		rules = append(rules, Rule{Syscalls: []string{"prctl"}, Action: Action{Kind: Allow},
			Source: "judge: prctl on itself", Conds: []Cond{{Arg: 0, Op: seccomp.Equal, Value: opt}}})
	}
	read := []string{
		"/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin", "/etc/ld.so.cache",
		"/etc/ld.so.preload", "/etc/localtime", "/etc/locale.alias", "/usr/share/zoneinfo", "/etc/python3",
		"/sys/kernel/mm/transparent_hugepage", "/sys/devices/system/cpu", "/dev/null",
		"/dev/urandom", "/dev/zero",
	}
	return &Policy{
		Default:       Action{Kind: Kill},
		ABIs:          []syscalls.ABI{native},
		BadABI:        Action{Kind: Kill},
		Rules:         rules,
		Paths:         &Paths{ReadExec: append(read, readDirs...)},
		SignalsInTree: true,
		NoNetwork:     true,
		// Enough for any runtime: at most 256 descriptors (each pipe
		// can hold buffers no memory limit sees) and 256 threads at
		// once (a thread bomb stops there), unless the caller's limits
		// say otherwise.
		Limits: Limits{OpenFiles: 256, Processes: 256},
		User:   "nobody",
	}
}
