// Package decode prints system calls, signals and exits as strace 6.x does.
//
// A Decoder appends text to a byte slice and never allocates on the common
// path. For a syscall it works in two halves, as strace does: Enter prints
// the name and the arguments known at entry (inputs), Exit the rest
// (outputs, which exist only once the call returned) and the closing
// parenthesis, and Return the " = ..." part. The caller joins the halves
// into a line, or splits them around another thread's output
// ("<unfinished ...>").
package decode

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
)

// Memory reads a stopped tracee's memory (tracer.Memory satisfies it).
// Read returns how many bytes it could read; a short read stops at an
// unreadable page.
type Memory interface {
	Read(addr uint64, buf []byte) (n int, err error)
}

// Options are the command-line choices that change how things print.
type Options struct {
	// StringLimit is -s: how many bytes of a string or buffer to show,
	// and how many elements of an array. Zero is a valid limit (-s 0);
	// NewDecoder takes a negative one as the default.
	StringLimit int
	// Verbose is -v: print structs in full and environments in full.
	Verbose bool
	// Hex is -x (1: non-ASCII bytes of strings in hex) or -xx (2: every
	// byte in hex).
	Hex int
	// Decorate is -y (1: descriptors are followed by their path,
	// 3</etc/passwd>) or -yy (2: also socket endpoints and device
	// numbers).
	Decorate int
	// Xlat is -X: how named constants print.
	Xlat XlatStyle
	// Raw is -e raw=: calls printed with undecoded arguments, in hex.
	Raw *syscalls.Set
	// Unabbrev is -e abbrev= inverted: calls whose structs print in full
	// even without -v (nil: none).
	Unabbrev *syscalls.Set
	// NoDeref is -e verbose= inverted: calls whose structs print as
	// addresses (nil: none).
	NoDeref *syscalls.Set
}

// XlatStyle is how named constants print (-X).
type XlatStyle uint8

const (
	// XlatAbbrev prints names: O_RDONLY|O_CLOEXEC (the default).
	XlatAbbrev XlatStyle = iota
	// XlatRaw prints numbers: 0x80000.
	XlatRaw
	// XlatVerbose prints both: 0x80000 /* O_RDONLY|O_CLOEXEC */.
	XlatVerbose
)

// DefaultOptions are strace's defaults.
var DefaultOptions = Options{StringLimit: 32}

// Decoder turns calls into text. It is not safe for concurrent use; the
// tracer thread owns one.
type Decoder struct {
	Opts Options
	// Mem reads the memory of the tracee whose call is being printed; set
	// it before each Enter/Exit.
	Mem Memory
	// Tid is the thread whose call is being printed; -y asks Fds about
	// its descriptors.
	Tid int
	// Fds resolves descriptors for -y (ProcFds when nil).
	Fds FdResolver

	// escapeAngles makes quoteBytes escape < and >, inside -y's <...>.
	escapeAngles bool
	// rawCall and noDeref are the per-call options of the call being
	// printed (-e raw=, -e verbose=).
	rawCall, noDeref bool

	b   []byte         // output being appended to
	c   *syscalls.Call // call being printed
	buf [8192]byte     // scratch for memory reads of strings and structs
	// small is scratch for the small reads (a word, a short struct, an
	// array element) made while buf may be in use; a stack array would
	// escape through the Memory interface and allocate.
	small [64]byte
	// sigCall stands for the call while a siginfo is printed, with the
	// siginfo's layout; sigABI is the tracee's ABI.
	sigCall syscalls.Call
	sigABI  syscalls.ABI
	// retStyle and retNote let a syscall's decoder change how its return
	// value prints ("= 0x1 (flags FD_CLOEXEC)").
	retStyle syscalls.Ret
	retNote  []byte
	hasStyle bool
	// bulk holds a buffer read in one go (getdents64's), served to the
	// printers that read it piece by piece: one process_vm_readv for
	// the whole buffer instead of one per entry.
	bulk    bulkMemory
	bulkBuf []byte
	// pages caches the last pages read for one half of a call.
	pages pageMemory
}

// pageMemory serves small reads from the last pages of tracee memory read
// whole: execve's argument and environment vectors and their strings, a
// struct and the string it points to, sit on a few pages, and one
// process_vm_readv per page replaces one per word. It lives for one half
// of one call's decoding, while the thread is stopped.
type pageMemory struct {
	next Memory
	// pages are the cached pages; a miss replaces them in turn, so that
	// walking a vector on one page and its strings on others does not
	// read the vector's page again for every element.
	pages [pageCacheSlots]cachedPage
	// victim is the slot the next miss fills.
	victim int
}

// pageCacheSlots is how many pages pageMemory keeps: argv's array, its
// strings and envp's array may each be on a page of their own.
const pageCacheSlots = 4

// cachedPage is one page of tracee memory read whole.
type cachedPage struct {
	base  uint64
	n     int // bytes of page valid from base
	valid bool
	page  [pageSize]byte
}

// pageCachedRead is the largest read served from the page cache; larger
// ones go to the tracee directly.
const pageCachedRead = 512

// Read implements Memory.
func (m *pageMemory) Read(addr uint64, buf []byte) (int, error) {
	if len(buf) == 0 || len(buf) > pageCachedRead {
		return m.next.Read(addr, buf)
	}
	for i := range m.pages {
		if p := &m.pages[i]; p.covers(addr, len(buf)) {
			return copy(buf, p.page[addr-p.base:p.n]), nil
		}
	}
	p := &m.pages[m.victim]
	m.victim = (m.victim + 1) % pageCacheSlots
	p.base = addr &^ (pageSize - 1)
	p.n, _ = m.next.Read(p.base, p.page[:])
	p.valid = p.n > 0
	if !p.covers(addr, len(buf)) {
		// Across a page, or not all readable from the page's start:
		// ask the tracee for exactly this.
		return m.next.Read(addr, buf)
	}
	return copy(buf, p.page[addr-p.base:p.n]), nil
}

func (p *cachedPage) covers(addr uint64, n int) bool {
	return p.valid && addr >= p.base && addr-p.base+uint64(n) <= uint64(p.n)
}

// reset empties the cache for a new half-call.
func (m *pageMemory) reset() {
	for i := range m.pages {
		m.pages[i].valid = false
	}
	m.victim = 0
}

// cachePages makes d.Mem read through a page cache until uncachePages.
// (Two methods rather than a returned closure: it runs for every call,
// and a closure would be allocated each time.)
func (d *Decoder) cachePages() {
	if d.Mem == nil || d.Mem == Memory(&d.pages) {
		return
	}
	d.pages.next = d.Mem
	d.pages.reset()
	d.Mem = &d.pages
}

// uncachePages puts back the memory cachePages wrapped.
func (d *Decoder) uncachePages() {
	if d.Mem == Memory(&d.pages) {
		d.Mem = d.pages.next
	}
	d.pages.next = nil
}

// bulkMemory serves reads inside data (the tracee's memory at base) from
// it, and any other read from next.
type bulkMemory struct {
	base uint64
	data []byte
	next Memory
}

// Read implements Memory.
func (m *bulkMemory) Read(addr uint64, buf []byte) (int, error) {
	if addr >= m.base && addr-m.base < uint64(len(m.data)) {
		n := copy(buf, m.data[addr-m.base:])
		if n == len(buf) {
			return n, nil
		}
		// Past what was read: the tracee's memory says how far it goes.
		more, err := m.next.Read(addr+uint64(n), buf[n:])
		return n + more, err
	}
	return m.next.Read(addr, buf)
}

// readBulk reads up to n bytes at addr at once and makes d.Mem serve them;
// the returned function puts d.Mem back.
func (d *Decoder) readBulk(addr, n uint64) func() {
	const most = 1 << 20 // strace reads at most this much of a getdents buffer
	if n > most {
		n = most
	}
	if n == 0 {
		return func() {}
	}
	if uint64(cap(d.bulkBuf)) < n {
		d.bulkBuf = make([]byte, n)
	}
	buf := d.bulkBuf[:n]
	got, _ := d.Mem.Read(addr, buf)
	if got <= 0 {
		return func() {}
	}
	saved := d.Mem
	d.bulk = bulkMemory{base: addr, data: buf[:got], next: saved}
	d.Mem = &d.bulk
	return func() { d.Mem, d.bulk = saved, bulkMemory{} }
}

// NewDecoder returns a Decoder with the given options. A negative
// StringLimit means strace's default; 0 is -s 0, which strace accepts
// (strings print as ""..., arrays as [...]).
func NewDecoder(opts Options) *Decoder {
	if opts.StringLimit < 0 {
		opts.StringLimit = DefaultOptions.StringLimit
	}
	return &Decoder{Opts: opts, retNote: make([]byte, 0, 64)}
}

// Enter appends to dst the call's name, "(", and the arguments decoded at
// entry, and records in c where Exit must resume.
func (d *Decoder) Enter(dst []byte, c *syscalls.Call) []byte {
	d.b, d.c = dst, c
	saved := d.qualify()
	defer d.unqualify(saved)
	d.cachePages()
	defer d.uncachePages()
	d.name()
	d.b = append(d.b, '(')
	c.Resume = 0
	if d.rawCall {
		d.rawArgs(d.argCount())
		c.Resume = doneMarker
	} else if fn := d.special(); fn != nil {
		if fn(d, false) {
			c.Resume = doneMarker
		}
	} else {
		d.argsEntering()
	}
	dst, d.b, d.c = d.b, nil, nil
	return dst
}

// qualify applies the per-call options (-e raw=, abbrev=, verbose=) to
// the call being printed; unqualify puts the options back.
func (d *Decoder) qualify() bool {
	d.rawCall = d.Opts.Raw.Has(d.c.ABI, d.c.Nr)
	d.noDeref = d.Opts.NoDeref.Has(d.c.ABI, d.c.Nr)
	saved := d.Opts.Verbose
	if !saved && d.Opts.Unabbrev.Has(d.c.ABI, d.c.Nr) {
		d.Opts.Verbose = true
	}
	return saved
}

func (d *Decoder) unqualify(verbose bool) {
	d.Opts.Verbose = verbose
	d.rawCall, d.noDeref = false, false
}

// argCount is how many arguments the call has: its signature's, or what
// strace counts.
func (d *Decoder) argCount() int {
	if d.c.Sys == nil {
		return 6
	}
	if d.c.Sys.Sig != nil && len(d.c.Sys.Sig.Args) > 0 {
		return len(d.c.Sys.Sig.Args)
	}
	return syscalls.ArgCount(d.c.ABI, d.c.Sys.Name)
}

// EntryDone reports whether Enter printed every argument of c, so that a
// call that never returns ends with ")" rather than "<unfinished ...>)".
func EntryDone(c *syscalls.Call) bool { return c.Resume == doneMarker }

// doneMarker in Call.Resume says every argument was printed at entry.
const doneMarker = 127

// Exit appends the arguments decoded at exit and ")". The call's return
// value must be set.
//
// A syscall's decoder may set, at exit, how its return value prints; call
// Return right after Exit for the same call.
func (d *Decoder) Exit(dst []byte, c *syscalls.Call) []byte {
	d.b, d.c = dst, c
	saved := d.qualify()
	defer d.unqualify(saved)
	d.cachePages()
	defer d.uncachePages()
	d.hasStyle = false
	d.retNote = d.retNote[:0]
	if c.Resume != doneMarker {
		if fn := d.special(); fn != nil {
			fn(d, true)
		} else {
			d.argsExiting()
		}
	}
	d.b = append(d.b, ')')
	dst, d.b, d.c = d.b, nil, nil
	return dst
}

// Unfinished appends the arguments of a call that will not return (the
// thread exited during it) and ")".
func (d *Decoder) Unfinished(dst []byte, c *syscalls.Call) []byte {
	return append(dst, ')')
}

// name prints the call's name, or syscall_0x... for a number its ABI does
// not define.
func (d *Decoder) name() {
	if d.c.Sys != nil {
		d.b = append(d.b, d.c.Sys.Name...)
		return
	}
	d.b = append(d.b, "syscall_0x"...)
	d.b = strconv.AppendUint(d.b, d.c.Nr, 16)
}

// special returns the syscall's own decoder, if it has one.
func (d *Decoder) special() specialFunc {
	if d.c.Sys == nil {
		return printUnknown
	}
	if fn, ok := specials.lookup(d.c.Sys.Name); ok {
		return fn
	}
	if d.c.Sys.Sig == nil {
		return printRaw
	}
	return nil
}

// specialFunc decodes a whole syscall that the argument kinds cannot
// describe. It is called at entry (exiting false) and, unless it returned
// true there, at exit; it prints its own separators.
type specialFunc func(d *Decoder, exiting bool) (done bool)

// specials are the syscalls with their own decoders, by name. Filled by
// init functions next to each decoder.
var specials specialTable

// namedSpecial is one syscall's own decoder.
type namedSpecial struct {
	name string
	fn   specialFunc
}

// specialTable finds a syscall's own decoder by name. It is a slice,
// sorted at the first lookup and searched by halves, rather than a map:
// it is filled at every start, and a map of a hundred entries (with the
// map literals the families registered from) cost each start a quarter
// of a millisecond in allocations and page faults, against about a
// hundred nanoseconds a lookup.
type specialTable struct {
	entries []namedSpecial
	sorted  sync.Once
}

// add registers decoders; a name added again replaces the earlier one.
func (t *specialTable) add(entries ...namedSpecial) {
	t.entries = append(t.entries, entries...)
}

// lookup returns the decoder of the syscall called name.
func (t *specialTable) lookup(name string) (specialFunc, bool) {
	t.sorted.Do(func() {
		// Stable, so that of two entries for one name the later,
		// which replaced the earlier, stays last.
		sort.SliceStable(t.entries, func(i, j int) bool { return t.entries[i].name < t.entries[j].name })
	})
	i := sort.Search(len(t.entries), func(i int) bool { return t.entries[i].name > name })
	if i > 0 && t.entries[i-1].name == name {
		return t.entries[i-1].fn, true
	}
	return nil, false
}

// argsEntering prints the signature's arguments up to the first one
// decoded at exit, followed by the separator before it.
func (d *Decoder) argsEntering() {
	args := d.c.Sys.Sig.Args
	for i := range args {
		a := &args[i]
		if a.Kind.AtExit() {
			// A value-result argument after the pause (getsockname's
			// length follows the address it sizes) must still be
			// read now, before the kernel changes it.
			for j := i; j < len(args); j++ {
				if args[j].Kind == syscalls.StructInOut {
					d.saveInOut(j, &args[j])
					break
				}
			}
			if i > 0 {
				d.b = append(d.b, ", "...)
			}
			d.c.Resume = int8(i)
			return
		}
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.arg(i, a)
	}
	d.c.Resume = doneMarker
}

// argsExiting prints the arguments from the bookmark on.
func (d *Decoder) argsExiting() {
	args := d.c.Sys.Sig.Args
	for i := int(d.c.Resume); i < len(args); i++ {
		if i > int(d.c.Resume) {
			d.b = append(d.b, ", "...)
		}
		d.arg(i, &args[i])
	}
}

// arg prints argument i of kind a.
func (d *Decoder) arg(i int, a *syscalls.Arg) {
	v := d.c.Args[i]
	switch a.Kind {
	case syscalls.Int:
		d.b = strconv.AppendInt(d.b, int64(int32(v)), 10)
	case syscalls.Uint:
		d.b = strconv.AppendUint(d.b, uint64(uint32(v)), 10)
	case syscalls.Long:
		d.b = strconv.AppendInt(d.b, d.long(v), 10)
	case syscalls.Ulong:
		d.b = strconv.AppendUint(d.b, d.ulong(v), 10)
	case syscalls.Uid:
		if uint32(v) == ^uint32(0) {
			d.b = append(d.b, "-1"...)
		} else {
			d.b = strconv.AppendUint(d.b, uint64(uint32(v)), 10)
		}
	case syscalls.Uint64:
		d.b = strconv.AppendUint(d.b, v, 10)
	case syscalls.Hex:
		d.hex(d.ulong(v))
	case syscalls.Oct:
		// Modes are umode_t, an unsigned short: strace shows no more
		// of the register.
		d.oct(uint64(uint16(v)))
	case syscalls.Ptr:
		d.ptr(v)
	case syscalls.Fd:
		d.fd(v)
	case syscalls.AtFd:
		d.atFd(v)
	case syscalls.Signal:
		d.signal(int(int32(v)))
	case syscalls.Flags:
		d.flags(a.Values, d.flagArg(a.Values, v))
	case syscalls.Enum:
		d.enum(a.Values, d.flagArg(a.Values, v))
	case syscalls.OFlags:
		d.openFlags(v)
	case syscalls.Mode:
		d.mode(uint32(v))
	case syscalls.Path:
		d.path(v)
	case syscalls.Str:
		d.cstring(v)
	case syscalls.BufIn:
		d.buffer(v, d.ulong(d.lenArg(a)))
	case syscalls.BufOut:
		d.bufferOut(v, a)
	case syscalls.StrOut:
		// getcwd's path, not cut by -s: strace reads as many bytes as
		// the call returned, less the NUL it counts.
		if d.c.Failed {
			d.ptr(v)
		} else {
			n := uint64(uint32(d.c.Ret - 1))
			if n > pathMax-1 {
				n = pathMax - 1
			}
			d.pathN(d.ulong(v), int(n))
		}
	case syscalls.StrArray, syscalls.Envp:
		switch {
		case d.noDeref:
			// -e verbose= left this call out: arrays stay addresses.
			d.ptr(v)
		case a.Kind == syscalls.StrArray:
			d.strArray(v)
		default:
			d.envp(v)
		}
	case syscalls.StructIn:
		d.structAt(v, a, false)
	case syscalls.StructOut:
		if d.c.Failed && a.Struct == syscalls.Iovec {
			// readv's vector still prints when the call failed,
			// with the buffers as addresses.
			d.iovecs(d.ulong(v), a, true)
		} else if d.c.Failed {
			d.ptr(v)
		} else {
			d.structAt(v, a, true)
		}
	case syscalls.StructInOut:
		d.inOut(i, a)
	default:
		d.hex(v)
	}
}

// lenArg returns the register of the argument a.Len names as a length,
// or the return value for LenRet. An index no argument has (which no
// signature should use) gives 0 rather than a panic.
func (d *Decoder) lenArg(a *syscalls.Arg) uint64 {
	if a.Len == syscalls.LenRet {
		return uint64(d.c.Ret)
	}
	if a.Len < 0 || int(a.Len) >= len(d.c.Args) {
		return 0
	}
	return d.c.Args[a.Len]
}

// flagArg returns the part of register v that a flag set or enum argument
// is: strace looks most of them up as unsigned ints (printflags,
// printxval), so bits above 32 are not part of the value; the few it reads
// as longs (printflags64: mmap's and mprotect's prot) keep the whole
// register.
func (d *Decoder) flagArg(vs *syscalls.Values, v uint64) uint64 {
	if vs == syscalls.ProtFlags {
		return d.ulong(v)
	}
	return uint64(uint32(v))
}

// bufferOut prints a buffer the call filled, as many bytes as it returned
// (capped by the length argument, if any).
func (d *Decoder) bufferOut(v uint64, a *syscalls.Arg) {
	if d.c.Failed || d.c.Ret < 0 {
		d.ptr(v)
		return
	}
	n := uint64(d.c.Ret)
	if a.Len >= 0 && int(a.Len) < len(d.c.Args) {
		if l := d.ulong(d.c.Args[a.Len]); l < n {
			n = l
		}
	}
	d.buffer(v, n)
}

// scratch returns n bytes of the small scratch buffer (n <= 64).
func (d *Decoder) scratch(n int) []byte { return d.small[:n] }

// long and ulong read a register as the ABI's long: 32 bits for i386 and
// x32, 64 otherwise.
func (d *Decoder) long(v uint64) int64 {
	if d.c.ABI.PointerSize() == 4 {
		return int64(int32(v))
	}
	return int64(v)
}

func (d *Decoder) ulong(v uint64) uint64 {
	if d.c.ABI.PointerSize() == 4 {
		return uint64(uint32(v))
	}
	return v
}

// hex prints v as strace's %#lx: 0 as "0", others as 0x....
func (d *Decoder) hex(v uint64) {
	if v == 0 {
		d.b = append(d.b, '0')
		return
	}
	d.b = append(d.b, "0x"...)
	d.b = strconv.AppendUint(d.b, v, 16)
}

// ptr prints an address of the call's width: NULL for 0.
func (d *Decoder) ptr(v uint64) { d.ptr64(d.ulong(v)) }

// valueResult prints a value the caller passed and the kernel may have
// changed (a length in and out, as strace's value-result arguments):
// "before => after", or one number when it stayed the same.
func (d *Decoder) valueResult(before, after int64) {
	if before != after {
		d.b = strconv.AppendInt(d.b, before, 10)
		d.b = append(d.b, " => "...)
	}
	d.b = strconv.AppendInt(d.b, after, 10)
}

// pointee prints what stands for a pointer argument whose pointee is not
// to be shown: NULL, or the address when -e verbose= leaves the call out
// or the call failed (at its exit). Otherwise it prints nothing and
// returns the address (of the call's width) and true: the caller prints
// the pointee.
func (d *Decoder) pointee(addr uint64) (uint64, bool) {
	addr = d.ulong(addr)
	switch {
	case addr == 0:
		d.b = append(d.b, "NULL"...)
	case d.noDeref || d.c.Exited && d.c.Failed:
		d.ptr(addr)
	default:
		return addr, true
	}
	return addr, false
}

// ptr64 prints an address whatever the call's ABI, as strace's
// printaddr64 does for the 64-bit pointer fields of structs: NULL or 0x....
func (d *Decoder) ptr64(v uint64) {
	if v == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	d.b = append(d.b, "0x"...)
	d.b = strconv.AppendUint(d.b, v, 16)
}

// oct prints a mode as strace's %#03o: 0644, 022, 000.
func (d *Decoder) oct(v uint64) {
	var tmp [24]byte
	s := strconv.AppendUint(tmp[:0], v, 8)
	d.b = append(d.b, '0')
	for i := len(s); i < 2; i++ {
		d.b = append(d.b, '0')
	}
	d.b = append(d.b, s...)
}

// fd prints a descriptor.
func (d *Decoder) fd(v uint64) {
	fd := int32(v)
	d.b = strconv.AppendInt(d.b, int64(fd), 10)
	if d.Opts.Decorate > 0 && fd >= 0 {
		d.fdPath(int(fd))
	}
}

// fdPath appends -y's <path> (or -yy's <TCP:[...]>) for a descriptor.
func (d *Decoder) fdPath(fd int) {
	fds := d.fds()
	path, ok := fds.FdPath(d.Tid, fd)
	if !ok {
		return
	}
	var dev string
	if d.Opts.Decorate >= 2 {
		if inode, isSock := socketInode(path); isSock {
			if info, ok := fds.SocketInfo(d.Tid, fd, inode); ok {
				path = info
			}
		} else if strings.HasPrefix(path, "/") {
			dev = deviceOf(d.Tid, fd)
		}
	}
	d.b = append(d.b, '<')
	if strings.HasPrefix(path, "/") {
		// A path is escaped as strace escapes it; descriptions
		// (socket:[...], TCP:[...->...], pipe:[...]) are not.
		d.escapeAngles = true
		d.quoteBytes([]byte(path), -1, false)
		d.escapeAngles = false
	} else {
		d.b = append(d.b, path...)
	}
	d.b = append(d.b, dev...)
	d.b = append(d.b, '>')
}

// fds returns the descriptor resolver, a /proc one unless one was set.
func (d *Decoder) fds() FdResolver {
	if d.Fds == nil {
		d.Fds = NewProcFds()
	}
	return d.Fds
}

// socketInode parses "socket:[12345]".
func socketInode(path string) (uint64, bool) {
	s, ok := strings.CutPrefix(path, "socket:[")
	if !ok || !strings.HasSuffix(s, "]") {
		return 0, false
	}
	n, err := strconv.ParseUint(s[:len(s)-1], 10, 64)
	return n, err == nil
}

// deviceOf returns -yy's "<char 1:3>" for a device descriptor, or "".
func deviceOf(tid, fd int) string {
	var st unix.Stat_t
	if unix.Stat("/proc/"+strconv.Itoa(tid)+"/fd/"+strconv.Itoa(fd), &st) != nil {
		return ""
	}
	kind := ""
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFCHR:
		kind = "char"
	case unix.S_IFBLK:
		kind = "block"
	default:
		return ""
	}
	return "<" + kind + " " + strconv.FormatUint(uint64(unix.Major(st.Rdev)), 10) + ":" +
		strconv.FormatUint(uint64(unix.Minor(st.Rdev)), 10) + ">"
}

// atFdCWD is AT_FDCWD.
const atFdCWD = -100

// atFd prints a directory descriptor of an *at call.
func (d *Decoder) atFd(v uint64) {
	if int32(v) == atFdCWD {
		switch d.Opts.Xlat {
		case XlatRaw:
			d.b = append(d.b, "-100"...)
			return
		case XlatVerbose:
			d.b = append(d.b, "-100 /* AT_FDCWD */"...)
			return
		}
		d.b = append(d.b, "AT_FDCWD"...)
		if d.Opts.Decorate > 0 {
			if cwd, ok := d.fds().CwdPath(d.Tid); ok {
				d.b = append(d.b, '<')
				d.escapeAngles = true
				d.quoteBytes([]byte(cwd), -1, false)
				d.escapeAngles = false
				d.b = append(d.b, '>')
			}
		}
		return
	}
	d.fd(v)
}

// saveInOut keeps the entry value of a value-result argument.
func (d *Decoder) saveInOut(i int, a *syscalls.Arg) {
	d.c.Saved[0] = 0
	d.c.Saved[1] = 0
	if a.Struct == syscalls.SockLen && d.c.Args[i] != 0 {
		b := d.scratch(4)
		if n, _ := d.Mem.Read(d.c.Args[i], b); n == 4 {
			d.c.Saved[0] = uint64(le32(b))
			d.c.Saved[1] = 1
		}
	}
}

// inOut prints a value-result argument at exit: [old => new] or [v].
func (d *Decoder) inOut(i int, a *syscalls.Arg) {
	v := d.c.Args[i]
	if v == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	switch a.Struct {
	case syscalls.SockLen:
		if d.c.Saved[1] == 0 {
			d.ptr(v)
			return
		}
		// A socklen_t, which strace prints as an int.
		old := int32(d.c.Saved[0])
		b := d.scratch(4)
		if d.c.Failed {
			d.b = append(d.b, '[')
			d.b = strconv.AppendInt(d.b, int64(old), 10)
			d.b = append(d.b, ']')
			return
		}
		if n, _ := d.Mem.Read(v, b); n != 4 {
			d.ptr(v)
			return
		}
		d.b = append(d.b, '[')
		d.valueResult(int64(old), int64(int32(le32(b))))
		d.b = append(d.b, ']')
	default:
		d.structAt(v, a, true)
	}
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func le64(b []byte) uint64 {
	return uint64(le32(b)) | uint64(le32(b[4:]))<<32
}

// printUnknown prints a number the ABI does not define: all six registers
// in hex, as strace does.
func printUnknown(d *Decoder, exiting bool) bool {
	d.rawArgs(6)
	return true
}

// printRaw prints a known call without a signature the same way.
func printRaw(d *Decoder, exiting bool) bool {
	d.rawArgs(syscalls.ArgCount(d.c.ABI, d.c.Sys.Name))
	return true
}

func (d *Decoder) rawArgs(n int) {
	for i := 0; i < n; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.hex(d.ulong(d.c.Args[i]))
	}
}
