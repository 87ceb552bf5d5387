package syscalls

// Signatures of calls whose arguments depend on each other: each has a
// decoder of its own in syscalls/decode, and Custom arguments say so.
var _ = family(func() {
	register(map[string]*Signature{
		"ioctl":      sig(RetInt, aFd("fd"), Arg{Name: "cmd", Kind: Custom}, Arg{Name: "arg", Kind: Custom}),
		"fcntl":      sig(RetInt, aFd("fd"), aEnum("cmd", FcntlCmds), Arg{Name: "arg", Kind: Custom}),
		"arch_prctl": sig(RetInt, aEnum("option", ArchPrctlCodes), Arg{Name: "addr", Kind: Custom}),
		// x86_64's uprobe trampolines' calls take no arguments.
		"uretprobe": sig(RetInt),
		"uprobe":    sig(RetInt),
	})
})
