package syscalls

// Signatures of calls about polling and event descriptors, and of the
// asynchronous I/O calls (aio and io_uring). Arguments whose printing
// depends on others are Custom: their call's decoder in syscalls/decode
// prints them.
var _ = family(func() {
	sigsetLen := func(name string, lenArg int8) Arg { return aInLen(name, Sigset, lenArg) }
	register(map[string]*Signature{
		"poll": sig(RetInt, aInLen("ufds", Pollfd, 1), aUint("nfds"), aInt("timeout_msecs")),
		"ppoll": sig(RetInt, aInLen("ufds", Pollfd, 1), aUint("nfds"), aIn("tsp", Timespec), sigsetLen("sigmask", 4),
			aUlong("sigsetsize")),
		// i386's ppoll with a 64-bit time_t.
		"ppoll_time64": sig(RetInt, aInLen("ufds", Pollfd, 1), aUint("nfds"), aIn("tsp", Timespec),
			sigsetLen("sigmask", 4), aUlong("sigsetsize")),
		"select": sig(RetInt, aInt("n"), aInLen("inp", Fdset, 0), aInLen("outp", Fdset, 0), aInLen("exp", Fdset, 0),
			aIn("tvp", Timeval)),
		// i386's select proper (its "select" is the old one, whose
		// arguments are in memory; the decoder reads them).
		"_newselect": sig(RetInt, aInt("n"), aInLen("inp", Fdset, 0), aInLen("outp", Fdset, 0), aInLen("exp", Fdset, 0),
			aIn("tvp", Timeval)),
		"pselect6": sig(RetInt, aInt("n"), aInLen("inp", Fdset, 0), aInLen("outp", Fdset, 0), aInLen("exp", Fdset, 0),
			aIn("tsp", Timespec), aIn("sig", SigsetPack)),
		"pselect6_time64": sig(RetInt, aInt("n"), aInLen("inp", Fdset, 0), aInLen("outp", Fdset, 0),
			aInLen("exp", Fdset, 0), aIn("tsp", Timespec), aIn("sig", SigsetPack)),
		"epoll_create":  sig(RetFd, aInt("size")),
		"epoll_create1": sig(RetFd, aFlags("flags", EpollCreateFlags)),
		"epoll_ctl":     sig(RetInt, aFd("epfd"), aEnum("op", EpollCtlOps), aFd("fd"), aIn("event", EpollEvent)),
		"epoll_wait": sig(RetInt, aFd("epfd"), aOutLen("events", EpollEvent, LenRet), aInt("maxevents"),
			aInt("timeout")),
		"epoll_pwait": sig(RetInt, aFd("epfd"), aOutLen("events", EpollEvent, LenRet), aInt("maxevents"),
			aInt("timeout"), sigsetLen("sigmask", 5), aUlong("sigsetsize")),
		"epoll_pwait2": sig(RetInt, aFd("epfd"), aOutLen("events", EpollEvent, LenRet), aInt("maxevents"),
			aIn("timeout", Timespec), sigsetLen("sigmask", 5), aUlong("sigsetsize")),
		"eventfd":  sig(RetFd, aUint("count")),
		"eventfd2": sig(RetFd, aUint("count"), aFlags("flags", EventfdFlags)),

		"io_setup":   sig(RetInt, aUint("nr_events"), aOut("ctxp", PtrOut)),
		"io_destroy": sig(RetInt, aPtr("ctx")),
		"io_submit":  sig(RetInt, aPtr("ctx_id"), aLong("nr"), aInLen("iocbpp", IocbPtrs, 1)),
		"io_cancel":  sig(RetInt, aPtr("ctx_id"), aIn("iocb", Iocb), aOut("result", IoEvent)),
		"io_getevents": sig(RetInt, aPtr("ctx_id"), aLong("min_nr"), aLong("nr"), aOutLen("events", IoEvents, LenRet),
			aIn("timeout", Timespec)),
		"io_pgetevents": sig(RetInt, aPtr("ctx_id"), aLong("min_nr"), aLong("nr"),
			aOutLen("events", IoEvents, LenRet), aIn("timeout", Timespec), aIn("usig", SigsetPack)),
		"io_pgetevents_time64": sig(RetInt, aPtr("ctx_id"), aLong("min_nr"), aLong("nr"),
			aOutLen("events", IoEvents, LenRet), aIn("timeout", Timespec), aIn("usig", SigsetPack)),
		"io_uring_setup": sig(RetFd, aUint("entries"), Arg{Name: "params", Kind: StructInOut, Struct: IoUringParams}),
		"io_uring_enter": sig(RetInt, aFd("fd"), aUint("to_submit"), aUint("min_complete"),
			aFlags("flags", UringEnterFlags), sigsetLen("argp", 5), aUlong("argsz")),
		"io_uring_register": sig(RetInt, aFd("fd"), aEnum("opcode", UringRegisterOpcodes),
			aInLen("arg", IoUringRegisterArg, 3), aUint("nr_args")),
	})
})
