package syscalls

// Signatures of calls about sockets. Most have a decoder of their own in
// syscalls/decode, as strace has: value-result lengths, message headers
// and socket options depend on each other.
var _ = family(func() {
	custom := func(name string) Arg { return Arg{Name: name, Kind: Custom} }
	sockLen := func(name string) Arg { return Arg{Name: name, Kind: StructInOut, Struct: SockLen} }
	register(map[string]*Signature{
		"socket":      sig(RetFd, aEnum("family", AddressFamilies), custom("type"), custom("protocol")),
		"socketpair":  sig(RetInt, aEnum("family", AddressFamilies), custom("type"), aUlong("protocol"), aOut("usockvec", PipeFds)),
		"connect":     sig(RetInt, aFd("fd"), aInLen("uservaddr", Sockaddr, 2), aInt("addrlen")),
		"bind":        sig(RetInt, aFd("fd"), aInLen("umyaddr", Sockaddr, 2), aInt("addrlen")),
		"listen":      sig(RetInt, aFd("fd"), aInt("backlog")),
		"accept":      sig(RetFd, aFd("fd"), aOutLen("upeer_sockaddr", Sockaddr, 2), sockLen("upeer_addrlen")),
		"accept4":     sig(RetFd, aFd("fd"), aOutLen("upeer_sockaddr", Sockaddr, 2), sockLen("upeer_addrlen"), aFlags("flags", SocketFlags)),
		"getsockname": sig(RetInt, aFd("fd"), aOutLen("usockaddr", Sockaddr, 2), sockLen("usockaddr_len")),
		"getpeername": sig(RetInt, aFd("fd"), aOutLen("usockaddr", Sockaddr, 2), sockLen("usockaddr_len")),
		"sendto":      sig(RetInt, aFd("fd"), aBufIn("buff", 2), aUlong("len"), aFlags("flags", MsgFlags), aInLen("addr", Sockaddr, 5), aInt("addr_len")),
		"recvfrom":    sig(RetInt, aFd("fd"), aBufOut("ubuf", 2), aUlong("size"), aFlags("flags", MsgFlags), aOutLen("addr", Sockaddr, 5), sockLen("addr_len")),
		"sendmsg":     sig(RetInt, aFd("fd"), aIn("msg", Msghdr), aFlags("flags", MsgFlags)),
		"recvmsg":     sig(RetInt, aFd("fd"), Arg{Name: "msg", Kind: StructInOut, Struct: Msghdr}, aFlags("flags", MsgFlags)),
		"sendmmsg":    sig(RetInt, aFd("fd"), Arg{Name: "mmsg", Kind: StructInOut, Struct: Mmsghdr}, aUint("vlen"), aFlags("flags", MsgFlags)),
		"recvmmsg":    sig(RetInt, aFd("fd"), Arg{Name: "mmsg", Kind: StructInOut, Struct: Mmsghdr}, aUint("vlen"), aFlags("flags", MsgFlags), aIn("timeout", Timespec)),
		"shutdown":    sig(RetInt, aFd("fd"), aEnum("how", ShutdownHow)),
		"setsockopt":  sig(RetInt, aFd("fd"), aEnum("level", SocketLevels), custom("optname"), aIn("optval", SockOptVal), aInt("optlen")),
		"getsockopt":  sig(RetInt, aFd("fd"), aEnum("level", SocketLevels), custom("optname"), aOut("optval", SockOptVal), sockLen("optlen")),

		// i386: the multiplexer, and the subcalls only it has.
		"socketcall":      sig(RetInt, aInt("call"), aPtr("args")),
		"send":            sig(RetInt, aFd("fd"), aBufIn("buff", 2), aUlong("len"), aFlags("flags", MsgFlags)),
		"recv":            sig(RetInt, aFd("fd"), aBufOut("ubuf", 2), aUlong("size"), aFlags("flags", MsgFlags)),
		"recvmmsg_time64": sig(RetInt, aFd("fd"), Arg{Name: "mmsg", Kind: StructInOut, Struct: Mmsghdr}, aUint("vlen"), aFlags("flags", MsgFlags), aIn("timeout", Timespec)),
	})
})
