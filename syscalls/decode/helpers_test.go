package decode

import (
	"encoding/hex"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/amd64"
	"github.com/gotrace/gotrace/syscalls/i386"
)

// fakeMem is tracee memory for tests: byte ranges at addresses. A read
// that starts inside a range and runs past its end is short (as at an
// unmapped page); a read that starts outside every range fails with
// EFAULT, as process_vm_readv does.
type fakeMem []region

// region is one mapped range: data, then zeros up to size bytes (when
// size is larger).
type region struct {
	addr uint64
	data []byte
	size uint64
}

func (r *region) len() uint64 { return max(r.size, uint64(len(r.data))) }

func (m fakeMem) Read(addr uint64, buf []byte) (int, error) {
	if len(buf) == 0 {
		return 0, nil
	}
	for i := range m {
		r := &m[i]
		if addr < r.addr || addr-r.addr >= r.len() {
			continue
		}
		off := addr - r.addr
		n := uint64(len(buf))
		if n > r.len()-off {
			n = r.len() - off
		}
		got := 0
		if off < uint64(len(r.data)) {
			got = copy(buf[:n], r.data[off:])
		}
		clear(buf[got:n])
		return int(n), nil
	}
	return 0, syscall.EFAULT
}

// at returns a region of data at addr.
func at(addr uint64, data ...[]byte) region {
	var b []byte
	for _, d := range data {
		b = append(b, d...)
	}
	return region{addr: addr, data: b}
}

// le builds little-endian bytes from values of the given widths: each
// argument is a uint8/16/32/64 or int8/16/32/64, or a []byte or string
// copied as is.
func le(vs ...any) []byte {
	var b []byte
	for _, v := range vs {
		switch v := v.(type) {
		case uint8:
			b = append(b, v)
		case int8:
			b = append(b, uint8(v))
		case uint16:
			b = append(b, byte(v), byte(v>>8))
		case int16:
			b = append(b, byte(v), byte(v>>8))
		case uint32:
			b = append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		case int32:
			u := uint32(v)
			b = append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
		case uint64:
			for i := 0; i < 8; i++ {
				b = append(b, byte(v>>(8*i)))
			}
		case int64:
			u := uint64(v)
			for i := 0; i < 8; i++ {
				b = append(b, byte(u>>(8*i)))
			}
		case []byte:
			b = append(b, v...)
		case string:
			b = append(b, v...)
		default:
			panic("le: unsupported type")
		}
	}
	return b
}

// pad returns b extended with zeros to n bytes.
func pad(b []byte, n int) []byte {
	if len(b) >= n {
		return b
	}
	return append(b, make([]byte, n-len(b))...)
}

func init() {
	Tables[syscalls.AMD64] = amd64.Table()
	Tables[syscalls.I386] = i386.Table()
	Tables[syscalls.X32] = amd64.X32Table()
}

// newCall returns an x86_64 call of the named syscall with args.
func newCall(t testing.TB, name string, args ...uint64) *syscalls.Call {
	t.Helper()
	return newCallABI(t, syscalls.AMD64, name, args...)
}

// newCallABI returns a call of the named syscall in abi (x86_64 or i386).
func newCallABI(t testing.TB, abi syscalls.ABI, name string, args ...uint64) *syscalls.Call {
	t.Helper()
	tab := amd64.Table()
	if abi == syscalls.I386 {
		tab = i386.Table()
	}
	sc := tab.ByName(name)
	if sc == nil {
		t.Fatalf("no syscall %q", name)
	}
	c := &syscalls.Call{ABI: abi, Nr: uint64(sc.Nr), Sys: sc}
	copy(c.Args[:], args)
	return c
}

// result is how a call returned: Ret, and whether the kernel flagged it as
// an error (then Ret is -errno).
type result struct {
	ret    int64
	failed bool
}

func ok(v int64) result                 { return result{ret: v} }
func fail(e syscall.Errno) result       { return result{ret: -int64(e), failed: true} }
func failNr(e uint64) result            { return result{ret: -int64(e), failed: true} }
func (r result) apply(c *syscalls.Call) { c.Exited, c.Ret, c.Failed = true, r.ret, r.failed }

// halves decodes c with the memory seen at entry and at exit (the same
// when exit is nil), and returns the entry half, the exit half and the
// return value text.
func halves(d *Decoder, c *syscalls.Call, entry, exit Memory, r result) (enter, leave, ret string) {
	if exit == nil {
		exit = entry
	}
	d.Mem = entry
	e := d.Enter(nil, c)
	r.apply(c)
	d.Mem = exit
	x := d.Exit(nil, c)
	v := d.Return(nil, c)
	return string(e), string(x), string(v)
}

// line decodes c into a whole strace line without the alignment: the
// entry half, the exit half, " = " and the return value.
func line(d *Decoder, c *syscalls.Call, mem Memory, r result) string {
	e, x, v := halves(d, c, mem, nil, r)
	return e + x + " = " + v
}

// Calls described by their arguments, as testdata/c/oracle.c makes them
// (so that the oracle tests can check the same cases against strace): a
// number, or bytes at a fixed address the argument points to.

// oarg is one oracle argument: a number, or bytes it points to.
type oarg struct {
	val  uint64
	data []byte
	ptr  bool
	edge bool // nothing mapped after the bytes
	pid  bool // the oracle's pid
}

func onum(v int64) oarg    { return oarg{val: uint64(v)} }
func obytes(b []byte) oarg { return oarg{data: b, ptr: true} }
func oedge(b []byte) oarg  { return oarg{data: b, ptr: true, edge: true} }
func (a oarg) spec() string {
	if a.pid {
		return "pid"
	}
	if !a.ptr {
		return strconv.FormatUint(a.val, 10)
	}
	s := "@" + hex.EncodeToString(a.data)
	if a.edge {
		s += "!"
	}
	return s
}

// oracleCase is one call: the syscall, its arguments, the injected result
// ("retval=N" or "error=ENAME"), and strace's options.
type oracleCase struct {
	name   string
	args   []oarg
	inject string
	opts   Options
	abi    syscalls.ABI // 0 is x86_64; I386 runs a 32-bit oracle
}

// regionAddr is where oracle.c maps argument i's region.
func regionAddr(i int) uint64 { return 0x70000000 + uint64(i)*0x1000000 }

// mem builds the fake memory and the argument values oracle.c would.
func (oc *oracleCase) mem() (fakeMem, [6]uint64) {
	var m fakeMem
	var args [6]uint64
	for i, a := range oc.args {
		if !a.ptr {
			args[i] = a.val
			continue
		}
		base := regionAddr(i)
		if a.edge {
			// Zeros from the region's start, the bytes at the end
			// of its first MiB, nothing after.
			addr := base + 0x100000 - uint64(len(a.data))
			data := make([]byte, 0x100000)
			copy(data[addr-base:], a.data)
			m = append(m, region{addr: base, data: data})
			args[i] = addr
		} else {
			// oracle.c maps 2 MiB, zeros after the bytes.
			m = append(m, region{addr: base, data: a.data, size: 0x200000})
			args[i] = base
		}
	}
	return m, args
}

// decode prints the case with the decoder.
func (oc *oracleCase) decode(t testing.TB) string {
	m, args := oc.mem()
	abi := oc.abi
	if abi == 0 {
		abi = syscalls.AMD64
	}
	c := newCallABI(t, abi, oc.name, args[:]...)
	r := ok(0)
	if v, found := strings.CutPrefix(oc.inject, "retval="); found {
		n, _ := strconv.ParseInt(v, 10, 64)
		r = ok(n)
	} else if e, found := strings.CutPrefix(oc.inject, "error="); found {
		r = failNr(errnoByName(t, e))
	}
	d := NewDecoder(oc.opts)
	d.Opts = oc.opts
	return line(d, c, m, r)
}

func errnoByName(t testing.TB, name string) uint64 {
	if v, err := strconv.ParseUint(name, 10, 64); err == nil {
		return v
	}
	for e := uint64(1); e < 600; e++ {
		if syscalls.ErrnoName(e) == name {
			return e
		}
	}
	t.Fatalf("no errno %s", name)
	return 0
}
