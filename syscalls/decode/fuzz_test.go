package decode

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/amd64"
	"github.com/gotrace/gotrace/syscalls/arm64"
	"github.com/gotrace/gotrace/syscalls/i386"
)

// Fuzz targets for everything that turns tracee memory into text. Run one
// with
//
//	go test -run '^$' -fuzz '^FuzzSyscall$' -fuzztime 60s ./syscalls/decode/
//
// Every target checks the same invariants of what the decoder prints
// (checkText), whatever the bytes:
//
//   - it does not panic, and returns (the memory is finite: every loop
//     over tracee memory must end where the memory does, or at a bound);
//   - the text is printable ASCII only (0x20 to 0x7e): no NUL, no
//     newline, no byte of the tracee's unescaped, hence valid UTF-8. strace
//     escapes everything else, and a raw newline would break the
//     one-line-per-event format;
//   - outside quoted strings, parentheses, brackets and braces balance
//     and never close what is not open, so a line stays parseable;
//   - decoding is deterministic: the same input prints the same text
//     twice (no state leaks from one call into the next);
//   - a quoted string unescapes back to the bytes it shows (FuzzQuote,
//     FuzzCString).
//
// FuzzSyscall also checks the line's frame: Enter starts with the call's
// name and "(", Exit ends with ")", Return is not empty, and each appends
// to what it is given without touching it.

// checkText fails t unless text keeps the invariants above. what names the
// text in the failure.
func checkText(t *testing.T, what string, text []byte) {
	t.Helper()
	for i, c := range text {
		if c < 0x20 || c > 0x7e {
			t.Fatalf("%s: byte %#x at %d: %q", what, c, i, text)
		}
	}
	if err := balanced(text); err != nil {
		t.Fatalf("%s: %v: %s", what, err, text)
	}
}

// balanced checks the brackets of text outside its quoted strings.
func balanced(text []byte) error {
	var stack []byte
	inString := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
			if len(stack) == 0 || stack[len(stack)-1] != open {
				return fmt.Errorf("unbalanced %q at %d", c, i)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if inString {
		return fmt.Errorf("unterminated string")
	}
	if len(stack) != 0 {
		return fmt.Errorf("unclosed %q", stack)
	}
	return nil
}

// unquote parses a string as quote prints it, and what follows it.
func unquote(s string) (b []byte, rest string, err error) {
	if !strings.HasPrefix(s, `"`) {
		return nil, s, fmt.Errorf("no opening quote")
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			return b, s[i+1:], nil
		case '\\':
			i++
			if i >= len(s) {
				return nil, "", fmt.Errorf("dangling backslash")
			}
			switch s[i] {
			case 'n':
				b = append(b, '\n')
			case 't':
				b = append(b, '\t')
			case 'v':
				b = append(b, '\v')
			case 'f':
				b = append(b, '\f')
			case 'r':
				b = append(b, '\r')
			case '"', '\\':
				b = append(b, s[i])
			case 'x':
				if i+2 >= len(s) {
					return nil, "", fmt.Errorf("short \\x")
				}
				var v byte
				if _, err := fmt.Sscanf(s[i+1:i+3], "%02x", &v); err != nil {
					return nil, "", err
				}
				b = append(b, v)
				i += 2
			default:
				v, j := 0, i
				for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
					v = v*8 + int(s[j]-'0')
					j++
				}
				if j == i || v > 255 {
					return nil, "", fmt.Errorf("bad escape at %d", i)
				}
				b = append(b, byte(v))
				i = j - 1
			}
		default:
			b = append(b, c)
		}
	}
	return nil, "", fmt.Errorf("no closing quote")
}

// fuzzDecoder returns a decoder with the fuzzed options and a call to
// print with.
func fuzzDecoder(limit uint16, flags uint8) *Decoder {
	d := NewDecoder(Options{StringLimit: int(limit % 300), Verbose: flags&1 != 0, Hex: int(flags>>1) % 3})
	return d
}

const fuzzAddr = 0x10000

// FuzzQuote prints a buffer of n bytes from arbitrary memory with every
// quoting style and checks that the text unquotes back to the bytes.
func FuzzQuote(f *testing.F) {
	f.Add([]byte("hello, gotrace\n\t\"\\\x01\xff"), uint64(20), uint16(32), uint8(0), false, false)
	f.Add([]byte("\x001\x008\x017\377"), uint64(6), uint16(32), uint8(0), false, false)
	f.Add([]byte("abc\x00"), uint64(4), uint16(3), uint8(2), false, true)
	f.Add([]byte("a\x01b"), uint64(3), uint16(32), uint8(2), false, false)
	f.Add([]byte("ab\n"), uint64(3), uint16(32), uint8(4), true, false)
	f.Add([]byte("0123456789abcdefghijklmnopqrstuvwxyz"), uint64(36), uint16(5), uint8(0), false, false)
	f.Add([]byte("x"), uint64(5), uint16(0), uint8(0), false, false)
	f.Fuzz(func(t *testing.T, data []byte, n uint64, limit uint16, flags uint8, forceHex, omitNUL bool) {
		d := fuzzDecoder(limit, flags)
		d.c = newCall(t, "write")
		d.Mem = fakeMem{at(fuzzAddr, data)}
		d.bufferEx(fuzzAddr, n, forceHex, omitNUL)
		out := string(d.b)
		checkText(t, "buffer", d.b)
		show := min(n, uint64(d.Opts.StringLimit))
		if n == 0 {
			if out != `""` {
				t.Fatalf("empty buffer: %s", out)
			}
			return
		}
		need := show
		if n > show {
			need++
		}
		if need > uint64(len(data)) {
			if out != "0x10000" {
				t.Fatalf("unreadable buffer printed %s", out)
			}
			return
		}
		got, rest, err := unquote(out)
		if err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		want := data[:show]
		ellipsis := n > show
		hex := strings.HasPrefix(out, `"\x`) && (forceHex || d.Opts.Hex > 0)
		if omitNUL && !hex && show > 0 && want[show-1] == 0 {
			want = want[:show-1]
			ellipsis = false
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s unquotes to %q, want %q", out, got, want)
		}
		if (rest == "...") != ellipsis || rest != "" && rest != "..." {
			t.Fatalf("%s: after the string %q", out, rest)
		}
		d.b = d.b[:0]
		d.bufferEx(fuzzAddr, n, forceHex, omitNUL)
		if string(d.b) != out {
			t.Fatalf("not deterministic: %s then %s", out, d.b)
		}
	})
}

// FuzzCString prints a NUL-terminated string and a path from arbitrary
// memory, starting anywhere in it, and checks the text against the bytes
// up to the NUL.
func FuzzCString(f *testing.F) {
	f.Add([]byte("/etc/passwd\x00"), uint16(0), uint16(32), uint8(0))
	f.Add([]byte("user.0123456789abcdefghijklmnopqrstuvwxyz\x00"), uint16(0), uint16(32), uint8(0))
	f.Add([]byte("abc"), uint16(0), uint16(32), uint8(0))
	f.Add([]byte("ab\x00cd\x00"), uint16(3), uint16(1), uint8(2))
	f.Add([]byte("a\x01b\n\x00"), uint16(0), uint16(0), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, start uint16, limit uint16, flags uint8) {
		d := fuzzDecoder(limit, flags)
		d.c = newCall(t, "chdir")
		d.Mem = fakeMem{at(fuzzAddr, data)}
		addr := uint64(fuzzAddr) + uint64(start)%uint64(len(data)+1)
		for _, path := range []bool{false, true} {
			d.b = d.b[:0]
			lim := d.Opts.StringLimit
			if path {
				d.path(addr)
				lim = pathMax - 1
			} else {
				d.cstring(addr)
			}
			out := string(d.b)
			checkText(t, "cstring", d.b)
			s := data[addr-fuzzAddr:]
			end := bytes.IndexByte(s, 0)
			if end < 0 && len(s) <= lim {
				// Unreadable before its NUL.
				if out != fmt.Sprintf("%#x", addr) {
					t.Fatalf("unterminated string printed %s", out)
				}
				continue
			}
			if end < 0 || end > lim {
				end = lim
			}
			got, rest, err := unquote(out)
			if err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if !bytes.Equal(got, s[:end]) {
				t.Fatalf("%s unquotes to %q, want %q", out, got, s[:end])
			}
			complete := end < len(s) && s[end] == 0
			if (rest == "...") == complete || rest != "" && rest != "..." {
				t.Fatalf("%s: %q after a string complete=%v", out, rest, complete)
			}
		}
	})
}

// fuzzABIs are the ABIs a tracee can use, and an unknown one.
var fuzzABIs = [...]syscalls.ABI{syscalls.AMD64, syscalls.I386, syscalls.X32, syscalls.ARM64, syscalls.ABIUnknown}

// FuzzStructs prints every struct kind that structAt knows from arbitrary
// bytes: the memory cut anywhere, the length arguments and return value
// arbitrary, at entry and at exit, in every ABI.
func FuzzStructs(f *testing.F) {
	stat := le(uint64(0x801), uint64(5), uint64(1), uint32(0o100644), uint32(0), uint32(0), uint32(0), uint64(0), uint64(33519), int64(4096), int64(8), make([]byte, 72))
	f.Add(uint8(syscalls.Stat), stat, uint16(144), uint64(0), int64(0), int8(-1), uint8(0), uint8(0))
	f.Add(uint8(syscalls.Stat), stat, uint16(144), uint64(0), int64(0), int8(-1), uint8(1), uint8(0))
	f.Add(uint8(syscalls.Sigset), le(uint64(1<<1|1<<36)), uint16(8), uint64(8), int64(0), int8(1), uint8(0), uint8(0))
	f.Add(uint8(syscalls.Sockaddr), le(uint16(2), uint16(0x5000), []byte{1, 2, 3, 4}, make([]byte, 8)), uint16(16), uint64(16), int64(0), int8(1), uint8(0), uint8(0))
	f.Add(uint8(syscalls.Iovec), le(uint64(fuzzAddr), uint64(3), uint64(fuzzAddr), uint64(5)), uint16(32), uint64(2), int64(4), int8(1), uint8(0), uint8(0))
	f.Add(uint8(syscalls.Dirents), le(uint64(1), int64(2), uint16(24), uint8(4), "abcd\x00"), uint16(24), uint64(100), int64(24), int8(2), uint8(1), uint8(0))
	f.Add(uint8(syscalls.Gids), le(uint32(0), uint32(4), uint32(0xffffffff)), uint16(12), uint64(3), int64(3), int8(-1), uint8(0), uint8(0))
	f.Add(uint8(syscalls.CpuSet), le(uint64(3)), uint16(8), uint64(8), int64(8), int8(-1), uint8(0), uint8(0))
	f.Add(uint8(syscalls.Statx), make([]byte, 256), uint16(256), uint64(0), int64(0), int8(0), uint8(1), uint8(0))
	f.Add(uint8(syscalls.TimespecPair), le(int64(1), int64(1<<30-1), int64(5), int64(6)), uint16(32), uint64(0), int64(0), int8(0), uint8(0), uint8(1))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte, cut uint16, length uint64, ret int64, lenArg int8, flags uint8, abi uint8) {
		st := syscalls.Struct(kind % uint8(syscalls.SockLen+1))
		lenIdx := int8((int(lenArg)%8+8)%8 - 1) // LenRet, an argument, or none
		d := fuzzDecoder(uint16(flags>>3), flags)
		c := newCall(t, "read")
		c.ABI = fuzzABIs[int(abi)%len(fuzzABIs)]
		for i := range c.Args {
			c.Args[i] = length
		}
		c.Args[0] = 3
		c.Ret = ret
		c.Exited = flags&0x40 != 0
		c.Failed = c.Exited && ret < 0 && ret > -4096
		if cut := int(cut); cut < len(data) {
			data = data[:cut]
		}
		d.c = c
		d.Mem = fakeMem{at(fuzzAddr, data)}
		for _, kd := range []syscalls.Kind{syscalls.StructIn, syscalls.StructOut} {
			a := &syscalls.Arg{Kind: kd, Struct: st, Len: lenIdx}
			d.b = d.b[:0]
			d.structAt(fuzzAddr, a, kd == syscalls.StructOut)
			first := string(d.b)
			checkText(t, fmt.Sprintf("struct %d", st), d.b)
			d.b = d.b[:0]
			d.structAt(fuzzAddr, a, kd == syscalls.StructOut)
			if string(d.b) != first {
				t.Fatalf("struct %d not deterministic: %s then %s", st, first, d.b)
			}
		}
	})
}

// FuzzSockaddr prints socket addresses of any family, length and bytes.
func FuzzSockaddr(f *testing.F) {
	f.Add(le(uint16(1), "/tmp/sock\x00"), int64(110), uint8(0))
	f.Add(le(uint16(1), "\x00abstract"), int64(11), uint8(0))
	f.Add(le(uint16(2), uint16(0x5000), []byte{127, 0, 0, 1}, make([]byte, 8)), int64(16), uint8(0))
	f.Add(le(uint16(10), uint16(0x5000), uint32(0), make([]byte, 16), uint32(1)), int64(28), uint8(0))
	f.Add(le(uint16(10), uint16(0x5000), uint32(0), []byte{0xfe, 0x80}, make([]byte, 14), uint32(1)), int64(28), uint8(0))
	f.Add(le(uint16(16), uint16(0), uint32(5), uint32(0x11)), int64(12), uint8(0))
	f.Add(le(uint16(99), "abc"), int64(5), uint8(2))
	f.Add(le(uint16(2)), int64(-1), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, size int64, flags uint8) {
		saved := InterfaceName
		defer func() { InterfaceName = saved }()
		InterfaceName = func(i uint32) string { return map[uint32]string{1: "lo"}[i] }
		d := fuzzDecoder(uint16(flags>>2), flags)
		d.c = newCall(t, "connect")
		d.Mem = fakeMem{at(fuzzAddr, data)}
		d.sockaddr(fuzzAddr, size)
		checkText(t, "sockaddr", d.b)
		first := string(d.b)
		d.b = d.b[:0]
		d.sockaddr(fuzzAddr, size)
		if string(d.b) != first {
			t.Fatalf("not deterministic: %s then %s", first, d.b)
		}
	})
}

// FuzzSiginfo prints any bytes as a siginfo_t, of any length, in every ABI.
func FuzzSiginfo(f *testing.F) {
	f.Add(siginfo(10, 0, 0, int32(32339), uint32(0)), uint8(0))
	f.Add(siginfo(17, 0, 1, int32(2293), uint32(0), int32(3), int32(0), int64(123), int64(-1)), uint8(0))
	f.Add(siginfo(11, 0, 3, uint64(0x1000), uint64(0), uint64(0x2000), uint64(0x3000)), uint8(0))
	f.Add(siginfo(31, 1, 1, uint64(0x401000), int32(39), uint32(0xc000003e)), uint8(0))
	f.Add(siginfo(31, 0, 1, uint64(0), int32(20), uint32(0x40000003)), uint8(1))
	f.Add(siginfo(35, 0, -1, int32(1), uint32(0), uint64(0x1234)), uint8(1))
	f.Add(siginfo(29, 0, -5, int64(-1), int32(7)), uint8(3))
	f.Add([]byte{1, 2, 3}, uint8(0))
	f.Fuzz(func(t *testing.T, si []byte, abi uint8) {
		d := NewDecoder(DefaultOptions)
		a := fuzzABIs[int(abi)%len(fuzzABIs)]
		out := d.AppendSiginfo([]byte("--- "), si, a)
		if !bytes.HasPrefix(out, []byte("--- {")) {
			t.Fatalf("prefix lost: %s", out)
		}
		checkText(t, "siginfo", out)
		again := d.AppendSiginfo([]byte("--- "), si, a)
		if !bytes.Equal(out, again) {
			t.Fatalf("not deterministic: %s then %s", out, again)
		}
	})
}

// fuzzTables are the syscall tables FuzzSyscall draws from.
var fuzzTables = [...]*syscalls.Table{amd64.Table(), i386.Table(), amd64.X32Table(), arm64.Table()}

// FuzzSyscall prints any call of every table with any arguments, result
// and memory: nr picks the call (numbers past a table's end are unknown
// calls), each argument is a number or, per sel's bit, an offset into the
// fuzzed memory. Memory at exit may differ from memory at entry (the call
// wrote it).
func FuzzSyscall(f *testing.F) {
	seed := func(name string, sel uint8, ret int64, failed bool, mem []byte, args ...uint64) {
		sc := amd64.Table().ByName(name)
		var a [6]uint64
		copy(a[:], args)
		f.Add(uint16(sc.Nr), uint8(0), a[0], a[1], a[2], a[3], a[4], a[5], sel, ret, failed, mem, []byte(nil), uint8(0), uint16(32))
	}
	seed("read", 2, 5, false, []byte("hello world"), 3, 0, 64)
	seed("write", 2, 20, false, []byte("hello, gotrace\n\t\"\\\x01\xff"), 1, 0, 20)
	seed("openat", 2, -2, true, []byte("/nonexistent\x00"), uint64(1<<64-100), 0, 0o2000000)
	seed("newfstatat", 6, 0, false, le("/\x00\x00\x00\x00\x00\x00\x00", uint64(0x801), uint64(5), uint64(1), uint32(0o100644), make([]byte, 116)), uint64(1<<64-100), 0, 8, 0)
	seed("execve", 6, -2, true, le("/x\x00\x00\x00\x00\x00\x00", uint64(fuzzAddr+24), uint64(0), "ls\x00"), 0, 8, 8)
	seed("rt_sigaction", 6, 0, false, make([]byte, 88), 10, 0, 0, 8)
	seed("wait4", 2, 5, false, le(uint32(0x300)), uint64(1<<64-1), 0, 0, 0)
	seed("ioctl", 4, 0, false, le(uint32(0x500), uint32(5), uint32(0xbf), uint32(0x8a3b), make([]byte, 20)), 1, 0x5401, 0)
	seed("fcntl", 4, 0, false, le(int16(1), int16(0), uint32(0), int64(0), int64(10), int32(0)), 3, 5, 0)
	seed("connect", 2, 0, false, le(uint16(2), uint16(0x5000), []byte{1, 2, 3, 4}, make([]byte, 8)), 3, 0, 16)
	seed("getsockname", 6, 0, false, le(uint32(12), uint16(16), uint16(0), uint32(5), uint32(0x11)), 3, 4, 0)
	seed("mmap", 0, 4096, false, nil, 0, 4096, 3, 0x22, uint64(1<<64-1), 0)
	seed("clone", 0, 5, false, nil, 0x1200011, 0, 0, 8, 0)
	seed("getdents64", 2, 24, false, le(uint64(1), int64(2), uint16(24), uint8(4), "abcd\x00"), 3, 0, 100)
	seed("statx", 0x12, 0, false, append([]byte("/\x00\x00\x00\x00\x00\x00\x00"), make([]byte, 256)...), uint64(1<<64-100), 0, 0, 0xfff, 8)
	seed("writev", 2, 0, false, le(uint64(fuzzAddr+32), uint64(3), uint64(fuzzAddr+32), uint64(2), "abc"), 1, 0, 2)
	seed("getxattr", 7, 4, false, []byte("/\x00a\x00ab\x00\x00"), 0, 2, 4, 10)
	f.Add(uint16(500), uint8(0), uint64(1), uint64(2), uint64(3), uint64(4), uint64(5), uint64(6), uint8(0), int64(-38), true, []byte(nil), []byte(nil), uint8(0), uint16(32))
	f.Add(uint16(20), uint8(1), uint64(1), uint64(2), uint64(3), uint64(4), uint64(5), uint64(6), uint8(0), int64(1), false, []byte(nil), []byte(nil), uint8(3), uint16(32))
	f.Fuzz(func(t *testing.T, nr uint16, table uint8, a0, a1, a2, a3, a4, a5 uint64, sel uint8, ret int64, failed bool, mem, exitMem []byte, flags uint8, limit uint16) {
		// The host's interfaces are slow to ask for, and not the point.
		saved := InterfaceName
		defer func() { InterfaceName = saved }()
		InterfaceName = func(i uint32) string { return map[uint32]string{1: "lo"}[i] }
		tab := fuzzTables[int(table)%len(fuzzTables)]
		c := &syscalls.Call{ABI: tab.ABI, Nr: uint64(nr) % uint64(tab.Len()+8)}
		c.Sys = tab.Lookup(c.Nr)
		c.SP = fuzzAddr
		args := [6]uint64{a0, a1, a2, a3, a4, a5}
		for i := range args {
			if sel&(1<<i) != 0 {
				args[i] = fuzzAddr + args[i]%uint64(len(mem)+1)
			}
		}
		c.Args = args
		entry := fakeMem{at(fuzzAddr, mem)}
		exit := entry
		if len(exitMem) > 0 {
			exit = fakeMem{at(fuzzAddr, exitMem)}
		}
		d := fuzzDecoder(limit, flags)
		print := func() string {
			c.Exited, c.Ret, c.Failed = false, 0, false
			d.Mem = entry
			prefix := []byte("PID ")
			e := d.Enter(prefix, c)
			if !bytes.HasPrefix(e, []byte("PID ")) || !bytes.Contains(e, []byte("(")) {
				t.Fatalf("entry half %q", e)
			}
			// i386's ipc shows as the call it makes, as in strace.
			name := CallName(c) + "("
			if c.Sys == nil {
				name = fmt.Sprintf("syscall_%#x(", c.Nr)
			}
			if !bytes.HasPrefix(e[4:], []byte(name)) {
				t.Fatalf("entry half does not start with %s: %q", name, e)
			}
			done := EntryDone(c)
			c.Exited, c.Ret, c.Failed = true, ret, failed && ret < 0 && ret > -4096
			d.Mem = exit
			x := d.Exit(nil, c)
			if !bytes.HasSuffix(x, []byte(")")) {
				t.Fatalf("exit half %q", x)
			}
			if done && string(x) != ")" {
				t.Fatalf("entry said done, exit printed %q", x)
			}
			r := d.Return(nil, c)
			if len(r) == 0 {
				t.Fatal("empty return value")
			}
			line := string(e[4:]) + string(x) + " = " + string(r)
			checkText(t, "line", []byte(line))
			return line
		}
		first := print()
		if again := print(); again != first {
			t.Fatalf("not deterministic:\n%s\n%s", first, again)
		}
		// A call cut short (the thread exited in it) still closes.
		c.Exited = false
		d.Mem = entry
		e := d.Enter(nil, c)
		u := d.Unfinished(e, c)
		if !bytes.HasSuffix(u, []byte(")")) {
			t.Fatalf("unfinished %q", u)
		}
	})
}
