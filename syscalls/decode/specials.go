package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders for syscalls whose arguments mean different things depending
// on each other, which the argument kinds cannot say. Each prints its own
// separators; at entry it returns true when nothing is left for the exit.

func init() {
	specials["mmap"] = decodeMmap
	specials["getrandom"] = decodeGetrandom
	specials["socket"] = decodeSocket
	specials["clock_nanosleep"] = decodeClockNanosleep
	specials["nanosleep"] = decodeNanosleep
	specials["arch_prctl"] = decodeArchPrctl
	specials["clone"] = decodeClone
	specials["rt_sigreturn"] = decodeRtSigreturn
	specials["fcntl"] = decodeFcntl
	specials["ioctl"] = decodeIoctl
	specials["statx"] = decodeStatx
	specials["sendfile"] = decodeSendfile
	specials["mknod"] = decodeMknod
	specials["mknodat"] = decodeMknod
	specials["open"] = decodeOpen
	specials["openat"] = decodeOpen
}

// Open flags that make open's mode argument meaningful.
const (
	oCreat   = 0o100
	oTmpfile = 0o20000000 // __O_TMPFILE, without O_DIRECTORY
)

// open(path, flags, mode) and openat(dirfd, path, flags, mode): the mode
// is shown only when the flags create a file, as strace does.
func decodeOpen(d *Decoder, exiting bool) bool {
	n := 2
	if d.c.Sys.Name == "openat" {
		n = 3
	}
	d.args(0, n)
	if d.c.Args[n-1]&(oCreat|oTmpfile) != 0 {
		d.args(n, n+1)
	}
	return true
}

// args prints arguments from..to-1 of the signature, ", "-separated, with
// a leading separator unless from is 0.
func (d *Decoder) args(from, to int) {
	sig := d.c.Sys.Sig
	for i := from; i < to && i < len(sig.Args); i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.arg(i, &sig.Args[i])
	}
}

// argAt prints argument i of the signature, without a separator.
func (d *Decoder) argAt(i int) { d.arg(i, &d.c.Sys.Sig.Args[i]) }

// sep appends the argument separator.
func (d *Decoder) sep() { d.b = append(d.b, ", "...) }

// mmap(addr, length, prot, flags, fd, offset): the map type, the flags,
// then a huge page size as "21<<MAP_HUGE_SHIFT".
func decodeMmap(d *Decoder, exiting bool) bool {
	d.args(0, 3)
	d.sep()
	d.mmapFlags(uint32(d.c.Args[3]))
	d.args(4, 6)
	return true
}

const (
	mapType      = 0x0f
	mapHugetlb   = 0x40000
	mapHugeShift = 26
	mapHugeMask  = 0x3f
)

func (d *Decoder) mmapFlags(flags uint32) {
	huge := uint32(0)
	if flags&mapHugetlb != 0 {
		huge = flags & (mapHugeMask << mapHugeShift)
	}
	d.enum(syscalls.MapTypes, uint64(flags&mapType))
	rest := flags &^ (mapType | huge)
	if rest != 0 {
		d.b = append(d.b, '|')
		left := d.flagNames(syscalls.MapFlags, uint64(rest))
		if left != 0 {
			if uint32(left) != rest {
				d.b = append(d.b, '|')
			}
			d.hex(left)
		}
	}
	if huge != 0 {
		d.b = append(d.b, '|')
		d.b = strconv.AppendUint(d.b, uint64(huge>>mapHugeShift), 10)
		d.b = append(d.b, "<<MAP_HUGE_SHIFT"...)
	}
}

// getrandom(buf, count, flags): everything at exit, the bytes in hex.
func decodeGetrandom(d *Decoder, exiting bool) bool {
	if !exiting {
		return false
	}
	if d.c.Failed {
		d.ptr(d.c.Args[0])
	} else {
		d.bufferHex(d.c.Args[0], uint64(d.c.Ret), true)
	}
	d.args(1, 3)
	return true
}

// socket(family, type, protocol): the type's base and flags, and the
// protocol named in the family's terms.
func decodeSocket(d *Decoder, exiting bool) bool {
	family := uint32(d.c.Args[0])
	d.enum32(syscalls.AddressFamilies, d.c.Args[0])
	d.sep()
	d.socketType(uint32(d.c.Args[1]))
	d.sep()
	d.socketProtocol(family, uint32(d.c.Args[2]))
	return true
}

func (d *Decoder) socketType(t uint32) {
	d.enum(syscalls.SocketTypes, uint64(t&0xf))
	if rest := t &^ 0xf; rest != 0 {
		d.b = append(d.b, '|')
		left := d.flagNames(syscalls.SocketFlags, uint64(rest))
		if left != 0 {
			if uint32(left) != rest {
				d.b = append(d.b, '|')
			}
			d.hex(left)
		}
	}
}

func (d *Decoder) socketProtocol(family, proto uint32) {
	switch family {
	case afInet, afInet6:
		d.enum(syscalls.IPProtocols, uint64(proto))
	case afNetlink:
		d.enum(syscalls.NetlinkProtocols, uint64(proto))
	default:
		d.b = strconv.AppendUint(d.b, uint64(proto), 10)
	}
}

// isRestart reports whether the call failed with a restart code, the
// only case in which a sleep's remaining time is meaningful.
func (d *Decoder) isRestart() bool {
	if !d.c.Failed {
		return false
	}
	switch d.c.Errno() {
	case erestartsys, erestartnointr, erestartnohand, erestartRestartblock:
		return true
	}
	return false
}

// clock_nanosleep(clock, flags, request, remain): remain is shown only
// when a relative sleep was interrupted.
func decodeClockNanosleep(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 3)
		d.sep()
		return false
	}
	if d.c.Args[1] == 0 && d.isRestart() && d.c.Args[3] != 0 {
		d.timespecAt(d.ulong(d.c.Args[3]))
	} else {
		d.ptr(d.c.Args[3])
	}
	return true
}

// nanosleep(request, remain), likewise.
func decodeNanosleep(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 1)
		d.sep()
		return false
	}
	if d.isRestart() && d.c.Args[1] != 0 {
		d.timespecAt(d.ulong(d.c.Args[1]))
	} else {
		d.ptr(d.c.Args[1])
	}
	return true
}

// arch_prctl(code, addr).
func decodeArchPrctl(d *Decoder, exiting bool) bool {
	const (
		archGetFS    = 0x1003
		archGetGS    = 0x1004
		archGetCPUID = 0x1011
		archSetCPUID = 0x1012
	)
	code := uint32(d.c.Args[0])
	switch code {
	case archGetFS, archGetGS:
		if !exiting {
			d.enum(syscalls.ArchPrctlCodes, uint64(code))
			d.sep()
			return false
		}
		if d.c.Failed {
			d.ptr(d.c.Args[1])
			return true
		}
		var b [8]byte
		if !d.read(d.c.Args[1], b[:]) {
			return true
		}
		d.b = append(d.b, '[')
		d.hex(le64(b[:]))
		d.b = append(d.b, ']')
		return true
	}
	d.enum(syscalls.ArchPrctlCodes, uint64(code))
	switch code {
	case archGetCPUID:
	case archSetCPUID:
		d.sep()
		d.b = strconv.AppendUint(d.b, d.c.Args[1], 10)
	default:
		d.sep()
		d.hex(d.c.Args[1])
	}
	return true
}

// Clone flags that make clone write or read more arguments.
const (
	cloneSettls        = 0x00080000
	cloneParentSettid  = 0x00100000
	cloneChildCleartid = 0x00200000
	cloneChildSettid   = 0x01000000
	csignal            = 0xff
)

// clone: strace names the arguments. The stack and flags print at entry;
// the tid pointers and tls at exit. The argument order is x86_64's
// (flags, stack, parent_tid, child_tid, tls); arm64 and i386 swap the
// last two.
func decodeClone(d *Decoder, exiting bool) bool {
	flags := d.c.Args[0]
	ctid, tls := 3, 4
	if d.c.ABI == syscalls.ARM64 || d.c.ABI == syscalls.I386 {
		ctid, tls = 4, 3
	}
	if !exiting {
		d.b = append(d.b, "child_stack="...)
		d.ptr(d.c.Args[1])
		d.b = append(d.b, ", flags="...)
		d.cloneFlags(flags)
		return flags&(cloneParentSettid|cloneChildSettid|cloneChildCleartid|cloneSettls) == 0
	}
	if flags&cloneParentSettid != 0 {
		d.b = append(d.b, ", parent_tid="...)
		if d.c.Failed {
			d.ptr(d.c.Args[2])
		} else {
			d.uintAt(d.c.Args[2])
		}
	}
	if flags&cloneSettls != 0 {
		d.b = append(d.b, ", tls="...)
		d.hex(d.ulong(d.c.Args[tls]))
	}
	if flags&(cloneChildSettid|cloneChildCleartid) != 0 {
		d.b = append(d.b, ", child_tidptr="...)
		d.ptr(d.c.Args[ctid])
	}
	return true
}

// cloneFlags prints clone flags with the exit signal in the low byte.
func (d *Decoder) cloneFlags(flags uint64) {
	sig := flags & csignal
	rest := flags &^ csignal
	if rest == 0 && sig == 0 {
		d.b = append(d.b, '0')
		return
	}
	start := len(d.b)
	if rest != 0 {
		left := d.flagNames(syscalls.CloneFlags, rest)
		if left != 0 {
			if len(d.b) > start {
				d.b = append(d.b, '|')
			}
			d.hex(left)
		}
	}
	if sig != 0 {
		if len(d.b) > start {
			d.b = append(d.b, '|')
		}
		d.signal(int(sig))
	}
}

// uintAt prints *(unsigned int *)addr as [v].
func (d *Decoder) uintAt(addr uint64) {
	var b [4]byte
	if !d.read(d.ulong(addr), b[:]) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendUint(d.b, uint64(le32(b[:])), 10)
	d.b = append(d.b, ']')
}

// rtSigframeMaskOffset is where the saved signal mask sits above the stack
// pointer at rt_sigreturn's entry on x86_64: the return address has been
// popped, so the stack pointer is at the frame's struct ucontext, whose
// uc_sigmask follows uc_flags, uc_link, uc_stack (40 bytes) and the
// 256-byte sigcontext.
const rtSigframeMaskOffset = 40 + 256

// rt_sigreturn shows the signal mask it restores: {mask=[]}.
func decodeRtSigreturn(d *Decoder, exiting bool) bool {
	if d.c.ABI != syscalls.AMD64 {
		return true
	}
	var b [8]byte
	n, _ := d.Mem.Read(d.c.SP+rtSigframeMaskOffset, b[:])
	if n != 8 {
		return true
	}
	d.b = append(d.b, "{mask="...)
	d.sigmask(le64(b[:]), 64)
	d.b = append(d.b, '}')
	return true
}

// fcntl commands whose argument or return value is special.
const (
	fDupfd        = 0
	fGetfd        = 1
	fSetfd        = 2
	fGetfl        = 3
	fSetfl        = 4
	fGetlk        = 5
	fSetlk        = 6
	fSetlkw       = 7
	fSetown       = 8
	fGetown       = 9
	fSetsig       = 10
	fGetsig       = 11
	fOfdGetlk     = 36
	fOfdSetlk     = 37
	fOfdSetlkw    = 38
	fDupfdCloexec = 1030
	fGetpipeSz    = 1032
	fAddSeals     = 1033
	fGetSeals     = 1034
	fSetLease     = 1024
	fGetLease     = 1025
	fNotify       = 1026
	fSetpipeSz    = 1031
)

// fcntl(fd, cmd, arg): the argument's meaning and the return value's
// depend on the command.
func decodeFcntl(d *Decoder, exiting bool) bool {
	cmd := uint32(d.c.Args[1])
	arg := d.c.Args[2]
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		d.enum(syscalls.FcntlCmds, uint64(cmd))
		switch cmd {
		case fSetfd:
			d.sep()
			d.flags(syscalls.FdFlags, arg)
		case fSetfl:
			d.sep()
			d.openFlags(arg)
		case fDupfd, fDupfdCloexec, fSetown, fSetpipeSz, fNotify:
			d.sep()
			d.b = strconv.AppendInt(d.b, int64(int32(arg)), 10)
		case fSetsig:
			d.sep()
			d.signal(int(int32(arg)))
		case fSetlk, fSetlkw, fOfdSetlk, fOfdSetlkw:
			d.sep()
			d.flock(arg)
		case fGetlk, fOfdGetlk:
			d.sep()
			return false
		case fAddSeals:
			d.sep()
			d.flags(syscalls.FileSeals, arg)
		case fSetLease:
			d.sep()
			d.enum(syscalls.LeaseTypes, arg)
		case fGetfd, fGetfl, fGetown, fGetsig, fGetpipeSz, fGetSeals, fGetLease:
			return false
		default:
			d.sep()
			d.hex(d.ulong(arg))
		}
		return cmd != fDupfd && cmd != fDupfdCloexec
	}
	switch cmd {
	case fGetlk, fOfdGetlk:
		if d.c.Failed {
			d.ptr(arg)
		} else {
			d.flock(arg)
		}
	case fGetfd:
		d.retFlags("flags ", syscalls.FdFlags)
	case fGetfl:
		if !d.c.Failed {
			d.setReturn(syscalls.RetHex)
			d.retNote = append(d.retNote, "(flags "...)
			saved := d.b
			d.b = d.retNote
			d.openFlags(uint64(d.c.Ret))
			d.retNote = append(d.b, ')')
			d.b = saved
		}
	case fGetSeals:
		d.retFlags("seals ", syscalls.FileSeals)
	case fGetLease:
		if !d.c.Failed {
			d.setReturn(syscalls.RetHex)
			saved := d.b
			d.b = append(d.retNote, '(')
			d.enum(syscalls.LeaseTypes, uint64(d.c.Ret))
			d.retNote = append(d.b, ')')
			d.b = saved
		}
	case fDupfd, fDupfdCloexec:
		d.setReturn(syscalls.RetFd)
	}
	return true
}

// retFlags makes a successful return value print in hex with its flags:
// 0x1 (flags FD_CLOEXEC).
func (d *Decoder) retFlags(prefix string, vs *syscalls.Values) {
	if d.c.Failed {
		return
	}
	d.setReturn(syscalls.RetHex)
	if d.c.Ret == 0 {
		return
	}
	saved := d.b
	d.b = append(d.retNote, '(')
	d.b = append(d.b, prefix...)
	d.flags(vs, uint64(d.c.Ret))
	d.retNote = append(d.b, ')')
	d.b = saved
}

// flock prints struct flock.
func (d *Decoder) flock(addr uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	var b [32]byte
	if !d.read(addr, b[:]) {
		return
	}
	d.b = append(d.b, "{l_type="...)
	d.enum(syscalls.FlockTypes, uint64(uint16(b[0])|uint16(b[1])<<8))
	d.b = append(d.b, ", l_whence="...)
	d.enum(syscalls.SeekWhence, uint64(uint16(b[2])|uint16(b[3])<<8))
	d.b = append(d.b, ", l_start="...)
	d.b = strconv.AppendInt(d.b, int64(le64(b[8:])), 10)
	d.b = append(d.b, ", l_len="...)
	d.b = strconv.AppendInt(d.b, int64(le64(b[16:])), 10)
	if d.c.Exited && (uint32(d.c.Args[1]) == fGetlk || uint32(d.c.Args[1]) == fOfdGetlk) {
		d.b = append(d.b, ", l_pid="...)
		d.b = strconv.AppendInt(d.b, int64(int32(le32(b[24:]))), 10)
	}
	d.b = append(d.b, '}')
}

// atStatxSyncType masks statx's sync-type field in its flags.
const atStatxSyncType = 0x6000

// statx(dirfd, path, flags, mask, buf): the flags start with the sync
// type, always named (AT_STATX_SYNC_AS_STAT is 0).
func decodeStatx(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 2)
		d.sep()
		flags := uint64(uint32(d.c.Args[2]))
		d.flags(syscalls.StatxSyncTypes, flags&atStatxSyncType)
		if rest := flags &^ atStatxSyncType; rest != 0 {
			d.b = append(d.b, '|')
			d.flags(syscalls.AtFlags, rest)
		}
		d.args(3, 4)
		d.sep()
		return false
	}
	d.argAt(4)
	return true
}

// sendfile(out_fd, in_fd, offset, count): the offset as it was, and as the
// call left it when it moved: [0] => [5].
func decodeSendfile(d *Decoder, exiting bool) bool {
	off := d.ulong(d.c.Args[2])
	if !exiting {
		d.args(0, 2)
		d.sep()
		var b [8]byte
		if off == 0 || !d.readQuiet(off, b[:]) {
			d.ptr(off)
			d.args(3, 4)
			return true
		}
		d.b = append(d.b, '[')
		d.b = strconv.AppendInt(d.b, int64(le64(b[:])), 10)
		d.b = append(d.b, ']')
		return false
	}
	if !d.c.Failed && d.c.Ret != 0 {
		d.b = append(d.b, " => "...)
		d.int64At(off)
	}
	d.args(3, 4)
	return true
}

// readQuiet fills b from addr, reporting whether it could.
func (d *Decoder) readQuiet(addr uint64, b []byte) bool {
	n, err := d.Mem.Read(addr, b)
	return err == nil && n == len(b)
}

// mknod(path, mode, dev) and mknodat(dirfd, path, mode, dev): the device
// only for character and block devices, as makedev(major, minor).
func decodeMknod(d *Decoder, exiting bool) bool {
	n := 2
	if d.c.Sys.Name == "mknodat" {
		n = 3
	}
	d.args(0, n)
	switch uint32(d.c.Args[n-1]) & sIFMT {
	case sIFCHR, sIFBLK:
		d.sep()
		d.dev(d.c.Args[n])
	}
	return true
}
