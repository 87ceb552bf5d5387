package syscalls

// Named constants for System V IPC,
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

// IPCFlags are the IPC_CREAT, IPC_EXCL and IPC_NOWAIT bits of msgget's and
// semget's flags. strace prints flags&^0777 with these (no default: no
// comment after unknown bits, and nothing at all for 0), then, if it printed
// a name, "|", then the permission bits flags&0777 in octal: IPC_CREAT|0600,
// or 0600 alone. shmget's are ShmgetFlags.
var IPCFlags = &Values{
	Name:      "IPCFlags",
	ZeroEmpty: true,
	Vals: []Value{
		{0x200, "IPC_CREAT"},
		{0x400, "IPC_EXCL"},
		{0x800, "IPC_NOWAIT"},
	},
}

// IPCPrivate names the key IPC_PRIVATE of msgget, semget and shmget; other
// keys print in hex.
var IPCPrivate = &Values{
	Name: "IPCPrivate",
	Vals: []Value{
		{0, "IPC_PRIVATE"},
	},
}

// IPCCmds are the commands common to msgctl, semctl and shmctl (see
// MsgctlCmds, SemctlCmds, ShmctlCmds for each call's full table).
var IPCCmds = &Values{
	Name: "IPCCmds",
	Vals: []Value{
		{0, "IPC_RMID"},
		{1, "IPC_SET"},
		{2, "IPC_STAT"},
		{3, "IPC_INFO"},
	},
}

// MsgctlCmds are msgctl's commands. When the IPC_64 bit (0x100) is set
// strace prints "IPC_64|" first and looks up the rest here.
var MsgctlCmds = &Values{
	Name:    "MsgctlCmds",
	Unknown: "MSG_???",
	Vals: []Value{
		{0, "IPC_RMID"},
		{1, "IPC_SET"},
		{2, "IPC_STAT"},
		{3, "IPC_INFO"},
		{11, "MSG_STAT"},
		{12, "MSG_INFO"},
		{13, "MSG_STAT_ANY"},
	},
}

// SemctlCmds are semctl's commands (IPC_64 as in MsgctlCmds).
var SemctlCmds = &Values{
	Name:    "SemctlCmds",
	Unknown: "SEM_???",
	Vals: []Value{
		{0, "IPC_RMID"},
		{1, "IPC_SET"},
		{2, "IPC_STAT"},
		{3, "IPC_INFO"},
		{11, "GETPID"},
		{12, "GETVAL"},
		{13, "GETALL"},
		{14, "GETNCNT"},
		{15, "GETZCNT"},
		{16, "SETVAL"},
		{17, "SETALL"},
		{18, "SEM_STAT"},
		{19, "SEM_INFO"},
		{20, "SEM_STAT_ANY"},
	},
}

// ShmctlCmds are shmctl's commands (IPC_64 as in MsgctlCmds).
var ShmctlCmds = &Values{
	Name:    "ShmctlCmds",
	Unknown: "SHM_???",
	Vals: []Value{
		{0, "IPC_RMID"},
		{1, "IPC_SET"},
		{2, "IPC_STAT"},
		{3, "IPC_INFO"},
		{11, "SHM_LOCK"},
		{12, "SHM_UNLOCK"},
		{13, "SHM_STAT"},
		{14, "SHM_INFO"},
		{15, "SHM_STAT_ANY"},
	},
}

// MsgFlagsIPC are the msgflg bits of msgsnd and msgrcv.
var MsgFlagsIPC = &Values{
	Name:    "MsgFlagsIPC",
	Unknown: "MSG_???",
	Vals: []Value{
		{0x1000, "MSG_NOERROR"},
		{0x2000, "MSG_EXCEPT"},
		{0x4000, "MSG_COPY"},
		{0x800, "IPC_NOWAIT"},
	},
}

// ShmgetFlags are shmget's flag bits other than the permissions and the
// SHM_HUGE_* size (printed as 21<<SHM_HUGE_SHIFT). As with IPCFlags there is
// no default: 0 prints as nothing, and the octal permissions follow after
// "|" only if something was printed.
var ShmgetFlags = &Values{
	Name:      "ShmgetFlags",
	ZeroEmpty: true,
	Vals: []Value{
		{0x200, "IPC_CREAT"},
		{0x400, "IPC_EXCL"},
		{0x800, "SHM_HUGETLB"},
		{0x1000, "SHM_NORESERVE"},
	},
}

// ShmFlags are shmat's flags (strace's shm_flags).
var ShmFlags = &Values{
	Name:    "ShmFlags",
	Unknown: "SHM_???",
	Vals: []Value{
		{0x1000, "SHM_RDONLY"},
		{0x2000, "SHM_RND"},
		{0x4000, "SHM_REMAP"},
		{0x8000, "SHM_EXEC"},
	},
}

// SemopFlags are struct sembuf's sem_flg bits.
var SemopFlags = &Values{
	Name:    "SemopFlags",
	Unknown: "SEM_???",
	Vals: []Value{
		{0x1000, "SEM_UNDO"},
		{0x800, "IPC_NOWAIT"},
	},
}
