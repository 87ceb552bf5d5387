package syscalls

// Argument constructors keep the table below readable: each says the
// argument's name and kind, and for kinds that need it, where the length
// lives or which values name it.

func aInt(name string) Arg   { return Arg{Name: name, Kind: Int} }
func aUint(name string) Arg  { return Arg{Name: name, Kind: Uint} }
func aLong(name string) Arg  { return Arg{Name: name, Kind: Long} }
func aUlong(name string) Arg { return Arg{Name: name, Kind: Ulong} }
func aHex(name string) Arg   { return Arg{Name: name, Kind: Hex} }
func aOct(name string) Arg   { return Arg{Name: name, Kind: Oct} }
func aPtr(name string) Arg   { return Arg{Name: name, Kind: Ptr} }
func aFd(name string) Arg    { return Arg{Name: name, Kind: Fd} }
func aAtFd(name string) Arg  { return Arg{Name: name, Kind: AtFd} }
func aPath(name string) Arg  { return Arg{Name: name, Kind: Path} }
func aStr(name string) Arg   { return Arg{Name: name, Kind: Str} }
func aSig(name string) Arg   { return Arg{Name: name, Kind: Signal} }
func aMode(name string) Arg  { return Arg{Name: name, Kind: Mode} }

func aFlags(name string, vs *Values) Arg { return Arg{Name: name, Kind: Flags, Values: vs} }
func aEnum(name string, vs *Values) Arg  { return Arg{Name: name, Kind: Enum, Values: vs} }

// aBufIn is an input buffer whose length is argument lenArg.
func aBufIn(name string, lenArg int8) Arg { return Arg{Name: name, Kind: BufIn, Len: lenArg} }

// aBufOut is an output buffer shown with the return value's length,
// capped by argument lenArg (LenRet for no cap).
func aBufOut(name string, lenArg int8) Arg { return Arg{Name: name, Kind: BufOut, Len: lenArg} }

func aIn(name string, s Struct) Arg  { return Arg{Name: name, Kind: StructIn, Struct: s} }
func aOut(name string, s Struct) Arg { return Arg{Name: name, Kind: StructOut, Struct: s} }

// aInLen and aOutLen are structs whose size or count is argument lenArg.
func aInLen(name string, s Struct, lenArg int8) Arg {
	return Arg{Name: name, Kind: StructIn, Struct: s, Len: lenArg}
}
func aOutLen(name string, s Struct, lenArg int8) Arg {
	return Arg{Name: name, Kind: StructOut, Struct: s, Len: lenArg}
}

func sig(ret Ret, args ...Arg) *Signature { return &Signature{Args: args, Ret: ret} }

// Signatures are the argument signatures of system calls by name, shared
// by every ABI (an ABI's package overrides the few that differ, as clone's
// argument order). A name missing here prints its raw registers.
//
// Each entry follows the kernel's prototype (include/linux/syscalls.h)
// and strace's way of printing it.
var Signatures = map[string]*Signature{
	// Files: open, read, write, close.
	"read":     sig(RetInt, aFd("fd"), aBufOut("buf", LenRet), aUlong("count")),
	"write":    sig(RetInt, aFd("fd"), aBufIn("buf", 2), aUlong("count")),
	"pread64":  sig(RetInt, aFd("fd"), aBufOut("buf", LenRet), aUlong("count"), aLong("pos")),
	"pwrite64": sig(RetInt, aFd("fd"), aBufIn("buf", 2), aUlong("count"), aLong("pos")),
	"open":     sig(RetFd, aPath("filename"), Arg{Name: "flags", Kind: OFlags}, aOct("mode")),
	"openat":   sig(RetFd, aAtFd("dfd"), aPath("filename"), Arg{Name: "flags", Kind: OFlags}, aOct("mode")),
	"creat":    sig(RetFd, aPath("pathname"), aOct("mode")),
	"close":    sig(RetInt, aFd("fd")),
	"lseek":    sig(RetInt, aFd("fd"), aLong("offset"), aEnum("whence", SeekWhence)),
	"dup":      sig(RetFd, aFd("fildes")),
	"dup2":     sig(RetFd, aFd("oldfd"), aFd("newfd")),
	"dup3":     sig(RetFd, aFd("oldfd"), aFd("newfd"), aFlags("flags", OpenFlags)),
	"pipe":     sig(RetInt, aOut("fildes", PipeFds)),
	"pipe2":    sig(RetInt, aOut("fildes", PipeFds), aFlags("flags", OpenFlags)),

	// Metadata.
	"stat":       sig(RetInt, aPath("filename"), aOut("statbuf", Stat)),
	"lstat":      sig(RetInt, aPath("filename"), aOut("statbuf", Stat)),
	"fstat":      sig(RetInt, aFd("fd"), aOut("statbuf", Stat)),
	"newfstatat": sig(RetInt, aAtFd("dfd"), aPath("filename"), aOut("statbuf", Stat), aFlags("flag", AtFlags)),
	"statx": sig(RetInt, aAtFd("dfd"), aPath("filename"), Arg{Name: "flags", Kind: Custom}, aFlags("mask", StatxMask),
		aOut("buffer", Statx)),
	"statfs":       sig(RetInt, aPath("pathname"), aOut("buf", Statfs)),
	"fstatfs":      sig(RetInt, aFd("fd"), aOut("buf", Statfs)),
	"access":       sig(RetInt, aPath("filename"), aFlags("mode", AccessModes)),
	"faccessat":    sig(RetInt, aAtFd("dfd"), aPath("filename"), aFlags("mode", AccessModes)),
	"faccessat2":   sig(RetInt, aAtFd("dfd"), aPath("filename"), aFlags("mode", AccessModes), aFlags("flags", AtFlags)),
	"readlink":     sig(RetInt, aPath("path"), aBufOut("buf", LenRet), aInt("bufsiz")),
	"readlinkat":   sig(RetInt, aAtFd("dfd"), aPath("path"), aBufOut("buf", LenRet), aInt("bufsiz")),
	"getdents64":   sig(RetInt, aFd("fd"), aOut("dirent", Dirents), aUint("count")),
	"getcwd":       sig(RetInt, Arg{Name: "buf", Kind: StrOut}, aUlong("size")),
	"chdir":        sig(RetInt, aPath("filename")),
	"fchdir":       sig(RetInt, aFd("fd")),
	"mkdir":        sig(RetInt, aPath("pathname"), aOct("mode")),
	"mkdirat":      sig(RetInt, aAtFd("dfd"), aPath("pathname"), aOct("mode")),
	"rmdir":        sig(RetInt, aPath("pathname")),
	"unlink":       sig(RetInt, aPath("pathname")),
	"unlinkat":     sig(RetInt, aAtFd("dfd"), aPath("pathname"), aFlags("flag", AtFlags)),
	"umask":        sig(RetOct, aOct("mask")),
	"fadvise64":    sig(RetInt, aFd("fd"), aLong("offset"), aLong("len"), aEnum("advice", FadviseAdvice)),
	"getxattr":     sig(RetInt, aPath("pathname"), aStr("name"), aBufOut("value", LenRet), aUlong("size")),
	"lgetxattr":    sig(RetInt, aPath("pathname"), aStr("name"), aBufOut("value", LenRet), aUlong("size")),
	"fgetxattr":    sig(RetInt, aFd("fd"), aStr("name"), aBufOut("value", LenRet), aUlong("size")),
	"fchmod":       sig(RetInt, aFd("fd"), aOct("mode")),
	"chmod":        sig(RetInt, aPath("filename"), aOct("mode")),
	"fchmodat":     sig(RetInt, aAtFd("dfd"), aPath("filename"), aOct("mode")),
	"fchown":       sig(RetInt, aFd("fd"), aInt("user"), aInt("group")),
	"chown":        sig(RetInt, aPath("filename"), aInt("user"), aInt("group")),
	"lchown":       sig(RetInt, aPath("filename"), aInt("user"), aInt("group")),
	"fchownat":     sig(RetInt, aAtFd("dfd"), aPath("filename"), aInt("user"), aInt("group"), aFlags("flag", AtFlags)),
	"truncate":     sig(RetInt, aPath("path"), aLong("length")),
	"ftruncate":    sig(RetInt, aFd("fd"), aLong("length")),
	"rename":       sig(RetInt, aPath("oldname"), aPath("newname")),
	"renameat":     sig(RetInt, aAtFd("olddfd"), aPath("oldname"), aAtFd("newdfd"), aPath("newname")),
	"renameat2":    sig(RetInt, aAtFd("olddfd"), aPath("oldname"), aAtFd("newdfd"), aPath("newname"), aFlags("flags", RenameFlags)),
	"link":         sig(RetInt, aPath("oldname"), aPath("newname")),
	"linkat":       sig(RetInt, aAtFd("olddfd"), aPath("oldname"), aAtFd("newdfd"), aPath("newname"), aFlags("flags", AtFlags)),
	"symlink":      sig(RetInt, aPath("old"), aPath("new")),
	"symlinkat":    sig(RetInt, aPath("oldname"), aAtFd("newdfd"), aPath("newname")),
	"utimensat":    sig(RetInt, aAtFd("dfd"), aPath("filename"), aIn("utimes", TimespecPair), aFlags("flags", AtFlags)),
	"utimes":       sig(RetInt, aPath("filename"), aIn("utimes", TimevalPair)),
	"fsync":        sig(RetInt, aFd("fd")),
	"fdatasync":    sig(RetInt, aFd("fd")),
	"sync":         sig(RetInt),
	"syncfs":       sig(RetInt, aFd("fd")),
	"flock":        sig(RetInt, aFd("fd"), aFlags("cmd", FlockOps)),
	"fallocate":    sig(RetInt, aFd("fd"), aFlags("mode", FallocFlags), aLong("offset"), aLong("len")),
	"setxattr":     sig(RetInt, aPath("pathname"), aStr("name"), aBufIn("value", 3), aUlong("size"), aFlags("flags", XattrFlags)),
	"lsetxattr":    sig(RetInt, aPath("pathname"), aStr("name"), aBufIn("value", 3), aUlong("size"), aFlags("flags", XattrFlags)),
	"fsetxattr":    sig(RetInt, aFd("fd"), aStr("name"), aBufIn("value", 3), aUlong("size"), aFlags("flags", XattrFlags)),
	"listxattr":    sig(RetInt, aPath("pathname"), aBufOut("list", LenRet), aUlong("size")),
	"llistxattr":   sig(RetInt, aPath("pathname"), aBufOut("list", LenRet), aUlong("size")),
	"flistxattr":   sig(RetInt, aFd("fd"), aBufOut("list", LenRet), aUlong("size")),
	"removexattr":  sig(RetInt, aPath("pathname"), aStr("name")),
	"lremovexattr": sig(RetInt, aPath("pathname"), aStr("name")),
	"fremovexattr": sig(RetInt, aFd("fd"), aStr("name")),
	"readv":        sig(RetInt, aFd("fd"), aOutLen("vec", Iovec, 2), aUlong("vlen")),
	"writev":       sig(RetInt, aFd("fd"), aInLen("vec", Iovec, 2), aUlong("vlen")),
	"sendfile":     sig(RetInt, aFd("out_fd"), aFd("in_fd"), Arg{Name: "offset", Kind: StructInOut, Struct: Int64Ptr}, aUlong("count")),
	"chroot":       sig(RetInt, aPath("filename")),
	"mknodat":      sig(RetInt, aAtFd("dfd"), aPath("filename"), aMode("mode"), Arg{Name: "dev", Kind: Custom}),
	"mknod":        sig(RetInt, aPath("filename"), aMode("mode"), Arg{Name: "dev", Kind: Custom}),
	"copy_file_range": sig(RetInt, aFd("fd_in"), aOut("off_in", Int64Ptr), aFd("fd_out"), aOut("off_out", Int64Ptr),
		aUlong("len"), aUint("flags")),

	// Memory.
	"brk":      sig(RetHex, aPtr("brk")),
	"mmap":     sig(RetHex, aPtr("addr"), aUlong("len"), aFlags("prot", ProtFlags), Arg{Name: "flags", Kind: Custom}, aFd("fd"), aHex("off")),
	"mprotect": sig(RetInt, aPtr("start"), aUlong("len"), aFlags("prot", ProtFlags)),
	"munmap":   sig(RetInt, aPtr("addr"), aUlong("len")),

	// Process start-up.
	"execve":            sig(RetInt, aPath("filename"), Arg{Name: "argv", Kind: StrArray}, Arg{Name: "envp", Kind: Envp}),
	"exit":              sig(RetNone, aInt("error_code")),
	"exit_group":        sig(RetNone, aInt("error_code")),
	"set_tid_address":   sig(RetInt, aPtr("tidptr")),
	"set_robust_list":   sig(RetInt, aPtr("head"), aUlong("len")),
	"rseq":              sig(RetInt, aPtr("rseq"), aHex("rseq_len"), aInt("flags"), aHex("sig")),
	"prlimit64":         sig(RetInt, aInt("pid"), aEnum("resource", RlimitResources), aIn("new_rlim", Rlimit), aOut("old_rlim", Rlimit)),
	"getrlimit":         sig(RetInt, aEnum("resource", RlimitResources), aOut("rlim", Rlimit)),
	"setrlimit":         sig(RetInt, aEnum("resource", RlimitResources), aIn("rlim", Rlimit)),
	"getrandom":         sig(RetInt, Arg{Name: "buf", Kind: Custom}, aUlong("count"), aFlags("flags", GrndFlags)),
	"sigaltstack":       sig(RetInt, aIn("uss", Stack), aOut("uoss", Stack)),
	"sched_getaffinity": sig(RetInt, aInt("pid"), aUint("len"), aOutLen("user_mask_ptr", CpuSet, LenRet)),
	"sched_setaffinity": sig(RetInt, aInt("pid"), aUint("len"), aInLen("user_mask_ptr", CpuSet, 1)),
	"uname":             sig(RetInt, aOut("name", Utsname)),
	"sysinfo":           sig(RetInt, aOut("info", Sysinfo)),

	// Identity.
	"getpid":    sig(RetInt),
	"getppid":   sig(RetInt),
	"gettid":    sig(RetInt),
	"getuid":    sig(RetInt),
	"geteuid":   sig(RetInt),
	"getgid":    sig(RetInt),
	"getegid":   sig(RetInt),
	"getpgrp":   sig(RetInt),
	"setsid":    sig(RetInt),
	"getgroups": sig(RetInt, aInt("gidsetsize"), aOutLen("grouplist", Gids, LenRet)),
	"setgroups": sig(RetInt, aInt("gidsetsize"), aInLen("grouplist", Gids, 0)),
	"setuid":    sig(RetInt, aUint("uid")),
	"setgid":    sig(RetInt, aUint("gid")),
	"getpgid":   sig(RetInt, aInt("pid")),
	"setpgid":   sig(RetInt, aInt("pid"), aInt("pgid")),

	// Signals and processes.
	"kill":            sig(RetInt, aInt("pid"), aSig("sig")),
	"tkill":           sig(RetInt, aInt("pid"), aSig("sig")),
	"tgkill":          sig(RetInt, aInt("tgid"), aInt("pid"), aSig("sig")),
	"rt_sigaction":    sig(RetInt, aSig("sig"), aIn("act", Sigaction), aOut("oact", Sigaction), aUlong("sigsetsize")),
	"rt_sigprocmask":  sig(RetInt, aEnum("how", SigprocmaskHow), aInLen("nset", Sigset, 3), aOutLen("oset", Sigset, 3), aUlong("sigsetsize")),
	"wait4":           sig(RetInt, aInt("upid"), aOut("stat_addr", WaitStatus), aFlags("options", WaitOptions), aOut("ru", Rusage)),
	"pause":           sig(RetInt),
	"alarm":           sig(RetInt, aUint("seconds")),
	"clock_nanosleep": sig(RetInt, aEnum("which_clock", ClockIds), aFlags("flags", TimerFlags), aIn("rqtp", Timespec), Arg{Name: "rmtp", Kind: Custom}),
	"nanosleep":       sig(RetInt, aIn("rqtp", Timespec), Arg{Name: "rmtp", Kind: Custom}),
	"clock_gettime":   sig(RetInt, aEnum("which_clock", ClockIds), aOut("tp", Timespec)),
	"gettimeofday":    sig(RetInt, aOut("tv", Timeval), aOut("tz", Timezone)),

	// Sockets.
	"socket":      sig(RetFd, aEnum("family", AddressFamilies), Arg{Name: "type", Kind: Custom}, Arg{Name: "protocol", Kind: Custom}),
	"connect":     sig(RetInt, aFd("fd"), aInLen("uservaddr", Sockaddr, 2), aInt("addrlen")),
	"bind":        sig(RetInt, aFd("fd"), aInLen("umyaddr", Sockaddr, 2), aInt("addrlen")),
	"sendto":      sig(RetInt, aFd("fd"), aBufIn("buff", 2), aUlong("len"), aFlags("flags", MsgFlags), aInLen("addr", Sockaddr, 5), aInt("addr_len")),
	"getsockname": sig(RetInt, aFd("fd"), aOutLen("usockaddr", Sockaddr, 2), Arg{Name: "usockaddr_len", Kind: StructInOut, Struct: SockLen}),
	"getpeername": sig(RetInt, aFd("fd"), aOutLen("usockaddr", Sockaddr, 2), Arg{Name: "usockaddr_len", Kind: StructInOut, Struct: SockLen}),
}
