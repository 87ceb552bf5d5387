package syscalls

// Signatures of calls about memory mappings, the heap, NUMA policies and
// memory descriptors. Arguments whose printing depends on others are
// Custom: their call's decoder in syscalls/decode prints them.
var _ = family(func() {
	custom := func(name string) Arg { return Arg{Name: name, Kind: Custom} }
	register(map[string]*Signature{
		"brk":  sig(RetHex, aPtr("brk")),
		"mmap": sig(RetHex, aPtr("addr"), aUlong("len"), aFlags("prot", ProtFlags), custom("flags"), aFd("fd"), aHex("off")),
		// i386's mmap2 takes its offset in pages.
		"mmap2":    sig(RetHex, aPtr("addr"), aUlong("len"), aFlags("prot", ProtFlags), custom("flags"), aFd("fd"), aHex("pgoff")),
		"mprotect": sig(RetInt, aPtr("start"), aUlong("len"), aFlags("prot", ProtFlags)),
		"munmap":   sig(RetInt, aPtr("addr"), aUlong("len")),
		"mremap": sig(RetHex, aPtr("addr"), aUlong("old_len"), aUlong("new_len"), aFlags("flags", MremapFlags),
			aPtr("new_addr")),
		"msync":      sig(RetInt, aPtr("start"), aUlong("len"), aFlags("flags", MsyncFlags)),
		"mincore":    sig(RetInt, aPtr("start"), aUlong("len"), aOutLen("vec", MincoreVec, 1)),
		"madvise":    sig(RetInt, aPtr("start"), aUlong("len_in"), aEnum("behavior", MadviseAdvice)),
		"mlock":      sig(RetInt, aPtr("start"), aUlong("len")),
		"munlock":    sig(RetInt, aPtr("start"), aUlong("len")),
		"mlock2":     sig(RetInt, aPtr("start"), aUlong("len"), aFlags("flags", MlockFlags)),
		"mlockall":   sig(RetInt, aFlags("flags", MlockallFlags)),
		"munlockall": sig(RetInt),
		"remap_file_pages": sig(RetInt, aPtr("start"), aUlong("size"), aFlags("prot", ProtFlags), aUlong("pgoff"),
			custom("flags")),
		"mbind": sig(RetInt, aPtr("start"), aUlong("len"), custom("mode"), aInLen("nmask", Nodemask, 4),
			aUlong("maxnode"), aFlags("flags", MbindFlags)),
		"set_mempolicy": sig(RetInt, custom("mode"), aInLen("nmask", Nodemask, 2), aUlong("maxnode")),
		"get_mempolicy": sig(RetInt, aOut("policy", IntPtr), aOutLen("nmask", Nodemask, 2), aUlong("maxnode"),
			aPtr("addr"), aFlags("flags", GetMempolicyFlags)),
		"migrate_pages": sig(RetInt, aInt("pid"), aUlong("maxnode"), aInLen("old_nodes", Nodemask, 1),
			aInLen("new_nodes", Nodemask, 1)),
		"move_pages": sig(RetInt, aInt("pid"), aUlong("nr_pages"), aInLen("pages", PtrArray, 1),
			aInLen("nodes", IntArray, 1), aOutLen("status", IntArray, 1), aFlags("flags", MovePagesFlags)),
		"set_mempolicy_home_node": sig(RetInt, aPtr("start"), aUlong("len"), aUlong("home_node"), aHex("flags")),
		"pkey_mprotect":           sig(RetInt, aPtr("start"), aUlong("len"), aFlags("prot", ProtFlags), aInt("pkey")),
		"pkey_alloc":              sig(RetInt, aHex("flags"), aFlags("init_val", PkeyAccessRights)),
		"pkey_free":               sig(RetInt, aInt("pkey")),
		"memfd_create":            sig(RetFd, aStr("uname"), Arg{Name: "flags", Kind: Flags, Values: MemfdFlags}),
		"memfd_secret":            sig(RetFd, aFlags("flags", MemfdSecretFlags)),
		"process_madvise": sig(RetInt, aFd("pidfd"), aInLen("vec", Iovec, 2), aUlong("vlen"),
			aEnum("behavior", MadviseAdvice), aHex("flags")),
		"process_mrelease": sig(RetInt, aFd("pidfd"), aHex("flags")),
		"map_shadow_stack": sig(RetInt, aPtr("addr"), aUlong("size"), aFlags("flags", ShadowStackFlags)),
		"mseal":            sig(RetInt, aPtr("start"), aUlong("len"), aHex("flags")),
		"membarrier":       sig(RetInt, aEnum("cmd", MembarrierCmds), aFlags("flags", MembarrierFlags), aInt("cpu_id")),
		"userfaultfd":      sig(RetFd, aFlags("flags", UffdFlags)),
	})
})
