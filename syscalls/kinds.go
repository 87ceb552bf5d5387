package syscalls

// Kind is the vocabulary of argument kinds in which every signature is
// written. A kind says how a raw register value is shown and when it is
// decoded: at syscall entry (inputs, read before the kernel acts and before
// another thread can change them) or at exit (outputs, which only exist once
// the call returned; on failure an output is shown as its address, as strace
// does).
//
// Kinds that read tracee memory never fail loudly: an unreadable pointer is
// shown as its address.
type Kind uint8

// The argument kinds. "Entry" and "exit" say when each is decoded.
const (
	// Int is a C int, shown in signed decimal (entry). Only the low 32 bits
	// count, as in the kernel.
	Int Kind = iota + 1
	// Uint is an unsigned int in decimal (entry).
	Uint
	// Long is a signed long or off_t in decimal (entry).
	Long
	// Ulong is an unsigned long or size_t in decimal (entry).
	Ulong
	// Hex is an integer shown in hex, 0 as "0" (entry).
	Hex
	// Oct is a mode or mask in octal with a leading 0, as 0644 (entry).
	Oct
	// Ptr is an address: NULL or 0x... (entry).
	Ptr
	// Fd is a file descriptor (an int; -y adds its path) (entry).
	Fd
	// AtFd is a directory descriptor for *at calls: AT_FDCWD or an Fd
	// (entry).
	AtFd
	// Signal is a signal number, shown by name (SIGTERM) (entry).
	Signal
	// Flags is a bit set named by Arg.Values, unknown bits in hex (entry).
	Flags
	// Enum is one value named by Arg.Values, unknown ones in hex with a
	// comment (entry).
	Enum
	// OFlags is open(2)'s flags: the access mode and the O_* bits
	// (entry).
	OFlags
	// Mode is a file type and permission, as S_IFREG|0644 (entry).
	Mode
	// Path is a NUL-terminated path name in tracee memory (entry).
	Path
	// Str is a NUL-terminated string in tracee memory (entry).
	Str
	// BufIn is a buffer whose length is the argument Arg.Len, shown as a
	// quoted string (entry), as write's.
	BufIn
	// BufOut is a buffer the call fills, shown as a quoted string of the
	// return value's length (exit), as read's.
	BufOut
	// StrOut is a NUL-terminated string the call fills (exit), as
	// getcwd's.
	StrOut
	// StrArray is a NULL-terminated array of string pointers, as argv
	// (entry).
	StrArray
	// Envp is an environment array, shown abbreviated as its address and
	// a count, /* 39 vars */ (entry; -v shows it in full).
	Envp
	// StructIn is a pointer to an input struct of kind Arg.Struct (entry).
	StructIn
	// StructOut is a pointer to a struct the call fills, of kind
	// Arg.Struct (exit).
	StructOut
	// StructInOut is a struct read at entry and shown as it is at exit,
	// old => new where it changed, as strace does for value-result
	// arguments (entry and exit).
	StructInOut
	// Custom is an argument whose meaning depends on other arguments
	// (ioctl's arg, fcntl's arg, prctl's args); the syscall's own decoder
	// in syscalls/decode prints it (entry or exit, as that decoder says).
	Custom
	// Uid is a uid_t or gid_t: unsigned decimal, with -1 (no change)
	// shown as -1 (entry).
	Uid
	// Uint64 is an unsigned 64-bit value in decimal, whatever the ABI's
	// long (entry).
	Uint64
	numKinds
)

// AtExit reports whether an argument of this kind is decoded at syscall
// exit. A signature's arguments are printed in order; printing pauses at
// the first exit argument until the call returns (which is where strace's
// "<unfinished ...>" falls when another thread's event comes between).
func (k Kind) AtExit() bool {
	switch k {
	case BufOut, StrOut, StructOut, StructInOut:
		return true
	}
	return false
}

// Struct names a struct layout that StructIn/StructOut arguments point to.
// The decoder knows each one's layout per ABI and prints it as strace does.
type Struct uint8

// The structs. Abbreviated ones print "..." after their leading fields
// unless -v is given.
const (
	StructNone Struct = iota
	// Stat is struct stat (newfstatat, fstat, stat, lstat).
	Stat
	// Statx is struct statx.
	Statx
	// Statfs is struct statfs.
	Statfs
	// Utsname is struct utsname.
	Utsname
	// Rlimit is struct rlimit with 64-bit fields (prlimit64).
	Rlimit
	// Timespec is struct timespec.
	Timespec
	// Timeval is struct timeval.
	Timeval
	// Sigset is a signal mask; its size is the argument Arg.Len (entry:
	// rt_sigprocmask's set; exit: its oldset).
	Sigset
	// Sigaction is struct sigaction as rt_sigaction takes it.
	Sigaction
	// Sockaddr is a socket address; its length is the argument Arg.Len.
	Sockaddr
	// PipeFds is int[2] filled by pipe/pipe2: [3, 4].
	PipeFds
	// IntPtr is a pointer to one int: [5].
	IntPtr
	// Int64Ptr is a pointer to one 64-bit value (loff_t): [5].
	Int64Ptr
	// WaitStatus is the int status wait4 fills:
	// [{WIFEXITED(s) && WEXITSTATUS(s) == 0}].
	WaitStatus
	// Rusage is struct rusage.
	Rusage
	// Dirents is the linux_dirent64 array getdents64 fills, shown as its
	// address and an entry count (exit).
	Dirents
	// Gids is the gid_t array getgroups fills; its length is the return
	// value (exit) or the argument Arg.Len (entry, setgroups).
	Gids
	// Sysinfo is struct sysinfo.
	Sysinfo
	// Iovec is an array of struct iovec whose count is the argument
	// Arg.Len (entry for writev: contents; exit for readv: contents of the
	// return value's length).
	Iovec
	// Pollfd is an array of struct pollfd whose count is the argument
	// Arg.Len.
	Pollfd
	// Msghdr is struct msghdr.
	Msghdr
	// Itimerspec is struct itimerspec.
	Itimerspec
	// Itimerval is struct itimerval.
	Itimerval
	// Siginfo is siginfo_t.
	Siginfo
	// EpollEvent is struct epoll_event (one, or an array whose count is
	// the return value at exit).
	EpollEvent
	// CloneArgs is struct clone_args (clone3), its size the argument
	// Arg.Len.
	CloneArgs
	// Tms is struct tms (times).
	Tms
	// Timezone is struct timezone (gettimeofday).
	Timezone
	// SchedParam is struct sched_param.
	SchedParam
	// Fdset is an fd_set for select; its bit count is the argument
	// Arg.Len.
	Fdset
	// Stack is stack_t (sigaltstack).
	Stack
	// Timex is struct timex (adjtimex, clock_adjtime).
	Timex
	// CapHeader and CapData are the capget/capset structs.
	CapHeader
	CapData
	// Sembuf is an array of struct sembuf, its count the argument Arg.Len.
	Sembuf
	// OpenHow is struct open_how (openat2).
	OpenHow
	// Ucred is struct ucred.
	Ucred
	// Mmsghdr is an array of struct mmsghdr.
	Mmsghdr
	// Linger is struct linger.
	Linger
	// Sigevent is struct sigevent.
	Sigevent
	// MqAttr is struct mq_attr.
	MqAttr
	// CpuSet is a CPU mask whose size is the argument Arg.Len.
	CpuSet
	// RobustList is struct robust_list_head (get_robust_list fills a
	// pointer to it).
	RobustList
	// PtrOut is a pointer to one pointer the call fills: [0x7f...].
	PtrOut
	// Uint32Ptr is a pointer to one unsigned 32-bit value: [5].
	Uint32Ptr
	// Rseq is struct rseq.
	Rseq
	// MountAttr is struct mount_attr.
	MountAttr
	// LandlockRulesetAttr is struct landlock_ruleset_attr.
	LandlockRulesetAttr
	// TimespecPair is struct timespec[2] (utimensat's times), with
	// UTIME_NOW and UTIME_OMIT named.
	TimespecPair
	// TimevalPair is struct timeval[2] (utimes, futimesat).
	TimevalPair
	// SockLen is a socklen_t value-result: [16] at entry, [16 => 8] when
	// the call changed it.
	SockLen
	numStructs
)

// Struct kinds are also declared by family files (kinds_*.go), with fixed
// values from these ranges, so that families can grow independently.
const (
	// StructNetBase starts the socket family's structs (kinds_net.go).
	StructNetBase Struct = 64
	// StructProcessBase starts the process, signal, time and IPC
	// families' structs (kinds_process.go).
	StructProcessBase Struct = 112
	// StructSystemBase starts the memory, descriptor and system families'
	// structs (kinds_system.go).
	StructSystemBase Struct = 160
	// StructLimit is one more than the largest struct kind value.
	StructLimit = 208
)

// LenRet in Arg.Len says a buffer's length is the syscall's return value.
const LenRet = -1

// Arg is one argument of a signature.
type Arg struct {
	// Name is the argument's name in the kernel's prototype; JSON output
	// and policies use it.
	Name string
	// Kind is how the argument is decoded and when.
	Kind Kind
	// Len is, for kinds with a length, the index of the argument that
	// holds it, or LenRet. Zero is a valid index, so kinds that use it
	// must set it.
	Len int8
	// Values names the values of Flags and Enum arguments.
	Values *Values
	// Struct is the layout a StructIn/StructOut/StructInOut points to.
	Struct Struct
}

// Ret says how a syscall's return value is shown.
type Ret uint8

// Return kinds.
const (
	// RetInt is a signed decimal: counts, ids, 0 for success.
	RetInt Ret = iota
	// RetHex is an address or mask in hex (mmap, brk).
	RetHex
	// RetFd is a new descriptor (-y shows its path).
	RetFd
	// RetOct is a mode in octal (umask).
	RetOct
	// RetNone is for calls that do not return (exit, exit_group): "= ?".
	RetNone
	// RetUint is an unsigned decimal.
	RetUint
)

// Signature is a syscall's arguments and return kind.
type Signature struct {
	Args []Arg
	Ret  Ret
}

// Syscall is one row of an ABI's table.
type Syscall struct {
	// Nr is the number in its ABI (for x32, without X32SyscallBit).
	Nr int
	// Name is the kernel's name, as strace prints it ("newfstatat").
	Name string
	// Sig is the signature; nil when gotrace has none, in which case the
	// raw registers are printed as strace prints an unknown call.
	Sig *Signature
}
