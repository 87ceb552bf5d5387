package syscalls

// Named constants for signals,
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

// SigactionFlags are struct sigaction's sa_flags bits, in strace's order
// (SA_RESTORER first): sa_flags=SA_RESTORER|SA_RESTART. (strace's table
// repeats SA_RESETHAND, SA_ONSTACK and SA_NODEFER further on; the repeats
// can never match and are left out.)
var SigactionFlags = &Values{
	Name:    "SigactionFlags",
	Unknown: "SA_???",
	Vals: []Value{
		{0x4000000, "SA_RESTORER"},
		{0x8000000, "SA_ONSTACK"},
		{0x10000000, "SA_RESTART"},
		{0x20000000, "SA_INTERRUPT"},
		{0x40000000, "SA_NODEFER"},
		{0x80000000, "SA_RESETHAND"},
		{0x4, "SA_SIGINFO"},
		{0x1, "SA_NOCLDSTOP"},
		{0x2, "SA_NOCLDWAIT"},
	},
}

// SigHandlers name the special sa_handler values; any other handler is
// printed as an address.
var SigHandlers = &Values{
	Name: "SigHandlers",
	Vals: []Value{
		{0xffffffffffffffff, "SIG_ERR"},
		{0, "SIG_DFL"},
		{1, "SIG_IGN"},
	},
}

// SigprocmaskHow are rt_sigprocmask's how values.
var SigprocmaskHow = &Values{
	Name:    "SigprocmaskHow",
	Unknown: "SIG_???",
	Vals: []Value{
		{0, "SIG_BLOCK"},
		{1, "SIG_UNBLOCK"},
		{2, "SIG_SETMASK"},
	},
}

// SiCodes are the si_code values common to all signals. The values are
// strace's: 32-bit two's complement of the negative codes (SI_QUEUE is
// 0xffffffff). A decoder looks si_code up here first, then in the table of
// the signal (SigchldCodes, ...); with no name it prints the value in hex
// (si_code=0xfffffff6 for -10).
var SiCodes = &Values{
	Name: "SiCodes",
	Vals: []Value{
		{0, "SI_USER"},
		{128, "SI_KERNEL"},
		{0xffffffff, "SI_QUEUE"},
		{0xfffffffe, "SI_TIMER"},
		{0xfffffffd, "SI_MESGQ"},
		{0xfffffffc, "SI_ASYNCIO"},
		{0xfffffffb, "SI_SIGIO"},
		{0xfffffffa, "SI_TKILL"},
		{0xfffffff9, "SI_DETHREAD"},
		{0xffffffc4, "SI_ASYNCNL"},
	},
}

// SigchldCodes are SIGCHLD's si_code values.
var SigchldCodes = &Values{
	Name: "SigchldCodes",
	Vals: []Value{
		{1, "CLD_EXITED"},
		{2, "CLD_KILLED"},
		{3, "CLD_DUMPED"},
		{4, "CLD_TRAPPED"},
		{5, "CLD_STOPPED"},
		{6, "CLD_CONTINUED"},
	},
}

// SigsegvCodes are SIGSEGV's si_code values.
var SigsegvCodes = &Values{
	Name: "SigsegvCodes",
	Vals: []Value{
		{1, "SEGV_MAPERR"},
		{2, "SEGV_ACCERR"},
		{3, "SEGV_BNDERR"},
		{4, "SEGV_PKUERR"},
		{5, "SEGV_ACCADI"},
		{6, "SEGV_ADIDERR"},
		{7, "SEGV_ADIPERR"},
		{8, "SEGV_MTEAERR"},
		{9, "SEGV_MTESERR"},
	},
}

// SigbusCodes are SIGBUS's si_code values.
var SigbusCodes = &Values{
	Name: "SigbusCodes",
	Vals: []Value{
		{1, "BUS_ADRALN"},
		{2, "BUS_ADRERR"},
		{3, "BUS_OBJERR"},
		{4, "BUS_MCEERR_AR"},
		{5, "BUS_MCEERR_AO"},
	},
}

// SigfpeCodes are SIGFPE's si_code values.
var SigfpeCodes = &Values{
	Name: "SigfpeCodes",
	Vals: []Value{
		{1, "FPE_INTDIV"},
		{2, "FPE_INTOVF"},
		{3, "FPE_FLTDIV"},
		{4, "FPE_FLTOVF"},
		{5, "FPE_FLTUND"},
		{6, "FPE_FLTRES"},
		{7, "FPE_FLTINV"},
		{8, "FPE_FLTSUB"},
		{14, "FPE_FLTUNK"},
		{15, "FPE_CONDTRAP"},
	},
}

// SigillCodes are SIGILL's si_code values.
var SigillCodes = &Values{
	Name: "SigillCodes",
	Vals: []Value{
		{1, "ILL_ILLOPC"},
		{2, "ILL_ILLOPN"},
		{3, "ILL_ILLADR"},
		{4, "ILL_ILLTRP"},
		{5, "ILL_PRVOPC"},
		{6, "ILL_PRVREG"},
		{7, "ILL_COPROC"},
		{8, "ILL_BADSTK"},
		{9, "ILL_BADIADDR"},
	},
}

// SigtrapCodes are SIGTRAP's si_code values.
var SigtrapCodes = &Values{
	Name: "SigtrapCodes",
	Vals: []Value{
		{1, "TRAP_BRKPT"},
		{2, "TRAP_TRACE"},
		{3, "TRAP_BRANCH"},
		{4, "TRAP_HWBKPT"},
		{5, "TRAP_UNK"},
		{6, "TRAP_PERF"},
	},
}

// SigpollCodes are SIGIO's (SIGPOLL's) si_code values.
var SigpollCodes = &Values{
	Name: "SigpollCodes",
	Vals: []Value{
		{1, "POLL_IN"},
		{2, "POLL_OUT"},
		{3, "POLL_MSG"},
		{4, "POLL_ERR"},
		{5, "POLL_PRI"},
		{6, "POLL_HUP"},
	},
}

// SigsysCodes are SIGSYS's si_code values.
var SigsysCodes = &Values{
	Name: "SigsysCodes",
	Vals: []Value{
		{1, "SYS_SECCOMP"},
		{2, "SYS_USER_DISPATCH"},
	},
}

// SigaltstackFlags are stack_t's ss_flags bits.
var SigaltstackFlags = &Values{
	Name:    "SigaltstackFlags",
	Unknown: "SS_???",
	Vals: []Value{
		{0x1, "SS_ONSTACK"},
		{0x2, "SS_DISABLE"},
		{0x80000000, "SS_AUTODISARM"},
	},
}

// SignalfdFlags are signalfd4's flags.
var SignalfdFlags = &Values{
	Name:    "SignalfdFlags",
	Unknown: "SFD_???",
	Vals: []Value{
		{0x80000, "SFD_CLOEXEC"},
		{0x800, "SFD_NONBLOCK"},
	},
}

// SigevNotify are struct sigevent's sigev_notify values.
var SigevNotify = &Values{
	Name:    "SigevNotify",
	Unknown: "SIGEV_???",
	Vals: []Value{
		{0, "SIGEV_SIGNAL"},
		{1, "SIGEV_NONE"},
		{2, "SIGEV_THREAD"},
		{4, "SIGEV_THREAD_ID"},
	},
}

// SignalNames are the signal names strace prints, by number (strace's
// signalent). Numbers 33..64 print as SIGRT_1 .. SIGRT_32 (strace's
// "SIGRT_%u" of sig-32; in a signal mask the "SIG" prefix is dropped: [RTMIN
// RT_1]); that, and any other number (in decimal), is the decoder's to do.
var SignalNames = &Values{
	Name:    "SignalNames",
	Decimal: true,
	Vals: []Value{
		{1, "SIGHUP"},
		{2, "SIGINT"},
		{3, "SIGQUIT"},
		{4, "SIGILL"},
		{5, "SIGTRAP"},
		{6, "SIGABRT"},
		{7, "SIGBUS"},
		{8, "SIGFPE"},
		{9, "SIGKILL"},
		{10, "SIGUSR1"},
		{11, "SIGSEGV"},
		{12, "SIGUSR2"},
		{13, "SIGPIPE"},
		{14, "SIGALRM"},
		{15, "SIGTERM"},
		{16, "SIGSTKFLT"},
		{17, "SIGCHLD"},
		{18, "SIGCONT"},
		{19, "SIGSTOP"},
		{20, "SIGTSTP"},
		{21, "SIGTTIN"},
		{22, "SIGTTOU"},
		{23, "SIGURG"},
		{24, "SIGXCPU"},
		{25, "SIGXFSZ"},
		{26, "SIGVTALRM"},
		{27, "SIGPROF"},
		{28, "SIGWINCH"},
		{29, "SIGIO"},
		{30, "SIGPWR"},
		{31, "SIGSYS"},
		{32, "SIGRTMIN"},
	},
}
