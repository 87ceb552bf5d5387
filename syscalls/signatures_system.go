package syscalls

// Signatures of calls about the system as a whole: logging, reboot, host
// names, swap, I/O ports, kernel modules, kexec, BPF, performance events,
// seccomp, Landlock, keys and the LSM calls, and the obsolete or
// unimplemented entries of the x86_64 table. Arguments whose printing
// depends on others are Custom: their call's decoder in syscalls/decode
// prints them.
var _ = family(func() {
	custom := func(name string) Arg { return Arg{Name: name, Kind: Custom} }
	register(map[string]*Signature{
		"syslog":        sig(RetInt, aEnum("type", SyslogActions), custom("buf"), aInt("len")),
		"reboot":        sig(RetInt, aEnum("magic1", RebootMagic1), aEnum("magic2", RebootMagic2), aEnum("cmd", RebootCmds), custom("arg")),
		"sethostname":   sig(RetInt, aBufIn("name", 1), aInt("len")),
		"setdomainname": sig(RetInt, aBufIn("name", 1), aInt("len")),
		"swapon":        sig(RetInt, aPath("specialfile"), aFlags("swap_flags", SwapFlags)),
		"swapoff":       sig(RetInt, aPath("specialfile")),
		"iopl":          sig(RetInt, aInt("level")),
		"ioperm":        sig(RetInt, aHex("from"), aHex("num"), aInt("turn_on")),
		"init_module":   sig(RetInt, aPtr("umod"), aUlong("len"), aStr("uargs")),
		"finit_module":  sig(RetInt, aFd("fd"), aStr("uargs"), aFlags("flags", ModuleInitFlags)),
		"delete_module": sig(RetInt, aStr("name_user"), aFlags("flags", DeleteModuleFlags)),
		"kexec_load": sig(RetInt, aPtr("entry"), aUlong("nr_segments"), aInLen("segments", KexecSegments, 1),
			custom("flags")),
		"kexec_file_load": sig(RetInt, aFd("kernel_fd"), aFd("initrd_fd"), aUlong("cmdline_len"), aBufIn("cmdline_ptr", 2),
			aFlags("flags", KexecFileLoadFlags)),
		"bpf": sig(RetInt, aEnum("cmd", BpfCommands), Arg{Name: "uattr", Kind: StructInOut, Struct: BpfAttr, Len: 2},
			aUint("size")),
		"perf_event_open": sig(RetFd, Arg{Name: "attr_uptr", Kind: StructInOut, Struct: PerfEventAttr}, aInt("pid"),
			aInt("cpu"), aFd("group_fd"), aFlags("flags", PerfEventOpenFlags)),
		"seccomp":                 sig(RetInt, aEnum("op", SeccompOps), custom("flags"), custom("uargs")),
		"landlock_create_ruleset": sig(RetFd, aInLen("attr", LandlockRulesetAttr, 1), aUlong("size"), aFlags("flags", LandlockCreateRulesetFlags)),
		"landlock_add_rule": sig(RetInt, aFd("ruleset_fd"), aEnum("rule_type", LandlockRuleTypes),
			aIn("rule_attr", LandlockRuleAttr), aHex("flags")),
		"landlock_restrict_self": sig(RetInt, aFd("ruleset_fd"), aHex("flags")),
		"add_key": sig(RetInt, aStr("_type"), aStr("_description"), aBufIn("_payload", 3), aUlong("plen"),
			aEnum("ringid", KeySpecs)),
		"request_key":    sig(RetInt, aStr("_type"), aStr("_description"), aStr("_callout_info"), aEnum("destringid", KeySpecs)),
		"keyctl":         sig(RetInt, aEnum("option", KeyctlCmds), custom("arg2"), custom("arg3"), custom("arg4"), custom("arg5")),
		"lookup_dcookie": sig(RetInt, Arg{Name: "cookie64", Kind: Uint64}, aOutLen("buf", LookupDcookieBuf, 2), aUlong("len")),
		"vhangup":        sig(RetInt),
		"modify_ldt":     sig(RetInt, aInt("func"), Arg{Name: "ptr", Kind: StructInOut, Struct: UserDesc, Len: 2}, aUlong("bytecount")),
		"uselib":         sig(RetInt, aPath("library")),
		"_sysctl":        sig(RetInt, aIn("args", SysctlArgs)),
		"lsm_get_self_attr": sig(RetInt, aEnum("attr", LsmAttrs), Arg{Name: "ctx", Kind: StructInOut, Struct: LsmCtx},
			Arg{Name: "size", Kind: StructInOut, Struct: Uint32Ptr}, aFlags("flags", LsmFlags)),
		"lsm_set_self_attr": sig(RetInt, aEnum("attr", LsmAttrs), aInLen("ctx", LsmCtx, 2), aUint("size"), aHex("flags")),
		"lsm_list_modules": sig(RetInt, custom("ids"), Arg{Name: "size", Kind: StructInOut, Struct: Uint32Ptr},
			aHex("flags")),

		// Obsolete or never implemented: strace prints their raw
		// registers, as many as its table gives them.
		"create_module":   sig(RetInt, aHex("name"), aHex("size")),
		"get_kernel_syms": sig(RetInt, aHex("table")),
		"query_module":    sig(RetInt, aHex("name"), aHex("which"), aHex("buf"), aHex("bufsize"), aHex("ret")),
		"nfsservctl":      sig(RetInt, aHex("cmd"), aHex("argp"), aHex("resp")),
		"getpmsg":         sig(RetInt, aHex("fd"), aHex("ctlptr"), aHex("dataptr"), aHex("bandp"), aHex("flagsp")),
		"putpmsg":         sig(RetInt, aHex("fd"), aHex("ctlptr"), aHex("dataptr"), aHex("band"), aHex("flags")),
		"afs_syscall":     sig(RetInt, aHex("arg1"), aHex("arg2"), aHex("arg3"), aHex("arg4"), aHex("arg5")),
		"tuxcall":         sig(RetInt, aHex("arg1"), aHex("arg2"), aHex("arg3")),
		"security":        sig(RetInt, aHex("arg1"), aHex("arg2"), aHex("arg3")),
		"epoll_ctl_old":   sig(RetInt, aHex("epfd"), aHex("op"), aHex("fd"), aHex("event")),
		"epoll_wait_old":  sig(RetInt, aHex("epfd"), aHex("events"), aHex("maxevents"), aHex("timeout")),
		"vserver":         sig(RetInt, aHex("arg1"), aHex("arg2"), aHex("arg3"), aHex("arg4"), aHex("arg5")),
	})
})
