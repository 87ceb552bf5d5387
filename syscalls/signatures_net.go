package syscalls

// Signatures of calls about sockets.
func init() {
	register(map[string]*Signature{
		"socket":      sig(RetFd, aEnum("family", AddressFamilies), Arg{Name: "type", Kind: Custom}, Arg{Name: "protocol", Kind: Custom}),
		"connect":     sig(RetInt, aFd("fd"), aInLen("uservaddr", Sockaddr, 2), aInt("addrlen")),
		"bind":        sig(RetInt, aFd("fd"), aInLen("umyaddr", Sockaddr, 2), aInt("addrlen")),
		"sendto":      sig(RetInt, aFd("fd"), aBufIn("buff", 2), aUlong("len"), aFlags("flags", MsgFlags), aInLen("addr", Sockaddr, 5), aInt("addr_len")),
		"getsockname": sig(RetInt, aFd("fd"), aOutLen("usockaddr", Sockaddr, 2), Arg{Name: "usockaddr_len", Kind: StructInOut, Struct: SockLen}),
		"getpeername": sig(RetInt, aFd("fd"), aOutLen("usockaddr", Sockaddr, 2), Arg{Name: "usockaddr_len", Kind: StructInOut, Struct: SockLen}),
	})
}
