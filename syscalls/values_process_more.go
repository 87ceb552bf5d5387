package syscalls

// Named constants of the process, signal, time, IPC and scheduling
// families that the other values files do not have, as strace 6.1 names
// them (src/xlat/*.in), in strace's order. Values are x86_64's; like
// strace, a decoder looks most of them up by their low 32 bits. Tables of
// calls newer than strace 6.1 (Futex2Sizes, Futex2Flags) follow the strace
// release that decodes them.
//
// Generated from a strace 6.1 build's tables; keep the order.

// PrCapAmbient are PR_CAP_AMBIENT's operations.
var PrCapAmbient = &Values{
	Name:    "PrCapAmbient",
	Unknown: "PR_CAP_AMBIENT_???",
	Vals: []Value{
		{1, "PR_CAP_AMBIENT_IS_SET"},
		{2, "PR_CAP_AMBIENT_RAISE"},
		{3, "PR_CAP_AMBIENT_LOWER"},
		{4, "PR_CAP_AMBIENT_CLEAR_ALL"},
	},
}

// PrDumpable are PR_SET_DUMPABLE's values and PR_GET_DUMPABLE's results.
var PrDumpable = &Values{
	Name:    "PrDumpable",
	Unknown: "SUID_DUMP_???",
	Vals: []Value{
		{0, "SUID_DUMP_DISABLE"},
		{1, "SUID_DUMP_USER"},
		{2, "SUID_DUMP_ROOT"},
	},
}

// PrFpMode are PR_SET_FP_MODE's mode bits.
var PrFpMode = &Values{
	Name:    "PrFpMode",
	Unknown: "PR_FP_MODE_???",
	Vals: []Value{
		{1, "PR_FP_MODE_FR"},
		{2, "PR_FP_MODE_FRE"},
	},
}

// PrMceKill are PR_MCE_KILL's operations.
var PrMceKill = &Values{
	Name:    "PrMceKill",
	Unknown: "PR_MCE_KILL_???",
	Vals: []Value{
		{0, "PR_MCE_KILL_CLEAR"},
		{1, "PR_MCE_KILL_SET"},
	},
}

// PrMceKillPolicy are PR_MCE_KILL_SET's policies.
var PrMceKillPolicy = &Values{
	Name:    "PrMceKillPolicy",
	Unknown: "PR_MCE_KILL_???",
	Vals: []Value{
		{0, "PR_MCE_KILL_LATE"},
		{1, "PR_MCE_KILL_EARLY"},
		{2, "PR_MCE_KILL_DEFAULT"},
	},
}

// PrPacEnabledKeys are arm64's pointer authentication keys that can be enabled.
var PrPacEnabledKeys = &Values{
	Name:    "PrPacEnabledKeys",
	Unknown: "PR_PAC_???",
	Vals: []Value{
		{1, "PR_PAC_APIAKEY"},
		{2, "PR_PAC_APIBKEY"},
		{4, "PR_PAC_APDAKEY"},
		{8, "PR_PAC_APDBKEY"},
	},
}

// PrPacKeys are the other keys PR_PAC_RESET_KEYS takes, after PrPacEnabledKeys.
var PrPacKeys = &Values{
	Name:    "PrPacKeys",
	Unknown: "PR_PAC_???",
	Vals: []Value{
		{0x10, "PR_PAC_APGAKEY"},
	},
}

// PrSchedCoreCmds are PR_SCHED_CORE's commands.
var PrSchedCoreCmds = &Values{
	Name:    "PrSchedCoreCmds",
	Unknown: "PR_SCHED_CORE_???",
	Vals: []Value{
		{0, "PR_SCHED_CORE_GET"},
		{1, "PR_SCHED_CORE_CREATE"},
		{2, "PR_SCHED_CORE_SHARE_TO"},
		{3, "PR_SCHED_CORE_SHARE_FROM"},
	},
}

// PrSchedCorePidtypes are PR_SCHED_CORE's pid types, printed as a number with the name in a comment.
var PrSchedCorePidtypes = &Values{
	Name:    "PrSchedCorePidtypes",
	Unknown: "PIDTYPE_???",
	Vals: []Value{
		{0, "PIDTYPE_PID"},
		{1, "PIDTYPE_TGID"},
		{2, "PIDTYPE_PGID"},
		{3, "PIDTYPE_SID"},
	},
}

// PrSetMm are PR_SET_MM's fields.
var PrSetMm = &Values{
	Name:    "PrSetMm",
	Unknown: "PR_SET_MM_???",
	Vals: []Value{
		{1, "PR_SET_MM_START_CODE"},
		{2, "PR_SET_MM_END_CODE"},
		{3, "PR_SET_MM_START_DATA"},
		{4, "PR_SET_MM_END_DATA"},
		{5, "PR_SET_MM_START_STACK"},
		{6, "PR_SET_MM_START_BRK"},
		{7, "PR_SET_MM_BRK"},
		{8, "PR_SET_MM_ARG_START"},
		{9, "PR_SET_MM_ARG_END"},
		{0xa, "PR_SET_MM_ENV_START"},
		{0xb, "PR_SET_MM_ENV_END"},
		{0xc, "PR_SET_MM_AUXV"},
		{0xd, "PR_SET_MM_EXE_FILE"},
		{0xe, "PR_SET_MM_MAP"},
		{0xf, "PR_SET_MM_MAP_SIZE"},
	},
}

// PrSetVma are PR_SET_VMA's attributes.
var PrSetVma = &Values{
	Name:    "PrSetVma",
	Unknown: "PR_SET_VMA_???",
	Vals: []Value{
		{0, "PR_SET_VMA_ANON_NAME"},
	},
}

// PrSmeVlFlags are the flag bits of PR_SME_SET_VL's vector length.
var PrSmeVlFlags = &Values{
	Name: "PrSmeVlFlags",
	Vals: []Value{
		{0x40000, "PR_SME_SET_VL_ONEXEC"},
		{0x20000, "PR_SME_VL_INHERIT"},
	},
}

// PrSpecCmds are the speculation features of PR_GET_SPECULATION_CTRL and PR_SET_SPECULATION_CTRL.
var PrSpecCmds = &Values{
	Name:    "PrSpecCmds",
	Unknown: "PR_SPEC_???",
	Vals: []Value{
		{0, "PR_SPEC_STORE_BYPASS"},
		{1, "PR_SPEC_INDIRECT_BRANCH"},
		{2, "PR_SPEC_L1D_FLUSH"},
	},
}

// PrSpecGetStoreBypassFlags are PR_GET_SPECULATION_CTRL's result bits.
var PrSpecGetStoreBypassFlags = &Values{
	Name: "PrSpecGetStoreBypassFlags",
	Zero: "PR_SPEC_NOT_AFFECTED",
	Vals: []Value{
		{1, "PR_SPEC_PRCTL"},
		{2, "PR_SPEC_ENABLE"},
		{4, "PR_SPEC_DISABLE"},
		{8, "PR_SPEC_FORCE_DISABLE"},
		{0x10, "PR_SPEC_DISABLE_NOEXEC"},
	},
}

// PrSpecSetStoreBypassFlags are PR_SET_SPECULATION_CTRL's controls (an enum in strace).
var PrSpecSetStoreBypassFlags = &Values{
	Name:    "PrSpecSetStoreBypassFlags",
	Unknown: "PR_SPEC_???",
	Vals: []Value{
		{2, "PR_SPEC_ENABLE"},
		{4, "PR_SPEC_DISABLE"},
		{8, "PR_SPEC_FORCE_DISABLE"},
		{0x10, "PR_SPEC_DISABLE_NOEXEC"},
	},
}

// PrSudCmds are PR_SET_SYSCALL_USER_DISPATCH's modes.
var PrSudCmds = &Values{
	Name:    "PrSudCmds",
	Unknown: "PR_SYS_DISPATCH_???",
	Vals: []Value{
		{0, "PR_SYS_DISPATCH_OFF"},
		{1, "PR_SYS_DISPATCH_ON"},
	},
}

// PrSveVlFlags are the flag bits of PR_SVE_SET_VL's vector length.
var PrSveVlFlags = &Values{
	Name: "PrSveVlFlags",
	Vals: []Value{
		{0x40000, "PR_SVE_SET_VL_ONEXEC"},
		{0x20000, "PR_SVE_VL_INHERIT"},
	},
}

// PrTaggedAddrEnable is the enable bit of PR_SET_TAGGED_ADDR_CTRL's control.
var PrTaggedAddrEnable = &Values{
	Name: "PrTaggedAddrEnable",
	Zero: "!PR_TAGGED_ADDR_ENABLE",
	Vals: []Value{
		{1, "PR_TAGGED_ADDR_ENABLE"},
	},
}

// PrTaggedAddrMteTcf are the MTE tag check fault modes of the tagged address control.
var PrTaggedAddrMteTcf = &Values{
	Name: "PrTaggedAddrMteTcf",
	Vals: []Value{
		{0, "PR_MTE_TCF_NONE"},
		{2, "PR_MTE_TCF_SYNC"},
		{4, "PR_MTE_TCF_ASYNC"},
		{6, "PR_MTE_TCF_MASK"},
	},
}

// PrTsc are PR_SET_TSC's and PR_GET_TSC's modes.
var PrTsc = &Values{
	Name:    "PrTsc",
	Unknown: "PR_TSC_???",
	Vals: []Value{
		{1, "PR_TSC_ENABLE"},
		{2, "PR_TSC_SIGSEGV"},
	},
}

// PrUnalignFlags are PR_SET_UNALIGN's bits.
var PrUnalignFlags = &Values{
	Name:    "PrUnalignFlags",
	Unknown: "PR_UNALIGN_???",
	Vals: []Value{
		{1, "PR_UNALIGN_NOPRINT"},
		{2, "PR_UNALIGN_SIGBUS"},
	},
}

// Secbits are the securebits of PR_SET_SECUREBITS and PR_GET_SECUREBITS.
var Secbits = &Values{
	Name:    "Secbits",
	Unknown: "SECBIT_???",
	Vals: []Value{
		{1, "SECBIT_NOROOT"},
		{2, "SECBIT_NOROOT_LOCKED"},
		{4, "SECBIT_NO_SETUID_FIXUP"},
		{8, "SECBIT_NO_SETUID_FIXUP_LOCKED"},
		{0x10, "SECBIT_KEEP_CAPS"},
		{0x20, "SECBIT_KEEP_CAPS_LOCKED"},
		{0x40, "SECBIT_NO_CAP_AMBIENT_RAISE"},
		{0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED"},
	},
}

// NtDescriptorTypes are the register set types of PTRACE_GETREGSET and PTRACE_SETREGSET.
var NtDescriptorTypes = &Values{
	Name:    "NtDescriptorTypes",
	Unknown: "NT_???",
	Vals: []Value{
		{1, "NT_PRSTATUS"},
		{2, "NT_FPREGSET"},
		{3, "NT_PRPSINFO"},
		{4, "NT_PRXREG"},
		{5, "NT_PLATFORM"},
		{6, "NT_AUXV"},
		{7, "NT_GWINDOWS"},
		{8, "NT_ASRS"},
		{0xa, "NT_PSTATUS"},
		{0xd, "NT_PSINFO"},
		{0xe, "NT_PRCRED"},
		{0xf, "NT_UTSNAME"},
		{0x10, "NT_LWPSTATUS"},
		{0x11, "NT_LWPSINFO"},
		{0x14, "NT_PRFPXREG"},
		{0x100, "NT_PPC_VMX"},
		{0x101, "NT_PPC_SPE"},
		{0x102, "NT_PPC_VSX"},
		{0x103, "NT_PPC_TAR"},
		{0x104, "NT_PPC_PPR"},
		{0x105, "NT_PPC_DSCR"},
		{0x106, "NT_PPC_EBB"},
		{0x107, "NT_PPC_PMU"},
		{0x108, "NT_PPC_TM_CGPR"},
		{0x109, "NT_PPC_TM_CFPR"},
		{0x10a, "NT_PPC_TM_CVMX"},
		{0x10b, "NT_PPC_TM_CVSX"},
		{0x10c, "NT_PPC_TM_SPR"},
		{0x10d, "NT_PPC_TM_CTAR"},
		{0x10e, "NT_PPC_TM_CPPR"},
		{0x10f, "NT_PPC_TM_CDSCR"},
		{0x110, "NT_PPC_PKEY"},
		{0x200, "NT_386_TLS"},
		{0x201, "NT_386_IOPERM"},
		{0x202, "NT_X86_XSTATE"},
		{0x300, "NT_S390_HIGH_GPRS"},
		{0x301, "NT_S390_TIMER"},
		{0x302, "NT_S390_TODCMP"},
		{0x303, "NT_S390_TODPREG"},
		{0x304, "NT_S390_CTRS"},
		{0x305, "NT_S390_PREFIX"},
		{0x306, "NT_S390_LAST_BREAK"},
		{0x307, "NT_S390_SYSTEM_CALL"},
		{0x308, "NT_S390_TDB"},
		{0x309, "NT_S390_VXRS_LOW"},
		{0x30a, "NT_S390_VXRS_HIGH"},
		{0x30b, "NT_S390_GS_CB"},
		{0x30c, "NT_S390_GS_BC"},
		{0x30d, "NT_S390_RI_CB"},
		{0x30e, "NT_S390_PV_CPU_DATA"},
		{0x400, "NT_ARM_VFP"},
		{0x401, "NT_ARM_TLS"},
		{0x402, "NT_ARM_HW_BREAK"},
		{0x403, "NT_ARM_HW_WATCH"},
		{0x404, "NT_ARM_SYSTEM_CALL"},
		{0x405, "NT_ARM_SVE"},
		{0x406, "NT_ARM_PAC_MASK"},
		{0x407, "NT_ARM_PACA_KEYS"},
		{0x408, "NT_ARM_PACG_KEYS"},
		{0x409, "NT_ARM_TAGGED_ADDR_CTRL"},
		{0x40a, "NT_ARM_PAC_ENABLED_KEYS"},
		{0x40b, "NT_ARM_SSVE"},
		{0x40c, "NT_ARM_ZA"},
		{0x500, "NT_METAG_CBUF"},
		{0x501, "NT_METAG_RPIPE"},
		{0x502, "NT_METAG_TLS"},
		{0x600, "NT_ARC_V2"},
		{0x700, "NT_VMCOREDD"},
		{0x800, "NT_MIPS_DSP"},
		{0x801, "NT_MIPS_FP_MODE"},
		{0x802, "NT_MIPS_MSA"},
		{0xa00, "NT_LOONGARCH_CPUCFG"},
		{0xa01, "NT_LOONGARCH_CSR"},
		{0xa02, "NT_LOONGARCH_LSX"},
		{0xa03, "NT_LOONGARCH_LASX"},
		{0xa04, "NT_LOONGARCH_LBT"},
		{0x46494c45, "NT_FILE"},
		{0x46e62b7f, "NT_PRXFPREG"},
		{0x53494749, "NT_SIGINFO"},
	},
}

// PtracePeeksiginfoFlags are the flags of PTRACE_PEEKSIGINFO's arguments.
var PtracePeeksiginfoFlags = &Values{
	Name:    "PtracePeeksiginfoFlags",
	Unknown: "PTRACE_PEEKSIGINFO_???",
	Vals: []Value{
		{1, "PTRACE_PEEKSIGINFO_SHARED"},
	},
}

// PtraceSyscallInfoOps are struct ptrace_syscall_info's op values
// (PTRACE_GET_SYSCALL_INFO).
var PtraceSyscallInfoOps = &Values{
	Name:    "PtraceSyscallInfoOps",
	Unknown: "PTRACE_SYSCALL_INFO_???",
	Vals: []Value{
		{0, "PTRACE_SYSCALL_INFO_NONE"},
		{1, "PTRACE_SYSCALL_INFO_ENTRY"},
		{2, "PTRACE_SYSCALL_INFO_EXIT"},
		{3, "PTRACE_SYSCALL_INFO_SECCOMP"},
	},
}

// FutexBitset names FUTEX_WAIT_BITSET's and FUTEX_WAKE_BITSET's match-any mask; other masks print in hex.
var FutexBitset = &Values{
	Name: "FutexBitset",
	Vals: []Value{
		{0xffffffff, "FUTEX_BITSET_MATCH_ANY"},
	},
}

// FutexWaiterFlags are the flags of a struct futex_waitv.
var FutexWaiterFlags = &Values{
	Name:    "FutexWaiterFlags",
	Unknown: "FUTEX_???",
	Vals: []Value{
		{2, "FUTEX_32"},
		{0x80, "FUTEX_PRIVATE_FLAG"},
	},
}

// MqAttrFlags are struct mq_attr's mq_flags as mq_getsetattr shows them.
var MqAttrFlags = &Values{
	Name:    "MqAttrFlags",
	Unknown: "O_???",
	Vals: []Value{
		{0x800, "O_NONBLOCK"},
	},
}

// IpcCalls are the operations of i386's ipc multiplexer.
var IpcCalls = &Values{
	Name: "IpcCalls",
	Vals: []Value{
		{1, "SEMOP"},
		{2, "SEMGET"},
		{3, "SEMCTL"},
		{4, "SEMTIMEDOP"},
		{0xb, "MSGSND"},
		{0xc, "MSGRCV"},
		{0xd, "MSGGET"},
		{0xe, "MSGCTL"},
		{0x15, "SHMAT"},
		{0x16, "SHMDT"},
		{0x17, "SHMGET"},
		{0x18, "SHMCTL"},
	},
}

// Futex2Sizes are the size field of futex2 flags (flags&3), as strace 6.7
// and later print futex_wake's, futex_wait's and a futex_waitv's flags.
var Futex2Sizes = &Values{
	Name: "Futex2Sizes",
	Vals: []Value{
		{0, "FUTEX2_SIZE_U8"},
		{1, "FUTEX2_SIZE_U16"},
		{2, "FUTEX2_SIZE_U32"},
		{3, "FUTEX2_SIZE_U64"},
	},
}

// Futex2Flags are the futex2 flag bits above the size.
var Futex2Flags = &Values{
	Name: "Futex2Flags",
	Vals: []Value{
		{0x4, "FUTEX2_NUMA"},
		{0x8, "FUTEX2_MPOL"},
		{0x80, "FUTEX2_PRIVATE"},
	},
}
