package syscalls

// Signatures of calls about memory mappings and the heap.
func init() {
	register(map[string]*Signature{
		"brk":      sig(RetHex, aPtr("brk")),
		"mmap":     sig(RetHex, aPtr("addr"), aUlong("len"), aFlags("prot", ProtFlags), Arg{Name: "flags", Kind: Custom}, aFd("fd"), aHex("off")),
		"mprotect": sig(RetInt, aPtr("start"), aUlong("len"), aFlags("prot", ProtFlags)),
		"munmap":   sig(RetInt, aPtr("addr"), aUlong("len")),
	})
}
