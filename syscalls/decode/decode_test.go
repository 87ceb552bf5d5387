package decode

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/amd64"
)

// The expected strings below are what strace 6.1 prints for the same call
// and the same memory: every case in the lineCase tables is checked
// against strace itself by TestOracleTable (go test -tags oracle), which
// runs testdata/c/oracle.c with the call's result injected. The few tests
// strace cannot be given the same input for (memory that changes during
// the call, a siginfo the kernel would refuse) say where their expectation
// comes from.

func init() {
	// Timestamps in comments are local time: the expectations are UTC's.
	time.Local = time.UTC
}

// lineCase is one call and the line strace prints for it.
type lineCase struct {
	name   string
	sys    string
	args   []oarg
	inject string   // "retval=N" or "error=ENAME"; "" is retval=0
	opts   *Options // nil is strace's defaults
	want   string   // the line, without alignment: args + " = " + return
	enter  string   // if set, what Enter alone prints
	// noOracle says why strace cannot check the case (injection makes
	// the call return where it would not).
	noOracle string
	abi      syscalls.ABI // 0 is x86_64
}

func (lc *lineCase) oracle() *oracleCase {
	oc := &oracleCase{name: lc.sys, args: lc.args, inject: lc.inject, opts: DefaultOptions, abi: lc.abi}
	if oc.inject == "" {
		oc.inject = "retval=0"
	}
	if lc.opts != nil {
		oc.opts = *lc.opts
	}
	return oc
}

// Argument helpers: n is a number; z a NUL-terminated string; s bytes
// without a NUL; b little-endian values (see le); e bytes with nothing
// mapped after them.
func n(v int64) oarg          { return onum(v) }
func z(str string) oarg       { return obytes(append([]byte(str), 0)) }
func s(str string) oarg       { return obytes([]byte(str)) }
func b(vs ...any) oarg        { return obytes(le(vs...)) }
func e(vs ...any) oarg        { return oedge(le(vs...)) }
func sOpt(limit int) *Options { return &Options{StringLimit: limit} }

var (
	verbose = &Options{StringLimit: 32, Verbose: true}
	hexNon  = &Options{StringLimit: 32, Hex: 1}
	hexAll  = &Options{StringLimit: 32, Hex: 2}
)

func runLines(t *testing.T, cases []lineCase) {
	t.Helper()
	for _, lc := range cases {
		name := lc.name
		if name == "" {
			name = lc.sys
		}
		t.Run(name, func(t *testing.T) {
			oc := lc.oracle()
			if got := oc.decode(t); got != lc.want {
				t.Errorf("\n got: %s\nwant: %s", got, lc.want)
			}
			if lc.enter != "" {
				m, args := oc.mem()
				c := newCallABI(t, syscalls.AMD64, oc.name, args[:]...)
				d := NewDecoder(oc.opts)
				d.Mem = m
				if got := string(d.Enter(nil, c)); got != lc.enter {
					t.Errorf("entry half\n got: %s\nwant: %s", got, lc.enter)
				}
			}
		})
	}
}

// allLineCases are every table, for the oracle to check.
var allLineCases = [][]lineCase{stringCases, arrayCases, flagCases, signalCases, waitCases, structCases,
	sockaddrCases, memoryCases, fcntlCases, ioctlCases, returnCases, xattrCases, i386Cases}

var stringCases = []lineCase{
	// Every escape, and the octal rule: \0 then '1' is \0001, then '8'
	// is \08, \1 then '7' is \0017.
	{name: "escapes", sys: "write", args: []oarg{n(1), s("\x001\x008\x017\377\t\n\v\f\r\"\\\a\b\033\177\200\x00\x00"), n(21)},
		want: `write(1, "\0001\08\0017\377\t\n\v\f\r\"\\\7\10\33\177\200\0\0", 21) = 0`},
	{name: "controls", sys: "write", args: []oarg{n(1), s("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\v\f\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"), n(32)},
		want: `write(1, "\0\1\2\3\4\5\6\7\10\t\n\v\f\r\16\17\20\21\22\23\24\25\26\27\30\31\32\33\34\35\36\37", 32) = 0`},
	{name: "high", sys: "write", args: []oarg{n(1), s("\x7f\x80\xfe\xff07"), n(6)},
		want: `write(1, "\177\200\376\37707", 6) = 0`},
	{name: "octal digit after high", sys: "write", args: []oarg{n(1), s("\x0a7\x017\x018"), n(6)},
		want: `write(1, "\n7\0017\18", 6) = 0`},
	{name: "truncated", sys: "write", args: []oarg{n(1), s("0123456789abcdefghijklmnopqrstuvwxyz"), n(36)},
		want: `write(1, "0123456789abcdefghijklmnopqrstuv"..., 36) = 0`},
	{name: "exactly the limit", sys: "write", args: []oarg{n(1), s("0123456789abcdefghijklmnopqrstuv"), n(32)},
		want: `write(1, "0123456789abcdefghijklmnopqrstuv", 32) = 0`},
	{name: "s5", sys: "write", args: []oarg{n(1), s("hello world"), n(11)}, opts: sOpt(5),
		want: `write(1, "hello"..., 11) = 0`},
	{name: "s0", sys: "write", args: []oarg{n(1), s("hello"), n(5)}, opts: sOpt(0),
		want: `write(1, ""..., 5) = 0`},
	{name: "s0 empty", sys: "write", args: []oarg{n(1), s("hello"), n(0)}, opts: sOpt(0),
		want: `write(1, "", 0) = 0`},
	{name: "empty", sys: "write", args: []oarg{n(1), s("x"), n(0)}, want: `write(1, "", 0) = 0`},
	{name: "NULL empty", sys: "write", args: []oarg{n(1), n(0), n(0)}, want: `write(1, NULL, 0) = 0`},
	{name: "NULL", sys: "write", args: []oarg{n(1), n(0), n(5)}, want: `write(1, NULL, 5) = 0`},
	{name: "unreadable", sys: "write", args: []oarg{n(1), n(8), n(4)}, want: `write(1, 0x8, 4) = 0`},
	// strace reads one byte more than it shows when there is more.
	{name: "lookahead unreadable", sys: "write", args: []oarg{n(1), e(strings.Repeat("a", 32)), n(40)},
		want: `write(1, 0x710fffe0, 40) = 0`},
	{name: "s0 unreadable", sys: "write", args: []oarg{n(1), n(16), n(5)}, opts: sOpt(0),
		want: `write(1, 0x10, 5) = 0`},
	{name: "whole buffer readable", sys: "write", args: []oarg{n(1), e(strings.Repeat("a", 32)), n(32)},
		want: `write(1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 32) = 0`},
	// -x: the whole string in hex as soon as one byte needs it.
	{name: "x printable", sys: "write", args: []oarg{n(1), s("ab\n"), n(3)}, opts: hexNon,
		want: `write(1, "ab\n", 3) = 0`},
	{name: "x control", sys: "write", args: []oarg{n(1), s("a\x01b"), n(3)}, opts: hexNon,
		want: `write(1, "\x61\x01\x62", 3) = 0`},
	{name: "x high", sys: "write", args: []oarg{n(1), s("a\x00\x7f"), n(3)}, opts: hexNon,
		want: `write(1, "\x61\x00\x7f", 3) = 0`},
	{name: "xx", sys: "write", args: []oarg{n(1), s("ab\n"), n(3)}, opts: hexAll,
		want: `write(1, "\x61\x62\x0a", 3) = 0`},
	{name: "read short", sys: "read", args: []oarg{n(3), s("hello world"), n(64)}, inject: "retval=5",
		want: `read(3, "hello", 64) = 5`, enter: `read(3, `},
	{name: "read failed", sys: "read", args: []oarg{n(3), s("hello"), n(64)}, inject: "error=EAGAIN",
		want: `read(3, 0x71000000, 64) = -1 EAGAIN (Resource temporarily unavailable)`},
	{name: "read nothing", sys: "read", args: []oarg{n(3), s("hello"), n(64)}, inject: "retval=0",
		want: `read(3, "", 64) = 0`},

	// NUL-terminated strings: -s applies, "..." when the NUL is beyond it.
	{name: "cstring", sys: "getxattr", args: []oarg{z("/"), z("user.0123456789abcdefghijklmnopqrstuvwxyz"), n(0), n(0)},
		want: `getxattr("/", "user.0123456789abcdefghijklmnopq"..., NULL, 0) = 0`},
	{name: "cstring escapes", sys: "getxattr", args: []oarg{z("/"), z("user.\x01\n"), n(0), n(0)},
		want: `getxattr("/", "user.\1\n", NULL, 0) = 0`},
	{name: "cstring empty s0", sys: "getxattr", args: []oarg{z("/"), z(""), n(0), n(0)}, opts: sOpt(0),
		want: `getxattr("/", "", NULL, 0) = 0`},
	{name: "cstring s0", sys: "getxattr", args: []oarg{z("/"), z("abc"), n(0), n(0)}, opts: sOpt(0),
		want: `getxattr("/", ""..., NULL, 0) = 0`},
	{name: "cstring at limit", sys: "getxattr", args: []oarg{z("/"), z("abc"), n(0), n(0)}, opts: sOpt(3),
		want: `getxattr("/", "abc", NULL, 0) = 0`},
	{name: "cstring over limit", sys: "getxattr", args: []oarg{z("/"), z("ab\nd"), n(0), n(0)}, opts: sOpt(3),
		want: `getxattr("/", "ab\n"..., NULL, 0) = 0`},
	{name: "cstring x", sys: "getxattr", args: []oarg{z("/"), z("a\x01b\n"), n(0), n(0)}, opts: hexNon,
		want: `getxattr("/", "\x61\x01\x62\x0a", NULL, 0) = 0`},
	{name: "cstring unterminated", sys: "getxattr", args: []oarg{z("/"), e("abc"), n(0), n(0)},
		want: `getxattr("/", 0x710ffffd, NULL, 0) = 0`},
	{name: "cstring ends at edge", sys: "getxattr", args: []oarg{z("/"), e("abc\x00"), n(0), n(0)},
		want: `getxattr("/", "abc", NULL, 0) = 0`},
	// Paths are not cut by -s.
	{name: "path", sys: "openat", args: []oarg{n(-100), z("/nonexistent/0123456789abcdefghijklmnopqrstuvwxyz"), n(0)}, inject: "error=ENOENT",
		want: `openat(AT_FDCWD, "/nonexistent/0123456789abcdefghijklmnopqrstuvwxyz", O_RDONLY) = -1 ENOENT (No such file or directory)`},
	{name: "path s0", sys: "chdir", args: []oarg{z("a\x01b\n")}, opts: sOpt(0), want: `chdir("a\1b\n") = 0`},
	{name: "path xx", sys: "chdir", args: []oarg{z("/a")}, opts: hexAll, want: `chdir("\x2f\x61") = 0`},
	{name: "path NULL", sys: "chdir", args: []oarg{n(0)}, want: `chdir(NULL) = 0`},
	{name: "path unreadable", sys: "chdir", args: []oarg{n(1)}, want: `chdir(0x1) = 0`},
	// getcwd's output is a path too.
	{name: "getcwd", sys: "getcwd", args: []oarg{z("/tmp"), n(256)}, inject: "retval=5", want: `getcwd("/tmp", 256) = 5`},
	{name: "getcwd s0", sys: "getcwd", args: []oarg{z("v"), n(256)}, inject: "retval=0", opts: sOpt(0), want: `getcwd("v", 256) = 0`},
	{name: "getcwd short", sys: "getcwd", args: []oarg{z("/tmp/x"), n(256)}, inject: "retval=5", want: `getcwd("/tmp"..., 256) = 5`},
	{name: "getcwd NULL", sys: "getcwd", args: []oarg{n(0), n(256)}, inject: "retval=5", want: `getcwd(NULL, 256) = 5`},
	{name: "getcwd failed", sys: "getcwd", args: []oarg{z("/tmp"), n(1)}, inject: "error=ERANGE",
		want: `getcwd(0x70000000, 1) = -1 ERANGE (Numerical result out of range)`},
}

// argv and envp of execve: region 1 holds argv's pointers and strings,
// region 2 envp's.
func ptrs(region int, strs ...string) oarg {
	base := regionAddr(region)
	off := uint64(8 * (len(strs) + 1))
	var arr, data []byte
	for _, str := range strs {
		arr = append(arr, le(base+off+uint64(len(data)))...)
		data = append(data, str...)
		data = append(data, 0)
	}
	arr = append(arr, le(uint64(0))...)
	return obytes(append(arr, data...))
}

func manyArgs(k int) []string {
	var a []string
	for i := 0; i < k; i++ {
		a = append(a, "a")
	}
	return a
}

var arrayCases = []lineCase{
	{name: "argv envp", sys: "execve", args: []oarg{z("/bin/ls"), ptrs(1, "ls", "-l"), ptrs(2, "A=1", "B=2")}, inject: "error=ENOENT",
		want: `execve("/bin/ls", ["ls", "-l"], 0x72000000 /* 2 vars */) = -1 ENOENT (No such file or directory)`},
	{name: "one var", sys: "execve", args: []oarg{z("/x"), ptrs(1), ptrs(2, "X=1")}, inject: "error=ENOENT",
		want: `execve("/x", [], 0x72000000 /* 1 var */) = -1 ENOENT (No such file or directory)`},
	{name: "verbose", sys: "execve", args: []oarg{z("/x"), ptrs(1, "x"), ptrs(2, "A=1", "B=2")}, inject: "error=ENOENT", opts: verbose,
		want: `execve("/x", ["x"], ["A=1", "B=2"]) = -1 ENOENT (No such file or directory)`},
	// At most -s elements, unless -v.
	{name: "capped", sys: "execve", args: []oarg{z("/x"), ptrs(1, manyArgs(33)...), n(0)}, inject: "error=ENOENT",
		want: `execve("/x", ["a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", ...], NULL) = -1 ENOENT (No such file or directory)`},
	{name: "s1", sys: "execve", args: []oarg{z("/x"), ptrs(1, "/tmp/x", "y"), n(0)}, inject: "error=ENOENT", opts: sOpt(1),
		want: `execve("/x", ["/"..., ...], NULL) = -1 ENOENT (No such file or directory)`},
	{name: "s0", sys: "execve", args: []oarg{z("/x"), ptrs(1, "x", "y"), ptrs(2)}, inject: "error=ENOENT", opts: sOpt(0),
		want: `execve("/x", [...], 0x72000000 /* 0 vars */) = -1 ENOENT (No such file or directory)`},
	{name: "s0 empty", sys: "execve", args: []oarg{z("/x"), ptrs(1), ptrs(2)}, inject: "error=ENOENT", opts: sOpt(0),
		want: `execve("/x", [], 0x72000000 /* 0 vars */) = -1 ENOENT (No such file or directory)`},
	{name: "verbose uncapped", sys: "execve", args: []oarg{z("/x"), ptrs(1, "/tmp/x", "y"), ptrs(2)}, inject: "error=ENOENT",
		opts: &Options{StringLimit: 1, Verbose: true},
		want: `execve("/x", ["/"..., "y"], []) = -1 ENOENT (No such file or directory)`},
	// An element pointing nowhere prints as its address.
	{name: "bad element", sys: "execve", args: []oarg{z("/x"), b(uint64(0x71000018), uint64(8), uint64(0), "x\x00"), b(uint64(0))}, inject: "error=ENOENT",
		want: `execve("/x", ["x", 0x8], 0x72000000 /* 0 vars */) = -1 ENOENT (No such file or directory)`},
	{name: "unreadable arrays", sys: "execve", args: []oarg{z("/x"), n(24), n(32)}, inject: "error=ENOENT",
		want: `execve("/x", 0x18, 0x20) = -1 ENOENT (No such file or directory)`},
	// Arrays that run into unmapped memory before their NULL.
	{name: "unterminated", sys: "execve", args: []oarg{z("/x"), e(uint64(0x71000000), uint64(0x71000000)), e(uint64(0x72000000))}, inject: "error=ENOENT",
		want: `execve("/x", ["", "", ... /* 0x71100000 */], 0x720ffff8 /* 1 var, unterminated */) = -1 ENOENT (No such file or directory)`},
	{name: "unterminated verbose", sys: "execve", args: []oarg{z("/x"), n(0), e(uint64(0x72000000), uint64(0x72000000))}, inject: "error=ENOENT", opts: verbose,
		want: `execve("/x", NULL, ["", "", ... /* 0x72100000 */]) = -1 ENOENT (No such file or directory)`},
}

var flagCases = []lineCase{
	{name: "zero name", sys: "access", args: []oarg{z("/"), n(0)}, want: `access("/", F_OK) = 0`},
	{name: "known and unknown", sys: "access", args: []oarg{z("/"), n(6 | 0x40)}, want: `access("/", R_OK|W_OK|0x40) = 0`},
	{name: "unknown comment", sys: "access", args: []oarg{z("/"), n(0x40)}, want: `access("/", 0x40 /* ?_OK */) = 0`},
	{name: "int flags", sys: "access", args: []oarg{z("/"), n(0x100000001)}, want: `access("/", X_OK) = 0`},
	{name: "enum unknown", sys: "lseek", args: []oarg{n(-1), n(0), n(5)}, want: `lseek(-1, 0, 0x5 /* SEEK_??? */) = 0`},
	{name: "enum int", sys: "lseek", args: []oarg{n(1), n(0), n(0x100000001)}, want: `lseek(1, 0, SEEK_CUR) = 0`},
	{name: "prot none", sys: "mprotect", args: []oarg{n(0), n(0), n(0)}, want: `mprotect(NULL, 0, PROT_NONE) = 0`},
	{name: "prot long", sys: "mprotect", args: []oarg{n(0), n(0), n(0x1000000000000005)}, want: `mprotect(NULL, 0, PROT_READ|PROT_EXEC|0x1000000000000000) = 0`},
	{name: "prot unknown", sys: "mprotect", args: []oarg{n(0x1000), n(4096), n(0x100)}, want: `mprotect(0x1000, 4096, 0x100 /* PROT_??? */) = 0`},
	{name: "open flags", sys: "openat", args: []oarg{n(-100), z("/x"), n(0o2 | 0o100 | 0o200 | 0o4000 | 0o2000000), n(0o640)}, inject: "retval=3",
		want: `openat(AT_FDCWD, "/x", O_RDWR|O_CREAT|O_EXCL|O_NONBLOCK|O_CLOEXEC, 0640) = 3`},
	{name: "open accmode", sys: "openat", args: []oarg{n(-100), z("/x"), n(3 | 0x10000000)}, inject: "retval=3",
		want: `openat(AT_FDCWD, "/x", O_ACCMODE|0x10000000) = 3`},
	{name: "open tmpfile", sys: "openat", args: []oarg{n(-100), z("/x"), n(0o1 | 0o20200000), n(0o600)}, inject: "error=ENOTDIR",
		want: `openat(AT_FDCWD, "/x", O_WRONLY|O_TMPFILE, 0600) = -1 ENOTDIR (Not a directory)`},
	{name: "open no mode", sys: "openat", args: []oarg{n(5), z("x"), n(0o10000000 | 0o400000 | 0o200000), n(0o777)}, inject: "error=EBADF",
		want: `openat(5, "x", O_RDONLY|O_NOFOLLOW|O_PATH|O_DIRECTORY) = -1 EBADF (Bad file descriptor)`},
	{name: "mode is 16 bits", sys: "openat", args: []oarg{n(1), z("/"), n(0x40), n(0x12345)}, inject: "retval=3",
		want: `openat(1, "/", O_RDONLY|O_CREAT, 021505) = 3`},
	{name: "dup3", sys: "dup3", args: []oarg{n(-1), n(-1), n(0o2000000)}, inject: "error=EINVAL",
		want: `dup3(-1, -1, O_CLOEXEC) = -1 EINVAL (Invalid argument)`},
	{name: "dup3 unknown", sys: "dup3", args: []oarg{n(1), n(2), n(0x100000001)}, want: `dup3(1, 2, 0x1 /* O_??? */) = 0`},
	{name: "mknod char", sys: "mknodat", args: []oarg{n(-100), z("/n"), n(0o20620), n(0x441)}, inject: "error=ENOTDIR",
		want: `mknodat(AT_FDCWD, "/n", S_IFCHR|0620, makedev(0x4, 0x41)) = -1 ENOTDIR (Not a directory)`},
	{name: "mknod fifo", sys: "mknodat", args: []oarg{n(-100), z("/n"), n(0o15644), n(0)},
		want: `mknodat(AT_FDCWD, "/n", S_IFIFO|S_ISUID|S_ISVTX|0644) = 0`},
	{name: "mknod no type", sys: "mknodat", args: []oarg{n(-100), z("/n"), n(0o644), n(0)}, want: `mknodat(AT_FDCWD, "/n", 0644) = 0`},
	{name: "mknod bad type", sys: "mknodat", args: []oarg{n(-100), z("/n"), n(0o170644), n(0)}, want: `mknodat(AT_FDCWD, "/n", 0170644) = 0`},
	{name: "mknod 16 bits", sys: "mknod", args: []oarg{z("/"), n(0x2000), n(0x6d063c8c511304a1)}, want: `mknod("/", S_IFCHR|000, makedev(0x304, 0x511a1)) = 0`},
	{name: "chmod setuid", sys: "fchmodat", args: []oarg{n(-100), z("/x"), n(0o4755)}, want: `fchmodat(AT_FDCWD, "/x", 04755) = 0`},
	{name: "chmod zero", sys: "fchmodat", args: []oarg{n(-100), z("/x"), n(0)}, want: `fchmodat(AT_FDCWD, "/x", 000) = 0`},
	{name: "umask", sys: "umask", args: []oarg{n(0o22)}, inject: "retval=18", want: `umask(022) = 022`},
	{name: "umask return long", sys: "umask", args: []oarg{n(0x12345)}, inject: "retval=74565", want: `umask(021505) = 0221505`},
	{name: "at flags", sys: "unlinkat", args: []oarg{n(-100), z("/x"), n(0x200 | 0x1000)}, want: `unlinkat(AT_FDCWD, "/x", AT_REMOVEDIR|AT_EMPTY_PATH) = 0`},
	{name: "flock", sys: "flock", args: []oarg{n(-1), n(2 | 4)}, inject: "error=EBADF", want: `flock(-1, LOCK_EX|LOCK_NB) = -1 EBADF (Bad file descriptor)`},
	{name: "socket", sys: "socket", args: []oarg{n(2), n(1 | 0o2000000 | 0o4000), n(6)}, inject: "retval=5",
		want: `socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_TCP) = 5`},
	{name: "socket netlink", sys: "socket", args: []oarg{n(16), n(3), n(0)}, inject: "retval=5", want: `socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 5`},
	{name: "socket unknown flags", sys: "socket", args: []oarg{n(200), n(3 | 0x60), n(7)}, inject: "error=EINVAL",
		want: `socket(0xc8 /* AF_??? */, SOCK_RAW|0x60 /* SOCK_??? */, 7) = -1 EINVAL (Invalid argument)`},
	{name: "socket unknown type", sys: "socket", args: []oarg{n(99), n(0x4ec29949), n(7)}, inject: "error=EINVAL",
		want: `socket(0x63 /* AF_??? */, SOCK_NONBLOCK|0x4ec29149, 7) = -1 EINVAL (Invalid argument)`},
	{name: "socket nothing known", sys: "socket", args: []oarg{n(99), n(0x71000000), n(7)}, inject: "error=EINVAL",
		want: `socket(0x63 /* AF_??? */, 0x71000000 /* SOCK_??? */, 7) = -1 EINVAL (Invalid argument)`},
	{name: "getrandom NULL", sys: "getrandom", args: []oarg{n(0), n(0), n(3)}, want: `getrandom(NULL, 0, GRND_NONBLOCK|GRND_RANDOM) = 0`},
	{name: "getrandom hex", sys: "getrandom", args: []oarg{s("ab\x01\xff"), n(4), n(0)}, inject: "retval=4",
		want: `getrandom("\x61\x62\x01\xff", 4, 0) = 4`, enter: `getrandom(`},
	{name: "getrandom unknown", sys: "getrandom", args: []oarg{n(0), n(0), n(0x80)}, inject: "error=EINVAL",
		want: `getrandom(NULL, 0, 0x80 /* GRND_??? */) = -1 EINVAL (Invalid argument)`},
}

var signalCases = []lineCase{
	{name: "kill 0", sys: "kill", args: []oarg{n(0), n(0)}, want: `kill(0, 0) = 0`},
	{name: "kill numbered", sys: "kill", args: []oarg{n(-1), n(65)}, inject: "error=EINVAL", want: `kill(-1, 65) = -1 EINVAL (Invalid argument)`},
	{name: "kill rt", sys: "kill", args: []oarg{n(999999), n(37)}, inject: "error=ESRCH", want: `kill(999999, SIGRT_5) = -1 ESRCH (No such process)`},
	{name: "tgkill rtmax", sys: "tgkill", args: []oarg{n(1), n(2), n(64)}, want: `tgkill(1, 2, SIGRT_32) = 0`},
	{name: "sigmask", sys: "rt_sigprocmask", args: []oarg{n(0), b(uint64(1<<1 | 1<<36)), b(uint64(0)), n(8)},
		want: `rt_sigprocmask(SIG_BLOCK, [INT RT_5], [], 8) = 0`, enter: `rt_sigprocmask(SIG_BLOCK, [INT RT_5], `},
	{name: "sigmask inverted", sys: "rt_sigprocmask", args: []oarg{n(2), b(^uint64(1<<31 | 1<<32)), n(0), n(8)},
		want: `rt_sigprocmask(SIG_SETMASK, ~[RTMIN RT_1], NULL, 8) = 0`},
	{name: "sigmask full", sys: "rt_sigprocmask", args: []oarg{n(0), b(^uint64(0)), n(0), n(8)}, want: `rt_sigprocmask(SIG_BLOCK, ~[], NULL, 8) = 0`},
	// Two thirds of the bits set, not half, invert the mask.
	{name: "sigmask 41 bits", sys: "rt_sigprocmask", args: []oarg{n(0), b(uint64(1<<41 - 1)), n(0), n(8)},
		want: `rt_sigprocmask(SIG_BLOCK, [HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN RT_1 RT_2 RT_3 RT_4 RT_5 RT_6 RT_7 RT_8 RT_9], NULL, 8) = 0`},
	{name: "sigmask 42 bits", sys: "rt_sigprocmask", args: []oarg{n(0), b(uint64(1<<42 - 1)), n(0), n(8)},
		want: `rt_sigprocmask(SIG_BLOCK, ~[RT_11 RT_12 RT_13 RT_14 RT_15 RT_16 RT_17 RT_18 RT_19 RT_20 RT_21 RT_22 RT_23 RT_24 RT_25 RT_26 RT_27 RT_28 RT_29 RT_30 RT_31 RT_32], NULL, 8) = 0`},
	// The kernel refuses any other size: strace shows the address.
	{name: "sigmask size 4", sys: "rt_sigprocmask", args: []oarg{n(2), b(uint64(0)), n(0), n(4)}, inject: "error=EINVAL",
		want: `rt_sigprocmask(SIG_SETMASK, 0x71000000, NULL, 4) = -1 EINVAL (Invalid argument)`},
	{name: "sigmask bad how", sys: "rt_sigprocmask", args: []oarg{n(7), b(uint64(0)), n(0), n(7)}, inject: "error=EINVAL",
		want: `rt_sigprocmask(0x7 /* SIG_??? */, 0x71000000, NULL, 7) = -1 EINVAL (Invalid argument)`},
	{name: "sigmask old only", sys: "rt_sigprocmask", args: []oarg{n(2), n(0), b(uint64(1 << 14)), n(8)}, want: `rt_sigprocmask(SIG_SETMASK, NULL, [TERM], 8) = 0`},
	{name: "sigmask old failed", sys: "rt_sigprocmask", args: []oarg{n(2), n(0), b(uint64(1 << 14)), n(8)}, inject: "error=EFAULT",
		want: `rt_sigprocmask(SIG_SETMASK, NULL, 0x72000000, 8) = -1 EFAULT (Bad address)`},
	{name: "sigaction", sys: "rt_sigaction", args: []oarg{n(12), b(uint64(0x555555555349), uint64(0x4000000|0x10000000|0x40000000|4), uint64(0x7ffff7e11050), uint64(1<<14|1<<35), make([]byte, 56)), n(0), n(8)},
		want: `rt_sigaction(SIGUSR2, {sa_handler=0x555555555349, sa_mask=[TERM RT_4], sa_flags=SA_RESTORER|SA_RESTART|SA_NODEFER|SA_SIGINFO, sa_restorer=0x7ffff7e11050}, NULL, 8) = 0`},
	{name: "sigaction ign", sys: "rt_sigaction", args: []oarg{n(13), b(uint64(1), uint64(0x4000000|0x100), uint64(0x7ffff7e11050), ^uint64(1<<31|1<<32), make([]byte, 56)), n(0), n(8)},
		want: `rt_sigaction(SIGPIPE, {sa_handler=SIG_IGN, sa_mask=~[RTMIN RT_1], sa_flags=SA_RESTORER|0x100, sa_restorer=0x7ffff7e11050}, NULL, 8) = 0`},
	{name: "sigaction old", sys: "rt_sigaction", args: []oarg{n(13), b(uint64(0), uint64(0), uint64(0), uint64(0), make([]byte, 56)), b(uint64(^uint64(0)), uint64(0x100000004), uint64(0x1234), uint64(0x8000), make([]byte, 56)), n(8)},
		want:  `rt_sigaction(SIGPIPE, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, {sa_handler=SIG_ERR, sa_mask=[STKFLT], sa_flags=SA_SIGINFO|0x100000000}, 8) = 0`,
		enter: `rt_sigaction(SIGPIPE, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, `},
	// strace reads 64 bytes of mask where the kernel has 8.
	{name: "sigaction short", sys: "rt_sigaction", args: []oarg{n(10), e(uint64(2), uint64(4), uint64(0x1234), uint64(0x8000)), n(0), n(8)},
		want: `rt_sigaction(SIGUSR1, 0x710fffe0, NULL, 8) = 0`},
	{name: "sigaction sigsetsize", sys: "rt_sigaction", args: []oarg{n(10), n(0), b(uint64(2), uint64(4), uint64(0x1234), uint64(0x8000), make([]byte, 56)), n(4)},
		want: `rt_sigaction(SIGUSR1, NULL, {sa_handler=0x2, sa_mask=[STKFLT], sa_flags=SA_SIGINFO}, 4) = 0`},
	{name: "sigaction bad signal", sys: "rt_sigaction", args: []oarg{n(-1), n(0), n(0), n(8)}, want: `rt_sigaction(-1, NULL, NULL, 8) = 0`},
}

func status(v uint32) oarg { return b(v) }

var waitCases = []lineCase{
	{name: "exited", sys: "wait4", args: []oarg{n(-1), status(0x300), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 5`, enter: `wait4(-1, `},
	{name: "signaled", sys: "wait4", args: []oarg{n(-1), status(9), n(0x40000000), n(0)}, inject: "retval=5",
		want: `wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}], __WALL, NULL) = 5`},
	{name: "core", sys: "wait4", args: []oarg{n(-1), status(0x8b), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}], 0, NULL) = 5`},
	{name: "stopped", sys: "wait4", args: []oarg{n(5), status(0x137f), n(2), n(0)}, inject: "retval=5",
		want: `wait4(5, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], WSTOPPED, NULL) = 5`},
	{name: "stopped 0x80", sys: "wait4", args: []oarg{n(-1), status(0x857f), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP | 0x80}], 0, NULL) = 5`},
	{name: "continued", sys: "wait4", args: []oarg{n(5), status(0xffff), n(8), n(0)}, inject: "retval=5",
		want: `wait4(5, [{WIFCONTINUED(s)}], WCONTINUED, NULL) = 5`},
	{name: "event", sys: "wait4", args: []oarg{n(-1), status(0x3057f), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}|PTRACE_EVENT_CLONE<<16], 0, NULL) = 5`},
	{name: "unknown event", sys: "wait4", args: []oarg{n(-1), status(0x10057f), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}|0x10 /* PTRACE_EVENT_??? */<<16], 0, NULL) = 5`},
	{name: "extra bits", sys: "wait4", args: []oarg{n(-1), status(0x10b), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV}|0x100], 0, NULL) = 5`},
	{name: "no macro", sys: "wait4", args: []oarg{n(-1), status(0x1ff), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, [0x1ff], 0, NULL) = 5`},
	// Nothing reaped: nothing filled.
	{name: "wnohang", sys: "wait4", args: []oarg{n(-1), status(0), n(1), b(make([]byte, 144))}, inject: "retval=0",
		want: `wait4(-1, 0x71000000, WNOHANG, 0x73000000) = 0`},
	{name: "failed", sys: "wait4", args: []oarg{n(-1), status(0), n(1 | 0x40000000), n(0)}, inject: "error=ECHILD",
		want: `wait4(-1, 0x71000000, WNOHANG|__WALL, NULL) = -1 ECHILD (No child processes)`},
	{name: "rusage", sys: "wait4", args: []oarg{n(-1), status(0), n(0), b(int64(0), int64(75), int64(1), uint64(1<<63), make([]byte, 112))}, inject: "retval=5",
		want: `wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, {ru_utime={tv_sec=0, tv_usec=75}, ru_stime={tv_sec=1, tv_usec=9223372036854775808}, ...}) = 5`},
	{name: "rusage verbose", sys: "wait4", args: []oarg{n(-1), status(0), n(0), b(int64(0), int64(134), int64(0), int64(0), int64(316), int64(0), int64(0), int64(-1), int64(17), make([]byte, 56), int64(3), int64(0))}, inject: "retval=5", opts: verbose,
		want: `wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, {ru_utime={tv_sec=0, tv_usec=134}, ru_stime={tv_sec=0, tv_usec=0}, ru_maxrss=316, ru_ixrss=0, ru_idrss=0, ru_isrss=18446744073709551615, ru_minflt=17, ru_majflt=0, ru_nswap=0, ru_inblock=0, ru_oublock=0, ru_msgsnd=0, ru_msgrcv=0, ru_nsignals=0, ru_nvcsw=3, ru_nivcsw=0}) = 5`},
	{name: "short status", sys: "wait4", args: []oarg{n(-1), e(uint16(0)), n(0), n(0)}, inject: "retval=5",
		want: `wait4(-1, 0x710ffffe, 0, NULL) = 5`},
}

// stat builds an x86_64 struct stat.
func stat(mode uint32, size, rdev uint64, verbose bool) oarg {
	if !verbose {
		return b(uint64(0x801), uint64(5), uint64(1), mode, uint32(0), uint32(0), uint32(0), rdev, size, int64(4096), int64(8), make([]byte, 72))
	}
	return b(uint64(0xfe00), uint64(246947), uint64(13), mode, uint32(0), uint32(0xffffffff), uint32(0), rdev, size, int64(4096), int64(8),
		int64(1795328746), uint64(359321617), int64(1), uint64(0), int64(0), uint64(0), make([]byte, 24))
}

// statx builds a struct statx.
func statxBuf(mask uint32, mode uint16, size uint64) oarg {
	return b(mask, uint32(4096), uint64(0x30), uint32(1), uint32(0xffffffff), uint32(0), mode, uint16(0),
		uint64(77), size, uint64(8), uint64(0x100),
		int64(1), uint32(2), int32(0), int64(-1), uint32(999999999), int32(0), int64(0), uint32(0), int32(0), int64(1), uint32(1000000000), int32(0),
		uint32(8), uint32(1), uint32(254), uint32(0), uint64(0x1b), uint32(512), uint32(4096), make([]byte, 96))
}

func statfsBuf(typ uint64, flags uint64) oarg {
	return b(typ, int64(4096), uint64(6171023), uint64(6171023), uint64(6171023), uint64(3085511), uint64(3085510),
		uint32(0x549d8dd7), uint32(0xd446885f), int64(255), int64(4096), flags, make([]byte, 32))
}

func utsField(v string) []byte { return pad([]byte(v), 65) }

var structCases = []lineCase{
	{name: "stat regular", sys: "newfstatat", args: []oarg{n(-100), z("/etc/passwd"), stat(0o100644, 33519, 0, false), n(0)},
		want:  `newfstatat(AT_FDCWD, "/etc/passwd", {st_mode=S_IFREG|0644, st_size=33519, ...}, 0) = 0`,
		enter: `newfstatat(AT_FDCWD, "/etc/passwd", `},
	{name: "stat char device", sys: "newfstatat", args: []oarg{n(-100), z("/dev/null"), stat(0o20666, 0, 0x103, false), n(0)},
		want: `newfstatat(AT_FDCWD, "/dev/null", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, 0) = 0`},
	{name: "stat dir sticky", sys: "fstat", args: []oarg{n(3), stat(0o41777, 4096, 0, false)},
		want: `fstat(3, {st_mode=S_IFDIR|S_ISVTX|0777, st_size=4096, ...}) = 0`},
	{name: "stat bad type", sys: "fstat", args: []oarg{n(3), stat(0o170777, 10, 0, false)}, want: `fstat(3, {st_mode=0170777, st_size=10, ...}) = 0`},
	{name: "stat unsigned size", sys: "fstat", args: []oarg{n(3), stat(0o100600, ^uint64(0), 0, false)},
		want: `fstat(3, {st_mode=S_IFREG|0600, st_size=18446744073709551615, ...}) = 0`},
	{name: "stat verbose", sys: "fstat", args: []oarg{n(3), stat(0o41777, 4096, 0, true)}, opts: verbose,
		want: `fstat(3, {st_dev=makedev(0xfe, 0), st_ino=246947, st_mode=S_IFDIR|S_ISVTX|0777, st_nlink=13, st_uid=0, st_gid=4294967295, st_blksize=4096, st_blocks=8, st_size=4096, st_atime=1795328746 /* 2026-11-22T06:25:46.359321617+0000 */, st_atime_nsec=359321617, st_mtime=1 /* 1970-01-01T00:00:01+0000 */, st_mtime_nsec=0, st_ctime=0, st_ctime_nsec=0}) = 0`},
	{name: "stat big rdev", sys: "fstat", args: []oarg{n(3), stat(0o60600, 0, 0x6d063304c8c511a1, false)},
		want: `fstat(3, {st_mode=S_IFBLK|0600, st_rdev=makedev(0x6d063511, 0x304c8ca1), ...}) = 0`},
	{name: "stat failed", sys: "fstat", args: []oarg{n(3), stat(0o100644, 1, 0, false)}, inject: "error=EBADF",
		want: `fstat(3, 0x71000000) = -1 EBADF (Bad file descriptor)`},
	{name: "stat short", sys: "fstat", args: []oarg{n(3), e(make([]byte, 143))}, want: `fstat(3, 0x710fff71) = 0`},
	{name: "statx", sys: "statx", args: []oarg{n(-100), z("/"), n(0), n(0xfff), statxBuf(0xfff, 0o100644, 1234)},
		want:  `statx(AT_FDCWD, "/", AT_STATX_SYNC_AS_STAT, STATX_ALL, {stx_mask=STATX_ALL, stx_attributes=STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND, stx_mode=S_IFREG|0644, stx_size=1234, ...}) = 0`,
		enter: `statx(AT_FDCWD, "/", AT_STATX_SYNC_AS_STAT, STATX_ALL, `},
	{name: "statx flags", sys: "statx", args: []oarg{n(1), z("/"), n(0x6100 | 0x72000000), n(0x80000000), n(0)},
		want: `statx(1, "/", AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC|AT_SYMLINK_NOFOLLOW|0x72000000, 0x80000000 /* STATX_??? */, NULL) = 0`},
	{name: "statx empty mask", sys: "statx", args: []oarg{n(1), z("/"), n(0), n(0), statxBuf(0, 0o20000, 5)},
		want: `statx(1, "/", AT_STATX_SYNC_AS_STAT, 0, {stx_mask=0, stx_attributes=STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND, ...}) = 0`},
	{name: "statx verbose", sys: "statx", args: []oarg{n(1), z("/"), n(0), n(0), statxBuf(0x3fff, 0o100644, 1234)}, opts: verbose,
		want: `statx(1, "/", AT_STATX_SYNC_AS_STAT, 0, {stx_mask=STATX_ALL|STATX_MNT_ID|STATX_DIOALIGN, stx_blksize=4096, stx_attributes=STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND, stx_nlink=1, stx_uid=-1, stx_gid=0, stx_mode=S_IFREG|0644, stx_ino=77, stx_size=1234, stx_blocks=8, stx_attributes_mask=0x100 /* STATX_ATTR_??? */, stx_atime={tv_sec=1, tv_nsec=2} /* 1970-01-01T00:00:01.000000002+0000 */, stx_btime={tv_sec=-1, tv_nsec=999999999} /* 1969-12-31T23:59:59.999999999+0000 */, stx_ctime={tv_sec=0, tv_nsec=0}, stx_mtime={tv_sec=1, tv_nsec=1000000000}, stx_rdev_major=8, stx_rdev_minor=1, stx_dev_major=254, stx_dev_minor=0, stx_mnt_id=0x1b, stx_dio_mem_align=512, stx_dio_offset_align=4096}) = 0`},
	{name: "statx verbose part", sys: "statx", args: []oarg{n(1), z("/"), n(0), n(0), statxBuf(0x801, 0o100644, 1234)}, opts: verbose,
		want: `statx(1, "/", AT_STATX_SYNC_AS_STAT, 0, {stx_mask=STATX_TYPE|STATX_BTIME, stx_blksize=4096, stx_attributes=STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND, stx_mode=S_IFREG|0644, stx_attributes_mask=0x100 /* STATX_ATTR_??? */, stx_btime={tv_sec=-1, tv_nsec=999999999} /* 1969-12-31T23:59:59.999999999+0000 */, stx_rdev_major=8, stx_rdev_minor=1, stx_dev_major=254, stx_dev_minor=0}) = 0`},
	{name: "statfs", sys: "statfs", args: []oarg{z("/dev/shm"), statfsBuf(0x01021994, 0x1020)},
		want: `statfs("/dev/shm", {f_type=TMPFS_MAGIC, f_bsize=4096, f_blocks=6171023, f_bfree=6171023, f_bavail=6171023, f_files=3085511, f_ffree=3085510, f_fsid={val=[0x549d8dd7, 0xd446885f]}, f_namelen=255, f_frsize=4096, f_flags=ST_VALID|ST_RELATIME}) = 0`},
	// f_flags only when ST_VALID says they are; an unknown f_type has
	// no comment; -s limits f_fsid.
	{name: "statfs no flags", sys: "fstatfs", args: []oarg{n(3), statfsBuf(0x12345, 0x1000)}, opts: sOpt(1),
		want: `fstatfs(3, {f_type=0x12345, f_bsize=4096, f_blocks=6171023, f_bfree=6171023, f_bavail=6171023, f_files=3085511, f_ffree=3085510, f_fsid={val=[0x549d8dd7, ...]}, f_namelen=255, f_frsize=4096}) = 0`},
	{name: "uname", sys: "uname", args: []oarg{b(utsField("Linux"), utsField("vm"), utsField("6.1.0"), utsField("#1 SMP"), utsField("x86_64"), utsField("(none)"))},
		want: `uname({sysname="Linux", nodename="vm", ...}) = 0`},
	// Fields are not cut by -s; one with no NUL shows 64 bytes and "...".
	{name: "uname verbose", sys: "uname", args: []oarg{b(utsField("Linux"), strings.Repeat("x", 65), utsField("r\n\x01"), utsField("v"), utsField("m"), strings.Repeat("d", 65))}, opts: &Options{StringLimit: 3, Verbose: true},
		want: `uname({sysname="Linux", nodename="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"..., release="r\n\1", version="v", machine="m", domainname="dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"...}) = 0`},
	{name: "uname NULL", sys: "uname", args: []oarg{n(0)}, inject: "error=EFAULT", want: `uname(NULL) = -1 EFAULT (Bad address)`},
	{name: "rlimit", sys: "prlimit64", args: []oarg{n(0), n(3), b(uint64(8192*1024), ^uint64(0)), b(uint64(8192*1024), ^uint64(0))},
		want:  `prlimit64(0, RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0`,
		enter: `prlimit64(0, RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}, `},
	{name: "rlimit plain", sys: "prlimit64", args: []oarg{n(0), n(99), b(uint64(1024), uint64(1025)), n(0)}, inject: "error=EINVAL",
		want: `prlimit64(0, 0x63 /* RLIMIT_??? */, {rlim_cur=1024, rlim_max=1025}, NULL) = -1 EINVAL (Invalid argument)`},
	{name: "rlimit big", sys: "prlimit64", args: []oarg{n(0), n(0), b(uint64(1<<63-1), ^uint64(1)), n(0)},
		want: `prlimit64(0, RLIMIT_CPU, {rlim_cur=9223372036854775807, rlim_max=18446744073709551614}, NULL) = 0`},
	{name: "getrlimit", sys: "getrlimit", args: []oarg{n(4), b(uint64(0), ^uint64(0))}, want: `getrlimit(RLIMIT_CORE, {rlim_cur=0, rlim_max=RLIM64_INFINITY}) = 0`},
	{name: "pipe", sys: "pipe2", args: []oarg{b(int32(3), int32(4)), n(0o2000000)}, want: `pipe2([3, 4], O_CLOEXEC) = 0`},
	{name: "pipe s1", sys: "pipe2", args: []oarg{b(int32(3), int32(4)), n(0)}, opts: sOpt(1), want: `pipe2([3, ...], 0) = 0`},
	{name: "pipe short", sys: "pipe2", args: []oarg{e(int32(3)), n(0)}, want: `pipe2([3, ... /* 0x70100000 */], 0) = 0`},
	{name: "pipe short s1", sys: "pipe2", args: []oarg{e(int32(3)), n(0)}, opts: sOpt(1), want: `pipe2([3, ... /* 0x70100000 */], 0) = 0`},
	{name: "pipe unreadable s0", sys: "pipe2", args: []oarg{n(8), n(0)}, opts: sOpt(0), want: `pipe2(0x8, 0) = 0`},
	{name: "pipe failed", sys: "pipe2", args: []oarg{b(int32(3), int32(4)), n(0)}, inject: "error=EMFILE", want: `pipe2(0x70000000, 0) = -1 EMFILE (Too many open files)`},
	{name: "timespec", sys: "nanosleep", args: []oarg{b(int64(1), int64(-5)), n(0)}, want: `nanosleep({tv_sec=1, tv_nsec=18446744073709551611}, NULL) = 0`, enter: `nanosleep({tv_sec=1, tv_nsec=18446744073709551611}, `},
	{name: "timespec short", sys: "nanosleep", args: []oarg{e(int64(1)), n(0)}, want: `nanosleep(0x700ffff8, NULL) = 0`},
	{name: "nanosleep interrupted", sys: "nanosleep", args: []oarg{b(int64(5), int64(1000)), b(int64(4), int64(980096659))}, inject: "error=ERESTART_RESTARTBLOCK",
		want: `nanosleep({tv_sec=5, tv_nsec=1000}, {tv_sec=4, tv_nsec=980096659}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)`},
	{name: "clock_nanosleep", sys: "clock_nanosleep", args: []oarg{n(1), n(1), b(int64(0), int64(1000)), n(0)},
		want: `clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, {tv_sec=0, tv_nsec=1000}, NULL) = 0`},
	{name: "clock_nanosleep unknown", sys: "clock_nanosleep", args: []oarg{n(99), n(0), b(int64(0), int64(1000)), n(0x10)}, inject: "error=EINVAL",
		want: `clock_nanosleep(0x63 /* CLOCK_??? */, 0, {tv_sec=0, tv_nsec=1000}, 0x10) = -1 EINVAL (Invalid argument)`},
	{name: "gettimeofday", sys: "gettimeofday", args: []oarg{b(int64(-1), int64(-1)), b(int32(-60), int32(-1))},
		want: `gettimeofday({tv_sec=-1, tv_usec=18446744073709551615}, {tz_minuteswest=-60, tz_dsttime=-1}) = 0`},
	{name: "utimes", sys: "utimes", args: []oarg{z("/"), b(int64(1), int64(0), int64(0), int64(1))},
		want: `utimes("/", [{tv_sec=1, tv_usec=0} /* 1970-01-01T00:00:01+0000 */, {tv_sec=0, tv_usec=1} /* 1970-01-01T00:00:00.000001+0000 */]) = 0`},
	{name: "utimes bad usec", sys: "utimes", args: []oarg{z("/"), b(int64(0), int64(0), int64(1), int64(1000000))},
		want: `utimes("/", [{tv_sec=0, tv_usec=0}, {tv_sec=1, tv_usec=1000000}]) = 0`},
	{name: "utimensat now omit", sys: "utimensat", args: []oarg{n(1), z("/"), b(int64(1), int64(1<<30-1), int64(0), int64(1<<30-2)), n(0)},
		want: `utimensat(1, "/", [UTIME_NOW, UTIME_OMIT], 0) = 0`},
	{name: "utimensat s1", sys: "utimensat", args: []oarg{n(1), z("/"), b(int64(1), int64(5), int64(1), int64(2)), n(0x100)}, opts: sOpt(1),
		want: `utimensat(1, "/", [{tv_sec=1, tv_nsec=5} /* 1970-01-01T00:00:01.000000005+0000 */, ...], AT_SYMLINK_NOFOLLOW) = 0`},
	{name: "utimensat years", sys: "utimensat", args: []oarg{n(1), z("/"), b(int64(253402300800), int64(0), int64(-62167219201), int64(5)), n(0)},
		want: `utimensat(1, "/", [{tv_sec=253402300800, tv_nsec=0} /* 10000-01-01T00:00:00+0000 */, {tv_sec=-62167219201, tv_nsec=5} /* -1-12-31T23:59:59.000000005+0000 */], 0) = 0`},
	{name: "utimensat beyond localtime", sys: "utimensat", args: []oarg{n(1), z("/"), b(int64(67767976233532799), int64(999999999), int64(-67768040609740800), int64(0)), n(0)},
		want: `utimensat(1, "/", [{tv_sec=67767976233532799, tv_nsec=999999999} /* 2147483647-12-31T23:59:59.999999999+0000 */, {tv_sec=-67768040609740800, tv_nsec=0} /* -2147481748-01-01T00:00:00+0000 */], 0) = 0`},
	{name: "utimensat beyond localtime 2", sys: "utimensat", args: []oarg{n(1), z("/"), b(int64(67767976233532800), int64(0), int64(-67768040609740801), int64(0)), n(0)},
		want: `utimensat(1, "/", [{tv_sec=67767976233532800, tv_nsec=0} /* -2147483648-01-01T00:00:00+0000 */, {tv_sec=-67768040609740801, tv_nsec=0}], 0) = 0`},
	{name: "utimensat short", sys: "utimensat", args: []oarg{n(1), z("/"), e(int64(1), int64(2), int64(3)), n(0)},
		want: `utimensat(1, "/", 0x720fffe8, 0) = 0`},
	{name: "sysinfo", sys: "sysinfo", args: []oarg{b(int64(-1), uint64(1), uint64(2), uint64(3), uint64(4), uint64(5), uint64(6), uint64(7), uint64(8), uint64(9), uint16(10), uint16(0), uint32(0), uint64(11), uint64(12), uint32(1), make([]byte, 4))}, opts: sOpt(1),
		want: `sysinfo({uptime=18446744073709551615, loads=[1, ...], totalram=4, freeram=5, sharedram=6, bufferram=7, totalswap=8, freeswap=9, procs=10, totalhigh=11, freehigh=12, mem_unit=1}) = 0`},
	{name: "sigaltstack", sys: "sigaltstack", args: []oarg{b(uint64(0x1000), int32(7), int32(0), uint64(8)), b(uint64(0), int32(2), int32(0), uint64(8192))},
		want: `sigaltstack({ss_sp=0x1000, ss_flags=SS_ONSTACK|SS_DISABLE|0x4, ss_size=8}, {ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=8192}) = 0`},
	{name: "getgroups", sys: "getgroups", args: []oarg{n(4), b(uint32(0), uint32(4), uint32(0xffffffff), uint32(27))}, inject: "retval=4",
		want: `getgroups(4, [0, 4, -1, 27]) = 4`},
	{name: "getgroups s1", sys: "getgroups", args: []oarg{n(4), b(uint32(0), uint32(4), uint32(0xffffffff), uint32(27))}, inject: "retval=3", opts: sOpt(1),
		want: `getgroups(4, [0, ...]) = 3`},
	{name: "getgroups short", sys: "getgroups", args: []oarg{n(4), e(uint32(0), uint32(4), uint32(0xffffffff), uint32(27))}, inject: "retval=6",
		want: `getgroups(4, [0, 4, -1, 27, ... /* 0x71100000 */]) = 6`},
	{name: "getgroups none", sys: "getgroups", args: []oarg{n(0), b(uint32(0))}, inject: "retval=0", want: `getgroups(0, []) = 0`},
	{name: "getgroups NULL", sys: "getgroups", args: []oarg{n(0), n(0)}, inject: "retval=0", want: `getgroups(0, NULL) = 0`},
	{name: "setgroups too many", sys: "setgroups", args: []oarg{n(70000), b(uint32(0))}, want: `setgroups(70000, 0x71000000) = 0`},
	{name: "setgroups int size", sys: "setgroups", args: []oarg{n(0x100000002), b(uint32(0), uint32(4))}, want: `setgroups(2, [0, 4]) = 0`},
	{name: "affinity", sys: "sched_getaffinity", args: []oarg{n(0), n(128), b(uint64(0x3))}, inject: "retval=8", want: `sched_getaffinity(0, 128, [0 1]) = 8`},
	{name: "affinity empty", sys: "sched_getaffinity", args: []oarg{n(-1), n(8), b(uint64(0x3))}, inject: "retval=0", want: `sched_getaffinity(-1, 8, []) = 0`},
	{name: "affinity long", sys: "sched_setaffinity", args: []oarg{n(0), n(200), b(uint64(1), make([]byte, 112), uint64(1<<63), make([]byte, 72))},
		want: `sched_setaffinity(0, 200, [0 1023 ...]) = 0`},
	{name: "getdents", sys: "getdents64", args: []oarg{n(3), b(uint64(1), int64(2), uint16(24), uint8(4), "abcd\x00", uint64(3), int64(4), uint16(24), uint8(8), "xy\x00\x00\x00"), n(100)}, inject: "retval=48",
		want: `getdents64(3, 0x71000000 /* 2 entries */, 100) = 48`, enter: `getdents64(3, `},
	{name: "getdents verbose", sys: "getdents64", args: []oarg{n(3), b(uint64(1), int64(2), uint16(24), uint8(4), "abcd\x00", uint64(3), int64(4), uint16(24), uint8(8), "xy\x00\x00\x00"), n(100)}, inject: "retval=48", opts: verbose,
		want: `getdents64(3, [{d_ino=1, d_off=2, d_reclen=24, d_type=DT_DIR, d_name="abcd"}, {d_ino=3, d_off=4, d_reclen=24, d_type=DT_REG, d_name="xy"}], 100) = 48`},
	{name: "getdents partial", sys: "getdents64", args: []oarg{n(3), b(uint64(1), int64(2), uint16(24), uint8(4), "abcd\x00"), n(100)}, inject: "retval=40",
		want: `getdents64(3, 0x71000000 /* 1+ entries */, 100) = 40`},
	{name: "getdents overflow", sys: "getdents64", args: []oarg{n(3), b(uint64(1), int64(2), uint16(24), uint8(4), "abcd\x00"), n(100)}, inject: "retval=19",
		want: `getdents64(3, 0x71000000 /* d_reclen 5 bytes overflow */ /* 1 entries */, 100) = 19`},
	{name: "getdents underflow", sys: "getdents64", args: []oarg{n(3), b(uint64(1), int64(2), uint16(0), uint8(4), "abcd\x00"), n(100)}, inject: "retval=24",
		want: `getdents64(3, 0x71000000 /* d_reclen 19 bytes underflow */ /* 1+ entries */, 100) = 24`},
	{name: "getdents empty", sys: "getdents64", args: []oarg{n(3), n(0), n(100)}, inject: "retval=0", want: `getdents64(3, NULL /* 0 entries */, 100) = 0`},
	{name: "getdents too long", sys: "getdents64", args: []oarg{n(3), b(uint64(0)), n(3)}, inject: "retval=13", want: `getdents64(3, 0x71000000, 3) = 13`},
	{name: "readv", sys: "readv", args: []oarg{n(3), b(uint64(0x73000000), uint64(3), uint64(0x73000000), uint64(5)), n(2), s("abcdefgh")}, inject: "retval=4",
		want: `readv(3, [{iov_base="abc", iov_len=3}, {iov_base="a", iov_len=5}], 2) = 4`, enter: `readv(3, `},
	{name: "readv failed", sys: "readv", args: []oarg{n(3), b(uint64(0x73000000), uint64(3), uint64(0x73000000), uint64(5)), n(2)}, inject: "error=EIO",
		want: `readv(3, [{iov_base=0x73000000, iov_len=3}, {iov_base=0x73000000, iov_len=5}], 2) = -1 EIO (Input/output error)`},
	{name: "writev", sys: "writev", args: []oarg{n(1), b(uint64(0x73000000), uint64(3), uint64(0x1000), uint64(1<<62), uint64(0x73000000), uint64(2)), n(3), s("abc")},
		want: `writev(1, [{iov_base="abc", iov_len=3}, {iov_base=0x1000, iov_len=4611686018427387904}, {iov_base="ab", iov_len=2}], 3) = 0`},
	{name: "writev s0", sys: "writev", args: []oarg{n(1), b(uint64(0x73000000), uint64(3)), n(1), s("abc")}, opts: sOpt(0),
		want: `writev(1, [...], 1) = 0`},
	{name: "writev none", sys: "writev", args: []oarg{n(1), n(8), n(0)}, want: `writev(1, [], 0) = 0`},
	{name: "writev wraps", sys: "writev", args: []oarg{n(1), n(8), n(1 << 60)}, want: `writev(1, 0x8, 1152921504606846976) = 0`},
	{name: "writev short", sys: "writev", args: []oarg{n(1), e(uint64(0x73000000), uint64(3)), n(2), s("abc")},
		want: `writev(1, [{iov_base="abc", iov_len=3}, ... /* 0x71100000 */], 2) = 0`},
	{name: "sendfile", sys: "sendfile", args: []oarg{n(1), n(3), b(uint64(1 << 63)), n(4)}, inject: "error=EIO",
		want: `sendfile(1, 3, [9223372036854775808], 4) = -1 EIO (Input/output error)`},
	{name: "sendfile NULL", sys: "sendfile", args: []oarg{n(1), n(3), n(0), n(4)}, inject: "retval=4",
		want: `sendfile(1, 3, NULL, 4) = 4`},
}

func sun(path string, size int) oarg { return b(uint16(1), pad([]byte(path), size)) }

func sin(port uint16, ip [4]byte) []byte {
	return le(uint16(2), byte(port>>8), byte(port), ip[:], make([]byte, 8))
}

func sin6(port uint16, flow uint32, ip [16]byte, scope uint32) []byte {
	return le(uint16(10), byte(port>>8), byte(port), byte(flow>>24), byte(flow>>16), byte(flow>>8), byte(flow), ip[:], scope)
}

var (
	loopback6 = [16]byte{15: 1}
	linkLocal = [16]byte{0: 0xfe, 1: 0x80, 15: 1}
	mapped4   = [16]byte{10: 0xff, 11: 0xff, 12: 1, 13: 2, 14: 3, 15: 4}
)

var sockaddrCases = []lineCase{
	{name: "unix", sys: "connect", args: []oarg{n(3), sun("/tmp/sock", 108), n(110)},
		want: `connect(3, {sa_family=AF_UNIX, sun_path="/tmp/sock"}, 110) = 0`},
	{name: "unix short", sys: "connect", args: []oarg{n(3), sun("/tmp/sock", 108), n(3)}, want: `connect(3, {sa_family=AF_UNIX, sun_path="/"}, 3) = 0`},
	{name: "unix family only", sys: "connect", args: []oarg{n(3), sun("/tmp/sock", 108), n(2)}, want: `connect(3, {sa_family=AF_UNIX}, 2) = 0`},
	{name: "unix too short", sys: "connect", args: []oarg{n(3), sun("/tmp/sock", 108), n(1)}, want: `connect(3, 0x71000000, 1) = 0`},
	{name: "negative length", sys: "connect", args: []oarg{n(3), sun("/tmp/sock", 108), n(-1)}, want: `connect(3, 0x71000000, -1) = 0`},
	{name: "unix long length", sys: "connect", args: []oarg{n(3), sun("/tmp/sock", 108), n(1000)}, want: `connect(3, {sa_family=AF_UNIX, sun_path="/tmp/sock"}, 1000) = 0`},
	{name: "unix unreadable", sys: "connect", args: []oarg{n(3), e(uint16(1), "/tmp/x"), n(110)}, want: `connect(3, 0x710ffff8, 110) = 0`},
	{name: "abstract", sys: "connect", args: []oarg{n(3), sun("\x00gotrace\x00x", 108), n(12)}, want: `connect(3, {sa_family=AF_UNIX, sun_path=@"gotrace\0x"}, 12) = 0`},
	{name: "abstract s2", sys: "connect", args: []oarg{n(3), sun("\x00abcdef", 108), n(9)}, opts: sOpt(2), want: `connect(3, {sa_family=AF_UNIX, sun_path=@"abcdef"}, 9) = 0`},
	{name: "unix full path", sys: "connect", args: []oarg{n(3), b(uint16(1), strings.Repeat("a", 108), "bcd"), n(113)},
		want: `connect(3, {sa_family=AF_UNIX, sun_path="` + strings.Repeat("a", 108) + `"}, 113) = 0`},
	{name: "unix x", sys: "connect", args: []oarg{n(3), sun("a\x01b", 108), n(6)}, opts: hexNon, want: `connect(3, {sa_family=AF_UNIX, sun_path="\x61\x01\x62"}, 6) = 0`},
	{name: "inet", sys: "connect", args: []oarg{n(3), obytes(sin(80, [4]byte{1, 2, 3, 4})), n(16)},
		want: `connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("1.2.3.4")}, 16) = 0`},
	{name: "inet short", sys: "connect", args: []oarg{n(3), obytes(sin(80, [4]byte{1, 2, 3, 4})), n(7)},
		want: `connect(3, {sa_family=AF_INET, sa_data="\0P\1\2\3"}, 7) = 0`},
	{name: "inet family only", sys: "sendto", args: []oarg{n(1), n(0), n(0), n(0), b(uint16(2)), n(2)}, want: `sendto(1, NULL, 0, 0, {sa_family=AF_INET}, 2) = 0`},
	{name: "inet6", sys: "connect", args: []oarg{n(3), obytes(sin6(1, 5, loopback6, 0)), n(28)},
		want: `connect(3, {sa_family=AF_INET6, sin6_port=htons(1), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0`},
	{name: "inet6 no scope", sys: "connect", args: []oarg{n(3), obytes(sin6(80, 7, mapped4, 1)), n(24)},
		want: `connect(3, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(7), inet_pton(AF_INET6, "::ffff:1.2.3.4", &sin6_addr)}, 24) = 0`},
	{name: "inet6 scope", sys: "connect", args: []oarg{n(3), obytes(sin6(80, 7, loopback6, 1)), n(28)},
		want: `connect(3, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(7), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=1}, 28) = 0`},
	{name: "inet6 short", sys: "connect", args: []oarg{n(3), obytes(sin6(80, 7, linkLocal, 1)), n(10)},
		want: `connect(3, {sa_family=AF_INET6, sa_data="\0P\0\0\0\7\376\200"}, 10) = 0`},
	{name: "netlink", sys: "bind", args: []oarg{n(3), b(uint16(16), uint16(0), uint32(0), uint32(0x11)), n(12)},
		want: `bind(3, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=0x000011}, 12) = 0`},
	{name: "netlink zero groups", sys: "bind", args: []oarg{n(3), b(uint16(16), uint16(0), uint32(5), uint32(0)), n(12)},
		want: `bind(3, {sa_family=AF_NETLINK, nl_pid=5, nl_groups=00000000}, 12) = 0`},
	{name: "netlink wide groups", sys: "bind", args: []oarg{n(3), b(uint16(16), uint16(0), uint32(5), uint32(0xabcdef12)), n(12)},
		want: `bind(3, {sa_family=AF_NETLINK, nl_pid=5, nl_groups=0xabcdef12}, 12) = 0`},
	{name: "unknown family", sys: "connect", args: []oarg{n(3), b(uint16(77), "ab\x00\x01\x02\x03", make([]byte, 8)), n(16)},
		want: `connect(3, {sa_family=0x4d /* AF_??? */, sa_data="ab\0\1\2\3\0\0\0\0\0\0\0\0"}, 16) = 0`},
	{name: "unspec", sys: "connect", args: []oarg{n(3), b(uint16(0), "abc"), n(5)}, want: `connect(3, {sa_family=AF_UNSPEC, sa_data="abc"}, 5) = 0`},
	{name: "sendto", sys: "sendto", args: []oarg{n(3), s("hi"), n(2), n(0x40 | 0x4000), obytes(sin(1, [4]byte{127, 0, 0, 1})), n(16)}, inject: "retval=2",
		want: `sendto(3, "hi", 2, MSG_DONTWAIT|MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr("127.0.0.1")}, 16) = 2`},
	{name: "getsockname", sys: "getsockname", args: []oarg{n(3), b(uint16(16), uint16(0), uint32(2096), uint32(0x11)), b(uint32(12))},
		want:  `getsockname(3, {sa_family=AF_NETLINK, nl_pid=2096, nl_groups=0x000011}, [12]) = 0`,
		enter: `getsockname(3, `},
	{name: "getsockname failed", sys: "getsockname", args: []oarg{n(3), b(uint16(2)), b(uint32(16))}, inject: "error=EBADF",
		want: `getsockname(3, 0x71000000, [16]) = -1 EBADF (Bad file descriptor)`},
	{name: "getsockname no length", sys: "getsockname", args: []oarg{n(3), b(uint16(2)), n(0)}, inject: "error=EFAULT",
		want:  `getsockname(3, 0x71000000, NULL) = -1 EFAULT (Bad address)`,
		enter: `getsockname(3, 0x71000000, NULL`},
}

var memoryCases = []lineCase{
	{name: "mmap", sys: "mmap", args: []oarg{n(0), n(8192), n(3), n(0x2 | 0x20 | 0x8000 | 0x20000), n(-1), n(0)}, inject: "retval=140737353867264",
		want: `mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE|MAP_STACK, -1, 0) = 0x7ffff7fbe000`},
	{name: "mmap huge", sys: "mmap", args: []oarg{n(0), n(4096), n(3), n(0x2 | 0x20 | 0x40000 | 21<<26), n(-1), n(0)}, inject: "error=ENOMEM",
		want: `mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT, -1, 0) = -1 ENOMEM (Cannot allocate memory)`},
	{name: "mmap huge bits alone", sys: "mmap", args: []oarg{n(0), n(4096), n(0), n(0x3 | 0x20 | 0x8000000), n(-1), n(0)}, inject: "error=EINVAL",
		want: `mmap(NULL, 4096, PROT_NONE, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|2<<MAP_HUGE_SHIFT, -1, 0) = -1 EINVAL (Invalid argument)`},
	{name: "mmap unknown type", sys: "mmap", args: []oarg{n(0), n(4096), n(1), n(0xf), n(3), n(0x1000)}, inject: "error=EBADF",
		want: `mmap(NULL, 4096, PROT_READ, 0xf /* MAP_??? */, 3, 0x1000) = -1 EBADF (Bad file descriptor)`},
	{name: "mmap fixed", sys: "mmap", args: []oarg{n(0x10000), n(4096), n(1), n(0x2 | 0x20 | 0x100000 | 0x4000), n(-1), n(0)}, inject: "retval=65536",
		want: `mmap(0x10000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_FIXED_NOREPLACE, -1, 0) = 0x10000`},
	{name: "brk", sys: "brk", args: []oarg{n(0)}, inject: "retval=93824992260096", want: `brk(NULL) = 0x55555555b000`},
	{name: "clone fork", sys: "clone", args: []oarg{n(0x1200000 | 17), n(0), n(0), n(0x7ffff7dd2a10), n(0)}, inject: "retval=5",
		want:  `clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7ffff7dd2a10) = 5`,
		enter: `clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD`},
	{name: "clone flags", sys: "clone", args: []oarg{n(0x10000000 | 0x200), n(0), n(0), n(0), n(0)}, inject: "error=EINVAL",
		want: `clone(child_stack=NULL, flags=CLONE_FS|CLONE_NEWUSER) = -1 EINVAL (Invalid argument)`},
	{name: "clone unknown", sys: "clone", args: []oarg{n(0x100000000 | 17), n(0), n(0), n(0), n(0)}, inject: "error=EINVAL",
		want: `clone(child_stack=NULL, flags=0x100000000 /* CLONE_??? */|SIGCHLD) = -1 EINVAL (Invalid argument)`},
	{name: "clone vfork", sys: "clone", args: []oarg{n(0x100000000 | 0x4000 | 10), n(0), n(0), n(0), n(0)}, inject: "error=EINVAL",
		want: `clone(child_stack=NULL, flags=CLONE_VFORK|0x100000000|SIGUSR1) = -1 EINVAL (Invalid argument)`},
	{name: "clone signal only", sys: "clone", args: []oarg{n(65), n(0), n(0), n(0), n(0)}, inject: "error=EINVAL",
		want: `clone(child_stack=NULL, flags=65) = -1 EINVAL (Invalid argument)`},
	{name: "clone zero", sys: "clone", args: []oarg{n(0), n(0), n(0), n(0), n(0)}, inject: "error=EINVAL",
		want: `clone(child_stack=NULL, flags=0) = -1 EINVAL (Invalid argument)`},
	{name: "clone tls", sys: "clone", args: []oarg{n(0x80000 | 0x100000 | 0x800), n(0x1000), b(int32(7)), n(0x3000), n(0x4000)}, inject: "retval=7",
		want: `clone(child_stack=0x1000, flags=CLONE_SIGHAND|CLONE_SETTLS|CLONE_PARENT_SETTID, parent_tid=[7], tls=0x4000) = 7`},
	{name: "clone pidfd failed", sys: "clone", args: []oarg{n(0x1000), n(0), b(int32(7)), n(0), n(0)}, inject: "error=EINVAL",
		want: `clone(child_stack=NULL, flags=CLONE_PIDFD, parent_tid=0x72000000) = -1 EINVAL (Invalid argument)`},
	{name: "arch_prctl", sys: "arch_prctl", args: []oarg{n(0x1002), n(0x7ffff7dd2740)}, want: `arch_prctl(ARCH_SET_FS, 0x7ffff7dd2740) = 0`},
	{name: "arch_prctl get", sys: "arch_prctl", args: []oarg{n(0x1003), b(uint64(1))}, want: `arch_prctl(ARCH_GET_FS, [0x1]) = 0`, enter: `arch_prctl(ARCH_GET_FS, `},
	{name: "arch_prctl cpuid", sys: "arch_prctl", args: []oarg{n(0x1012), n(0x20000)}, want: `arch_prctl(ARCH_SET_CPUID, 0x20000) = 0`},
	{name: "arch_prctl unknown", sys: "arch_prctl", args: []oarg{n(0x9999), n(0)}, want: `arch_prctl(0x9999 /* ARCH_??? */, 0) = 0`},
}

func flockBuf(typ, whence int16, start, length int64, pid int32) oarg {
	return b(typ, whence, uint32(0), start, length, pid, uint32(0))
}

var fcntlCases = []lineCase{
	{name: "getfd", sys: "fcntl", args: []oarg{n(3), n(1)}, inject: "retval=1", want: `fcntl(3, F_GETFD) = 0x1 (flags FD_CLOEXEC)`, enter: `fcntl(3, F_GETFD`},
	{name: "getfd zero", sys: "fcntl", args: []oarg{n(3), n(1)}, inject: "retval=0", want: `fcntl(3, F_GETFD) = 0`},
	{name: "getfd unknown", sys: "fcntl", args: []oarg{n(3), n(1)}, inject: "retval=2", want: `fcntl(3, F_GETFD) = 0x2 (flags 0x2)`},
	{name: "getfd mixed", sys: "fcntl", args: []oarg{n(3), n(1)}, inject: "retval=3", want: `fcntl(3, F_GETFD) = 0x3 (flags FD_CLOEXEC|0x2)`},
	{name: "setfd", sys: "fcntl", args: []oarg{n(3), n(2), n(0x100000001)}, want: `fcntl(3, F_SETFD, FD_CLOEXEC) = 0`},
	{name: "getfl", sys: "fcntl", args: []oarg{n(3), n(3)}, inject: "retval=98304", want: `fcntl(3, F_GETFL) = 0x18000 (flags O_RDONLY|O_LARGEFILE|O_DIRECTORY)`},
	{name: "getfl zero", sys: "fcntl", args: []oarg{n(3), n(3)}, inject: "retval=0", want: `fcntl(3, F_GETFL) = 0 (flags O_RDONLY)`},
	{name: "getfl failed", sys: "fcntl", args: []oarg{n(-1), n(3)}, inject: "error=EBADF", want: `fcntl(-1, F_GETFL) = -1 EBADF (Bad file descriptor)`},
	{name: "setfl", sys: "fcntl", args: []oarg{n(3), n(4), n(0o2000 | 0o4000)}, want: `fcntl(3, F_SETFL, O_RDONLY|O_APPEND|O_NONBLOCK) = 0`},
	{name: "dupfd", sys: "fcntl", args: []oarg{n(3), n(0), n(10)}, inject: "retval=11", want: `fcntl(3, F_DUPFD, 10) = 11`},
	{name: "dupfd long", sys: "fcntl", args: []oarg{n(3), n(1030), n(0x100000801)}, inject: "retval=5", want: `fcntl(3, F_DUPFD_CLOEXEC, 4294969345) = 5`},
	{name: "setown", sys: "fcntl", args: []oarg{n(3), n(8), n(0x100000001)}, want: `fcntl(3, F_SETOWN, 1) = 0`},
	{name: "getown", sys: "fcntl", args: []oarg{n(3), n(9)}, inject: "retval=-5", want: `fcntl(3, F_GETOWN) = -5`},
	{name: "setsig", sys: "fcntl", args: []oarg{n(3), n(10), n(10)}, want: `fcntl(3, F_SETSIG, SIGUSR1) = 0`},
	{name: "getsig", sys: "fcntl", args: []oarg{n(3), n(11)}, inject: "retval=10", want: `fcntl(3, F_GETSIG) = 10 (SIGUSR1)`},
	{name: "getsig zero", sys: "fcntl", args: []oarg{n(3), n(11)}, inject: "retval=0", want: `fcntl(3, F_GETSIG) = 0`},
	{name: "getsig unknown", sys: "fcntl", args: []oarg{n(3), n(11)}, inject: "retval=99", want: `fcntl(3, F_GETSIG) = 99`},
	{name: "setown_ex", sys: "fcntl", args: []oarg{n(3), n(15), b(int32(2), int32(5))}, want: `fcntl(3, F_SETOWN_EX, {type=F_OWNER_PGRP, pid=5}) = 0`},
	{name: "getown_ex", sys: "fcntl", args: []oarg{n(3), n(16), b(int32(9), int32(5))}, want: `fcntl(3, F_GETOWN_EX, {type=0x9 /* F_OWNER_??? */, pid=5}) = 0`},
	{name: "getown_ex failed", sys: "fcntl", args: []oarg{n(3), n(16), b(int32(1), int32(5))}, inject: "error=EBADF",
		want: `fcntl(3, F_GETOWN_EX, 0x72000000) = -1 EBADF (Bad file descriptor)`},
	{name: "notify", sys: "fcntl", args: []oarg{n(3), n(1026), n(0x80000003)}, want: `fcntl(3, F_NOTIFY, DN_ACCESS|DN_MODIFY|DN_MULTISHOT) = 0`},
	{name: "setlease", sys: "fcntl", args: []oarg{n(3), n(1024), n(1)}, want: `fcntl(3, F_SETLEASE, F_WRLCK) = 0`},
	{name: "setlease unknown", sys: "fcntl", args: []oarg{n(3), n(1024), n(7)}, want: `fcntl(3, F_SETLEASE, 0x7 /* F_??? */) = 0`},
	{name: "getlease", sys: "fcntl", args: []oarg{n(3), n(1025)}, inject: "retval=2", want: `fcntl(3, F_GETLEASE) = 0x2 (F_UNLCK)`},
	{name: "getlease unknown", sys: "fcntl", args: []oarg{n(3), n(1025)}, inject: "retval=9", want: `fcntl(3, F_GETLEASE) = 0x9`},
	{name: "pipe size", sys: "fcntl", args: []oarg{n(3), n(1031), n(8192)}, inject: "retval=8192", want: `fcntl(3, F_SETPIPE_SZ, 8192) = 8192`},
	{name: "seals", sys: "fcntl", args: []oarg{n(6), n(1033), n(0x6)}, want: `fcntl(6, F_ADD_SEALS, F_SEAL_SHRINK|F_SEAL_GROW) = 0`},
	{name: "get seals", sys: "fcntl", args: []oarg{n(6), n(1034)}, inject: "retval=6", want: `fcntl(6, F_GET_SEALS) = 0x6 (seals F_SEAL_SHRINK|F_SEAL_GROW)`},
	{name: "get seals unknown", sys: "fcntl", args: []oarg{n(6), n(1034)}, inject: "retval=65536", want: `fcntl(6, F_GET_SEALS) = 0x10000 (seals 0x10000)`},
	{name: "setlk", sys: "fcntl", args: []oarg{n(6), n(6), flockBuf(1, 0, 0, 10, 0)}, want: `fcntl(6, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}) = 0`},
	{name: "getlk", sys: "fcntl", args: []oarg{n(6), n(5), flockBuf(2, 1, -1, 10, 42)},
		want: `fcntl(6, F_GETLK, {l_type=F_UNLCK, l_whence=SEEK_CUR, l_start=-1, l_len=10, l_pid=42}) = 0`, enter: `fcntl(6, F_GETLK, `},
	{name: "getlk failed", sys: "fcntl", args: []oarg{n(6), n(5), flockBuf(2, 1, -1, 10, 42)}, inject: "error=EBADF",
		want: `fcntl(6, F_GETLK, 0x72000000) = -1 EBADF (Bad file descriptor)`},
	{name: "unknown", sys: "fcntl", args: []oarg{n(3), n(9999), n(0x10)}, inject: "error=EINVAL", want: `fcntl(3, 0x270f /* F_??? */, 0x10) = -1 EINVAL (Invalid argument)`},
}

func termios(iflag, oflag, cflag, lflag uint32, line byte, cc ...byte) oarg {
	return b(iflag, oflag, cflag, lflag, line, pad(cc, 19), make([]byte, 8))
}

var ttyCC = []byte{3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0xf, 0x17, 0x16, 0}

var ioctlCases = []lineCase{
	{name: "tcgets", sys: "ioctl", args: []oarg{n(1), n(0x5401), termios(0x500, 0x5, 0xbf, 0x8a3b, 0, ttyCC...)},
		want:  `ioctl(1, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}) = 0`,
		enter: `ioctl(1, TCGETS`},
	{name: "tcgets verbose", sys: "ioctl", args: []oarg{n(1), n(0x5401), termios(0x500, 0x5, 0xbf, 0x8a3b, 0, ttyCC...)}, opts: verbose,
		want: `ioctl(1, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, c_line=N_TTY, c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, [VERASE]=0x7f, [VKILL]=0x15, [VEOF]=0x4, [VTIME]=0, [VMIN]=0x1, [VSWTC]=0, [VSTART]=0x11, [VSTOP]=0x13, [VSUSP]=0x1a, [VEOL]=0, [VREPRINT]=0x12, [VDISCARD]=0xf, [VWERASE]=0x17, [VLNEXT]=0x16, [VEOL2]=0, [17]=0, [18]=0]}) = 0`},
	{name: "tcgets not a tty", sys: "ioctl", args: []oarg{n(3), n(0x5401), n(0x7fffffffe4d0)}, inject: "error=ENOTTY",
		want: `ioctl(3, TCGETS, 0x7fffffffe4d0) = -1 ENOTTY (Inappropriate ioctl for device)`},
	{name: "fionread", sys: "ioctl", args: []oarg{n(3), n(0x541b), b(int32(3))}, want: `ioctl(3, FIONREAD, [3]) = 0`},
	{name: "fioclex", sys: "ioctl", args: []oarg{n(3), n(0x5451)}, want: `ioctl(3, FIOCLEX) = 0`, enter: `ioctl(3, FIOCLEX`},
	{name: "fionclex", sys: "ioctl", args: []oarg{n(3), n(0x100005450)}, want: `ioctl(3, FIONCLEX) = 0`},
	{name: "winsize", sys: "ioctl", args: []oarg{n(5), n(0x5413), b(uint16(24), uint16(80), uint16(0), uint16(0))},
		want: `ioctl(5, TIOCGWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}) = 0`},
	{name: "ioc read", sys: "ioctl", args: []oarg{n(3), n(0x80089901), n(0x7fffffffe4d0)}, inject: "error=ENOTTY",
		want: `ioctl(3, _IOC(_IOC_READ, 0x99, 0x1, 0x8), 0x7fffffffe4d0) = -1 ENOTTY (Inappropriate ioctl for device)`},
	{name: "ioc none", sys: "ioctl", args: []oarg{n(3), n(0x9902), n(0)}, inject: "error=ENOTTY",
		want: `ioctl(3, _IOC(_IOC_NONE, 0x99, 0x2, 0), 0) = -1 ENOTTY (Inappropriate ioctl for device)`},
	{name: "ioc write", sys: "ioctl", args: []oarg{n(3), n(0x40047803), n(7)}, inject: "error=ENOTTY",
		want: `ioctl(3, _IOC(_IOC_WRITE, 0x78, 0x3, 0x4), 0x7) = -1 ENOTTY (Inappropriate ioctl for device)`},
	{name: "ioc read write", sys: "ioctl", args: []oarg{n(3), n(0xc0100000), n(0)}, inject: "error=ENOTTY",
		want: `ioctl(3, _IOC(_IOC_READ|_IOC_WRITE, 0, 0, 0x10), 0) = -1 ENOTTY (Inappropriate ioctl for device)`},
}

var xattrCases = []lineCase{
	{name: "getxattr", sys: "getxattr", args: []oarg{z("/"), z("a"), s("ab\x00\x00"), n(10)}, inject: "retval=4",
		want: `getxattr("/", "a", "ab\0", 10) = 4`, enter: `getxattr("/", "a"`},
	{name: "getxattr s3", sys: "getxattr", args: []oarg{z("/"), z("a"), s("ab\x00\x00"), n(10)}, inject: "retval=4", opts: sOpt(3),
		want: `getxattr("/", "a", "ab", 10) = 4`},
	{name: "getxattr x", sys: "getxattr", args: []oarg{z("/"), z("a"), s("ab\x00\x00"), n(10)}, inject: "retval=4", opts: hexNon,
		want: `getxattr("/", "a", "\x61\x62\x00\x00", 10) = 4`},
	{name: "getxattr too big", sys: "getxattr", args: []oarg{z("/"), z("a"), s("ab"), n(100000)}, inject: "retval=70000",
		want: `getxattr("/", "a", 0x72000000, 100000) = 70000`},
	{name: "getxattr empty", sys: "getxattr", args: []oarg{z("/"), z("a"), s("ab"), n(100)}, inject: "retval=0",
		want: `getxattr("/", "a", "", 100) = 0`},
	{name: "getxattr failed", sys: "getxattr", args: []oarg{z("/"), z("a"), s("ab"), n(100)}, inject: "error=ENODATA",
		want: `getxattr("/", "a", 0x72000000, 100) = -1 ENODATA (No data available)`},
	{name: "setxattr", sys: "setxattr", args: []oarg{z("/"), z("a"), s("abcde\x00\x00"), n(7), n(0)},
		want: `setxattr("/", "a", "abcde\0", 7, 0) = 0`},
	{name: "setxattr s3", sys: "setxattr", args: []oarg{z("/"), z("a"), s("abc\x00"), n(4), n(2)}, opts: sOpt(3),
		want: `setxattr("/", "a", "abc"..., 4, XATTR_REPLACE) = 0`},
	{name: "setxattr nul", sys: "setxattr", args: []oarg{z("/"), z("a"), s("\x00"), n(1), n(0)},
		want: `setxattr("/", "a", "", 1, 0) = 0`},
	{name: "fsetxattr", sys: "fsetxattr", args: []oarg{n(1), z("u"), s("ng\x00,P\x00\x00(\x00\x00"), n(10), n(0)},
		want: `fsetxattr(1, "u", "ng\0,P\0\0(\0", 10, 0) = 0`},
	{name: "listxattr", sys: "listxattr", args: []oarg{z("/"), s("usr.a\x00b\x00"), n(4)}, inject: "retval=8",
		want: `listxattr("/", "usr.a\0b\0", 4) = 8`, enter: `listxattr("/", `},
	{name: "listxattr query", sys: "listxattr", args: []oarg{z("/"), s("x"), n(0)}, inject: "retval=8",
		want: `listxattr("/", 0x71000000, 0) = 8`},
	{name: "listxattr none", sys: "listxattr", args: []oarg{z("/"), s("x"), n(16)}, inject: "retval=0",
		want: `listxattr("/", "", 16) = 0`},
}

var returnCases = []lineCase{
	{name: "errno", sys: "openat", args: []oarg{n(-100), z("/nonexistent"), n(0)}, inject: "error=ENOENT",
		want: `openat(AT_FDCWD, "/nonexistent", O_RDONLY) = -1 ENOENT (No such file or directory)`},
	{name: "erestartsys", sys: "read", args: []oarg{n(3), n(0), n(5)}, inject: "error=ERESTARTSYS",
		want: `read(3, NULL, 5) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)`},
	{name: "erestartnointr", sys: "read", args: []oarg{n(3), n(0), n(5)}, inject: "error=ERESTARTNOINTR",
		want: `read(3, NULL, 5) = ? ERESTARTNOINTR (To be restarted)`},
	{name: "erestartnohand", sys: "read", args: []oarg{n(3), n(0), n(5)}, inject: "error=ERESTARTNOHAND",
		want: `read(3, NULL, 5) = ? ERESTARTNOHAND (To be restarted if no handler)`},
	{name: "erestart_restartblock", sys: "read", args: []oarg{n(3), n(0), n(5)}, inject: "error=ERESTART_RESTARTBLOCK",
		want: `read(3, NULL, 5) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)`},
	{name: "ehwpoison", sys: "read", args: []oarg{n(3), n(0), n(5)}, inject: "error=EHWPOISON",
		want: `read(3, NULL, 5) = -1 EHWPOISON (Memory page has hardware error)`},
	{name: "no name", sys: "read", args: []oarg{n(3), n(0), n(5)}, inject: "error=4095", want: `read(3, NULL, 5) = -1 (errno 4095)`},
	{name: "hex", sys: "brk", args: []oarg{n(0x55555555b000)}, inject: "retval=93824992260096", want: `brk(0x55555555b000) = 0x55555555b000`},
	{name: "oct", sys: "umask", args: []oarg{n(0o77)}, inject: "retval=0", want: `umask(077) = 000`},
	{name: "fd", sys: "dup", args: []oarg{n(1)}, inject: "retval=3", want: `dup(1) = 3`},
	{name: "exit", sys: "exit_group", args: []oarg{n(7)}, want: `exit_group(7) = ?`, noOracle: "exit_group returns only when injected"},
}

func TestStrings(t *testing.T)  { runLines(t, stringCases) }
func TestArrays(t *testing.T)   { runLines(t, arrayCases) }
func TestFlags(t *testing.T)    { runLines(t, flagCases) }
func TestSignals(t *testing.T)  { runLines(t, signalCases) }
func TestWait(t *testing.T)     { runLines(t, waitCases) }
func TestStructs(t *testing.T)  { runLines(t, structCases) }
func TestSockaddr(t *testing.T) { runLines(t, sockaddrCases) }
func TestMemory(t *testing.T)   { runLines(t, memoryCases) }
func TestFcntl(t *testing.T)    { runLines(t, fcntlCases) }
func TestIoctl(t *testing.T)    { runLines(t, ioctlCases) }
func TestReturns(t *testing.T)  { runLines(t, returnCases) }
func TestXattr(t *testing.T)    { runLines(t, xattrCases) }
func TestI386(t *testing.T)     { runLines(t, i386Cases) }

// i386Cases are calls of a 32-bit program, whose structs have 32-bit
// longs (checked against strace tracing an i386 oracle).
var i386Cases = []lineCase{
	{abi: syscalls.I386, name: "stat", sys: "stat", args: []oarg{z("/"), b(uint32(0x801), uint32(5), uint16(0o20644), uint16(1), uint16(65535), uint16(0), uint32(0x103), uint32(1234), uint32(4096), uint32(8), uint32(1), uint32(2), uint32(0xffffffff), uint32(0), uint32(5), uint32(6), uint64(0))}, opts: verbose,
		want: `stat("/", {st_dev=makedev(0x8, 0x1), st_ino=5, st_mode=S_IFCHR|0644, st_nlink=1, st_uid=65535, st_gid=0, st_blksize=4096, st_blocks=8, st_rdev=makedev(0x1, 0x3), st_atime=1 /* 1970-01-01T00:00:01.000000002+0000 */, st_atime_nsec=2, st_mtime=-1 /* 1969-12-31T23:59:59+0000 */, st_mtime_nsec=0, st_ctime=5 /* 1970-01-01T00:00:05.000000006+0000 */, st_ctime_nsec=6}) = 0`},
	{abi: syscalls.I386, name: "statfs", sys: "statfs", args: []oarg{z("/"), b(uint32(0x9fa0), uint32(4096), uint32(1), uint32(2), uint32(3), uint32(4), uint32(5), int32(6), int32(7), uint32(255), uint32(4096), uint32(0x20), make([]byte, 16))},
		want: `statfs("/", {f_type=PROC_SUPER_MAGIC, f_bsize=4096, f_blocks=1, f_bfree=2, f_bavail=3, f_files=4, f_ffree=5, f_fsid={val=[0x6, 0x7]}, f_namelen=255, f_frsize=4096, f_flags=ST_VALID}) = 0`},
	{abi: syscalls.I386, name: "getrlimit", sys: "getrlimit", args: []oarg{n(3), b(uint32(0xffffffff), uint32(8388608))},
		want: `getrlimit(RLIMIT_STACK, {rlim_cur=RLIM_INFINITY, rlim_max=8192*1024}) = 0`},
	{abi: syscalls.I386, name: "prlimit64", sys: "prlimit64", args: []oarg{n(0), n(3), b(^uint64(0), uint64(8388608)), n(0)},
		want: `prlimit64(0, RLIMIT_STACK, {rlim_cur=RLIM64_INFINITY, rlim_max=8192*1024}, NULL) = 0`},
	{abi: syscalls.I386, name: "sendfile", sys: "sendfile", args: []oarg{n(1), n(2), b(uint32(0xfffffffe)), n(4)},
		want: `sendfile(1, 2, [4294967294], 4) = 0`},
	{abi: syscalls.I386, name: "getlk", sys: "fcntl", args: []oarg{n(1), n(5), b(int16(1), int16(0), int32(-1), int32(10), int32(42))},
		want: `fcntl(1, F_GETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=-1, l_len=10, l_pid=42}) = 0`},
	{abi: syscalls.I386, name: "nanosleep", sys: "nanosleep", args: []oarg{b(int32(1), int32(-1)), n(0)},
		want: `nanosleep({tv_sec=1, tv_nsec=4294967295}, NULL) = 0`},
	{abi: syscalls.I386, name: "sysinfo", sys: "sysinfo", args: []oarg{b(int32(-1), uint32(1), uint32(2), uint32(3), uint32(4), uint32(5), uint32(6), uint32(7), uint32(8), uint32(9), uint16(10), uint16(0), uint32(11), uint32(12), uint32(13))},
		want: `sysinfo({uptime=4294967295, loads=[1, 2, 3], totalram=4, freeram=5, sharedram=6, bufferram=7, totalswap=8, freeswap=9, procs=10, totalhigh=11, freehigh=12, mem_unit=13}) = 0`},
	{abi: syscalls.I386, name: "sigaction", sys: "rt_sigaction", args: []oarg{n(10), b(uint32(2), uint32(0x4000004), uint32(0x1234), uint64(0x8000), make([]byte, 56)), n(0), n(8)},
		want: `rt_sigaction(SIGUSR1, {sa_handler=0x2, sa_mask=[STKFLT], sa_flags=SA_RESTORER|SA_SIGINFO, sa_restorer=0x1234}, NULL, 8) = 0`},
	{abi: syscalls.I386, name: "sigaltstack", sys: "sigaltstack", args: []oarg{b(uint32(0x1000), int32(1), uint32(0xfffffff0)), n(0)},
		want: `sigaltstack({ss_sp=0x1000, ss_flags=SS_ONSTACK, ss_size=4294967280}, NULL) = 0`},
	{abi: syscalls.I386, name: "sigprocmask size 4", sys: "rt_sigprocmask", args: []oarg{n(0), b(uint32(1 << 1)), n(0), n(4)},
		want: `rt_sigprocmask(SIG_BLOCK, [INT], NULL, 4) = 0`},
	{abi: syscalls.I386, name: "clone", sys: "clone", args: []oarg{n(0x1200011), n(0), n(0), n(0), n(0x8)}, inject: "retval=5",
		want: `clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x8) = 5`},
	{abi: syscalls.I386, name: "wait4 rusage", sys: "wait4", args: []oarg{n(-1), b(uint32(0)), n(0), b(int32(1), int32(2), int32(3), int32(-4), make([]byte, 56))}, inject: "retval=5",
		want: `wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, {ru_utime={tv_sec=1, tv_usec=2}, ru_stime={tv_sec=3, tv_usec=4294967292}, ...}) = 5`},
}

var _ = syscall.EFAULT
var _ = syscalls.AMD64

// siginfo builds an x86_64 siginfo_t: signo, errno, code, then the union's
// fields at offset 16.
func siginfo(signo, errno, code int32, union ...any) []byte {
	return pad(le(signo, errno, code, int32(0), le(union...)), 128)
}

// The siginfo expectations are strace's "--- SIG... {...} ---" lines for
// the same bytes, sent with rt_sigqueueinfo (testdata/c/decode.c's siginfo
// and siginfo2 sections; TestOracleSiginfo compares random ones).
func TestSiginfo(t *testing.T) {
	ptr := uint64(0x1234)
	for _, tc := range []struct {
		name string
		si   []byte
		want string
	}{
		{"user", siginfo(10, 0, 0, int32(32339), uint32(0)), `{si_signo=SIGUSR1, si_code=SI_USER, si_pid=32339, si_uid=0}`},
		{"tkill", siginfo(12, 0, -6, int32(32339), uint32(0)), `{si_signo=SIGUSR2, si_code=SI_TKILL, si_pid=32339, si_uid=0}`},
		{"queue ptr", siginfo(35, 0, -1, int32(32339), uint32(0), ptr), `{si_signo=SIGRT_3, si_code=SI_QUEUE, si_pid=32339, si_uid=0, si_int=4660, si_ptr=0x1234}`},
		{"queue int", siginfo(1, 0, -1, int32(32339), uint32(0), uint64(0xfffffff9)), `{si_signo=SIGHUP, si_code=SI_QUEUE, si_pid=32339, si_uid=0, si_int=-7, si_ptr=0xfffffff9}`},
		{"queue no value", siginfo(34, 0, -1, int32(0), uint32(9)), `{si_signo=SIGRT_2, si_code=SI_QUEUE, si_pid=0, si_uid=9}`},
		{"kernel", siginfo(15, 0, 0x80), `{si_signo=SIGTERM, si_code=SI_KERNEL}`},
		{"kernel with value", siginfo(23, 0, 0x80, int32(0), uint32(0), uint64(0x77)), `{si_signo=SIGURG, si_code=SI_KERNEL, si_int=119, si_ptr=0x77}`},
		{"segv", siginfo(11, 0, 1, uint64(0xdead)), `{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xdead}`},
		{"segv bounds", siginfo(11, 0, 3, uint64(0x1000), uint64(0), uint64(0x2000), uint64(0x3000)), `{si_signo=SIGSEGV, si_code=SEGV_BNDERR, si_addr=0x1000, si_lower=0x2000, si_upper=0x3000}`},
		{"segv pkey", siginfo(11, 0, 4, uint64(0x1000), uint64(0), uint32(5)), `{si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x1000, si_pkey=5}`},
		{"bus", siginfo(7, 0, 1, uint64(0)), `{si_signo=SIGBUS, si_code=BUS_ADRALN, si_addr=NULL}`},
		{"bus lsb", siginfo(7, 0, 4, uint64(0x1000), uint16(12)), `{si_signo=SIGBUS, si_code=BUS_MCEERR_AR, si_addr=0x1000, si_addr_lsb=0xc}`},
		{"fpe", siginfo(8, 0, 1, uint64(0x401234)), `{si_signo=SIGFPE, si_code=FPE_INTDIV, si_addr=0x401234}`},
		{"trap", siginfo(5, 0, 1), `{si_signo=SIGTRAP, si_code=TRAP_BRKPT, si_addr=NULL}`},
		{"ill unknown code", siginfo(4, 0, 99), `{si_signo=SIGILL, si_code=0x63, si_addr=NULL}`},
		{"sys", siginfo(31, 1, 1, uint64(0x401000), int32(39), uint32(0xc000003e)),
			`{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_errno=EPERM, si_call_addr=0x401000, si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_X86_64}`},
		{"sys i386", siginfo(31, 0, 1, uint64(0), int32(20), uint32(0x40000003)),
			`{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=NULL, si_syscall=20 /* getpid */, si_arch=AUDIT_ARCH_I386}`},
		{"sys unknown", siginfo(31, 0, 1, uint64(1), int32(9999), uint32(0x1234)),
			`{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x1, si_syscall=9999, si_arch=0x1234 /* AUDIT_ARCH_??? */}`},
		{"sys code", siginfo(31, 0, 7), `{si_signo=SIGSYS, si_code=0x7, si_call_addr=NULL, si_syscall=0, si_arch=0 /* AUDIT_ARCH_??? */}`},
		{"poll", siginfo(29, 0, 1, int64(65), int32(3)), `{si_signo=SIGIO, si_code=POLL_IN, si_band=65, si_fd=3}`},
		{"poll hup", siginfo(29, 0, 6, int64(-1), int32(7)), `{si_signo=SIGIO, si_code=POLL_HUP, si_band=-1, si_fd=7}`},
		{"poll other", siginfo(29, 0, 99, int64(-1), int32(7)), `{si_signo=SIGIO, si_code=0x63}`},
		{"sigio", siginfo(29, 0, -5, int64(-1), int32(7)), `{si_signo=SIGIO, si_code=SI_SIGIO, si_band=-1, si_fd=7}`},
		{"timer", siginfo(14, 0, -2, int32(2), int32(1), uint64(0x55)), `{si_signo=SIGALRM, si_code=SI_TIMER, si_timerid=0x2, si_overrun=1, si_int=85, si_ptr=0x55}`},
		{"mesgq", siginfo(10, 0, -3, int32(12), uint32(34)), `{si_signo=SIGUSR1, si_code=SI_MESGQ, si_pid=12, si_uid=34}`},
		{"asyncnl", siginfo(10, 0, -60), `{si_signo=SIGUSR1, si_code=SI_ASYNCNL, si_pid=0, si_uid=0}`},
		{"unknown negative code", siginfo(10, 0, -10, int32(0), uint32(0), uint64(0x77)), `{si_signo=SIGUSR1, si_code=0xfffffff6, si_pid=0, si_uid=0, si_int=119, si_ptr=0x77}`},
		{"errno", siginfo(10, 200, 0), `{si_signo=SIGUSR1, si_code=SI_USER, si_errno=200, si_pid=0, si_uid=0}`},
		{"errno unsigned", siginfo(30, -1948679806, 3, int32(131778), uint32(12517889), uint64(0x9f0000026fdacc49)),
			`{si_signo=SIGPWR, si_code=0x3, si_errno=2346287490, si_pid=131778, si_uid=12517889, si_int=1876610121, si_ptr=0x9f0000026fdacc49}`},
		{"other code", siginfo(30, 0, 5, int32(1), uint32(0)), `{si_signo=SIGPWR, si_code=0x5, si_pid=1, si_uid=0}`},
		{"other empty", siginfo(30, 0, 5), `{si_signo=SIGPWR, si_code=0x5}`},
		{"chld exited", siginfo(17, 0, 1, int32(2293), uint32(0), int32(3), int32(0), int64(0), int64(0)),
			`{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=2293, si_uid=0, si_status=3, si_utime=0, si_stime=0}`},
		{"chld killed", siginfo(17, 0, 2, int32(2294), uint32(0), int32(9), int32(0), int64(0), int64(0)),
			`{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=2294, si_uid=0, si_status=SIGKILL, si_utime=0, si_stime=0}`},
		{"chld times", siginfo(17, 0, 3, int32(5), uint32(6), int32(11), int32(0), int64(123), int64(-1)),
			`{si_signo=SIGCHLD, si_code=CLD_DUMPED, si_pid=5, si_uid=6, si_status=SIGSEGV, si_utime=123 /* 1.23 s */, si_stime=18446744073709551615 /* 184467440737095516.15 s */}`},
		{"chld small time", siginfo(17, 0, 9, int32(5), uint32(6), int32(11), int32(0), int64(5), int64(100)),
			`{si_signo=SIGCHLD, si_code=0x9, si_pid=5, si_uid=6, si_status=SIGSEGV, si_utime=5 /* 0.05 s */, si_stime=100 /* 1.00 s */}`},
		{"no signal", siginfo(0, 0, 0), `{}`},
		{"short", make([]byte, 16), `{}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDecoder(DefaultOptions)
			if got := string(d.AppendSiginfo(nil, tc.si, syscalls.AMD64)); got != tc.want {
				t.Errorf("\n got: %s\nwant: %s", got, tc.want)
			}
		})
	}
}

func TestSignalNames(t *testing.T) {
	for sig, want := range map[int]string{0: "", 1: "SIGHUP", 31: "SIGSYS", 32: "SIGRTMIN", 33: "SIGRT_1", 64: "SIGRT_32", 65: "", -1: ""} {
		if got := SignalName(sig); got != want {
			t.Errorf("SignalName(%d) = %q, want %q", sig, got, want)
		}
	}
	if got := string(AppendSignal([]byte("x "), 65)); got != "x 65" {
		t.Errorf("AppendSignal(65) = %q", got)
	}
}

// TestUnknownSyscall: a number the ABI does not define prints as strace
// prints it: syscall_0x1f4 and the six registers in hex, all at entry.
func TestUnknownSyscall(t *testing.T) {
	d := NewDecoder(DefaultOptions)
	c := &syscalls.Call{ABI: syscalls.AMD64, Nr: 500, Args: [6]uint64{1, 2, 3, 4, 5, 6}}
	enter, exit, ret := halves(d, c, fakeMem{}, nil, fail(syscall.ENOSYS))
	if enter != "syscall_0x1f4(0x1, 0x2, 0x3, 0x4, 0x5, 0x6" || exit != ")" || ret != "-1 ENOSYS (Function not implemented)" {
		t.Errorf("got %q %q %q", enter, exit, ret)
	}
	if !EntryDone(c) {
		t.Error("unknown syscall not done at entry")
	}
	c = &syscalls.Call{ABI: syscalls.AMD64, Nr: 0x1f4, Args: [6]uint64{^uint64(0)}}
	if got := line(d, c, fakeMem{}, fail(syscall.ENOSYS)); got != "syscall_0x1f4(0xffffffffffffffff, 0, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)" {
		t.Errorf("got %q", got)
	}
}

// TestRawSyscall: a known call without a signature prints its registers
// in hex, as an unknown one does.
func TestRawSyscall(t *testing.T) {
	sc := &syscalls.Syscall{Nr: 999, Name: "nosig"}
	c := &syscalls.Call{ABI: syscalls.AMD64, Nr: 999, Sys: sc, Args: [6]uint64{0x10, 0}}
	d := NewDecoder(DefaultOptions)
	if got := line(d, c, fakeMem{}, ok(0)); got != "nosig(0x10, 0, 0, 0, 0, 0) = 0" {
		t.Errorf("got %q", got)
	}
}

// TestHalves checks where Enter stops and Exit resumes: strace's
// "<unfinished ...>" falls there.
func TestHalves(t *testing.T) {
	tty := termios(0x500, 0x5, 0xbf, 0x8a3b, 0, ttyCC...)
	for _, tc := range []struct {
		lc               lineCase
		enter, exit, ret string
		done             bool
	}{
		{lineCase{sys: "read", args: []oarg{n(3), s("abc"), n(100)}, inject: "retval=3"}, `read(3, `, `"abc", 100)`, `3`, false},
		{lineCase{sys: "write", args: []oarg{n(1), s("abc"), n(3)}, inject: "retval=3"}, `write(1, "abc", 3`, `)`, `3`, true},
		{lineCase{sys: "ioctl", args: []oarg{n(1), n(0x5401), tty}}, `ioctl(1, TCGETS`,
			`, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...})`, `0`, false},
		{lineCase{sys: "ioctl", args: []oarg{n(1), n(0x5402), tty}}, `ioctl(1, SNDCTL_TMR_START or TCSETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}`, `)`, `0`, true},
		{lineCase{sys: "wait4", args: []oarg{n(-1), status(0), n(0), n(0)}, inject: "retval=5"}, `wait4(-1, `, `[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL)`, `5`, false},
		{lineCase{sys: "exit_group", args: []oarg{n(0)}}, `exit_group(0`, `)`, `?`, true},
		{lineCase{sys: "getxattr", args: []oarg{z("/"), z("a"), s("b"), n(1)}, inject: "retval=1"}, `getxattr("/", "a"`, `, "b", 1)`, `1`, false},
		{lineCase{sys: "fcntl", args: []oarg{n(3), n(1)}, inject: "retval=1"}, `fcntl(3, F_GETFD`, `)`, `0x1 (flags FD_CLOEXEC)`, false},
		{lineCase{sys: "clone", args: []oarg{n(0x1200011), n(0), n(0), n(8), n(0)}, inject: "retval=5"},
			`clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD`, `, child_tidptr=0x8)`, `5`, false},
	} {
		oc := tc.lc.oracle()
		m, args := oc.mem()
		c := newCall(t, oc.name, args[:]...)
		d := NewDecoder(DefaultOptions)
		r := ok(0)
		if v, found := strings.CutPrefix(oc.inject, "retval="); found && v != "0" {
			r = ok(int64(len(v))) // the single-digit results above
			r.ret = int64(v[0] - '0')
		}
		d.Mem = m
		enter := string(d.Enter(nil, c))
		done := EntryDone(c)
		r.apply(c)
		exit := string(d.Exit(nil, c))
		ret := string(d.Return(nil, c))
		if enter != tc.enter || exit != tc.exit || ret != tc.ret || done != tc.done {
			t.Errorf("%s:\n got: %q %q %q done=%v\nwant: %q %q %q done=%v", oc.name, enter, exit, ret, done, tc.enter, tc.exit, tc.ret, tc.done)
		}
	}
}

// TestSockLenChanged: getsockname's length is read at entry and at exit;
// strace shows both when the call changed it, and the address with the
// smaller.
func TestSockLenChanged(t *testing.T) {
	addr, lenp := uint64(0x1000), uint64(0x2000)
	entry := fakeMem{at(addr, make([]byte, 128)), at(lenp, le(uint32(128)))}
	exit := fakeMem{at(addr, le(uint16(16), uint16(0), uint32(2096), uint32(0x11)), make([]byte, 116)), at(lenp, le(uint32(12)))}
	d := NewDecoder(DefaultOptions)
	c := newCall(t, "getsockname", 3, addr, lenp)
	enter, leave, ret := halves(d, c, entry, exit, ok(0))
	if got, want := enter+leave+" = "+ret, `getsockname(3, {sa_family=AF_NETLINK, nl_pid=2096, nl_groups=0x000011}, [128 => 12]) = 0`; got != want {
		t.Errorf("\n got: %s\nwant: %s", got, want)
	}
	// The kernel's length longer than the buffer: the buffer's size is
	// what strace reads.
	exit = fakeMem{at(addr, le(uint16(1), "/tmp/sock\x00")), at(lenp, le(uint32(110)))}
	entry = fakeMem{at(lenp, le(uint32(6)))}
	c = newCall(t, "getpeername", 3, addr, lenp)
	enter, leave, ret = halves(d, c, entry, exit, ok(0))
	if got, want := enter+leave+" = "+ret, `getpeername(3, {sa_family=AF_UNIX, sun_path="/tmp"}, [6 => 110]) = 0`; got != want {
		t.Errorf("\n got: %s\nwant: %s", got, want)
	}
}

// TestScopeID: a link-local address's scope names its interface when the
// host has it, as strace's if_indextoname does.
func TestScopeID(t *testing.T) {
	saved := InterfaceName
	defer func() { InterfaceName = saved }()
	InterfaceName = func(i uint32) string {
		if i == 1 {
			return "lo"
		}
		return ""
	}
	for _, tc := range []struct {
		ip    [16]byte
		scope uint32
		want  string
	}{
		{linkLocal, 1, `if_nametoindex("lo")`},
		{linkLocal, 99, `99`},
		{[16]byte{0: 0xff, 1: 0x02, 15: 1}, 1, `if_nametoindex("lo")`},
		{[16]byte{0: 0xff, 1: 0x01, 15: 1}, 1, `1`},
		{loopback6, 1, `1`},
	} {
		d := NewDecoder(DefaultOptions)
		c := newCall(t, "connect", 3, 0x1000, 28)
		d.c = c
		d.scopeID(tc.ip, tc.scope)
		if got := string(d.b); got != tc.want {
			t.Errorf("scope %d of %x: got %s, want %s", tc.scope, tc.ip, got, tc.want)
		}
	}
}

// TestStringLimitZero: -s 0 is a limit, a negative one strace's default.
func TestStringLimitZero(t *testing.T) {
	if d := NewDecoder(Options{StringLimit: 0}); d.Opts.StringLimit != 0 {
		t.Errorf("-s 0 became %d", d.Opts.StringLimit)
	}
	if d := NewDecoder(Options{StringLimit: -1}); d.Opts.StringLimit != 32 {
		t.Errorf("default became %d", d.Opts.StringLimit)
	}
}

// TestBigLimit: a -s larger than the scratch buffer still shows the whole
// string, the octal rule holding across the chunks it is read in.
func TestBigLimit(t *testing.T) {
	const size = 20000
	data := make([]byte, size)
	for i := range data {
		data[i] = 'a'
	}
	// A NUL just before a chunk boundary, followed by a digit.
	data[8190] = 0
	data[8191] = '1'
	d := NewDecoder(Options{StringLimit: 30000})
	c := newCall(t, "write", 1, 0x1000, size)
	got := line(d, c, fakeMem{at(0x1000, data)}, ok(size))
	want := `write(1, "` + strings.Repeat("a", 8190) + `\0001` + strings.Repeat("a", size-8192) + `", 20000) = 20000`
	if got != want {
		t.Errorf("got %d bytes, want %d; differ at %d", len(got), len(want), firstDiff(got, want))
	}
	// Cut by -s, with the byte after the cut unreadable: the address.
	d = NewDecoder(Options{StringLimit: 9000})
	c = newCall(t, "write", 1, 0x1000, size)
	if got := line(d, c, fakeMem{at(0x1000, data[:9000])}, ok(size)); got != "write(1, 0x1000, 20000) = 20000" {
		t.Errorf("got %.80s", got)
	}
	// -x decided over the whole string.
	data[15000] = 0x80
	d = NewDecoder(Options{StringLimit: 30000, Hex: 1})
	c = newCall(t, "write", 1, 0x1000, size)
	if got := line(d, c, fakeMem{at(0x1000, data)}, ok(size)); !strings.HasPrefix(got, `write(1, "\x61\x61`) {
		t.Errorf("got %.80s", got)
	}
}

func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestRtSigreturn: the mask restored is read from the signal frame above
// the stack pointer.
func TestRtSigreturn(t *testing.T) {
	sp := uint64(0x7ffe0000)
	c := newCall(t, "rt_sigreturn")
	c.SP = sp
	d := NewDecoder(DefaultOptions)
	mem := fakeMem{at(sp+rtSigframeMaskOffset, le(uint64(1<<12)))}
	if got := line(d, c, mem, ok(0)); got != "rt_sigreturn({mask=[PIPE]}) = 0" {
		t.Errorf("got %s", got)
	}
	if got := line(d, c, fakeMem{}, ok(0)); got != "rt_sigreturn() = 0" {
		t.Errorf("unreadable frame: got %s", got)
	}
}

// TestNoAllocs: decoding the common calls allocates nothing.
func TestNoAllocs(t *testing.T) {
	cases := []lineCase{
		{sys: "read", args: []oarg{n(3), s("hello"), n(64)}, inject: "retval=5"},
		{sys: "openat", args: []oarg{n(-100), z("/etc/passwd"), n(0o2000000)}, inject: "retval=3"},
		{sys: "newfstatat", args: []oarg{n(3), z(""), stat(0o100644, 1, 0, false), n(0x1000)}},
		{sys: "mmap", args: []oarg{n(0), n(4096), n(3), n(0x22), n(-1), n(0)}, inject: "retval=4096"},
		{sys: "rt_sigprocmask", args: []oarg{n(0), b(uint64(1 << 1)), b(uint64(0)), n(8)}},
		{sys: "writev", args: []oarg{n(1), b(uint64(0x73000000), uint64(3)), n(1), s("abc")}},
		{sys: "execve", args: []oarg{z("/bin/ls"), ptrs(1, "ls"), ptrs(2, "A=1")}, inject: "error=ENOENT"},
		{sys: "fcntl", args: []oarg{n(3), n(3)}, inject: "retval=2"},
	}
	d := NewDecoder(DefaultOptions)
	buf := make([]byte, 0, 4096)
	for _, lc := range cases {
		oc := lc.oracle()
		m, args := oc.mem()
		c := newCall(t, oc.name, args[:]...)
		r := ok(0)
		d.Mem = m
		allocs := testing.AllocsPerRun(20, func() {
			b := d.Enter(buf[:0], c)
			r.apply(c)
			b = d.Exit(b, c)
			d.Return(b, c)
			c.Exited = false
		})
		if allocs != 0 {
			t.Errorf("%s: %v allocations", lc.sys, allocs)
		}
	}
}

// TestSiginfoNoAllocs: printing a signal's siginfo allocates nothing.
func TestSiginfoNoAllocs(t *testing.T) {
	d := NewDecoder(DefaultOptions)
	si := siginfo(17, 0, 1, int32(2293), uint32(0), int32(3), int32(0), int64(0), int64(0))
	buf := make([]byte, 0, 256)
	if allocs := testing.AllocsPerRun(20, func() { d.AppendSiginfo(buf[:0], si, syscalls.AMD64) }); allocs != 0 {
		t.Errorf("%v allocations", allocs)
	}
}

// TestSiginfoOf32BitTracee: PTRACE_GETSIGINFO gives the tracer's layout
// even for an i386 tracee, so the bytes decode as x86_64's; the tracee's
// ABI only names si_syscall (__NR_ for its own calls). strace traced the
// i386 oracle killing itself: --- SIGUSR1 {si_signo=SIGUSR1,
// si_code=SI_USER, si_pid=8072, si_uid=0} ---.
func TestSiginfoOf32BitTracee(t *testing.T) {
	d := NewDecoder(DefaultOptions)
	for _, tc := range []struct {
		si   []byte
		want string
	}{
		{siginfo(10, 0, 0, int32(8072), uint32(0)), `{si_signo=SIGUSR1, si_code=SI_USER, si_pid=8072, si_uid=0}`},
		{siginfo(31, 0, 1, uint64(0x8049000), int32(20), uint32(0x40000003)),
			`{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x8049000, si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_I386}`},
		{siginfo(31, 0, 1, uint64(0x8049000), int32(39), uint32(0xc000003e)),
			`{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x8049000, si_syscall=39 /* getpid */, si_arch=AUDIT_ARCH_X86_64}`},
	} {
		if got := string(d.AppendSiginfo(nil, tc.si, syscalls.I386)); got != tc.want {
			t.Errorf("\n got: %s\nwant: %s", got, tc.want)
		}
	}
}

// TestRestartSyscall: strace traced sleep 1 stopped and continued:
// restart_syscall(<... resuming interrupted clock_nanosleep ...>) = 0.
func TestRestartSyscall(t *testing.T) {
	d := NewDecoder(DefaultOptions)
	c := newCall(t, "restart_syscall")
	c.Resuming = amd64.Table().ByName("clock_nanosleep")
	if got := line(d, c, fakeMem{}, ok(0)); got != "restart_syscall(<... resuming interrupted clock_nanosleep ...>) = 0" {
		t.Errorf("got %s", got)
	}
	c = newCall(t, "restart_syscall")
	if got := line(d, c, fakeMem{}, ok(0)); got != "restart_syscall(<... resuming interrupted system call ...>) = 0" {
		t.Errorf("got %s", got)
	}
}
