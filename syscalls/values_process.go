package syscalls

// Named constants for processes, threads, scheduling and tracing,
// as strace 6.1 names them.
//
// The tables follow strace 6.1's xlat tables (src/xlat/*.in) entry for
// entry: flag sets print their names in table order, which is strace's
// order, not numeric order. Values are x86_64's unless a name says ARM64.
//
// Like strace, a decoder looks most arguments up by their low 32 bits
// (strace's printxval and printflags take an unsigned int; only its
// printxval64/printflags64 calls, as for mmap's prot and flags, clone's
// flags or ptrace's request, use all 64), and the values here are what
// strace stores: a negative constant is its 32-bit two's complement.

// CloneFlags are clone's flag bits. strace prints the low byte (the exit
// signal, flags&0xff) after them as a signal name: CLONE_VM|...|SIGCHLD.
// clone3's flags are these and Clone3Flags, searched in that order.
var CloneFlags = &Values{
	Name:    "CloneFlags",
	Unknown: "CLONE_???",
	Vals: []Value{
		{0x100, "CLONE_VM"},
		{0x200, "CLONE_FS"},
		{0x400, "CLONE_FILES"},
		{0x800, "CLONE_SIGHAND"},
		{0x1000, "CLONE_PIDFD"},
		{0x2000, "CLONE_PTRACE"},
		{0x4000, "CLONE_VFORK"},
		{0x8000, "CLONE_PARENT"},
		{0x10000, "CLONE_THREAD"},
		{0x20000, "CLONE_NEWNS"},
		{0x40000, "CLONE_SYSVSEM"},
		{0x80000, "CLONE_SETTLS"},
		{0x100000, "CLONE_PARENT_SETTID"},
		{0x200000, "CLONE_CHILD_CLEARTID"},
		{0x800000, "CLONE_UNTRACED"},
		{0x1000000, "CLONE_CHILD_SETTID"},
		{0x2000000, "CLONE_NEWCGROUP"},
		{0x4000000, "CLONE_NEWUTS"},
		{0x8000000, "CLONE_NEWIPC"},
		{0x10000000, "CLONE_NEWUSER"},
		{0x20000000, "CLONE_NEWPID"},
		{0x40000000, "CLONE_NEWNET"},
		{0x80000000, "CLONE_IO"},
	},
}

// Clone3Flags are the flags only clone3 takes (struct clone_args's flags are
// printed with CloneFlags, then these).
var Clone3Flags = &Values{
	Name:    "Clone3Flags",
	Unknown: "CLONE_???",
	Vals: []Value{
		{0x80, "CLONE_NEWTIME"},
		{0x100000000, "CLONE_CLEAR_SIGHAND"},
		{0x200000000, "CLONE_INTO_CGROUP"},
	},
}

// UnshareFlags are unshare's flags.
var UnshareFlags = &Values{
	Name:    "UnshareFlags",
	Unknown: "CLONE_???",
	Vals: []Value{
		{0x80, "CLONE_NEWTIME"},
		{0x100, "CLONE_VM"},
		{0x200, "CLONE_FS"},
		{0x400, "CLONE_FILES"},
		{0x800, "CLONE_SIGHAND"},
		{0x10000, "CLONE_THREAD"},
		{0x20000, "CLONE_NEWNS"},
		{0x40000, "CLONE_SYSVSEM"},
		{0x2000000, "CLONE_NEWCGROUP"},
		{0x4000000, "CLONE_NEWUTS"},
		{0x8000000, "CLONE_NEWIPC"},
		{0x10000000, "CLONE_NEWUSER"},
		{0x20000000, "CLONE_NEWPID"},
		{0x40000000, "CLONE_NEWNET"},
	},
}

// SetnsTypes are setns's nstype flags (and NS_GET_NSTYPE's result).
var SetnsTypes = &Values{
	Name:    "SetnsTypes",
	Unknown: "CLONE_NEW???",
	Vals: []Value{
		{0x80, "CLONE_NEWTIME"},
		{0x20000, "CLONE_NEWNS"},
		{0x2000000, "CLONE_NEWCGROUP"},
		{0x4000000, "CLONE_NEWUTS"},
		{0x8000000, "CLONE_NEWIPC"},
		{0x10000000, "CLONE_NEWUSER"},
		{0x20000000, "CLONE_NEWPID"},
		{0x40000000, "CLONE_NEWNET"},
	},
}

// WaitOptions are the options of wait4 and waitid.
var WaitOptions = &Values{
	Name:    "WaitOptions",
	Unknown: "W???",
	Vals: []Value{
		{0x1, "WNOHANG"},
		{0x4, "WEXITED"},
		{0x2, "WSTOPPED"},
		{0x8, "WCONTINUED"},
		{0x1000000, "WNOWAIT"},
		{0x80000000, "__WCLONE"},
		{0x40000000, "__WALL"},
		{0x20000000, "__WNOTHREAD"},
	},
}

// IdTypes are waitid's idtype values.
var IdTypes = &Values{
	Name:    "IdTypes",
	Unknown: "P_???",
	Vals: []Value{
		{0, "P_ALL"},
		{1, "P_PID"},
		{2, "P_PGID"},
		{3, "P_PIDFD"},
	},
}

// RlimitResources are the resources of getrlimit, setrlimit and prlimit64.
var RlimitResources = &Values{
	Name:    "RlimitResources",
	Unknown: "RLIMIT_???",
	Vals: []Value{
		{0, "RLIMIT_CPU"},
		{1, "RLIMIT_FSIZE"},
		{2, "RLIMIT_DATA"},
		{3, "RLIMIT_STACK"},
		{4, "RLIMIT_CORE"},
		{5, "RLIMIT_RSS"},
		{6, "RLIMIT_NPROC"},
		{7, "RLIMIT_NOFILE"},
		{8, "RLIMIT_MEMLOCK"},
		{9, "RLIMIT_AS"},
		{10, "RLIMIT_LOCKS"},
		{11, "RLIMIT_SIGPENDING"},
		{12, "RLIMIT_MSGQUEUE"},
		{13, "RLIMIT_NICE"},
		{14, "RLIMIT_RTPRIO"},
		{15, "RLIMIT_RTTIME"},
	},
}

// RusageWho are getrusage's who values, as 32-bit values (strace looks the
// argument up as an unsigned int: RUSAGE_CHILDREN is 0xffffffff).
var RusageWho = &Values{
	Name:    "RusageWho",
	Unknown: "RUSAGE_???",
	Vals: []Value{
		{0, "RUSAGE_SELF"},
		{0xffffffff, "RUSAGE_CHILDREN"},
		{0xfffffffe, "RUSAGE_BOTH"},
		{1, "RUSAGE_THREAD"},
	},
}

// PrioWhich are getpriority's and setpriority's which values.
var PrioWhich = &Values{
	Name:    "PrioWhich",
	Unknown: "PRIO_???",
	Vals: []Value{
		{0, "PRIO_PROCESS"},
		{1, "PRIO_PGRP"},
		{2, "PRIO_USER"},
	},
}

// PrctlOptions are prctl's options.
var PrctlOptions = &Values{
	Name:    "PrctlOptions",
	Unknown: "PR_???",
	Vals: []Value{
		{1, "PR_SET_PDEATHSIG"},
		{2, "PR_GET_PDEATHSIG"},
		{3, "PR_GET_DUMPABLE"},
		{4, "PR_SET_DUMPABLE"},
		{5, "PR_GET_UNALIGN"},
		{6, "PR_SET_UNALIGN"},
		{7, "PR_GET_KEEPCAPS"},
		{8, "PR_SET_KEEPCAPS"},
		{9, "PR_GET_FPEMU"},
		{10, "PR_SET_FPEMU"},
		{11, "PR_GET_FPEXC"},
		{12, "PR_SET_FPEXC"},
		{13, "PR_GET_TIMING"},
		{14, "PR_SET_TIMING"},
		{15, "PR_SET_NAME"},
		{16, "PR_GET_NAME"},
		{19, "PR_GET_ENDIAN"},
		{20, "PR_SET_ENDIAN"},
		{21, "PR_GET_SECCOMP"},
		{22, "PR_SET_SECCOMP"},
		{23, "PR_CAPBSET_READ"},
		{24, "PR_CAPBSET_DROP"},
		{25, "PR_GET_TSC"},
		{26, "PR_SET_TSC"},
		{27, "PR_GET_SECUREBITS"},
		{28, "PR_SET_SECUREBITS"},
		{29, "PR_SET_TIMERSLACK"},
		{30, "PR_GET_TIMERSLACK"},
		{31, "PR_TASK_PERF_EVENTS_DISABLE"},
		{32, "PR_TASK_PERF_EVENTS_ENABLE"},
		{33, "PR_MCE_KILL"},
		{34, "PR_MCE_KILL_GET"},
		{35, "PR_SET_MM"},
		{36, "PR_SET_CHILD_SUBREAPER"},
		{37, "PR_GET_CHILD_SUBREAPER"},
		{38, "PR_SET_NO_NEW_PRIVS"},
		{39, "PR_GET_NO_NEW_PRIVS"},
		{40, "PR_GET_TID_ADDRESS"},
		{41, "PR_SET_THP_DISABLE"},
		{42, "PR_GET_THP_DISABLE"},
		{43, "PR_MPX_ENABLE_MANAGEMENT"},
		{44, "PR_MPX_DISABLE_MANAGEMENT"},
		{45, "PR_SET_FP_MODE"},
		{46, "PR_GET_FP_MODE"},
		{47, "PR_CAP_AMBIENT"},
		{50, "PR_SVE_SET_VL"},
		{51, "PR_SVE_GET_VL"},
		{52, "PR_GET_SPECULATION_CTRL"},
		{53, "PR_SET_SPECULATION_CTRL"},
		{54, "PR_PAC_RESET_KEYS"},
		{55, "PR_SET_TAGGED_ADDR_CTRL"},
		{56, "PR_GET_TAGGED_ADDR_CTRL"},
		{57, "PR_SET_IO_FLUSHER"},
		{58, "PR_GET_IO_FLUSHER"},
		{59, "PR_SET_SYSCALL_USER_DISPATCH"},
		{60, "PR_PAC_SET_ENABLED_KEYS"},
		{61, "PR_PAC_GET_ENABLED_KEYS"},
		{62, "PR_SCHED_CORE"},
		{63, "PR_SME_SET_VL"},
		{64, "PR_SME_GET_VL"},
		{0x53564d41, "PR_SET_VMA"},
		{0x59616d61, "PR_SET_PTRACER"},
	},
}

// ArchPrctlCodes are arch_prctl's codes (x86).
var ArchPrctlCodes = &Values{
	Name:    "ArchPrctlCodes",
	Unknown: "ARCH_???",
	Vals: []Value{
		{4097, "ARCH_SET_GS"},
		{4098, "ARCH_SET_FS"},
		{4099, "ARCH_GET_FS"},
		{4100, "ARCH_GET_GS"},
		{4113, "ARCH_GET_CPUID"},
		{4114, "ARCH_SET_CPUID"},
		{4129, "ARCH_GET_XCOMP_SUPP"},
		{4130, "ARCH_GET_XCOMP_PERM"},
		{4131, "ARCH_REQ_XCOMP_PERM"},
		{4132, "ARCH_GET_XCOMP_GUEST_PERM"},
		{4133, "ARCH_REQ_XCOMP_GUEST_PERM"},
		{8193, "ARCH_MAP_VDSO_X32"},
		{8194, "ARCH_MAP_VDSO_32"},
		{8195, "ARCH_MAP_VDSO_64"},
	},
}

// SchedPolicies are the scheduling policies of sched_setscheduler,
// sched_getscheduler (whose return value strace names) and struct
// sched_attr. strace 6.1's table has no SCHED_RESET_ON_FORK: a policy with
// that bit (0x40000000) set prints in hex with a "SCHED_???" comment.
var SchedPolicies = &Values{
	Name:    "SchedPolicies",
	Unknown: "SCHED_???",
	Vals: []Value{
		{0, "SCHED_OTHER"},
		{1, "SCHED_FIFO"},
		{2, "SCHED_RR"},
		{3, "SCHED_BATCH"},
		{4, "SCHED_ISO"},
		{5, "SCHED_IDLE"},
		{6, "SCHED_DEADLINE"},
	},
}

// SchedAttrFlags are struct sched_attr's sched_flags.
var SchedAttrFlags = &Values{
	Name:    "SchedAttrFlags",
	Unknown: "SCHED_FLAG_???",
	Vals: []Value{
		{0x1, "SCHED_FLAG_RESET_ON_FORK"},
		{0x2, "SCHED_FLAG_RECLAIM"},
		{0x4, "SCHED_FLAG_DL_OVERRUN"},
		{0x8, "SCHED_FLAG_KEEP_POLICY"},
		{0x10, "SCHED_FLAG_KEEP_PARAMS"},
		{0x20, "SCHED_FLAG_UTIL_CLAMP_MIN"},
		{0x40, "SCHED_FLAG_UTIL_CLAMP_MAX"},
	},
}

// PersonalityTypes are the execution domains, persona&PER_MASK (0xff);
// strace prints the domain, then "|" and the PersonalityFlags bits, as
// PER_LINUX|ADDR_NO_RANDOMIZE. 0xffffffff (a query) prints as is.
var PersonalityTypes = &Values{
	Name:    "PersonalityTypes",
	Unknown: "PER_???",
	Vals: []Value{
		{0, "PER_LINUX"},
		{0x800000, "PER_LINUX_32BIT"},
		{0x80000, "PER_LINUX_FDPIC"},
		{0x4100001, "PER_SVR4"},
		{0x5000002, "PER_SVR3"},
		{0x7000003, "PER_SCOSVR3"},
		{0x6000003, "PER_OSR5"},
		{0x5000004, "PER_WYSEV386"},
		{0x4000005, "PER_ISCR4"},
		{6, "PER_BSD"},
		{0x4000006, "PER_SUNOS"},
		{0x5000007, "PER_XENIX"},
		{8, "PER_LINUX32"},
		{0x8000008, "PER_LINUX32_3GB"},
		{0x4000009, "PER_IRIX32"},
		{0x400000a, "PER_IRIXN32"},
		{0x400000b, "PER_IRIX64"},
		{12, "PER_RISCOS"},
		{0x400000d, "PER_SOLARIS"},
		{0x410000e, "PER_UW7"},
		{15, "PER_OSF4"},
		{16, "PER_HPUX"},
		{255, "PER_MASK"},
	},
}

// PersonalityFlags are personality's flag bits above PER_MASK.
var PersonalityFlags = &Values{
	Name: "PersonalityFlags",
	Vals: []Value{
		{0x20000, "UNAME26"},
		{0x40000, "ADDR_NO_RANDOMIZE"},
		{0x80000, "FDPIC_FUNCPTRS"},
		{0x100000, "MMAP_PAGE_ZERO"},
		{0x200000, "ADDR_COMPAT_LAYOUT"},
		{0x400000, "READ_IMPLIES_EXEC"},
		{0x800000, "ADDR_LIMIT_32BIT"},
		{0x1000000, "SHORT_INODE"},
		{0x2000000, "WHOLE_SECONDS"},
		{0x4000000, "STICKY_TIMEOUTS"},
		{0x8000000, "ADDR_LIMIT_3GB"},
	},
}

// PtraceRequests are ptrace's requests, x86_64's; see PtraceRequestsARM64.
var PtraceRequests = &Values{
	Name:    "PtraceRequests",
	Unknown: "PTRACE_???",
	Vals: []Value{
		{0, "PTRACE_TRACEME"},
		{1, "PTRACE_PEEKTEXT"},
		{2, "PTRACE_PEEKDATA"},
		{3, "PTRACE_PEEKUSER"},
		{4, "PTRACE_POKETEXT"},
		{5, "PTRACE_POKEDATA"},
		{6, "PTRACE_POKEUSER"},
		{7, "PTRACE_CONT"},
		{8, "PTRACE_KILL"},
		{9, "PTRACE_SINGLESTEP"},
		{16, "PTRACE_ATTACH"},
		{17, "PTRACE_DETACH"},
		{24, "PTRACE_SYSCALL"},
		{16896, "PTRACE_SETOPTIONS"},
		{16897, "PTRACE_GETEVENTMSG"},
		{16898, "PTRACE_GETSIGINFO"},
		{16899, "PTRACE_SETSIGINFO"},
		{16900, "PTRACE_GETREGSET"},
		{16901, "PTRACE_SETREGSET"},
		{16902, "PTRACE_SEIZE"},
		{16903, "PTRACE_INTERRUPT"},
		{16904, "PTRACE_LISTEN"},
		{16905, "PTRACE_PEEKSIGINFO"},
		{16906, "PTRACE_GETSIGMASK"},
		{16907, "PTRACE_SETSIGMASK"},
		{16908, "PTRACE_SECCOMP_GET_FILTER"},
		{16909, "PTRACE_SECCOMP_GET_METADATA"},
		{16910, "PTRACE_GET_SYSCALL_INFO"},
		{16911, "PTRACE_GET_RSEQ_CONFIGURATION"},
		{12, "PTRACE_GETREGS"},
		{13, "PTRACE_SETREGS"},
		{14, "PTRACE_GETFPREGS"},
		{15, "PTRACE_SETFPREGS"},
		{18, "PTRACE_GETFPXREGS"},
		{19, "PTRACE_SETFPXREGS"},
		{21, "PTRACE_OLDSETOPTIONS"},
		{25, "PTRACE_GET_THREAD_AREA"},
		{26, "PTRACE_SET_THREAD_AREA"},
		{31, "PTRACE_SYSEMU"},
		{32, "PTRACE_SYSEMU_SINGLESTEP"},
		{33, "PTRACE_SINGLEBLOCK"},
		{30, "PTRACE_ARCH_PRCTL"},
	},
}

// PtraceOptions are PTRACE_SETOPTIONS's option bits.
var PtraceOptions = &Values{
	Name:    "PtraceOptions",
	Unknown: "PTRACE_O_???",
	Vals: []Value{
		{0x1, "PTRACE_O_TRACESYSGOOD"},
		{0x2, "PTRACE_O_TRACEFORK"},
		{0x4, "PTRACE_O_TRACEVFORK"},
		{0x8, "PTRACE_O_TRACECLONE"},
		{0x10, "PTRACE_O_TRACEEXEC"},
		{0x20, "PTRACE_O_TRACEVFORKDONE"},
		{0x40, "PTRACE_O_TRACEEXIT"},
		{0x80, "PTRACE_O_TRACESECCOMP"},
		{0x100000, "PTRACE_O_EXITKILL"},
		{0x200000, "PTRACE_O_SUSPEND_SECCOMP"},
	},
}

// PtraceEvents are the ptrace event numbers in a wait status (status>>16),
// printed as PTRACE_EVENT_EXEC<<16.
var PtraceEvents = &Values{
	Name:    "PtraceEvents",
	Unknown: "PTRACE_EVENT_???",
	Vals: []Value{
		{1, "PTRACE_EVENT_FORK"},
		{2, "PTRACE_EVENT_VFORK"},
		{3, "PTRACE_EVENT_CLONE"},
		{4, "PTRACE_EVENT_EXEC"},
		{5, "PTRACE_EVENT_VFORK_DONE"},
		{6, "PTRACE_EVENT_EXIT"},
		{7, "PTRACE_EVENT_SECCOMP"},
		{128, "PTRACE_EVENT_STOP"},
	},
}

// SeccompOps are seccomp's operations.
var SeccompOps = &Values{
	Name:    "SeccompOps",
	Unknown: "SECCOMP_SET_MODE_???",
	Vals: []Value{
		{0, "SECCOMP_SET_MODE_STRICT"},
		{1, "SECCOMP_SET_MODE_FILTER"},
		{2, "SECCOMP_GET_ACTION_AVAIL"},
		{3, "SECCOMP_GET_NOTIF_SIZES"},
	},
}

// SeccompFilterFlags are SECCOMP_SET_MODE_FILTER's flags.
var SeccompFilterFlags = &Values{
	Name:    "SeccompFilterFlags",
	Unknown: "SECCOMP_FILTER_FLAG_???",
	Vals: []Value{
		{0x1, "SECCOMP_FILTER_FLAG_TSYNC"},
		{0x2, "SECCOMP_FILTER_FLAG_LOG"},
		{0x4, "SECCOMP_FILTER_FLAG_SPEC_ALLOW"},
		{0x8, "SECCOMP_FILTER_FLAG_NEW_LISTENER"},
		{0x10, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH"},
		{0x20, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"},
	},
}

// SeccompModes are the modes of prctl(PR_SET_SECCOMP).
var SeccompModes = &Values{
	Name:    "SeccompModes",
	Unknown: "SECCOMP_MODE_???",
	Vals: []Value{
		{0, "SECCOMP_MODE_DISABLED"},
		{1, "SECCOMP_MODE_STRICT"},
		{2, "SECCOMP_MODE_FILTER"},
	},
}

// SeccompRetActions are the actions of a seccomp filter's return value
// (ret&SECCOMP_RET_ACTION_FULL).
var SeccompRetActions = &Values{
	Name:    "SeccompRetActions",
	Unknown: "SECCOMP_RET_???",
	Vals: []Value{
		{0x80000000, "SECCOMP_RET_KILL_PROCESS"},
		{0, "SECCOMP_RET_KILL_THREAD"},
		{0x30000, "SECCOMP_RET_TRAP"},
		{0x50000, "SECCOMP_RET_ERRNO"},
		{0x7fc00000, "SECCOMP_RET_USER_NOTIF"},
		{0x7ff00000, "SECCOMP_RET_TRACE"},
		{0x7ffc0000, "SECCOMP_RET_LOG"},
		{0x7fff0000, "SECCOMP_RET_ALLOW"},
	},
}

// CapVersions are the versions in capget's and capset's header.
var CapVersions = &Values{
	Name:    "CapVersions",
	Unknown: "_LINUX_CAPABILITY_VERSION_???",
	Vals: []Value{
		{0x19980330, "_LINUX_CAPABILITY_VERSION_1"},
		{0x20071026, "_LINUX_CAPABILITY_VERSION_2"},
		{0x20080522, "_LINUX_CAPABILITY_VERSION_3"},
	},
}

// Capabilities are the capability numbers (prctl's PR_CAPBSET_READ,
// PR_CAP_AMBIENT...).
var Capabilities = &Values{
	Name:    "Capabilities",
	Unknown: "CAP_???",
	Vals: []Value{
		{0, "CAP_CHOWN"},
		{1, "CAP_DAC_OVERRIDE"},
		{2, "CAP_DAC_READ_SEARCH"},
		{3, "CAP_FOWNER"},
		{4, "CAP_FSETID"},
		{5, "CAP_KILL"},
		{6, "CAP_SETGID"},
		{7, "CAP_SETUID"},
		{8, "CAP_SETPCAP"},
		{9, "CAP_LINUX_IMMUTABLE"},
		{10, "CAP_NET_BIND_SERVICE"},
		{11, "CAP_NET_BROADCAST"},
		{12, "CAP_NET_ADMIN"},
		{13, "CAP_NET_RAW"},
		{14, "CAP_IPC_LOCK"},
		{15, "CAP_IPC_OWNER"},
		{16, "CAP_SYS_MODULE"},
		{17, "CAP_SYS_RAWIO"},
		{18, "CAP_SYS_CHROOT"},
		{19, "CAP_SYS_PTRACE"},
		{20, "CAP_SYS_PACCT"},
		{21, "CAP_SYS_ADMIN"},
		{22, "CAP_SYS_BOOT"},
		{23, "CAP_SYS_NICE"},
		{24, "CAP_SYS_RESOURCE"},
		{25, "CAP_SYS_TIME"},
		{26, "CAP_SYS_TTY_CONFIG"},
		{27, "CAP_MKNOD"},
		{28, "CAP_LEASE"},
		{29, "CAP_AUDIT_WRITE"},
		{30, "CAP_AUDIT_CONTROL"},
		{31, "CAP_SETFCAP"},
		{32, "CAP_MAC_OVERRIDE"},
		{33, "CAP_MAC_ADMIN"},
		{34, "CAP_SYSLOG"},
		{35, "CAP_WAKE_ALARM"},
		{36, "CAP_BLOCK_SUSPEND"},
		{37, "CAP_AUDIT_READ"},
		{38, "CAP_PERFMON"},
		{39, "CAP_BPF"},
		{40, "CAP_CHECKPOINT_RESTORE"},
	},
}

// CapMask0 are the capability bits of the low word of capget's and capset's
// data, named as strace prints them: effective=1<<CAP_CHOWN|... A set of 0
// prints as 0.
var CapMask0 = &Values{
	Name:    "CapMask0",
	Unknown: "CAP_???",
	Vals: []Value{
		{0x1, "1<<CAP_CHOWN"},
		{0x2, "1<<CAP_DAC_OVERRIDE"},
		{0x4, "1<<CAP_DAC_READ_SEARCH"},
		{0x8, "1<<CAP_FOWNER"},
		{0x10, "1<<CAP_FSETID"},
		{0x20, "1<<CAP_KILL"},
		{0x40, "1<<CAP_SETGID"},
		{0x80, "1<<CAP_SETUID"},
		{0x100, "1<<CAP_SETPCAP"},
		{0x200, "1<<CAP_LINUX_IMMUTABLE"},
		{0x400, "1<<CAP_NET_BIND_SERVICE"},
		{0x800, "1<<CAP_NET_BROADCAST"},
		{0x1000, "1<<CAP_NET_ADMIN"},
		{0x2000, "1<<CAP_NET_RAW"},
		{0x4000, "1<<CAP_IPC_LOCK"},
		{0x8000, "1<<CAP_IPC_OWNER"},
		{0x10000, "1<<CAP_SYS_MODULE"},
		{0x20000, "1<<CAP_SYS_RAWIO"},
		{0x40000, "1<<CAP_SYS_CHROOT"},
		{0x80000, "1<<CAP_SYS_PTRACE"},
		{0x100000, "1<<CAP_SYS_PACCT"},
		{0x200000, "1<<CAP_SYS_ADMIN"},
		{0x400000, "1<<CAP_SYS_BOOT"},
		{0x800000, "1<<CAP_SYS_NICE"},
		{0x1000000, "1<<CAP_SYS_RESOURCE"},
		{0x2000000, "1<<CAP_SYS_TIME"},
		{0x4000000, "1<<CAP_SYS_TTY_CONFIG"},
		{0x8000000, "1<<CAP_MKNOD"},
		{0x10000000, "1<<CAP_LEASE"},
		{0x20000000, "1<<CAP_AUDIT_WRITE"},
		{0x40000000, "1<<CAP_AUDIT_CONTROL"},
		{0x80000000, "1<<CAP_SETFCAP"},
	},
}

// CapMask1 are the capability bits of the high word (values relative to that
// word). strace prints the low word's names, then "|" and these.
var CapMask1 = &Values{
	Name:    "CapMask1",
	Unknown: "CAP_???",
	Vals: []Value{
		{0x1, "1<<CAP_MAC_OVERRIDE"},
		{0x2, "1<<CAP_MAC_ADMIN"},
		{0x4, "1<<CAP_SYSLOG"},
		{0x8, "1<<CAP_WAKE_ALARM"},
		{0x10, "1<<CAP_BLOCK_SUSPEND"},
		{0x20, "1<<CAP_AUDIT_READ"},
		{0x40, "1<<CAP_PERFMON"},
		{0x80, "1<<CAP_BPF"},
		{0x100, "1<<CAP_CHECKPOINT_RESTORE"},
	},
}

// FutexOps are futex's operations, exactly as strace 6.1's futexops: the
// private and CLOCK_REALTIME variants are whole names, so FUTEX_WAIT_PRIVATE
// (not FUTEX_WAIT|FUTEX_PRIVATE_FLAG) and
// FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME are single entries. A
// decoder looks op up here as an enum; an op not here prints in hex with a
// "FUTEX_???" comment.
var FutexOps = &Values{
	Name:    "FutexOps",
	Unknown: "FUTEX_???",
	Vals: []Value{
		{0, "FUTEX_WAIT"},
		{1, "FUTEX_WAKE"},
		{2, "FUTEX_FD"},
		{3, "FUTEX_REQUEUE"},
		{4, "FUTEX_CMP_REQUEUE"},
		{5, "FUTEX_WAKE_OP"},
		{6, "FUTEX_LOCK_PI"},
		{7, "FUTEX_UNLOCK_PI"},
		{8, "FUTEX_TRYLOCK_PI"},
		{9, "FUTEX_WAIT_BITSET"},
		{10, "FUTEX_WAKE_BITSET"},
		{11, "FUTEX_WAIT_REQUEUE_PI"},
		{12, "FUTEX_CMP_REQUEUE_PI"},
		{13, "FUTEX_LOCK_PI2"},
		{128, "FUTEX_WAIT_PRIVATE"},
		{129, "FUTEX_WAKE_PRIVATE"},
		{130, "FUTEX_FD|FUTEX_PRIVATE_FLAG"},
		{131, "FUTEX_REQUEUE_PRIVATE"},
		{132, "FUTEX_CMP_REQUEUE_PRIVATE"},
		{133, "FUTEX_WAKE_OP_PRIVATE"},
		{134, "FUTEX_LOCK_PI_PRIVATE"},
		{135, "FUTEX_UNLOCK_PI_PRIVATE"},
		{136, "FUTEX_TRYLOCK_PI_PRIVATE"},
		{137, "FUTEX_WAIT_BITSET_PRIVATE"},
		{138, "FUTEX_WAKE_BITSET_PRIVATE"},
		{139, "FUTEX_WAIT_REQUEUE_PI_PRIVATE"},
		{140, "FUTEX_CMP_REQUEUE_PI_PRIVATE"},
		{141, "FUTEX_LOCK_PI2_PRIVATE"},
		{256, "FUTEX_WAIT|FUTEX_CLOCK_REALTIME"},
		{384, "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME"},
		{265, "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME"},
		{393, "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME"},
		{267, "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME"},
		{395, "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME"},
	},
}

// FutexWakeOps are the operations of FUTEX_WAKE_OP's encoded val3 (op>>28&7,
// printed with FUTEX_OP_OPARG_SHIFT<<4 when bit 3 is set).
var FutexWakeOps = &Values{
	Name:    "FutexWakeOps",
	Unknown: "FUTEX_OP_???",
	Vals: []Value{
		{0, "FUTEX_OP_SET"},
		{1, "FUTEX_OP_ADD"},
		{2, "FUTEX_OP_OR"},
		{3, "FUTEX_OP_ANDN"},
		{4, "FUTEX_OP_XOR"},
	},
}

// FutexWakeCmps are the comparisons of FUTEX_WAKE_OP's val3 (op>>24&15).
var FutexWakeCmps = &Values{
	Name:    "FutexWakeCmps",
	Unknown: "FUTEX_OP_CMP_???",
	Vals: []Value{
		{0, "FUTEX_OP_CMP_EQ"},
		{1, "FUTEX_OP_CMP_NE"},
		{2, "FUTEX_OP_CMP_LT"},
		{3, "FUTEX_OP_CMP_LE"},
		{4, "FUTEX_OP_CMP_GT"},
		{5, "FUTEX_OP_CMP_GE"},
	},
}

// KeyctlCmds are keyctl's operations.
var KeyctlCmds = &Values{
	Name:    "KeyctlCmds",
	Unknown: "KEYCTL_???",
	Vals: []Value{
		{0, "KEYCTL_GET_KEYRING_ID"},
		{1, "KEYCTL_JOIN_SESSION_KEYRING"},
		{2, "KEYCTL_UPDATE"},
		{3, "KEYCTL_REVOKE"},
		{4, "KEYCTL_CHOWN"},
		{5, "KEYCTL_SETPERM"},
		{6, "KEYCTL_DESCRIBE"},
		{7, "KEYCTL_CLEAR"},
		{8, "KEYCTL_LINK"},
		{9, "KEYCTL_UNLINK"},
		{10, "KEYCTL_SEARCH"},
		{11, "KEYCTL_READ"},
		{12, "KEYCTL_INSTANTIATE"},
		{13, "KEYCTL_NEGATE"},
		{14, "KEYCTL_SET_REQKEY_KEYRING"},
		{15, "KEYCTL_SET_TIMEOUT"},
		{16, "KEYCTL_ASSUME_AUTHORITY"},
		{17, "KEYCTL_GET_SECURITY"},
		{18, "KEYCTL_SESSION_TO_PARENT"},
		{19, "KEYCTL_REJECT"},
		{20, "KEYCTL_INSTANTIATE_IOV"},
		{21, "KEYCTL_INVALIDATE"},
		{22, "KEYCTL_GET_PERSISTENT"},
		{23, "KEYCTL_DH_COMPUTE"},
		{24, "KEYCTL_PKEY_QUERY"},
		{25, "KEYCTL_PKEY_ENCRYPT"},
		{26, "KEYCTL_PKEY_DECRYPT"},
		{27, "KEYCTL_PKEY_SIGN"},
		{28, "KEYCTL_PKEY_VERIFY"},
		{29, "KEYCTL_RESTRICT_KEYRING"},
		{30, "KEYCTL_MOVE"},
		{31, "KEYCTL_CAPABILITIES"},
		{32, "KEYCTL_WATCH_KEY"},
	},
}

// RebootMagic1 are reboot's first magic value.
var RebootMagic1 = &Values{
	Name:    "RebootMagic1",
	Unknown: "LINUX_REBOOT_MAGIC_???",
	Vals: []Value{
		{0xfee1dead, "LINUX_REBOOT_MAGIC1"},
	},
}

// RebootMagic2 are reboot's second magic value.
var RebootMagic2 = &Values{
	Name:    "RebootMagic2",
	Unknown: "LINUX_REBOOT_MAGIC_???",
	Vals: []Value{
		{0x28121969, "LINUX_REBOOT_MAGIC2"},
		{0x5121996, "LINUX_REBOOT_MAGIC2A"},
		{0x16041998, "LINUX_REBOOT_MAGIC2B"},
		{0x20112000, "LINUX_REBOOT_MAGIC2C"},
	},
}

// RebootCmds are reboot's commands.
var RebootCmds = &Values{
	Name:    "RebootCmds",
	Unknown: "LINUX_REBOOT_CMD_???",
	Vals: []Value{
		{0x1234567, "LINUX_REBOOT_CMD_RESTART"},
		{0xcdef0123, "LINUX_REBOOT_CMD_HALT"},
		{0x89abcdef, "LINUX_REBOOT_CMD_CAD_ON"},
		{0, "LINUX_REBOOT_CMD_CAD_OFF"},
		{0x4321fedc, "LINUX_REBOOT_CMD_POWER_OFF"},
		{0xa1b2c3d4, "LINUX_REBOOT_CMD_RESTART2"},
		{0xd000fce2, "LINUX_REBOOT_CMD_SW_SUSPEND"},
		{0x45584543, "LINUX_REBOOT_CMD_KEXEC"},
	},
}

// KcmpTypes are kcmp's types.
var KcmpTypes = &Values{
	Name:    "KcmpTypes",
	Unknown: "KCMP_???",
	Vals: []Value{
		{0, "KCMP_FILE"},
		{1, "KCMP_VM"},
		{2, "KCMP_FILES"},
		{3, "KCMP_FS"},
		{4, "KCMP_SIGHAND"},
		{5, "KCMP_IO"},
		{6, "KCMP_SYSVSEM"},
		{7, "KCMP_EPOLL_TFD"},
	},
}

// IoprioWho are ioprio_get's and ioprio_set's which values.
var IoprioWho = &Values{
	Name:    "IoprioWho",
	Unknown: "IOPRIO_WHO_???",
	Vals: []Value{
		{1, "IOPRIO_WHO_PROCESS"},
		{2, "IOPRIO_WHO_PGRP"},
		{3, "IOPRIO_WHO_USER"},
	},
}

// IoprioClasses are the I/O priority classes; strace prints a priority as
// IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4).
var IoprioClasses = &Values{
	Name:    "IoprioClasses",
	Unknown: "IOPRIO_CLASS_???",
	Vals: []Value{
		{0, "IOPRIO_CLASS_NONE"},
		{1, "IOPRIO_CLASS_RT"},
		{2, "IOPRIO_CLASS_BE"},
		{3, "IOPRIO_CLASS_IDLE"},
	},
}

// PidfdOpenFlags are pidfd_open's flags.
var PidfdOpenFlags = &Values{
	Name:    "PidfdOpenFlags",
	Unknown: "PIDFD_???",
	Vals: []Value{
		{0x800, "PIDFD_NONBLOCK"},
	},
}

// PtraceRequestsARM64 are ptrace's requests as strace lists them for arm64.
var PtraceRequestsARM64 = &Values{
	Name:    "PtraceRequestsARM64",
	Unknown: "PTRACE_???",
	Vals: []Value{
		{0, "PTRACE_TRACEME"},
		{1, "PTRACE_PEEKTEXT"},
		{2, "PTRACE_PEEKDATA"},
		{3, "PTRACE_PEEKUSER"},
		{4, "PTRACE_POKETEXT"},
		{5, "PTRACE_POKEDATA"},
		{6, "PTRACE_POKEUSER"},
		{7, "PTRACE_CONT"},
		{8, "PTRACE_KILL"},
		{9, "PTRACE_SINGLESTEP"},
		{16, "PTRACE_ATTACH"},
		{17, "PTRACE_DETACH"},
		{24, "PTRACE_SYSCALL"},
		{16896, "PTRACE_SETOPTIONS"},
		{16897, "PTRACE_GETEVENTMSG"},
		{16898, "PTRACE_GETSIGINFO"},
		{16899, "PTRACE_SETSIGINFO"},
		{16900, "PTRACE_GETREGSET"},
		{16901, "PTRACE_SETREGSET"},
		{16902, "PTRACE_SEIZE"},
		{16903, "PTRACE_INTERRUPT"},
		{16904, "PTRACE_LISTEN"},
		{16905, "PTRACE_PEEKSIGINFO"},
		{16906, "PTRACE_GETSIGMASK"},
		{16907, "PTRACE_SETSIGMASK"},
		{16908, "PTRACE_SECCOMP_GET_FILTER"},
		{16909, "PTRACE_SECCOMP_GET_METADATA"},
		{16910, "PTRACE_GET_SYSCALL_INFO"},
		{16911, "PTRACE_GET_RSEQ_CONFIGURATION"},
		{12, "PTRACE_GETREGS"},
		{13, "PTRACE_SETREGS"},
		{14, "PTRACE_GETFPREGS"},
		{15, "PTRACE_SETFPREGS"},
		{29, "PTRACE_GETHBPREGS"},
		{30, "PTRACE_SETHBPREGS"},
		{22, "PTRACE_GET_THREAD_AREA"},
		{31, "PTRACE_SYSEMU"},
		{32, "PTRACE_SYSEMU_SINGLESTEP"},
		{33, "PTRACE_PEEKMTETAGS"},
		{34, "PTRACE_POKEMTETAGS"},
		{23, "PTRACE_SET_SYSCALL"},
		{27, "PTRACE_GETVFPREGS"},
		{28, "PTRACE_SETVFPREGS"},
	},
}
