package syscalls

// Struct kinds of the memory, descriptor, asynchronous I/O and system
// families, from StructSystemBase. (Pollfd, EpollEvent, Fdset, Sigset and
// LandlockRulesetAttr, which these families use too, are in kinds.go.)
const (
	// IoEvents is an array of struct io_event; its count is the return
	// value (io_getevents, exit).
	IoEvents Struct = StructSystemBase + iota
	// IoEvent is one struct io_event (io_cancel's result, exit).
	IoEvent
	// Iocb is one struct iocb, of which io_cancel shows the header.
	Iocb
	// IocbPtrs is io_submit's array of pointers to struct iocb; its
	// count is the argument Arg.Len.
	IocbPtrs
	// IoUringParams is struct io_uring_params: the setup fields at
	// entry, what the kernel filled at exit.
	IoUringParams
	// PerfEventAttr is struct perf_event_attr, abbreviated unless -v.
	PerfEventAttr
	// BpfAttr is union bpf_attr as the command (argument 0) reads it; its
	// size is the argument Arg.Len.
	BpfAttr
	// SockFprog is struct sock_fprog, a classic BPF program (seccomp's
	// filter): its address unless -v.
	SockFprog
	// LandlockRuleAttr is landlock_add_rule's rule, whose layout its type
	// (argument 1) says.
	LandlockRuleAttr
	// UserDesc is struct user_desc (modify_ldt).
	UserDesc
	// SysctlArgs is struct __sysctl_args (_sysctl).
	SysctlArgs
	// Nodemask is a NUMA node mask of as many bits as the argument
	// Arg.Len says, shown as an array of longs in hex.
	Nodemask
	// KexecSegments is an array of struct kexec_segment; its count is the
	// argument Arg.Len.
	KexecSegments
	// MincoreVec is mincore's vector, a byte per page of the length the
	// argument Arg.Len says (exit).
	MincoreVec
	// SigsetPack is pselect6's sixth argument, a sigset_t pointer and
	// its size: {sigmask=[...], sigsetsize=8}.
	SigsetPack
	// LsmCtx is a sequence of struct lsm_ctx (the lsm_*_self_attr calls).
	LsmCtx
	// PtrArray is an array of pointers whose count is the argument
	// Arg.Len (move_pages' pages).
	PtrArray
	// IntArray is an array of ints whose count is the argument Arg.Len
	// (move_pages' nodes, and its status at exit, errnos named).
	IntArray
	// IoUringRegisterArg is io_uring_register's argument, whose layout
	// the opcode (argument 1) says.
	IoUringRegisterArg
	// LookupDcookieBuf is lookup_dcookie's path buffer (exit).
	LookupDcookieBuf
	numSystemStructs
)

// The family's kinds must stay within its range.
var _ [int(StructLimit) - int(numSystemStructs)]struct{}
