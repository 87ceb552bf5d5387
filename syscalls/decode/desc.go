package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders of polling (poll, select, epoll), event descriptors and
// asynchronous I/O (aio, io_uring), as strace 6.1's poll.c, desc.c,
// epoll.c, aio.c and io_uring.c print them.

func init() {
	specials.add([]namedSpecial{
		{"poll", decodePoll},
		{"ppoll", decodePoll},
		{"ppoll_time64", decodePoll},
		{"select", decodeSelect},
		{"_newselect", decodeSelect},
		{"pselect6", decodeSelect},
		{"pselect6_time64", decodeSelect},
		{"epoll_ctl", decodeEpollCtl},
		{"epoll_wait", decodeEpollWait},
		{"epoll_pwait", decodeEpollWait},
		{"epoll_pwait2", decodeEpollWait},
		{"io_setup", decodeIoSetup},
		{"io_submit", decodeIoSubmit},
		{"io_cancel", decodeIoCancel},
		{"io_getevents", decodeIoGetevents},
		{"io_pgetevents", decodeIoGetevents},
		{"io_pgetevents_time64", decodeIoGetevents},
		{"io_uring_setup", decodeIoUringSetup},
		{"io_uring_enter", decodeIoUringEnter},
		{"io_uring_register", decodeIoUringRegister},
	}...)
	registerStruct(syscalls.Pollfd, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pollfds(addr, uint64(uint32(d.lenArg(a))))
	})
	registerStruct(syscalls.EpollEvent, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		if a.Kind == syscalls.StructOut {
			d.epollEvents(addr, uint64(d.c.Ret), exiting)
			return
		}
		b := d.scratch(d.epollEventSize())
		if d.sfetchOrAddr(addr, b, exiting, false) {
			d.epollEvent(b)
		}
	})
	registerStruct(syscalls.Fdset, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.fdset(addr, int32(d.lenArg(a)))
	})
	registerStruct(syscalls.SigsetPack, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.ssigsetPack(addr, exiting, false)
	})
	registerStruct(syscalls.IoEvents, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.ioEvents(addr, uint64(d.c.Ret), exiting)
	})
	registerStruct(syscalls.IoEvent, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		b := d.scratch(32)
		if d.sfetchOrAddr(addr, b, exiting, false) {
			d.ioEvent(b)
		}
	})
	registerStruct(syscalls.Iocb, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.iocbAt(addr, exiting, true)
	})
	registerStruct(syscalls.IocbPtrs, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.iocbPtrs(addr, d.long(d.lenArg(a)), exiting)
	})
	registerStruct(syscalls.IoUringParams, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.ioUringParams(addr, exiting)
	})
}

// pollfdSize is sizeof(struct pollfd).
const pollfdSize = 8

// pollfds prints poll's array at entry: [{fd=3, events=POLLIN}], the
// events only for a descriptor that is not negative.
func (d *Decoder) pollfds(addr, n uint64) {
	d.sarray(addr, n, pollfdSize, false, sarrayFetch, false, func(b []byte, _ uint64) bool {
		fd := int32(le32(b))
		events := uint16(b[4]) | uint16(b[5])<<8
		d.b = append(d.b, "{fd="...)
		d.fd(uint64(uint32(fd)))
		if fd >= 0 {
			d.b = append(d.b, ", events="...)
			d.flags(syscalls.PollEvents, uint64(events))
		}
		d.b = append(d.b, '}')
		return true
	})
}

// poll(fds, nfds, timeout) and ppoll(fds, nfds, tmo_p, sigmask,
// sigsetsize): the array at entry, and at exit, in the return value's
// note, the descriptors that have events ("= 1 ([{fd=3,
// revents=POLLIN}])"), Timeout for 0, and ppoll's time left.
func decodePoll(d *Decoder, exiting bool) bool {
	name := d.c.Sys.Name
	nfds := uint64(uint32(d.c.Args[1]))
	time64 := name == "ppoll_time64"
	if !exiting {
		d.pollfds(d.ulong(d.c.Args[0]), nfds)
		d.sep()
		d.su64(nfds)
		d.sep()
		if name == "poll" {
			d.si32(d.c.Args[2])
			return false
		}
		d.stimespec(d.ulong(d.c.Args[2]), false, false, time64)
		d.sep()
		d.ssigset(d.ulong(d.c.Args[3]), d.ulong(d.c.Args[4]), false, false)
		d.sep()
		d.su64(d.ulong(d.c.Args[4]))
		return false
	}
	if d.c.Failed {
		return true
	}
	if d.c.Ret == 0 {
		d.retNote = append(d.retNote, "(Timeout)"...)
		return true
	}
	start := d.ulong(d.c.Args[0])
	size := nfds * pollfdSize
	end := start + size
	if d.noDeref || start == 0 || nfds == 0 || end < start {
		return true
	}
	// strace builds the note in a 1024-byte buffer and stops where the
	// next entry might not fit.
	const outMax = 1024
	const entryRoom = outMax - (2 + 2*8 + 9)
	saved := d.b
	d.b = d.retNote[:0]
	d.b = append(d.b, '(')
	base := len(d.b)
	maxPrinted := ^uint64(0)
	if !d.Opts.Verbose {
		maxPrinted = uint64(d.Opts.StringLimit)
	}
	printed := uint64(0)
	chunk := d.buf[:len(d.buf)-len(d.buf)%pollfdSize]
	var flagBuf [128]byte
	done := false
	for cur := start; cur < end && !done; {
		want := end - cur
		if want > uint64(len(chunk)) {
			want = uint64(len(chunk))
		}
		got, _ := d.Mem.Read(cur, chunk[:want])
		whole := uint64(got) / pollfdSize * pollfdSize
		for off := uint64(0); off < whole; off += pollfdSize {
			e := chunk[off : off+pollfdSize]
			revents := uint16(e[6]) | uint16(e[7])<<8
			if revents == 0 {
				continue
			}
			if len(d.b) == base {
				d.b = append(d.b, '[')
			} else {
				d.b = append(d.b, ", "...)
			}
			if printed >= maxPrinted {
				d.b = append(d.b, "..."...)
				done = true
				break
			}
			fdstr := strconv.AppendInt(append(flagBuf[:0], "{fd="...), int64(int32(le32(e))), 10)
			fdstr = append(fdstr, ", revents="...)
			n := len(fdstr)
			fl := d.ssprintFlags(fdstr, syscalls.PollEvents, uint64(revents))
			if len(d.b)-base+len(fdstr)+(len(fl)-n)+1 >= entryRoom {
				d.b = append(d.b, "..."...)
				done = true
				break
			}
			d.b = append(d.b, fl...)
			d.b = append(d.b, '}')
			printed++
		}
		if done {
			break
		}
		cur += whole
		if whole < want {
			// The element at cur cannot be read.
			if cur < end {
				if len(d.b) == base {
					d.b = append(d.b, '[')
				} else {
					d.b = append(d.b, ", "...)
				}
				d.hex(cur)
			}
			break
		}
		if cur-start >= maxPollScan*pollfdSize {
			break
		}
	}
	if len(d.b) != base {
		d.b = append(d.b, ']')
	}
	if name != "poll" && d.c.Args[2] != 0 {
		mark := len(d.b)
		if len(d.b) == base {
			d.b = append(d.b, "left "...)
		} else {
			d.b = append(d.b, ", left "...)
		}
		strStart := len(d.b)
		d.ssprintTimespec(d.ulong(d.c.Args[2]), time64)
		if len(d.b[base:mark])+8+(len(d.b)-strStart) >= outMax {
			d.b = append(d.b[:mark], ", ..."...)
		}
	}
	if len(d.b) == base {
		d.b = d.b[:0]
	} else {
		d.b = append(d.b, ')')
	}
	d.retNote = d.b
	d.b = saved
	return true
}

// maxPollScan bounds the entries poll's note looks at, so that a huge
// count over mapped memory cannot keep the tracer busy (strace has no
// bound).
const maxPollScan = 1 << 24

// ssprintFlags appends to dst v's flag names as strace's sprintflags does
// for the notes after return values: names "|"-joined, unknown bits in hex,
// no comment; -X raw gives the number, -X verbose both.
func (d *Decoder) ssprintFlags(dst []byte, vs *syscalls.Values, v uint64) []byte {
	saved := d.b
	d.b = dst
	switch d.Opts.Xlat {
	case XlatRaw:
		if v != 0 {
			d.hex(v)
		}
	case XlatVerbose:
		if v == 0 {
			if vs.Zero != "" {
				d.b = append(d.b, "0 /* "...)
				d.b = append(d.b, vs.Zero...)
				d.b = append(d.b, " */"...)
			}
			break
		}
		d.hex(v)
		mark := len(d.b)
		d.b = append(d.b, " /* "...)
		start := len(d.b)
		rest := d.flagNames(vs, v)
		if len(d.b) == start {
			d.b = d.b[:mark]
			break
		}
		if rest != 0 {
			d.b = append(d.b, '|')
			d.hex(rest)
		}
		d.b = append(d.b, " */"...)
	default:
		if v == 0 {
			d.b = append(d.b, vs.Zero...)
			break
		}
		start := len(d.b)
		rest := d.flagNames(vs, v)
		if rest != 0 {
			if len(d.b) > start {
				d.b = append(d.b, '|')
			}
			d.hex(rest)
		}
	}
	out := d.b
	d.b = saved
	return out
}

// ssprintTimespec appends a timespec as strace's sprint_timespec for a
// note: NULL, the address when it cannot be read, or {tv_sec=...,
// tv_nsec=...}.
func (d *Decoder) ssprintTimespec(addr uint64, time64 bool) {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	size := 16
	if !time64 && d.c.ABI.PointerSize() == 4 {
		size = 8
	}
	b := d.scratch(size)
	if d.noDeref || d.c.Failed || !d.readQuiet(addr, b) {
		d.hex(addr)
		return
	}
	half := size / 2
	d.b = append(d.b, "{tv_sec="...)
	if half == 8 {
		d.si64(int64(le64(b)))
		d.b = append(d.b, ", tv_nsec="...)
		d.su64(le64(b[8:]))
	} else {
		d.si64(int64(int32(le32(b))))
		d.b = append(d.b, ", tv_nsec="...)
		d.su64(uint64(le32(b[4:])))
	}
	d.b = append(d.b, '}')
}

// ssprintTimeval is ssprintTimespec for a struct timeval of the call's ABI.
func (d *Decoder) ssprintTimeval(addr uint64) {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	ps := d.c.ABI.PointerSize()
	b := d.scratch(2 * ps)
	if d.noDeref || d.c.Failed || !d.readQuiet(addr, b) {
		d.hex(addr)
		return
	}
	d.b = append(d.b, "{tv_sec="...)
	d.si64(d.longAt(b))
	d.b = append(d.b, ", tv_usec="...)
	d.su64(d.ulongAt(b[ps:]))
	d.b = append(d.b, '}')
}

// stimeval prints a struct timeval of the call's ABI, the address when
// it cannot be fetched.
func (d *Decoder) stimeval(addr uint64, exiting bool) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(2 * ps)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	d.b = append(d.b, "{tv_sec="...)
	d.si64(d.longAt(b))
	d.b = append(d.b, ", tv_usec="...)
	d.su64(d.ulongAt(b[ps:]))
	d.b = append(d.b, '}')
}

// selectMaxFds is the most descriptors strace reads of a select set.
const selectMaxFds = 1024 * 1024

// selectNfds returns select's descriptor count as strace bounds it, and
// the size of a set it reads (whole words).
func (d *Decoder) selectNfds(n int32) (nfds, size int) {
	nfds = int(n)
	if nfds < 0 {
		nfds = 0
	}
	if nfds > selectMaxFds {
		nfds = selectMaxFds
	}
	ws := d.c.ABI.PointerSize()
	size = ((nfds+7)/8 + ws - 1) &^ (ws - 1)
	return nfds, size
}

// fdsetReadable reports whether size bytes at addr can all be read.
func (d *Decoder) fdsetReadable(addr uint64, size int) bool {
	for off := 0; off < size; off += len(d.buf) {
		m := min(len(d.buf), size-off)
		if !d.readQuiet(addr+uint64(off), d.buf[:m]) {
			return false
		}
	}
	return true
}

// fdsetBits calls fn for each bit set below nfds in the set at addr (which
// must be readable), in order, until fn returns false.
func (d *Decoder) fdsetBits(addr uint64, nfds, size int, fn func(fd int) bool) {
	for off := 0; off < size; off += len(d.buf) {
		m := min(len(d.buf), size-off)
		d.readQuiet(addr+uint64(off), d.buf[:m])
		for i := 0; i < m; i++ {
			c := d.buf[i]
			if c == 0 {
				continue
			}
			for bit := 0; bit < 8; bit++ {
				fd := (off+i)*8 + bit
				if fd >= nfds {
					return
				}
				if c&(1<<bit) != 0 && !fn(fd) {
					return
				}
			}
		}
	}
}

// fdset prints a select set at entry: [3 4], the address when it cannot
// be read.
func (d *Decoder) fdset(addr uint64, n int32) {
	nfds, size := d.selectNfds(n)
	if size == 0 || d.noDeref {
		d.ptr64(addr)
		return
	}
	if addr == 0 || !d.fdsetReadable(addr, size) {
		d.ptr64(addr)
		return
	}
	d.b = append(d.b, '[')
	first := true
	d.fdsetBits(addr, nfds, size, func(fd int) bool {
		if !first {
			d.b = append(d.b, ' ')
		}
		first = false
		// The descriptor's path (-y) is looked up while the set
		// is still in the scratch buffer: fdPath does not use it.
		d.fd(uint64(fd))
		return true
	})
	d.b = append(d.b, ']')
}

// select(nfds, readfds, writefds, exceptfds, timeout) and pselect6(...,
// timeout, sigmask): the sets at entry, and at exit in the return value's
// note the descriptors ready ("= 1 (in [3])"), Timeout for 0, and the time
// left.
func decodeSelect(d *Decoder, exiting bool) bool {
	name := d.c.Sys.Name
	args := d.c.Args
	if name == "select" && d.c.ABI == syscalls.I386 {
		// i386's old select: the five arguments are words at its
		// one argument.
		b := d.scratch(20)
		if !d.readQuiet(d.ulong(args[0]), b) {
			if !exiting {
				d.ptr(args[0])
			}
			return true
		}
		for i := 0; i < 5; i++ {
			args[i] = uint64(le32(b[4*i:]))
		}
		name = "_newselect"
	}
	if name == "_newselect" {
		name = "select"
	}
	n := int32(args[0])
	nfds, size := d.selectNfds(n)
	time64 := name == "pselect6_time64"
	if !exiting {
		d.si64(int64(n))
		for i := 1; i <= 3; i++ {
			d.sep()
			d.fdset(d.ulong(args[i]), n)
		}
		d.sep()
		if name == "select" {
			d.stimeval(d.ulong(args[4]), false)
		} else {
			d.stimespec(d.ulong(args[4]), false, false, time64)
			d.sep()
			d.ssigsetPack(d.ulong(args[5]), false, false)
		}
		return false
	}
	if d.c.Failed {
		return true
	}
	ready := int32(d.c.Ret)
	if ready == 0 {
		d.retNote = append(d.retNote, "(Timeout)"...)
		return true
	}
	const outMax = 1024
	const room = outMax - (11 + 12 + 2)
	saved := d.b
	d.b = append(d.retNote[:0], '(')
	base := len(d.b)
	sep := ""
	names := [3]string{"in", "out", "except"}
	for i := 0; i < 3 && ready > 0; i++ {
		addr := d.ulong(args[i+1])
		if addr == 0 || !d.fdsetReadable(addr, size) {
			continue
		}
		first := true
		d.fdsetBits(addr, nfds, size, func(fd int) bool {
			if len(d.b)-base < room {
				if first {
					d.b = append(d.b, sep...)
					d.b = append(d.b, names[i]...)
					d.b = append(d.b, " ["...)
					first = false
					sep = ", "
				} else {
					d.b = append(d.b, ' ')
				}
				d.b = strconv.AppendUint(d.b, uint64(fd), 10)
			}
			ready--
			return ready != 0
		})
		// strace 6.1 closes a bracket after each set it read once
		// anything is written, sets without a ready descriptor
		// included ("in [3]], except [5]]"); this closes only the
		// sets it opened, so that the line stays balanced.
		if !first {
			d.b = append(d.b, ']')
		}
	}
	if tv := d.ulong(args[4]); tv != 0 {
		mark := len(d.b)
		d.b = append(d.b, sep...)
		d.b = append(d.b, "left "...)
		strStart := len(d.b)
		if name == "select" {
			d.ssprintTimeval(tv)
		} else {
			d.ssprintTimespec(tv, time64)
		}
		if (mark-base)+6+len(sep)+(len(d.b)-strStart) >= outMax {
			d.b = d.b[:mark]
		}
	}
	d.retNote = append(d.b, ')')
	d.b = saved
	return true
}

// epollEventSize is sizeof(struct epoll_event): packed on x86, padded on
// arm64.
func (d *Decoder) epollEventSize() int {
	if d.c.ABI == syscalls.ARM64 {
		return 16
	}
	return 12
}

// epollEvent prints a struct epoll_event: {events=EPOLLIN, data={su32=3,
// su64=3}}.
func (d *Decoder) epollEvent(b []byte) {
	data := le64(b[4:])
	if len(b) == 16 {
		data = le64(b[8:])
	}
	d.b = append(d.b, "{events="...)
	d.flags(syscalls.EpollEvents, uint64(le32(b)))
	d.b = append(d.b, ", data={u32="...)
	d.su64(uint64(uint32(data)))
	d.b = append(d.b, ", u64="...)
	d.su64(data)
	d.b = append(d.b, "}}"...)
}

// epollEvents prints the n events epoll_wait filled.
func (d *Decoder) epollEvents(addr, n uint64, exiting bool) {
	d.sarray(addr, n, uint64(d.epollEventSize()), exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.epollEvent(b)
		return true
	})
}

// epoll_ctl(epfd, op, fd, event): no event for EPOLL_CTL_DEL.
func decodeEpollCtl(d *Decoder, exiting bool) bool {
	const epollCtlDel = 2
	d.fd(d.c.Args[0])
	d.sep()
	op := uint32(d.c.Args[1])
	d.enum(syscalls.EpollCtlOps, uint64(op))
	d.sep()
	d.fd(d.c.Args[2])
	d.sep()
	addr := d.ulong(d.c.Args[3])
	if op == epollCtlDel {
		d.ptr64(addr)
		return true
	}
	b := d.scratch(d.epollEventSize())
	if d.sfetchOrAddr(addr, b, false, false) {
		d.epollEvent(b)
	}
	return true
}

// epoll_wait(epfd, events, maxevents, timeout), epoll_pwait(..., timeout,
// sigmask, sigsetsize) and epoll_pwait2(..., timeout as a timespec, ...):
// the descriptor at entry, the rest at exit.
func decodeEpollWait(d *Decoder, exiting bool) bool {
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		return false
	}
	d.epollEvents(d.ulong(d.c.Args[1]), uint64(d.c.Ret), true)
	d.sep()
	d.si32(d.c.Args[2])
	d.sep()
	name := d.c.Sys.Name
	if name == "epoll_pwait2" {
		d.stimespec64(d.ulong(d.c.Args[3]), true, false)
	} else {
		d.si32(d.c.Args[3])
	}
	if name != "epoll_wait" {
		d.sep()
		d.ssigset(d.ulong(d.c.Args[4]), d.ulong(d.c.Args[5]), true, false)
		d.sep()
		d.su64(d.ulong(d.c.Args[5]))
	}
	return true
}

// io_setup(nr_events, ctxp): the context's address at exit, [0x7f...].
func decodeIoSetup(d *Decoder, exiting bool) bool {
	if !exiting {
		d.su32(d.c.Args[0])
		d.sep()
		return false
	}
	ps := d.c.ABI.PointerSize()
	b := d.scratch(ps)
	if d.sfetchOrAddr(d.ulong(d.c.Args[1]), b, true, false) {
		d.b = append(d.b, '[')
		d.ptr64(d.pointerAt(b))
		d.b = append(d.b, ']')
	}
	return true
}

// iocb is struct iocb.
type iocb struct {
	data            uint64
	key, rwFlags    uint32
	opcode          uint16
	reqprio         int16
	fildes          uint32
	buf, nbytes     uint64
	offset          int64
	flags, resfd    uint32
	valid, hasFlags bool
}

const iocbSize = 64

// AIO opcodes and iocb flags that change what strace prints.
const (
	iocbCmdPread   = 0
	iocbCmdPwrite  = 1
	iocbCmdPoll    = 5
	iocbCmdPreadv  = 7
	iocbCmdPwritev = 8
	iocbFlagResfd  = 1
	iocbFlagIoprio = 2
)

// parseIocb reads a struct iocb from its bytes.
func parseIocb(b []byte) iocb {
	cb := iocb{
		data:    le64(b[0:]),
		key:     le32(b[8:]),
		rwFlags: le32(b[12:]),
		opcode:  uint16(b[16]) | uint16(b[17])<<8,
		reqprio: int16(uint16(b[18]) | uint16(b[19])<<8),
		fildes:  le32(b[20:]),
		buf:     le64(b[24:]),
		nbytes:  le64(b[32:]),
		offset:  int64(le64(b[40:])),
		flags:   le32(b[56:]),
		resfd:   le32(b[60:]),
	}
	cb.valid = int64(cb.nbytes) >= 0
	return cb
}

// iocbHeader prints struct iocb's fields up to the descriptor.
func (d *Decoder) iocbHeader(cb *iocb) {
	d.b = append(d.b, "aio_data="...)
	d.hex(cb.data)
	if cb.key != 0 {
		d.b = append(d.b, ", aio_key="...)
		d.su64(uint64(cb.key))
	}
	if cb.rwFlags != 0 {
		d.b = append(d.b, ", aio_rw_flags="...)
		d.flags(syscalls.RwfFlags, uint64(cb.rwFlags))
	}
	d.b = append(d.b, ", aio_lio_opcode="...)
	d.senumU(syscalls.AioCmds, uint64(cb.opcode))
	if cb.flags&iocbFlagIoprio != 0 {
		d.b = append(d.b, ", aio_reqprio="...)
		d.sioprio(uint32(uint16(cb.reqprio)))
	} else if cb.reqprio != 0 {
		d.b = append(d.b, ", aio_reqprio="...)
		d.si64(int64(cb.reqprio))
	}
	d.b = append(d.b, ", aio_fildes="...)
	d.fd(uint64(cb.fildes))
}

// sioprio prints an I/O priority: IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4).
func (d *Decoder) sioprio(v uint32) {
	if d.Opts.Xlat != XlatAbbrev {
		d.hex(uint64(v))
		if d.Opts.Xlat == XlatRaw {
			return
		}
		d.b = append(d.b, " /* "...)
	}
	class, data := v>>13, v&0x1fff
	d.b = append(d.b, "IOPRIO_PRIO_VALUE("...)
	if name := syscalls.IoprioClasses.Lookup(uint64(class)); name != "" {
		if d.Opts.Xlat == XlatVerbose {
			d.hex(uint64(class))
			d.b = append(d.b, " /* "...)
			d.b = append(d.b, name...)
			d.b = append(d.b, " */"...)
		} else {
			d.b = append(d.b, name...)
		}
	} else {
		d.hex(uint64(class))
		d.b = append(d.b, " /* IOPRIO_CLASS_??? */"...)
	}
	d.b = append(d.b, ", "...)
	d.si64(int64(int32(data)))
	d.b = append(d.b, ')')
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " */"...)
	}
}

// iocbCommon prints the flags and the eventfd of an iocb.
func (d *Decoder) iocbCommon(cb *iocb) {
	if cb.flags != 0 {
		d.b = append(d.b, ", aio_flags="...)
		d.flags(syscalls.AioIocbFlags, uint64(cb.flags))
	}
	if cb.flags&iocbFlagResfd != 0 {
		d.b = append(d.b, ", aio_resfd="...)
		d.fd(uint64(cb.resfd))
	} else if cb.resfd != 0 {
		d.b = append(d.b, ", aio_resfd="...)
		d.hex(uint64(cb.resfd))
	}
}

// iocbAt prints the struct iocb at addr: whole, or its header only
// (io_cancel).
func (d *Decoder) iocbAt(addr uint64, exiting, headerOnly bool) {
	b := d.scratch(iocbSize)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	cb := parseIocb(b)
	d.b = append(d.b, '{')
	d.iocbHeader(&cb)
	if !headerOnly {
		d.iocbBody(&cb)
	}
	d.b = append(d.b, '}')
}

// iocbBody prints what follows the header, as the opcode says.
func (d *Decoder) iocbBody(cb *iocb) {
	switch cb.opcode {
	case iocbCmdPread, iocbCmdPwrite:
		d.b = append(d.b, ", aio_buf="...)
		if cb.opcode == iocbCmdPwrite && cb.valid {
			d.sstrN(cb.buf, cb.nbytes)
		} else {
			d.hex(cb.buf)
		}
		d.b = append(d.b, ", aio_nbytes="...)
		d.su64(cb.nbytes)
		d.b = append(d.b, ", aio_offset="...)
		d.si64(cb.offset)
		d.iocbCommon(cb)
	case iocbCmdPreadv, iocbCmdPwritev:
		if cb.valid {
			d.b = append(d.b, ", aio_buf="...)
			d.siovecs(cb.buf, cb.nbytes, cb.opcode == iocbCmdPwritev)
		} else {
			d.b = append(d.b, ", aio_buf="...)
			d.hex(cb.buf)
			d.b = append(d.b, ", aio_nbytes="...)
			d.su64(cb.nbytes)
		}
		d.b = append(d.b, ", aio_offset="...)
		d.si64(cb.offset)
		d.iocbCommon(cb)
	case iocbCmdPoll:
		d.b = append(d.b, ", aio_buf="...)
		d.flags(syscalls.PollEvents, cb.buf)
		d.iocbCommon(cb)
	}
}

// siovecs prints an array of n struct iovec at entry with the buffers'
// contents (strs) or addresses, as strace's tprint_iov.
func (d *Decoder) siovecs(addr, n uint64, strs bool) {
	ps := uint64(d.c.ABI.PointerSize())
	d.sarray(addr, n, 2*ps, false, sarrayIgnoreErr, false, func(b []byte, _ uint64) bool {
		base := d.pointerAt(b[:ps])
		length := d.pointerAt(b[ps : 2*ps])
		d.b = append(d.b, "{iov_base="...)
		if strs {
			d.sstrN(base, length)
		} else {
			d.ptr64(base)
		}
		d.b = append(d.b, ", iov_len="...)
		d.su64(length)
		d.b = append(d.b, '}')
		return true
	})
}

// iocbPtrs prints io_submit's array of n pointers to struct iocb.
func (d *Decoder) iocbPtrs(addr uint64, n int64, exiting bool) {
	if n < 0 {
		d.ptr64(addr)
		return
	}
	ps := uint64(d.c.ABI.PointerSize())
	d.sarray(addr, uint64(n), ps, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.iocbAt(d.pointerAt(b), exiting, false)
		return true
	})
}

// io_submit(ctx, nr, iocbpp).
func decodeIoSubmit(d *Decoder, exiting bool) bool {
	d.ptr(d.c.Args[0])
	d.sep()
	nr := d.long(d.c.Args[1])
	d.si64(nr)
	d.sep()
	d.iocbPtrs(d.ulong(d.c.Args[2]), nr, false)
	return true
}

// ioEvent prints a struct io_event.
func (d *Decoder) ioEvent(b []byte) {
	d.b = append(d.b, "{data="...)
	d.hex(le64(b))
	d.b = append(d.b, ", obj="...)
	d.hex(le64(b[8:]))
	d.b = append(d.b, ", res="...)
	d.si64(int64(le64(b[16:])))
	d.b = append(d.b, ", res2="...)
	d.si64(int64(le64(b[24:])))
	d.b = append(d.b, '}')
}

// ioEvents prints the n events io_getevents filled.
func (d *Decoder) ioEvents(addr, n uint64, exiting bool) {
	d.sarray(addr, n, 32, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.ioEvent(b)
		return true
	})
}

// io_cancel(ctx, iocb, result): the iocb's header at entry, the event at
// exit.
func decodeIoCancel(d *Decoder, exiting bool) bool {
	if !exiting {
		d.ptr(d.c.Args[0])
		d.sep()
		d.iocbAt(d.ulong(d.c.Args[1]), false, true)
		d.sep()
		return false
	}
	b := d.scratch(32)
	if d.sfetchOrAddr(d.ulong(d.c.Args[2]), b, true, false) {
		d.ioEvent(b)
	}
	return true
}

// io_getevents(ctx, min_nr, nr, events, timeout) and io_pgetevents(...,
// sig): the events at exit, and the timeout and signal mask then too, as
// the call read them whether or not it failed.
func decodeIoGetevents(d *Decoder, exiting bool) bool {
	if !exiting {
		d.ptr(d.c.Args[0])
		d.sep()
		d.si64(d.long(d.c.Args[1]))
		d.sep()
		d.si64(d.long(d.c.Args[2]))
		d.sep()
		return false
	}
	d.ioEvents(d.ulong(d.c.Args[3]), uint64(d.c.Ret), true)
	d.sep()
	name := d.c.Sys.Name
	d.stimespec(d.ulong(d.c.Args[4]), true, true, name == "io_pgetevents_time64")
	if name != "io_getevents" {
		d.sep()
		d.ssigsetPack(d.ulong(d.c.Args[5]), true, true)
	}
	return true
}

// io_uring_params layout.
const (
	ioUringParamsSize   = 120
	ioringSetupAttachWq = 0x20
)

// ioUringParams prints struct io_uring_params: what the call reads at
// entry ({flags=..., sq_thread_cpu=..., sq_thread_idle=...), or what it
// filled at exit (", sq_entries=..., ...}").
func (d *Decoder) ioUringParams(addr uint64, exiting bool) {
	b := d.buf[:ioUringParamsSize]
	if !exiting {
		if !d.sfetchOrAddr(addr, b, false, false) {
			return
		}
		flags := le32(b[8:])
		d.b = append(d.b, "{flags="...)
		d.flags(syscalls.UringSetupFlags, uint64(flags))
		d.b = append(d.b, ", sq_thread_cpu="...)
		d.hex(uint64(le32(b[12:])))
		d.b = append(d.b, ", sq_thread_idle="...)
		d.su64(uint64(le32(b[16:])))
		if flags&ioringSetupAttachWq != 0 {
			d.b = append(d.b, ", wq_fd="...)
			d.fd(uint64(le32(b[24:])))
		}
		if le32(b[28:]) != 0 || le32(b[32:]) != 0 || le32(b[36:]) != 0 {
			d.b = append(d.b, ", resv="...)
			d.localArray(3, func(i int) { d.hex(uint64(le32(b[28+4*i:]))) })
		}
		return
	}
	if d.sfetch(addr, b, true, false) {
		d.b = append(d.b, ", sq_entries="...)
		d.su64(uint64(le32(b[0:])))
		d.b = append(d.b, ", cq_entries="...)
		d.su64(uint64(le32(b[4:])))
		d.b = append(d.b, ", features="...)
		d.flags(syscalls.UringSetupFeatures, uint64(le32(b[20:])))
		d.b = append(d.b, ", sq_off="...)
		d.ringOffsets(b[40:80], [...]string{"head", "tail", "ring_mask", "ring_entries", "flags", "dropped", "array"})
		d.b = append(d.b, ", cq_off="...)
		d.ringOffsets(b[80:120], [...]string{"head", "tail", "ring_mask", "ring_entries", "overflow", "cqes", "flags"})
	}
	d.b = append(d.b, '}')
}

// ringOffsets prints struct io_sqring_offsets or io_cqring_offsets.
func (d *Decoder) ringOffsets(b []byte, names [7]string) {
	d.b = append(d.b, '{')
	for i, n := range names {
		d.fieldU(n, uint64(le32(b[4*i:])), i == 0)
	}
	if v := le32(b[28:]); v != 0 {
		d.b = append(d.b, ", resv1="...)
		d.hex(uint64(v))
	}
	if v := le64(b[32:]); v != 0 {
		d.b = append(d.b, ", resv2="...)
		d.hex(v)
	}
	d.b = append(d.b, '}')
}

// io_uring_setup(entries, params): the parameters the call reads at entry,
// those it filled at exit.
func decodeIoUringSetup(d *Decoder, exiting bool) bool {
	addr := d.ulong(d.c.Args[1])
	if !exiting {
		d.su32(d.c.Args[0])
		d.sep()
		if !d.sfetch(addr, d.buf[:ioUringParamsSize], false, false) {
			d.ptr64(addr)
			return true
		}
		d.ioUringParams(addr, false)
		return false
	}
	d.ioUringParams(addr, true)
	return true
}

// io_uring_enter(fd, to_submit, min_complete, flags, sigset, sigsetsize).
func decodeIoUringEnter(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	d.su32(d.c.Args[1])
	d.sep()
	d.su32(d.c.Args[2])
	d.sep()
	d.flags(syscalls.UringEnterFlags, uint64(uint32(d.c.Args[3])))
	d.sep()
	size := d.ulong(d.c.Args[5])
	d.ssigset(d.ulong(d.c.Args[4]), size, false, false)
	d.sep()
	d.su64(size)
	return true
}

// io_uring_register opcodes whose argument strace decodes.
const (
	ioringRegisterBuffers         = 0
	ioringRegisterFiles           = 2
	ioringRegisterEventfd         = 4
	ioringRegisterFilesUpdate     = 6
	ioringRegisterEventfdAsync    = 7
	ioringRegisterProbe           = 8
	ioringRegisterRestrictions    = 11
	ioringRegisterFiles2          = 13
	ioringRegisterFilesUpdate2    = 14
	ioringRegisterBuffers2        = 15
	ioringRegisterBuffersUpdate   = 16
	ioringRegisterIowqAff         = 17
	ioringRegisterIowqMaxWorkers  = 19
	ioringRegisterRingFds         = 20
	ioringUnregisterRingFds       = 21
	ioringRegisterPbufRing        = 22
	ioringUnregisterPbufRing      = 23
	ioringRestrictionRegisterOp   = 0
	ioringRestrictionSqeOp        = 1
	ioringRestrictionSqeFlagsAllw = 2
	ioringRestrictionSqeFlagsReq  = 3
)

// io_uring_register(fd, opcode, arg, nr_args): the argument as the opcode
// says. Most print at entry; a probe and the max workers print what the
// call changed at exit too.
func decodeIoUringRegister(d *Decoder, exiting bool) bool {
	op := uint32(d.c.Args[1])
	arg := d.ulong(d.c.Args[2])
	nargs := uint32(d.c.Args[3])
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		d.enum(syscalls.UringRegisterOpcodes, uint64(op))
		d.sep()
	}
	done := true
	switch op {
	case ioringRegisterBuffers:
		d.siovecAddrs(arg, uint64(nargs), exiting)
	case ioringRegisterFiles, ioringRegisterEventfd, ioringRegisterEventfdAsync:
		d.sfdArray(arg, uint64(nargs), exiting, false)
	case ioringRegisterFilesUpdate:
		d.uringFilesUpdate(arg, nargs, exiting)
	case ioringRegisterProbe:
		done = d.uringProbe(arg, nargs, exiting)
	case ioringRegisterRestrictions:
		d.sarray(arg, uint64(nargs), 16, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
			d.uringRestriction(b)
			return true
		})
	case ioringRegisterFiles2, ioringRegisterBuffers2:
		d.uringRsrcRegister(arg, nargs, op, exiting)
	case ioringRegisterFilesUpdate2, ioringRegisterBuffersUpdate:
		d.uringRsrcUpdate(arg, nargs, op, exiting)
	case ioringRegisterIowqAff:
		d.saffinity(arg, nargs, exiting)
	case ioringRegisterIowqMaxWorkers:
		all := d.sarray(arg, uint64(nargs), 4, exiting, sarrayFetch, false, func(b []byte, i uint64) bool {
			d.b = append(d.b, '[')
			d.senumU(syscalls.UringIowqAcct, i)
			d.b = append(d.b, "]="...)
			d.su64(uint64(le32(b)))
			return true
		})
		done = !all
		if !exiting && !done {
			d.b = append(d.b, " => "...)
		}
	case ioringRegisterRingFds:
		d.sarray(arg, uint64(nargs), 16, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
			off, resv, data := le32(b), le32(b[4:]), le64(b[8:])
			d.b = append(d.b, "{offset="...)
			if off == ^uint32(0) {
				d.b = append(d.b, "-1"...)
			} else {
				d.su64(uint64(off))
			}
			if resv != 0 {
				d.b = append(d.b, ", resv="...)
				d.hex(uint64(resv))
			}
			d.b = append(d.b, ", data="...)
			d.fd(data)
			d.b = append(d.b, '}')
			return true
		})
	case ioringUnregisterRingFds:
		d.sarray(arg, uint64(nargs), 16, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
			off, resv, data := le32(b), le32(b[4:]), le64(b[8:])
			d.b = append(d.b, "{offset="...)
			d.su64(uint64(off))
			if resv != 0 {
				d.b = append(d.b, ", resv="...)
				d.hex(uint64(resv))
			}
			if data != 0 {
				d.b = append(d.b, ", data="...)
				d.hex(data)
			}
			d.b = append(d.b, '}')
			return true
		})
	case ioringRegisterPbufRing, ioringUnregisterPbufRing:
		d.uringBufReg(arg, exiting)
	default:
		d.ptr64(arg)
	}
	if done || exiting {
		d.sep()
		d.su64(uint64(nargs))
	}
	return done
}

// sfdArray prints an array of n descriptors (ints); filesUpdate names
// IORING_REGISTER_FILES_SKIP and prints other negative ones in decimal.
func (d *Decoder) sfdArray(addr, n uint64, exiting, filesUpdate bool) {
	d.sarray(addr, n, 4, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		fd := int32(le32(b))
		if filesUpdate && fd < -1 {
			d.senumD(syscalls.UringFilesUpdateFds, int64(fd))
		} else {
			d.fd(uint64(uint32(fd)))
		}
		return true
	})
}

// uringFilesUpdate prints struct io_uring_files_update.
func (d *Decoder) uringFilesUpdate(addr uint64, nargs uint32, exiting bool) {
	b := d.scratch(16)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	off, resv, fds := le32(b), le32(b[4:]), le64(b[8:])
	d.b = append(d.b, "{offset="...)
	d.su64(uint64(off))
	if resv != 0 {
		d.b = append(d.b, ", resv="...)
		d.hex(uint64(resv))
	}
	d.b = append(d.b, ", fds="...)
	d.sfdArray(fds, uint64(nargs), exiting, true)
	d.b = append(d.b, '}')
}

// uringProbeOp prints a struct io_uring_probe_op.
func (d *Decoder) uringProbeOp(b []byte) {
	d.b = append(d.b, "{op="...)
	d.senumU(syscalls.UringOps, uint64(b[0]))
	if b[1] != 0 {
		d.b = append(d.b, ", resv="...)
		d.hex(uint64(b[1]))
	}
	d.b = append(d.b, ", flags="...)
	d.flags(syscalls.UringOpFlags, uint64(uint16(b[2])|uint16(b[3])<<8))
	if v := le32(b[4:]); v != 0 {
		d.b = append(d.b, ", resv2="...)
		d.hex(uint64(v))
	}
	d.b = append(d.b, '}')
}

// uringProbe prints struct io_uring_probe as strace does: nothing at entry
// when it is all zeros (as the call wants it), then what the call filled,
// "=> " after what it was if that was printed. It reports whether the
// call is decoded at entry.
func (d *Decoder) uringProbe(addr uint64, nargs uint32, exiting bool) bool {
	printed := exiting && d.c.Saved[1] == 1
	if exiting && d.c.Failed {
		if !printed {
			d.ptr64(addr)
		}
		return true
	}
	if nargs > 256 {
		d.ptr64(addr)
		return true
	}
	if printed {
		d.b = append(d.b, " => "...)
	}
	size := 16 + 8*int(nargs)
	b := d.buf[:size]
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return true
	}
	if !exiting {
		d.c.Saved[1] = 0
		zero := true
		for _, c := range b {
			if c != 0 {
				zero = false
				break
			}
		}
		if zero {
			return false
		}
		d.c.Saved[1] = 1
	}
	lastOp, opsLen := b[0], b[1]
	d.b = append(d.b, "{last_op="...)
	d.senumU(syscalls.UringOps, uint64(lastOp))
	d.b = append(d.b, ", ops_len="...)
	d.su64(uint64(opsLen))
	if v := uint16(b[2]) | uint16(b[3])<<8; v != 0 {
		d.b = append(d.b, ", resv="...)
		d.hex(uint64(v))
	}
	if le32(b[4:]) != 0 || le32(b[8:]) != 0 || le32(b[12:]) != 0 {
		d.b = append(d.b, ", resv2="...)
		d.localArray(3, func(i int) { d.hex(uint64(le32(b[4+4*i:]))) })
	}
	d.b = append(d.b, ", ops="...)
	n := int(nargs)
	truncated := false
	if exiting {
		n = min(int(opsLen), n)
		truncated = int(nargs) < int(opsLen)
	}
	d.localArrayEx(n, truncated, func(i int) { d.uringProbeOp(b[16+8*i:]) })
	d.b = append(d.b, '}')
	return false
}

// uringRestriction prints a struct io_uring_restriction.
func (d *Decoder) uringRestriction(b []byte) {
	op := uint16(b[0]) | uint16(b[1])<<8
	d.b = append(d.b, "{opcode="...)
	d.enum(syscalls.UringRestrictionOpcodes, uint64(op))
	switch op {
	case ioringRestrictionRegisterOp:
		d.b = append(d.b, ", register_op="...)
		d.enum(syscalls.UringRegisterOpcodes, uint64(b[2]))
	case ioringRestrictionSqeOp:
		d.b = append(d.b, ", sqe_op="...)
		d.enum(syscalls.UringOps, uint64(b[2]))
	case ioringRestrictionSqeFlagsAllw, ioringRestrictionSqeFlagsReq:
		d.b = append(d.b, ", sqe_flags="...)
		d.flags(syscalls.UringSqeFlags, uint64(b[2]))
	default:
		d.b = append(d.b, " /* op: "...)
		d.hex(uint64(b[2]))
		d.b = append(d.b, " */"...)
	}
	if b[3] != 0 {
		d.b = append(d.b, ", resv="...)
		d.hex(uint64(b[3]))
	}
	if le32(b[4:]) != 0 || le32(b[8:]) != 0 || le32(b[12:]) != 0 {
		d.b = append(d.b, ", resv2="...)
		var r [3]uint32
		for i := range r {
			r[i] = le32(b[4+4*i:])
		}
		d.localArray(3, func(i int) { d.hex(uint64(r[i])) })
	}
	d.b = append(d.b, '}')
}

// uringRsrcData prints the data of a resource registration or update:
// descriptors, or buffers as an iovec array.
func (d *Decoder) uringRsrcData(data uint64, nr uint32, op uint32, exiting bool) {
	switch op {
	case ioringRegisterFiles2, ioringRegisterBuffers2, ioringRegisterBuffersUpdate, ioringRegisterFilesUpdate2:
		d.b = append(d.b, ", data="...)
	}
	switch op {
	case ioringRegisterFiles2:
		d.sfdArray(data, uint64(nr), exiting, false)
	case ioringRegisterFilesUpdate2:
		d.sfdArray(data, uint64(nr), exiting, true)
	case ioringRegisterBuffers2, ioringRegisterBuffersUpdate:
		d.siovecAddrs(data, uint64(nr), exiting)
	}
}

// uringRsrcTags prints the tags of a resource registration or update.
func (d *Decoder) uringRsrcTags(tags uint64, nr uint32, exiting bool) {
	d.b = append(d.b, ", tags="...)
	d.sarray(tags, uint64(nr), 8, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.hex(le64(b))
		return true
	})
}

// snonzeroBytes prints, after a struct of known bytes, the bytes up to size
// that are not zero, as strace's print_nonzero_bytes: ", /* bytes 32..39
// */ "\x..."".
func (d *Decoder) snonzeroBytes(addr uint64, start, size uint32) {
	if size > sysPageSize {
		size = sysPageSize
	}
	if start >= size {
		return
	}
	n := size - start
	b := d.buf[:n]
	if !d.readQuiet(addr+uint64(start), b) {
		d.b = append(d.b, ", ???"...)
		return
	}
	zero := true
	for _, c := range b {
		if c != 0 {
			zero = false
			break
		}
	}
	if zero {
		return
	}
	d.b = append(d.b, ", /* bytes "...)
	d.su64(uint64(start))
	d.b = append(d.b, ".."...)
	d.su64(uint64(size - 1))
	d.b = append(d.b, " */ "...)
	show := min(n, uint32(d.Opts.StringLimit))
	d.quote(b[:show], true)
	if show < n {
		d.b = append(d.b, "..."...)
	}
}

// uringRsrcRegister prints struct io_uring_rsrc_register of size bytes.
func (d *Decoder) uringRsrcRegister(addr uint64, size, op uint32, exiting bool) {
	if size < 32 {
		d.ptr64(addr)
		return
	}
	b := d.scratch(32)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	nr, flags, resv2, data, tags := le32(b), le32(b[4:]), le64(b[8:]), le64(b[16:]), le64(b[24:])
	d.b = append(d.b, "{nr="...)
	d.su64(uint64(nr))
	d.b = append(d.b, ", flags="...)
	d.flags(syscalls.UringRsrcRegisterFlags, uint64(flags))
	if resv2 != 0 {
		d.b = append(d.b, ", resv2="...)
		d.hex(resv2)
	}
	d.uringRsrcData(data, nr, op, exiting)
	d.uringRsrcTags(tags, nr, exiting)
	if size > 32 {
		d.snonzeroBytes(addr, 32, size)
	}
	d.b = append(d.b, '}')
}

// uringRsrcUpdate prints struct io_uring_rsrc_update2 of size bytes.
func (d *Decoder) uringRsrcUpdate(addr uint64, size, op uint32, exiting bool) {
	if size < 32 {
		d.ptr64(addr)
		return
	}
	b := d.scratch(32)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	off, resv, data, tags, nr, resv2 := le32(b), le32(b[4:]), le64(b[8:]), le64(b[16:]), le32(b[24:]), le32(b[28:])
	d.b = append(d.b, "{offset="...)
	d.su64(uint64(off))
	if resv != 0 {
		d.b = append(d.b, ", resv="...)
		d.hex(uint64(resv))
	}
	d.uringRsrcData(data, nr, op, exiting)
	d.uringRsrcTags(tags, nr, exiting)
	d.b = append(d.b, ", nr="...)
	d.su64(uint64(nr))
	if resv2 != 0 {
		d.b = append(d.b, ", resv2="...)
		d.hex(uint64(resv2))
	}
	if size > 32 {
		d.snonzeroBytes(addr, 32, size)
	}
	d.b = append(d.b, '}')
}

// uringBufReg prints struct io_uring_buf_reg.
func (d *Decoder) uringBufReg(addr uint64, exiting bool) {
	b := d.scratch(40)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	d.b = append(d.b, "{ring_addr="...)
	d.ptr64(le64(b))
	d.b = append(d.b, ", ring_entries="...)
	d.su64(uint64(le32(b[8:])))
	d.b = append(d.b, ", bgid="...)
	d.su64(uint64(uint16(b[12]) | uint16(b[13])<<8))
	if v := uint16(b[14]) | uint16(b[15])<<8; v != 0 {
		d.b = append(d.b, ", pad="...)
		d.hex(uint64(v))
	}
	if le64(b[16:]) != 0 || le64(b[24:]) != 0 || le64(b[32:]) != 0 {
		var r [3]uint64
		for i := range r {
			r[i] = le64(b[16+8*i:])
		}
		d.b = append(d.b, ", resv="...)
		d.localArray(3, func(i int) { d.hex(r[i]) })
	}
	d.b = append(d.b, '}')
}

// saffinity prints a CPU mask of size bytes as strace's
// print_affinitylist: [0 1], " ..." when it is longer than strace reads.
func (d *Decoder) saffinity(addr uint64, size uint32, exiting bool) {
	if d.noDeref || exiting && d.c.Failed || addr == 0 {
		d.ptr64(addr)
		return
	}
	if size == 0 {
		d.b = append(d.b, "[]"...)
		return
	}
	read := min(size, cpusetMax)
	ps := uint32(d.c.ABI.PointerSize())
	words := (read + ps - 1) &^ (ps - 1)
	b := d.buf[:words]
	clear(b)
	if !d.sfetchOrAddr(addr, b[:read], exiting, false) {
		return
	}
	d.b = append(d.b, '[')
	first := true
	for i, c := range b {
		for bit := 0; bit < 8; bit++ {
			if c&(1<<bit) == 0 {
				continue
			}
			if !first {
				d.b = append(d.b, ' ')
			}
			first = false
			d.si64(int64(i*8 + bit))
		}
	}
	if words < size {
		if !first {
			d.b = append(d.b, ' ')
		}
		d.b = append(d.b, "..."...)
	}
	d.b = append(d.b, ']')
}
