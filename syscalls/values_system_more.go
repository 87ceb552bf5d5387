package syscalls

// Named constants of the memory, descriptor, asynchronous I/O and system
// families that the other values files do not have, as strace 6.1 names
// them (src/xlat/*.in), in strace's order. Values are x86_64's; like
// strace, a decoder looks most of them up by their low 32 bits, and a
// negative constant is its 32-bit two's complement. Tables of calls newer
// than strace 6.1 follow the strace release that decodes them.
//
// Generated from a strace 6.1 build's tables; keep the order.

// SyslogActions are syslog's action types. strace prints them as a number
// with the name in a comment: 2 /* SYSLOG_ACTION_READ */.
var SyslogActions = &Values{
	Name:    "SyslogActions",
	Unknown: "SYSLOG_ACTION_???",
	Decimal: true,
	Vals: []Value{
		{0, "SYSLOG_ACTION_CLOSE"},
		{1, "SYSLOG_ACTION_OPEN"},
		{2, "SYSLOG_ACTION_READ"},
		{3, "SYSLOG_ACTION_READ_ALL"},
		{4, "SYSLOG_ACTION_READ_CLEAR"},
		{5, "SYSLOG_ACTION_CLEAR"},
		{6, "SYSLOG_ACTION_CONSOLE_OFF"},
		{7, "SYSLOG_ACTION_CONSOLE_ON"},
		{8, "SYSLOG_ACTION_CONSOLE_LEVEL"},
		{9, "SYSLOG_ACTION_SIZE_UNREAD"},
		{10, "SYSLOG_ACTION_SIZE_BUFFER"},
	},
}

// SyslogConsoleLevels are the console log levels of
// SYSLOG_ACTION_CONSOLE_LEVEL, printed as syslog's actions are.
var SyslogConsoleLevels = &Values{
	Name:    "SyslogConsoleLevels",
	Unknown: "LOGLEVEL_???",
	Decimal: true,
	Vals: []Value{
		{0, "LOGLEVEL_EMERG"},
		{1, "LOGLEVEL_ALERT"},
		{2, "LOGLEVEL_CRIT"},
		{3, "LOGLEVEL_ERR"},
		{4, "LOGLEVEL_WARNING"},
		{5, "LOGLEVEL_NOTICE"},
		{6, "LOGLEVEL_INFO"},
		{7, "LOGLEVEL_DEBUG"},
		{8, "LOGLEVEL_DEBUG+1"},
	},
}

// SwapFlags are swapon's flags other than the priority
// (flags&SWAP_FLAG_PRIO_MASK), which strace prints after them in decimal:
// SWAP_FLAG_PREFER|10.
var SwapFlags = &Values{
	Name:    "SwapFlags",
	Unknown: "SWAP_FLAG_???",
	Vals: []Value{
		{0x8000, "SWAP_FLAG_PREFER"},
		{0x10000, "SWAP_FLAG_DISCARD"},
		{0x20000, "SWAP_FLAG_DISCARD_ONCE"},
		{0x40000, "SWAP_FLAG_DISCARD_PAGES"},
	},
}

// KexecLoadFlags are kexec_load's flags other than the architecture
// (KexecArches).
var KexecLoadFlags = &Values{
	Name:    "KexecLoadFlags",
	Unknown: "KEXEC_???",
	Vals: []Value{
		{0x1, "KEXEC_ON_CRASH"},
		{0x2, "KEXEC_PRESERVE_CONTEXT"},
	},
}

// KexecArches are the architecture part of kexec_load's flags
// (flags&KEXEC_ARCH_MASK).
var KexecArches = &Values{
	Name:    "KexecArches",
	Unknown: "KEXEC_ARCH_???",
	Vals: []Value{
		{0, "KEXEC_ARCH_DEFAULT"},
		{0x30000, "KEXEC_ARCH_386"},
		{0x40000, "KEXEC_ARCH_68K"},
		{0xf0000, "KEXEC_ARCH_PARISC"},
		{0x3e0000, "KEXEC_ARCH_X86_64"},
		{0x140000, "KEXEC_ARCH_PPC"},
		{0x150000, "KEXEC_ARCH_PPC64"},
		{0x320000, "KEXEC_ARCH_IA_64"},
		{0x280000, "KEXEC_ARCH_ARM"},
		{0x160000, "KEXEC_ARCH_S390"},
		{0x2a0000, "KEXEC_ARCH_SH"},
		{0xa0000, "KEXEC_ARCH_MIPS_LE"},
		{0x80000, "KEXEC_ARCH_MIPS"},
		{0xb70000, "KEXEC_ARCH_AARCH64"},
		{0xf30000, "KEXEC_ARCH_RISCV"},
		{0x1020000, "KEXEC_ARCH_LOONGARCH"},
	},
}

// KexecFileLoadFlags are kexec_file_load's flags.
var KexecFileLoadFlags = &Values{
	Name:    "KexecFileLoadFlags",
	Unknown: "KEXEC_FILE_???",
	Vals: []Value{
		{0x1, "KEXEC_FILE_UNLOAD"},
		{0x2, "KEXEC_FILE_ON_CRASH"},
		{0x4, "KEXEC_FILE_NO_INITRAMFS"},
	},
}

// KeySpecs are the special key serial numbers. strace prints a serial that
// is not one of them in decimal, with no comment.
var KeySpecs = &Values{
	Name:    "KeySpecs",
	Decimal: true,
	Vals: []Value{
		{0xffffffff, "KEY_SPEC_THREAD_KEYRING"},
		{0xfffffffe, "KEY_SPEC_PROCESS_KEYRING"},
		{0xfffffffd, "KEY_SPEC_SESSION_KEYRING"},
		{0xfffffffc, "KEY_SPEC_USER_KEYRING"},
		{0xfffffffb, "KEY_SPEC_USER_SESSION_KEYRING"},
		{0xfffffffa, "KEY_SPEC_GROUP_KEYRING"},
		{0xfffffff9, "KEY_SPEC_REQKEY_AUTH_KEY"},
		{0xfffffff8, "KEY_SPEC_REQUESTOR_KEYRING"},
	},
}

// KeyReqkeyDefaults are KEYCTL_SET_REQKEY_KEYRING's keyrings, unknown ones
// in decimal.
var KeyReqkeyDefaults = &Values{
	Name:    "KeyReqkeyDefaults",
	Unknown: "KEY_REQKEY_DEFL_???",
	Decimal: true,
	Vals: []Value{
		{0xffffffff, "KEY_REQKEY_DEFL_NO_CHANGE"},
		{0, "KEY_REQKEY_DEFL_DEFAULT"},
		{1, "KEY_REQKEY_DEFL_THREAD_KEYRING"},
		{2, "KEY_REQKEY_DEFL_PROCESS_KEYRING"},
		{3, "KEY_REQKEY_DEFL_SESSION_KEYRING"},
		{4, "KEY_REQKEY_DEFL_USER_KEYRING"},
		{5, "KEY_REQKEY_DEFL_USER_SESSION_KEYRING"},
		{6, "KEY_REQKEY_DEFL_GROUP_KEYRING"},
		{7, "KEY_REQKEY_DEFL_REQUESTOR_KEYRING"},
	},
}

// KeyPerms are KEYCTL_SETPERM's permission bits.
var KeyPerms = &Values{
	Name:    "KeyPerms",
	Unknown: "KEY_???",
	Vals: []Value{
		{0x1000000, "KEY_POS_VIEW"},
		{0x2000000, "KEY_POS_READ"},
		{0x4000000, "KEY_POS_WRITE"},
		{0x8000000, "KEY_POS_SEARCH"},
		{0x10000000, "KEY_POS_LINK"},
		{0x20000000, "KEY_POS_SETATTR"},
		{0x3f000000, "KEY_POS_ALL"},
		{0x10000, "KEY_USR_VIEW"},
		{0x20000, "KEY_USR_READ"},
		{0x40000, "KEY_USR_WRITE"},
		{0x80000, "KEY_USR_SEARCH"},
		{0x100000, "KEY_USR_LINK"},
		{0x200000, "KEY_USR_SETATTR"},
		{0x3f0000, "KEY_USR_ALL"},
		{0x100, "KEY_GRP_VIEW"},
		{0x200, "KEY_GRP_READ"},
		{0x400, "KEY_GRP_WRITE"},
		{0x800, "KEY_GRP_SEARCH"},
		{0x1000, "KEY_GRP_LINK"},
		{0x2000, "KEY_GRP_SETATTR"},
		{0x3f00, "KEY_GRP_ALL"},
		{0x1, "KEY_OTH_VIEW"},
		{0x2, "KEY_OTH_READ"},
		{0x4, "KEY_OTH_WRITE"},
		{0x8, "KEY_OTH_SEARCH"},
		{0x10, "KEY_OTH_LINK"},
		{0x20, "KEY_OTH_SETATTR"},
		{0x3f, "KEY_OTH_ALL"},
	},
}

// KeyctlMoveFlags are KEYCTL_MOVE's flags.
var KeyctlMoveFlags = &Values{
	Name:    "KeyctlMoveFlags",
	Unknown: "KEYCTL_MOVE_???",
	Vals: []Value{
		{0x1, "KEYCTL_MOVE_EXCL"},
	},
}

// KeyctlCaps0 are the bits of KEYCTL_CAPABILITIES' first byte.
var KeyctlCaps0 = &Values{
	Name:    "KeyctlCaps0",
	Unknown: "KEYCTL_CAPS0_???",
	Vals: []Value{
		{0x1, "KEYCTL_CAPS0_CAPABILITIES"},
		{0x2, "KEYCTL_CAPS0_PERSISTENT_KEYRINGS"},
		{0x4, "KEYCTL_CAPS0_DIFFIE_HELLMAN"},
		{0x8, "KEYCTL_CAPS0_PUBLIC_KEY"},
		{0x10, "KEYCTL_CAPS0_BIG_KEY"},
		{0x20, "KEYCTL_CAPS0_INVALIDATE"},
		{0x40, "KEYCTL_CAPS0_RESTRICT_KEYRING"},
		{0x80, "KEYCTL_CAPS0_MOVE"},
	},
}

// KeyctlCaps1 are the bits of KEYCTL_CAPABILITIES' second byte.
var KeyctlCaps1 = &Values{
	Name:    "KeyctlCaps1",
	Unknown: "KEYCTL_CAPS1_???",
	Vals: []Value{
		{0x1, "KEYCTL_CAPS1_NS_KEYRING_NAME"},
		{0x2, "KEYCTL_CAPS1_NS_KEY_TAG"},
		{0x4, "KEYCTL_CAPS1_NOTIFICATIONS"},
	},
}

// KeyctlPkeyOps are struct keyctl_pkey_query's supported_ops.
var KeyctlPkeyOps = &Values{
	Name:    "KeyctlPkeyOps",
	Unknown: "KEYCTL_SUPPORTS_???",
	Vals: []Value{
		{0x1, "KEYCTL_SUPPORTS_ENCRYPT"},
		{0x2, "KEYCTL_SUPPORTS_DECRYPT"},
		{0x4, "KEYCTL_SUPPORTS_SIGN"},
		{0x8, "KEYCTL_SUPPORTS_VERIFY"},
	},
}

// LandlockCreateRulesetFlags are landlock_create_ruleset's flags.
var LandlockCreateRulesetFlags = &Values{
	Name:    "LandlockCreateRulesetFlags",
	Unknown: "LANDLOCK_CREATE_RULESET_???",
	Vals: []Value{
		{0x1, "LANDLOCK_CREATE_RULESET_VERSION"},
	},
}

// LandlockRuleTypes are landlock_add_rule's rule types.
var LandlockRuleTypes = &Values{
	Name:    "LandlockRuleTypes",
	Unknown: "LANDLOCK_RULE_???",
	Vals: []Value{
		{1, "LANDLOCK_RULE_PATH_BENEATH"},
	},
}

// LandlockAccessFs are the file system access rights of landlock rulesets
// and rules.
var LandlockAccessFs = &Values{
	Name:    "LandlockAccessFs",
	Unknown: "LANDLOCK_ACCESS_FS_???",
	Vals: []Value{
		{0x1, "LANDLOCK_ACCESS_FS_EXECUTE"},
		{0x2, "LANDLOCK_ACCESS_FS_WRITE_FILE"},
		{0x4, "LANDLOCK_ACCESS_FS_READ_FILE"},
		{0x8, "LANDLOCK_ACCESS_FS_READ_DIR"},
		{0x10, "LANDLOCK_ACCESS_FS_REMOVE_DIR"},
		{0x20, "LANDLOCK_ACCESS_FS_REMOVE_FILE"},
		{0x40, "LANDLOCK_ACCESS_FS_MAKE_CHAR"},
		{0x80, "LANDLOCK_ACCESS_FS_MAKE_DIR"},
		{0x100, "LANDLOCK_ACCESS_FS_MAKE_REG"},
		{0x200, "LANDLOCK_ACCESS_FS_MAKE_SOCK"},
		{0x400, "LANDLOCK_ACCESS_FS_MAKE_FIFO"},
		{0x800, "LANDLOCK_ACCESS_FS_MAKE_BLOCK"},
		{0x1000, "LANDLOCK_ACCESS_FS_MAKE_SYM"},
		{0x2000, "LANDLOCK_ACCESS_FS_REFER"},
	},
}

// UffdFlags are userfaultfd's flags.
var UffdFlags = &Values{
	Name:    "UffdFlags",
	Unknown: "UFFD_???",
	Vals: []Value{
		{0x1, "UFFD_USER_MODE_ONLY"},
		{0x800, "O_NONBLOCK"},
		{0x80000, "O_CLOEXEC"},
	},
}

// MemfdSecretFlags are memfd_secret's flags; strace adds no comment after
// unknown bits.
var MemfdSecretFlags = &Values{
	Name: "MemfdSecretFlags",
	Vals: []Value{
		{0x80000, "O_CLOEXEC"},
	},
}

// DeleteModuleFlags are delete_module's flags.
var DeleteModuleFlags = &Values{
	Name:    "DeleteModuleFlags",
	Unknown: "O_???",
	Vals: []Value{
		{0x800, "O_NONBLOCK"},
		{0x200, "O_TRUNC"},
	},
}

// ModuleInitFlags are finit_module's flags.
var ModuleInitFlags = &Values{
	Name:    "ModuleInitFlags",
	Unknown: "MODULE_INIT_???",
	Vals: []Value{
		{0x1, "MODULE_INIT_IGNORE_MODVERSIONS"},
		{0x2, "MODULE_INIT_IGNORE_VERMAGIC"},
		{0x4, "MODULE_INIT_COMPRESSED_FILE"},
	},
}

// AioCmds are struct iocb's aio_lio_opcode values; unknown ones print in
// decimal.
var AioCmds = &Values{
	Name:    "AioCmds",
	Unknown: "IOCB_CMD_???",
	Decimal: true,
	Vals: []Value{
		{0, "IOCB_CMD_PREAD"},
		{1, "IOCB_CMD_PWRITE"},
		{2, "IOCB_CMD_FSYNC"},
		{3, "IOCB_CMD_FDSYNC"},
		{4, "IOCB_CMD_PREADX"},
		{5, "IOCB_CMD_POLL"},
		{6, "IOCB_CMD_NOOP"},
		{7, "IOCB_CMD_PREADV"},
		{8, "IOCB_CMD_PWRITEV"},
	},
}

// AioIocbFlags are struct iocb's aio_flags.
var AioIocbFlags = &Values{
	Name:    "AioIocbFlags",
	Unknown: "IOCB_FLAG_???",
	Vals: []Value{
		{0x1, "IOCB_FLAG_RESFD"},
		{0x2, "IOCB_FLAG_IOPRIO"},
	},
}

// UringSetupFlags are struct io_uring_params' flags.
var UringSetupFlags = &Values{
	Name:    "UringSetupFlags",
	Unknown: "IORING_SETUP_???",
	Vals: []Value{
		{0x1, "IORING_SETUP_IOPOLL"},
		{0x2, "IORING_SETUP_SQPOLL"},
		{0x4, "IORING_SETUP_SQ_AFF"},
		{0x8, "IORING_SETUP_CQSIZE"},
		{0x10, "IORING_SETUP_CLAMP"},
		{0x20, "IORING_SETUP_ATTACH_WQ"},
		{0x40, "IORING_SETUP_R_DISABLED"},
		{0x80, "IORING_SETUP_SUBMIT_ALL"},
		{0x100, "IORING_SETUP_COOP_TASKRUN"},
		{0x200, "IORING_SETUP_TASKRUN_FLAG"},
		{0x400, "IORING_SETUP_SQE128"},
		{0x800, "IORING_SETUP_CQE32"},
	},
}

// UringSetupFeatures are struct io_uring_params' features.
var UringSetupFeatures = &Values{
	Name:    "UringSetupFeatures",
	Unknown: "IORING_FEAT_???",
	Vals: []Value{
		{0x1, "IORING_FEAT_SINGLE_MMAP"},
		{0x2, "IORING_FEAT_NODROP"},
		{0x4, "IORING_FEAT_SUBMIT_STABLE"},
		{0x8, "IORING_FEAT_RW_CUR_POS"},
		{0x10, "IORING_FEAT_CUR_PERSONALITY"},
		{0x20, "IORING_FEAT_FAST_POLL"},
		{0x40, "IORING_FEAT_POLL_32BITS"},
		{0x80, "IORING_FEAT_SQPOLL_NONFIXED"},
		{0x100, "IORING_FEAT_EXT_ARG"},
		{0x200, "IORING_FEAT_NATIVE_WORKERS"},
		{0x400, "IORING_FEAT_RSRC_TAGS"},
		{0x800, "IORING_FEAT_CQE_SKIP"},
		{0x1000, "IORING_FEAT_LINKED_FILE"},
	},
}

// UringEnterFlags are io_uring_enter's flags.
var UringEnterFlags = &Values{
	Name:    "UringEnterFlags",
	Unknown: "IORING_ENTER_???",
	Vals: []Value{
		{0x1, "IORING_ENTER_GETEVENTS"},
		{0x2, "IORING_ENTER_SQ_WAKEUP"},
		{0x4, "IORING_ENTER_SQ_WAIT"},
		{0x8, "IORING_ENTER_EXT_ARG"},
		{0x10, "IORING_ENTER_REGISTERED_RING"},
	},
}

// UringRegisterOpcodes are io_uring_register's opcodes.
var UringRegisterOpcodes = &Values{
	Name:    "UringRegisterOpcodes",
	Unknown: "IORING_REGISTER_???",
	Vals: []Value{
		{0, "IORING_REGISTER_BUFFERS"},
		{1, "IORING_UNREGISTER_BUFFERS"},
		{2, "IORING_REGISTER_FILES"},
		{3, "IORING_UNREGISTER_FILES"},
		{4, "IORING_REGISTER_EVENTFD"},
		{5, "IORING_UNREGISTER_EVENTFD"},
		{6, "IORING_REGISTER_FILES_UPDATE"},
		{7, "IORING_REGISTER_EVENTFD_ASYNC"},
		{8, "IORING_REGISTER_PROBE"},
		{9, "IORING_REGISTER_PERSONALITY"},
		{10, "IORING_UNREGISTER_PERSONALITY"},
		{11, "IORING_REGISTER_RESTRICTIONS"},
		{12, "IORING_REGISTER_ENABLE_RINGS"},
		{13, "IORING_REGISTER_FILES2"},
		{14, "IORING_REGISTER_FILES_UPDATE2"},
		{15, "IORING_REGISTER_BUFFERS2"},
		{16, "IORING_REGISTER_BUFFERS_UPDATE"},
		{17, "IORING_REGISTER_IOWQ_AFF"},
		{18, "IORING_UNREGISTER_IOWQ_AFF"},
		{19, "IORING_REGISTER_IOWQ_MAX_WORKERS"},
		{20, "IORING_REGISTER_RING_FDS"},
		{21, "IORING_UNREGISTER_RING_FDS"},
		{22, "IORING_REGISTER_PBUF_RING"},
		{23, "IORING_UNREGISTER_PBUF_RING"},
	},
}

// UringOps are the io_uring submission opcodes.
var UringOps = &Values{
	Name:    "UringOps",
	Unknown: "IORING_OP_???",
	Vals: []Value{
		{0, "IORING_OP_NOP"},
		{1, "IORING_OP_READV"},
		{2, "IORING_OP_WRITEV"},
		{3, "IORING_OP_FSYNC"},
		{4, "IORING_OP_READ_FIXED"},
		{5, "IORING_OP_WRITE_FIXED"},
		{6, "IORING_OP_POLL_ADD"},
		{7, "IORING_OP_POLL_REMOVE"},
		{8, "IORING_OP_SYNC_FILE_RANGE"},
		{9, "IORING_OP_SENDMSG"},
		{10, "IORING_OP_RECVMSG"},
		{11, "IORING_OP_TIMEOUT"},
		{12, "IORING_OP_TIMEOUT_REMOVE"},
		{13, "IORING_OP_ACCEPT"},
		{14, "IORING_OP_ASYNC_CANCEL"},
		{15, "IORING_OP_LINK_TIMEOUT"},
		{16, "IORING_OP_CONNECT"},
		{17, "IORING_OP_FALLOCATE"},
		{18, "IORING_OP_OPENAT"},
		{19, "IORING_OP_CLOSE"},
		{20, "IORING_OP_FILES_UPDATE"},
		{21, "IORING_OP_STATX"},
		{22, "IORING_OP_READ"},
		{23, "IORING_OP_WRITE"},
		{24, "IORING_OP_FADVISE"},
		{25, "IORING_OP_MADVISE"},
		{26, "IORING_OP_SEND"},
		{27, "IORING_OP_RECV"},
		{28, "IORING_OP_OPENAT2"},
		{29, "IORING_OP_EPOLL_CTL"},
		{30, "IORING_OP_SPLICE"},
		{31, "IORING_OP_PROVIDE_BUFFERS"},
		{32, "IORING_OP_REMOVE_BUFFERS"},
		{33, "IORING_OP_TEE"},
		{34, "IORING_OP_SHUTDOWN"},
		{35, "IORING_OP_RENAMEAT"},
		{36, "IORING_OP_UNLINKAT"},
		{37, "IORING_OP_MKDIRAT"},
		{38, "IORING_OP_SYMLINKAT"},
		{39, "IORING_OP_LINKAT"},
		{40, "IORING_OP_MSG_RING"},
		{41, "IORING_OP_FSETXATTR"},
		{42, "IORING_OP_SETXATTR"},
		{43, "IORING_OP_FGETXATTR"},
		{44, "IORING_OP_GETXATTR"},
		{45, "IORING_OP_SOCKET"},
		{46, "IORING_OP_URING_CMD"},
	},
}

// UringOpFlags are struct io_uring_probe_op's flags.
var UringOpFlags = &Values{
	Name:    "UringOpFlags",
	Unknown: "IO_URING_OP_???",
	Vals: []Value{
		{0x1, "IO_URING_OP_SUPPORTED"},
	},
}

// UringSqeFlags are the submission queue entry flags.
var UringSqeFlags = &Values{
	Name:    "UringSqeFlags",
	Unknown: "IOSQE_???",
	Vals: []Value{
		{0x1, "IOSQE_FIXED_FILE"},
		{0x2, "IOSQE_IO_DRAIN"},
		{0x4, "IOSQE_IO_LINK"},
		{0x8, "IOSQE_IO_HARDLINK"},
		{0x10, "IOSQE_ASYNC"},
		{0x20, "IOSQE_BUFFER_SELECT"},
		{0x40, "IOSQE_CQE_SKIP_SUCCESS"},
	},
}

// UringRestrictionOpcodes are struct io_uring_restriction's opcodes.
var UringRestrictionOpcodes = &Values{
	Name:    "UringRestrictionOpcodes",
	Unknown: "IORING_RESTRICTION_???",
	Vals: []Value{
		{0, "IORING_RESTRICTION_REGISTER_OP"},
		{1, "IORING_RESTRICTION_SQE_OP"},
		{2, "IORING_RESTRICTION_SQE_FLAGS_ALLOWED"},
		{3, "IORING_RESTRICTION_SQE_FLAGS_REQUIRED"},
	},
}

// UringRsrcRegisterFlags are struct io_uring_rsrc_register's flags.
var UringRsrcRegisterFlags = &Values{
	Name:    "UringRsrcRegisterFlags",
	Unknown: "IORING_RSRC_REGISTER_???",
	Vals: []Value{
		{0x1, "IORING_RSRC_REGISTER_SPARSE"},
	},
}

// UringIowqAcct name the two counts of IORING_REGISTER_IOWQ_MAX_WORKERS,
// printed as indices: [IO_WQ_BOUND]=4.
var UringIowqAcct = &Values{
	Name:    "UringIowqAcct",
	Unknown: "IO_WQ_???",
	Decimal: true,
	Vals: []Value{
		{0, "IO_WQ_BOUND"},
		{1, "IO_WQ_UNBOUND"},
	},
}

// UringFilesUpdateFds are the special descriptors of a files update; other
// negative ones print in decimal.
var UringFilesUpdateFds = &Values{
	Name:    "UringFilesUpdateFds",
	Decimal: true,
	Vals: []Value{
		{0xfffffffe, "IORING_REGISTER_FILES_SKIP"},
	},
}

// PerfTypeIds are struct perf_event_attr's types.
var PerfTypeIds = &Values{
	Name:    "PerfTypeIds",
	Unknown: "PERF_TYPE_???",
	Vals: []Value{
		{0, "PERF_TYPE_HARDWARE"},
		{1, "PERF_TYPE_SOFTWARE"},
		{2, "PERF_TYPE_TRACEPOINT"},
		{3, "PERF_TYPE_HW_CACHE"},
		{4, "PERF_TYPE_RAW"},
		{5, "PERF_TYPE_BREAKPOINT"},
	},
}

// PerfAttrSizes are the published sizes of struct perf_event_attr.
var PerfAttrSizes = &Values{
	Name:    "PerfAttrSizes",
	Unknown: "PERF_ATTR_SIZE_???",
	Vals: []Value{
		{64, "PERF_ATTR_SIZE_VER0"},
		{72, "PERF_ATTR_SIZE_VER1"},
		{80, "PERF_ATTR_SIZE_VER2"},
		{96, "PERF_ATTR_SIZE_VER3"},
		{104, "PERF_ATTR_SIZE_VER4"},
		{112, "PERF_ATTR_SIZE_VER5"},
		{120, "PERF_ATTR_SIZE_VER6"},
		{128, "PERF_ATTR_SIZE_VER7"},
	},
}

// PerfHwIds are the generalized hardware events.
var PerfHwIds = &Values{
	Name:    "PerfHwIds",
	Unknown: "PERF_COUNT_HW_???",
	Vals: []Value{
		{0, "PERF_COUNT_HW_CPU_CYCLES"},
		{1, "PERF_COUNT_HW_INSTRUCTIONS"},
		{2, "PERF_COUNT_HW_CACHE_REFERENCES"},
		{3, "PERF_COUNT_HW_CACHE_MISSES"},
		{4, "PERF_COUNT_HW_BRANCH_INSTRUCTIONS"},
		{5, "PERF_COUNT_HW_BRANCH_MISSES"},
		{6, "PERF_COUNT_HW_BUS_CYCLES"},
		{7, "PERF_COUNT_HW_STALLED_CYCLES_FRONTEND"},
		{8, "PERF_COUNT_HW_STALLED_CYCLES_BACKEND"},
		{9, "PERF_COUNT_HW_REF_CPU_CYCLES"},
	},
}

// PerfSwIds are the software events.
var PerfSwIds = &Values{
	Name:    "PerfSwIds",
	Unknown: "PERF_COUNT_SW_???",
	Vals: []Value{
		{0, "PERF_COUNT_SW_CPU_CLOCK"},
		{1, "PERF_COUNT_SW_TASK_CLOCK"},
		{2, "PERF_COUNT_SW_PAGE_FAULTS"},
		{3, "PERF_COUNT_SW_CONTEXT_SWITCHES"},
		{4, "PERF_COUNT_SW_CPU_MIGRATIONS"},
		{5, "PERF_COUNT_SW_PAGE_FAULTS_MIN"},
		{6, "PERF_COUNT_SW_PAGE_FAULTS_MAJ"},
		{7, "PERF_COUNT_SW_ALIGNMENT_FAULTS"},
		{8, "PERF_COUNT_SW_EMULATION_FAULTS"},
		{9, "PERF_COUNT_SW_DUMMY"},
		{10, "PERF_COUNT_SW_BPF_OUTPUT"},
		{11, "PERF_COUNT_SW_CGROUP_SWITCHES"},
	},
}

// PerfHwCacheIds are the hardware caches of PERF_TYPE_HW_CACHE.
var PerfHwCacheIds = &Values{
	Name:    "PerfHwCacheIds",
	Unknown: "PERF_COUNT_HW_CACHE_???",
	Vals: []Value{
		{0, "PERF_COUNT_HW_CACHE_L1D"},
		{1, "PERF_COUNT_HW_CACHE_L1I"},
		{2, "PERF_COUNT_HW_CACHE_LL"},
		{3, "PERF_COUNT_HW_CACHE_DTLB"},
		{4, "PERF_COUNT_HW_CACHE_ITLB"},
		{5, "PERF_COUNT_HW_CACHE_BPU"},
		{6, "PERF_COUNT_HW_CACHE_NODE"},
	},
}

// PerfHwCacheOpIds are the cache operations of PERF_TYPE_HW_CACHE.
var PerfHwCacheOpIds = &Values{
	Name:    "PerfHwCacheOpIds",
	Unknown: "PERF_COUNT_HW_CACHE_OP_???",
	Vals: []Value{
		{0, "PERF_COUNT_HW_CACHE_OP_READ"},
		{1, "PERF_COUNT_HW_CACHE_OP_WRITE"},
		{2, "PERF_COUNT_HW_CACHE_OP_PREFETCH"},
	},
}

// PerfHwCacheResultIds are the cache results of PERF_TYPE_HW_CACHE.
var PerfHwCacheResultIds = &Values{
	Name:    "PerfHwCacheResultIds",
	Unknown: "PERF_COUNT_HW_CACHE_RESULT_???",
	Vals: []Value{
		{0, "PERF_COUNT_HW_CACHE_RESULT_ACCESS"},
		{1, "PERF_COUNT_HW_CACHE_RESULT_MISS"},
	},
}

// PerfSampleFormat are struct perf_event_attr's sample_type bits.
var PerfSampleFormat = &Values{
	Name:    "PerfSampleFormat",
	Unknown: "PERF_SAMPLE_???",
	Vals: []Value{
		{0x1, "PERF_SAMPLE_IP"},
		{0x2, "PERF_SAMPLE_TID"},
		{0x4, "PERF_SAMPLE_TIME"},
		{0x8, "PERF_SAMPLE_ADDR"},
		{0x10, "PERF_SAMPLE_READ"},
		{0x20, "PERF_SAMPLE_CALLCHAIN"},
		{0x40, "PERF_SAMPLE_ID"},
		{0x80, "PERF_SAMPLE_CPU"},
		{0x100, "PERF_SAMPLE_PERIOD"},
		{0x200, "PERF_SAMPLE_STREAM_ID"},
		{0x400, "PERF_SAMPLE_RAW"},
		{0x800, "PERF_SAMPLE_BRANCH_STACK"},
		{0x1000, "PERF_SAMPLE_REGS_USER"},
		{0x2000, "PERF_SAMPLE_STACK_USER"},
		{0x4000, "PERF_SAMPLE_WEIGHT"},
		{0x8000, "PERF_SAMPLE_DATA_SRC"},
		{0x10000, "PERF_SAMPLE_IDENTIFIER"},
		{0x20000, "PERF_SAMPLE_TRANSACTION"},
		{0x40000, "PERF_SAMPLE_REGS_INTR"},
		{0x80000, "PERF_SAMPLE_PHYS_ADDR"},
		{0x100000, "PERF_SAMPLE_AUX"},
		{0x200000, "PERF_SAMPLE_CGROUP"},
		{0x400000, "PERF_SAMPLE_DATA_PAGE_SIZE"},
		{0x800000, "PERF_SAMPLE_CODE_PAGE_SIZE"},
		{0x1000000, "PERF_SAMPLE_WEIGHT_STRUCT"},
	},
}

// PerfReadFormat are struct perf_event_attr's read_format bits.
var PerfReadFormat = &Values{
	Name:    "PerfReadFormat",
	Unknown: "PERF_FORMAT_???",
	Vals: []Value{
		{0x1, "PERF_FORMAT_TOTAL_TIME_ENABLED"},
		{0x2, "PERF_FORMAT_TOTAL_TIME_RUNNING"},
		{0x4, "PERF_FORMAT_ID"},
		{0x8, "PERF_FORMAT_GROUP"},
		{0x10, "PERF_FORMAT_LOST"},
	},
}

// PerfBranchSampleType are struct perf_event_attr's branch_sample_type bits.
var PerfBranchSampleType = &Values{
	Name:    "PerfBranchSampleType",
	Unknown: "PERF_SAMPLE_BRANCH_???",
	Vals: []Value{
		{0x1, "PERF_SAMPLE_BRANCH_USER"},
		{0x2, "PERF_SAMPLE_BRANCH_KERNEL"},
		{0x4, "PERF_SAMPLE_BRANCH_HV"},
		{0x8, "PERF_SAMPLE_BRANCH_ANY"},
		{0x10, "PERF_SAMPLE_BRANCH_ANY_CALL"},
		{0x20, "PERF_SAMPLE_BRANCH_ANY_RETURN"},
		{0x40, "PERF_SAMPLE_BRANCH_IND_CALL"},
		{0x80, "PERF_SAMPLE_BRANCH_ABORT_TX"},
		{0x100, "PERF_SAMPLE_BRANCH_IN_TX"},
		{0x200, "PERF_SAMPLE_BRANCH_NO_TX"},
		{0x400, "PERF_SAMPLE_BRANCH_COND"},
		{0x800, "PERF_SAMPLE_BRANCH_CALL_STACK"},
		{0x1000, "PERF_SAMPLE_BRANCH_IND_JUMP"},
		{0x2000, "PERF_SAMPLE_BRANCH_CALL"},
		{0x4000, "PERF_SAMPLE_BRANCH_NO_FLAGS"},
		{0x8000, "PERF_SAMPLE_BRANCH_NO_CYCLES"},
		{0x10000, "PERF_SAMPLE_BRANCH_TYPE_SAVE"},
		{0x20000, "PERF_SAMPLE_BRANCH_HW_INDEX"},
		{0x40000, "PERF_SAMPLE_BRANCH_PRIV_SAVE"},
	},
}

// PerfEventOpenFlags are perf_event_open's flags.
var PerfEventOpenFlags = &Values{
	Name:    "PerfEventOpenFlags",
	Unknown: "PERF_FLAG_???",
	Vals: []Value{
		{0x1, "PERF_FLAG_FD_NO_GROUP"},
		{0x2, "PERF_FLAG_FD_OUTPUT"},
		{0x4, "PERF_FLAG_PID_CGROUP"},
		{0x8, "PERF_FLAG_FD_CLOEXEC"},
	},
}

// HwBreakpointTypes are struct perf_event_attr's bp_type values.
var HwBreakpointTypes = &Values{
	Name:    "HwBreakpointTypes",
	Unknown: "HW_BREAKPOINT_???",
	Vals: []Value{
		{0, "HW_BREAKPOINT_EMPTY"},
		{1, "HW_BREAKPOINT_R"},
		{2, "HW_BREAKPOINT_W"},
		{3, "HW_BREAKPOINT_RW"},
		{4, "HW_BREAKPOINT_X"},
	},
}

// BpfCommands are bpf's commands.
var BpfCommands = &Values{
	Name:    "BpfCommands",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_MAP_CREATE"},
		{1, "BPF_MAP_LOOKUP_ELEM"},
		{2, "BPF_MAP_UPDATE_ELEM"},
		{3, "BPF_MAP_DELETE_ELEM"},
		{4, "BPF_MAP_GET_NEXT_KEY"},
		{5, "BPF_PROG_LOAD"},
		{6, "BPF_OBJ_PIN"},
		{7, "BPF_OBJ_GET"},
		{8, "BPF_PROG_ATTACH"},
		{9, "BPF_PROG_DETACH"},
		{10, "BPF_PROG_TEST_RUN"},
		{11, "BPF_PROG_GET_NEXT_ID"},
		{12, "BPF_MAP_GET_NEXT_ID"},
		{13, "BPF_PROG_GET_FD_BY_ID"},
		{14, "BPF_MAP_GET_FD_BY_ID"},
		{15, "BPF_OBJ_GET_INFO_BY_FD"},
		{16, "BPF_PROG_QUERY"},
		{17, "BPF_RAW_TRACEPOINT_OPEN"},
		{18, "BPF_BTF_LOAD"},
		{19, "BPF_BTF_GET_FD_BY_ID"},
		{20, "BPF_TASK_FD_QUERY"},
		{21, "BPF_MAP_LOOKUP_AND_DELETE_ELEM"},
		{22, "BPF_MAP_FREEZE"},
		{23, "BPF_BTF_GET_NEXT_ID"},
		{24, "BPF_MAP_LOOKUP_BATCH"},
		{25, "BPF_MAP_LOOKUP_AND_DELETE_BATCH"},
		{26, "BPF_MAP_UPDATE_BATCH"},
		{27, "BPF_MAP_DELETE_BATCH"},
		{28, "BPF_LINK_CREATE"},
		{29, "BPF_LINK_UPDATE"},
		{30, "BPF_LINK_GET_FD_BY_ID"},
		{31, "BPF_LINK_GET_NEXT_ID"},
		{32, "BPF_ENABLE_STATS"},
		{33, "BPF_ITER_CREATE"},
		{34, "BPF_LINK_DETACH"},
		{35, "BPF_PROG_BIND_MAP"},
	},
}

// BpfClasses are the instruction classes of a classic BPF program (code&7).
var BpfClasses = &Values{
	Name:    "BpfClasses",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_LD"},
		{1, "BPF_LDX"},
		{2, "BPF_ST"},
		{3, "BPF_STX"},
		{4, "BPF_ALU"},
		{5, "BPF_JMP"},
		{6, "BPF_RET"},
		{7, "BPF_MISC"},
	},
}

// BpfMiscOps are the operations of BPF_MISC instructions.
var BpfMiscOps = &Values{
	Name:    "BpfMiscOps",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_TAX"},
		{128, "BPF_TXA"},
	},
}

// BpfModes are the addressing modes of load and store instructions
// (code&0xe0).
var BpfModes = &Values{
	Name:    "BpfModes",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_IMM"},
		{32, "BPF_ABS"},
		{64, "BPF_IND"},
		{96, "BPF_MEM"},
		{128, "BPF_LEN"},
		{160, "BPF_MSH"},
		{192, "BPF_XADD"},
	},
}

// BpfAluOps are the operations of BPF_ALU instructions (code&0xf0).
var BpfAluOps = &Values{
	Name:    "BpfAluOps",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_ADD"},
		{16, "BPF_SUB"},
		{32, "BPF_MUL"},
		{48, "BPF_DIV"},
		{64, "BPF_OR"},
		{80, "BPF_AND"},
		{96, "BPF_LSH"},
		{112, "BPF_RSH"},
		{128, "BPF_NEG"},
		{144, "BPF_MOD"},
		{160, "BPF_XOR"},
		{176, "BPF_MOV"},
		{192, "BPF_ARSH"},
		{208, "BPF_END"},
	},
}

// BpfJmpOps are the operations of BPF_JMP instructions (code&0xf0).
var BpfJmpOps = &Values{
	Name:    "BpfJmpOps",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_JA"},
		{16, "BPF_JEQ"},
		{32, "BPF_JGT"},
		{48, "BPF_JGE"},
		{64, "BPF_JSET"},
		{80, "BPF_JNE"},
		{96, "BPF_JSGT"},
		{112, "BPF_JSGE"},
		{128, "BPF_CALL"},
		{144, "BPF_EXIT"},
		{160, "BPF_JLT"},
		{176, "BPF_JLE"},
		{192, "BPF_JSLT"},
		{208, "BPF_JSLE"},
	},
}

// BpfRvals are the return value sources of BPF_RET instructions (code&0x18).
var BpfRvals = &Values{
	Name:    "BpfRvals",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_K"},
		{8, "BPF_X"},
		{16, "BPF_A"},
	},
}

// BpfSizes are the operand sizes of load and store instructions (code&0x18).
var BpfSizes = &Values{
	Name:    "BpfSizes",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_W"},
		{8, "BPF_H"},
		{16, "BPF_B"},
		{24, "BPF_DW"},
	},
}

// BpfSrcs are the operand sources of ALU and jump instructions (code&0x08).
var BpfSrcs = &Values{
	Name:    "BpfSrcs",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_K"},
		{8, "BPF_X"},
	},
}

// LsmAttrs are the attributes of lsm_get_self_attr and lsm_set_self_attr
// (Linux 6.8), as strace 6.8 names them.
var LsmAttrs = &Values{
	Name:    "LsmAttrs",
	Unknown: "LSM_ATTR_???",
	Vals: []Value{
		{0, "LSM_ATTR_UNDEF"},
		{100, "LSM_ATTR_CURRENT"},
		{101, "LSM_ATTR_EXEC"},
		{102, "LSM_ATTR_FSCREATE"},
		{103, "LSM_ATTR_KEYCREATE"},
		{104, "LSM_ATTR_PREV"},
		{105, "LSM_ATTR_SOCKCREATE"},
	},
}

// LsmFlags are lsm_get_self_attr's flags (Linux 6.8).
var LsmFlags = &Values{
	Name:    "LsmFlags",
	Unknown: "LSM_FLAG_???",
	Vals: []Value{
		{0x1, "LSM_FLAG_SINGLE"},
	},
}

// LsmIds are the security modules' ids (Linux 6.8), as strace 6.8 names them
// (64-bit values).
var LsmIds = &Values{
	Name:    "LsmIds",
	Unknown: "LSM_ID_???",
	Vals: []Value{
		{0, "LSM_ID_UNDEF"},
		{100, "LSM_ID_CAPABILITY"},
		{101, "LSM_ID_SELINUX"},
		{102, "LSM_ID_SMACK"},
		{103, "LSM_ID_TOMOYO"},
		{104, "LSM_ID_APPARMOR"},
		{105, "LSM_ID_YAMA"},
		{106, "LSM_ID_LOADPIN"},
		{107, "LSM_ID_SAFESETID"},
		{108, "LSM_ID_LOCKDOWN"},
		{109, "LSM_ID_BPF"},
		{110, "LSM_ID_LANDLOCK"},
	},
}

// ShadowStackFlags are map_shadow_stack's flags (Linux 6.6), as strace 6.6
// names them.
var ShadowStackFlags = &Values{
	Name:    "ShadowStackFlags",
	Unknown: "SHADOW_STACK_???",
	Vals: []Value{
		{0x1, "SHADOW_STACK_SET_TOKEN"},
	},
}

// BpfMapTypes are BPF_MAP_CREATE's map types.
var BpfMapTypes = &Values{
	Name:    "BpfMapTypes",
	Unknown: "BPF_MAP_TYPE_???",
	Vals: []Value{
		{0, "BPF_MAP_TYPE_UNSPEC"},
		{1, "BPF_MAP_TYPE_HASH"},
		{2, "BPF_MAP_TYPE_ARRAY"},
		{3, "BPF_MAP_TYPE_PROG_ARRAY"},
		{4, "BPF_MAP_TYPE_PERF_EVENT_ARRAY"},
		{5, "BPF_MAP_TYPE_PERCPU_HASH"},
		{6, "BPF_MAP_TYPE_PERCPU_ARRAY"},
		{7, "BPF_MAP_TYPE_STACK_TRACE"},
		{8, "BPF_MAP_TYPE_CGROUP_ARRAY"},
		{9, "BPF_MAP_TYPE_LRU_HASH"},
		{10, "BPF_MAP_TYPE_LRU_PERCPU_HASH"},
		{11, "BPF_MAP_TYPE_LPM_TRIE"},
		{12, "BPF_MAP_TYPE_ARRAY_OF_MAPS"},
		{13, "BPF_MAP_TYPE_HASH_OF_MAPS"},
		{14, "BPF_MAP_TYPE_DEVMAP"},
		{15, "BPF_MAP_TYPE_SOCKMAP"},
		{16, "BPF_MAP_TYPE_CPUMAP"},
		{17, "BPF_MAP_TYPE_XSKMAP"},
		{18, "BPF_MAP_TYPE_SOCKHASH"},
		{19, "BPF_MAP_TYPE_CGROUP_STORAGE"},
		{20, "BPF_MAP_TYPE_REUSEPORT_SOCKARRAY"},
		{21, "BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE"},
		{22, "BPF_MAP_TYPE_QUEUE"},
		{23, "BPF_MAP_TYPE_STACK"},
		{24, "BPF_MAP_TYPE_SK_STORAGE"},
		{25, "BPF_MAP_TYPE_DEVMAP_HASH"},
		{26, "BPF_MAP_TYPE_STRUCT_OPS"},
		{27, "BPF_MAP_TYPE_RINGBUF"},
		{28, "BPF_MAP_TYPE_INODE_STORAGE"},
		{29, "BPF_MAP_TYPE_TASK_STORAGE"},
		{30, "BPF_MAP_TYPE_BLOOM_FILTER"},
		{31, "BPF_MAP_TYPE_USER_RINGBUF"},
	},
}

// BpfMapFlags are BPF_MAP_CREATE's map_flags.
var BpfMapFlags = &Values{
	Name:    "BpfMapFlags",
	Unknown: "BPF_F_???",
	Vals: []Value{
		{0x1, "BPF_F_NO_PREALLOC"},
		{0x2, "BPF_F_NO_COMMON_LRU"},
		{0x4, "BPF_F_NUMA_NODE"},
		{0x8, "BPF_F_RDONLY"},
		{0x10, "BPF_F_WRONLY"},
		{0x20, "BPF_F_STACK_BUILD_ID"},
		{0x40, "BPF_F_ZERO_SEED"},
		{0x80, "BPF_F_RDONLY_PROG"},
		{0x100, "BPF_F_WRONLY_PROG"},
		{0x200, "BPF_F_CLONE"},
		{0x400, "BPF_F_MMAPABLE"},
		{0x800, "BPF_F_PRESERVE_ELEMS"},
		{0x1000, "BPF_F_INNER_MAP"},
	},
}

// BpfProgTypes are BPF_PROG_LOAD's program types.
var BpfProgTypes = &Values{
	Name:    "BpfProgTypes",
	Unknown: "BPF_PROG_TYPE_???",
	Vals: []Value{
		{0, "BPF_PROG_TYPE_UNSPEC"},
		{1, "BPF_PROG_TYPE_SOCKET_FILTER"},
		{2, "BPF_PROG_TYPE_KPROBE"},
		{3, "BPF_PROG_TYPE_SCHED_CLS"},
		{4, "BPF_PROG_TYPE_SCHED_ACT"},
		{5, "BPF_PROG_TYPE_TRACEPOINT"},
		{6, "BPF_PROG_TYPE_XDP"},
		{7, "BPF_PROG_TYPE_PERF_EVENT"},
		{8, "BPF_PROG_TYPE_CGROUP_SKB"},
		{9, "BPF_PROG_TYPE_CGROUP_SOCK"},
		{10, "BPF_PROG_TYPE_LWT_IN"},
		{11, "BPF_PROG_TYPE_LWT_OUT"},
		{12, "BPF_PROG_TYPE_LWT_XMIT"},
		{13, "BPF_PROG_TYPE_SOCK_OPS"},
		{14, "BPF_PROG_TYPE_SK_SKB"},
		{15, "BPF_PROG_TYPE_CGROUP_DEVICE"},
		{16, "BPF_PROG_TYPE_SK_MSG"},
		{17, "BPF_PROG_TYPE_RAW_TRACEPOINT"},
		{18, "BPF_PROG_TYPE_CGROUP_SOCK_ADDR"},
		{19, "BPF_PROG_TYPE_LWT_SEG6LOCAL"},
		{20, "BPF_PROG_TYPE_LIRC_MODE2"},
		{21, "BPF_PROG_TYPE_SK_REUSEPORT"},
		{22, "BPF_PROG_TYPE_FLOW_DISSECTOR"},
		{23, "BPF_PROG_TYPE_CGROUP_SYSCTL"},
		{24, "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE"},
		{25, "BPF_PROG_TYPE_CGROUP_SOCKOPT"},
		{26, "BPF_PROG_TYPE_TRACING"},
		{27, "BPF_PROG_TYPE_STRUCT_OPS"},
		{28, "BPF_PROG_TYPE_EXT"},
		{29, "BPF_PROG_TYPE_LSM"},
		{30, "BPF_PROG_TYPE_SK_LOOKUP"},
		{31, "BPF_PROG_TYPE_SYSCALL"},
	},
}

// BpfProgFlags are BPF_PROG_LOAD's prog_flags.
var BpfProgFlags = &Values{
	Name:    "BpfProgFlags",
	Unknown: "BPF_F_???",
	Vals: []Value{
		{0x1, "BPF_F_STRICT_ALIGNMENT"},
		{0x2, "BPF_F_ANY_ALIGNMENT"},
		{0x4, "BPF_F_TEST_RND_HI32"},
		{0x8, "BPF_F_TEST_STATE_FREQ"},
		{0x10, "BPF_F_SLEEPABLE"},
	},
}

// BpfLookupElemFlags are BPF_MAP_LOOKUP_ELEM's flags.
var BpfLookupElemFlags = &Values{
	Name:    "BpfLookupElemFlags",
	Zero:    "BPF_ANY",
	Unknown: "BPF_???",
	Vals: []Value{
		{0x4, "BPF_F_LOCK"},
	},
}

// BpfUpdateElemFlags are BPF_MAP_UPDATE_ELEM's flags, which strace prints as
// one value.
var BpfUpdateElemFlags = &Values{
	Name:    "BpfUpdateElemFlags",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_ANY"},
		{1, "BPF_NOEXIST"},
		{2, "BPF_EXIST"},
		{4, "BPF_F_LOCK"},
	},
}

// BpfAttachTypes are the attach types of BPF_PROG_ATTACH and BPF_PROG_LOAD.
var BpfAttachTypes = &Values{
	Name:    "BpfAttachTypes",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_CGROUP_INET_INGRESS"},
		{1, "BPF_CGROUP_INET_EGRESS"},
		{2, "BPF_CGROUP_INET_SOCK_CREATE"},
		{3, "BPF_CGROUP_SOCK_OPS"},
		{4, "BPF_SK_SKB_STREAM_PARSER"},
		{5, "BPF_SK_SKB_STREAM_VERDICT"},
		{6, "BPF_CGROUP_DEVICE"},
		{7, "BPF_SK_MSG_VERDICT"},
		{8, "BPF_CGROUP_INET4_BIND"},
		{9, "BPF_CGROUP_INET6_BIND"},
		{10, "BPF_CGROUP_INET4_CONNECT"},
		{11, "BPF_CGROUP_INET6_CONNECT"},
		{12, "BPF_CGROUP_INET4_POST_BIND"},
		{13, "BPF_CGROUP_INET6_POST_BIND"},
		{14, "BPF_CGROUP_UDP4_SENDMSG"},
		{15, "BPF_CGROUP_UDP6_SENDMSG"},
		{16, "BPF_LIRC_MODE2"},
		{17, "BPF_FLOW_DISSECTOR"},
		{18, "BPF_CGROUP_SYSCTL"},
		{19, "BPF_CGROUP_UDP4_RECVMSG"},
		{20, "BPF_CGROUP_UDP6_RECVMSG"},
		{21, "BPF_CGROUP_GETSOCKOPT"},
		{22, "BPF_CGROUP_SETSOCKOPT"},
		{23, "BPF_TRACE_RAW_TP"},
		{24, "BPF_TRACE_FENTRY"},
		{25, "BPF_TRACE_FEXIT"},
		{26, "BPF_MODIFY_RETURN"},
		{27, "BPF_LSM_MAC"},
		{28, "BPF_TRACE_ITER"},
		{29, "BPF_CGROUP_INET4_GETPEERNAME"},
		{30, "BPF_CGROUP_INET6_GETPEERNAME"},
		{31, "BPF_CGROUP_INET4_GETSOCKNAME"},
		{32, "BPF_CGROUP_INET6_GETSOCKNAME"},
		{33, "BPF_XDP_DEVMAP"},
		{34, "BPF_CGROUP_INET_SOCK_RELEASE"},
		{35, "BPF_XDP_CPUMAP"},
		{36, "BPF_SK_LOOKUP"},
		{37, "BPF_XDP"},
		{38, "BPF_SK_SKB_VERDICT"},
		{39, "BPF_SK_REUSEPORT_SELECT"},
		{40, "BPF_SK_REUSEPORT_SELECT_OR_MIGRATE"},
		{41, "BPF_PERF_EVENT"},
		{42, "BPF_TRACE_KPROBE_MULTI"},
		{43, "BPF_LSM_CGROUP"},
	},
}

// BpfAttachFlags are BPF_PROG_ATTACH's attach_flags.
var BpfAttachFlags = &Values{
	Name:    "BpfAttachFlags",
	Unknown: "BPF_F_???",
	Vals: []Value{
		{0x1, "BPF_F_ALLOW_OVERRIDE"},
		{0x2, "BPF_F_ALLOW_MULTI"},
		{0x4, "BPF_F_REPLACE"},
	},
}

// BpfFileModeFlags are the file_flags and open_flags of BPF_OBJ_PIN,
// BPF_OBJ_GET and the *_GET_FD_BY_ID commands.
var BpfFileModeFlags = &Values{
	Name:    "BpfFileModeFlags",
	Unknown: "BPF_F_???",
	Vals: []Value{
		{0x8, "BPF_F_RDONLY"},
		{0x10, "BPF_F_WRONLY"},
	},
}

// EbpfClasses are the instruction classes of an eBPF program.
var EbpfClasses = &Values{
	Name:    "EbpfClasses",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_LD"},
		{1, "BPF_LDX"},
		{2, "BPF_ST"},
		{3, "BPF_STX"},
		{4, "BPF_ALU"},
		{5, "BPF_JMP"},
		{6, "BPF_JMP32"},
		{7, "BPF_ALU64"},
	},
}

// EbpfModes are eBPF's load and store modes other than classic BPF's (looked
// up after BpfModes).
var EbpfModes = &Values{
	Name:    "EbpfModes",
	Unknown: "BPF_???",
	Vals: []Value{
		{0, "BPF_IMM"},
		{32, "BPF_ABS"},
		{64, "BPF_IND"},
		{96, "BPF_MEM"},
		{192, "BPF_XADD"},
	},
}

// EbpfAluOps are eBPF's ALU operations beyond classic BPF's (looked up after
// BpfAluOps).
var EbpfAluOps = &Values{
	Name:    "EbpfAluOps",
	Unknown: "BPF_???",
	Vals: []Value{
		{176, "BPF_MOV"},
		{192, "BPF_ARSH"},
		{208, "BPF_END"},
	},
}

// EbpfJmpOps are eBPF's jump operations beyond classic BPF's (looked up
// after BpfJmpOps).
var EbpfJmpOps = &Values{
	Name:    "EbpfJmpOps",
	Unknown: "BPF_???",
	Vals: []Value{
		{80, "BPF_JNE"},
		{96, "BPF_JSGT"},
		{112, "BPF_JSGE"},
		{128, "BPF_CALL"},
		{144, "BPF_EXIT"},
		{160, "BPF_JLT"},
		{176, "BPF_JLE"},
		{192, "BPF_JSLT"},
		{208, "BPF_JSLE"},
	},
}

// EbpfSizes are eBPF's operand sizes beyond classic BPF's (looked up after
// BpfSizes).
var EbpfSizes = &Values{
	Name:    "EbpfSizes",
	Unknown: "BPF_???",
	Vals: []Value{
		{24, "BPF_DW"},
	},
}

// EbpfRegs are eBPF's registers.
var EbpfRegs = &Values{
	Name:    "EbpfRegs",
	Unknown: "BPF_REG_???",
	Vals: []Value{
		{0, "BPF_REG_0"},
		{1, "BPF_REG_1"},
		{2, "BPF_REG_2"},
		{3, "BPF_REG_3"},
		{4, "BPF_REG_4"},
		{5, "BPF_REG_5"},
		{6, "BPF_REG_6"},
		{7, "BPF_REG_7"},
		{8, "BPF_REG_8"},
		{9, "BPF_REG_9"},
		{10, "BPF_REG_10"},
	},
}

// BpfQueryFlags are BPF_PROG_QUERY's query_flags.
var BpfQueryFlags = &Values{
	Name:    "BpfQueryFlags",
	Unknown: "BPF_F_QUERY_???",
	Vals: []Value{
		{0x1, "BPF_F_QUERY_EFFECTIVE"},
	},
}

// BpfTaskFdTypes are BPF_TASK_FD_QUERY's fd_type values.
var BpfTaskFdTypes = &Values{
	Name:    "BpfTaskFdTypes",
	Unknown: "BPF_FD_TYPE_???",
	Vals: []Value{
		{0, "BPF_FD_TYPE_RAW_TRACEPOINT"},
		{1, "BPF_FD_TYPE_TRACEPOINT"},
		{2, "BPF_FD_TYPE_KPROBE"},
		{3, "BPF_FD_TYPE_KRETPROBE"},
		{4, "BPF_FD_TYPE_UPROBE"},
		{5, "BPF_FD_TYPE_URETPROBE"},
	},
}

// BpfTestRunFlags are BPF_PROG_TEST_RUN's flags.
var BpfTestRunFlags = &Values{
	Name:    "BpfTestRunFlags",
	Unknown: "BPF_F_???",
	Vals: []Value{
		{0x1, "BPF_F_TEST_RUN_ON_CPU"},
		{0x2, "BPF_F_TEST_XDP_LIVE_FRAMES"},
	},
}

// BpfKprobeMultiFlags are BPF_LINK_CREATE's kprobe_multi flags.
var BpfKprobeMultiFlags = &Values{
	Name:    "BpfKprobeMultiFlags",
	Unknown: "BPF_F_???",
	Vals: []Value{
		{0x1, "BPF_F_KPROBE_MULTI_RETURN"},
	},
}
