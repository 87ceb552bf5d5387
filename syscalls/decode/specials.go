package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders for syscalls whose arguments mean different things depending
// on each other, which the argument kinds cannot say. Each prints its own
// separators; at entry it returns true when nothing is left for the exit.

func init() {
	specials.add(namedSpecial{"getrandom", decodeGetrandom})
	specials.add(namedSpecial{"clock_nanosleep", decodeClockNanosleep})
	specials.add(namedSpecial{"nanosleep", decodeNanosleep})
	specials.add(namedSpecial{"arch_prctl", decodeArchPrctl})
	specials.add(namedSpecial{"rt_sigreturn", decodeRtSigreturn})
	specials.add(namedSpecial{"fcntl", decodeFcntl})
	specials.add(namedSpecial{"ioctl", decodeIoctl})
	specials.add(namedSpecial{"statx", decodeStatx})
	specials.add(namedSpecial{"sendfile", decodeSendfile})
	specials.add(namedSpecial{"mknod", decodeMknod})
	specials.add(namedSpecial{"mknodat", decodeMknod})
	specials.add(namedSpecial{"open", decodeOpen})
	specials.add(namedSpecial{"openat", decodeOpen})
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
		b := d.scratch(d.c.ABI.PointerSize())
		if !d.read(d.ulong(d.c.Args[1]), b) {
			return true
		}
		d.b = append(d.b, '[')
		if v := d.pointerAt(b); v == 0 {
			d.b = append(d.b, "NULL"...) // strace's printnum_ptr
		} else {
			d.hex(v)
		}
		d.b = append(d.b, ']')
		return true
	}
	d.enum(syscalls.ArchPrctlCodes, uint64(code))
	switch code {
	case archGetCPUID:
	default:
		d.sep()
		d.hex(d.ulong(d.c.Args[1]))
	}
	return true
}

// uintAt prints *(unsigned int *)addr as [v].
func (d *Decoder) uintAt(addr uint64) {
	b := d.scratch(4)
	if !d.read(d.ulong(addr), b) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendUint(d.b, uint64(le32(b)), 10)
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
	b := d.scratch(8)
	n, _ := d.Mem.Read(d.c.SP+rtSigframeMaskOffset, b)
	if n != 8 {
		return true
	}
	d.b = append(d.b, "{mask="...)
	d.sigmask(le64(b), sigsetMaxBytes)
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
	fSetownEx     = 15
	fGetownEx     = 16
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
			d.flags(syscalls.FdFlags, uint64(uint32(arg)))
		case fSetfl:
			d.sep()
			d.openFlags(arg)
		// strace reads most of these arguments as longs, F_SETOWN's
		// and F_SETSIG's and F_SETFD's as ints.
		case fDupfd, fDupfdCloexec, fSetpipeSz:
			d.sep()
			d.b = strconv.AppendInt(d.b, d.long(arg), 10)
		case fSetown:
			d.sep()
			d.b = strconv.AppendInt(d.b, int64(int32(arg)), 10)
		case fNotify:
			d.sep()
			d.flags(syscalls.DnotifyFlags, d.ulong(arg))
		case fSetownEx:
			d.sep()
			d.fOwnerEx(arg)
		case fGetownEx:
			d.sep()
			return false
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
			d.flags(syscalls.FileSeals, d.ulong(arg))
		case fSetLease:
			d.sep()
			d.enum(syscalls.LeaseTypes, d.ulong(arg))
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
	case fGetownEx:
		if d.c.Failed {
			d.ptr(arg)
		} else {
			d.fOwnerEx(arg)
		}
	case fGetsig:
		// A signal number, named when it has a name: 10 (SIGUSR1).
		if !d.c.Failed {
			if name := SignalName(int(d.c.Ret)); name != "" && d.c.Ret != 0 {
				d.retNote = append(d.retNote, '(')
				d.retNote = append(d.retNote, name...)
				d.retNote = append(d.retNote, ')')
			}
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
			// Named when known, and no note at all otherwise.
			if name := syscalls.LeaseTypes.Lookup(uint64(d.c.Ret)); name != "" {
				d.retNote = append(d.retNote, '(')
				d.retNote = append(d.retNote, name...)
				d.retNote = append(d.retNote, ')')
			}
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
	d.flagsIn(vs, uint64(d.c.Ret), false)
	d.retNote = append(d.b, ')')
	d.b = saved
}

// fOwnerEx prints struct f_owner_ex: {type=F_OWNER_PID, pid=5}.
func (d *Decoder) fOwnerEx(addr uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	b := d.scratch(8)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{type="...)
	d.enum(syscalls.FOwnerTypes, uint64(le32(b[0:])))
	d.b = append(d.b, ", pid="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b[4:]))), 10)
	d.b = append(d.b, '}')
}

// flock prints struct flock.
func (d *Decoder) flock(addr uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	// Two shorts, l_start and l_len as off_t (longs, aligned), l_pid:
	// 32 bytes, or 16 on i386.
	w := d.c.ABI.PointerSize()
	b := d.scratch(2*w + 2*w)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{l_type="...)
	d.enum(syscalls.FlockTypes, uint64(uint16(b[0])|uint16(b[1])<<8))
	d.b = append(d.b, ", l_whence="...)
	d.enum(syscalls.SeekWhence, uint64(uint16(b[2])|uint16(b[3])<<8))
	d.b = append(d.b, ", l_start="...)
	d.b = strconv.AppendInt(d.b, field{w, w}.signed(b), 10)
	d.b = append(d.b, ", l_len="...)
	d.b = strconv.AppendInt(d.b, field{2 * w, w}.signed(b), 10)
	if d.c.Exited && (uint32(d.c.Args[1]) == fGetlk || uint32(d.c.Args[1]) == fOfdGetlk) {
		d.b = append(d.b, ", l_pid="...)
		d.b = strconv.AppendInt(d.b, int64(int32(le32(b[3*w:]))), 10)
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
			// strace prints these with no default: no comment
			// for unknown bits.
			d.flagsIn(syscalls.AtFlags, rest, false)
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
	// An off_t: a long, 32 bits on i386 (sendfile64 has a loff_t).
	b := d.scratch(d.c.ABI.PointerSize())
	if !exiting {
		d.args(0, 2)
		d.sep()
		if off == 0 || !d.readQuiet(off, b) {
			d.ptr(off)
			d.args(3, 4)
			return true
		}
		// strace prints this offset unsigned (copy_file_range's
		// signed).
		d.b = append(d.b, '[')
		d.b = strconv.AppendUint(d.b, d.pointerAt(b), 10)
		d.b = append(d.b, ']')
		return false
	}
	if !d.c.Failed && d.c.Ret != 0 {
		d.b = append(d.b, " => "...)
		if d.read(off, b) {
			d.b = append(d.b, '[')
			d.b = strconv.AppendUint(d.b, d.pointerAt(b), 10)
			d.b = append(d.b, ']')
		}
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
	d.args(0, n-1)
	if n > 1 {
		d.sep()
	}
	// strace reads the mode as an unsigned short: bits above 16 are
	// not shown.
	mode := uint32(uint16(d.c.Args[n-1]))
	d.mode(mode)
	switch mode & sIFMT {
	case sIFCHR, sIFBLK:
		// The kernel's dev argument is an unsigned int.
		d.sep()
		d.dev(uint64(uint32(d.c.Args[n])))
	}
	return true
}

func init() { specials.add(namedSpecial{"wait4", decodeWait4}) }

// wait4(pid, status, options, rusage): the pid at entry, the rest at exit,
// as strace's printwaitn: the status only when a child was reaped (a
// return of 0 under WNOHANG filled nothing), the rusage only for a
// positive return.
func decodeWait4(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		return false
	}
	if d.c.Failed || d.c.Ret == 0 {
		d.ptr(d.c.Args[1])
	} else {
		d.argAt(1)
	}
	d.sep()
	d.argAt(2)
	d.sep()
	if d.c.Failed || d.c.Ret <= 0 {
		d.ptr(d.c.Args[3])
	} else {
		d.argAt(3)
	}
	return true
}

func init() {
	for _, name := range []string{"setxattr", "lsetxattr", "fsetxattr"} {
		specials.add(namedSpecial{name, decodeSetxattr})
	}
	for _, name := range []string{"getxattr", "lgetxattr", "fgetxattr"} {
		specials.add(namedSpecial{name, decodeGetxattr})
	}
	for _, name := range []string{"listxattr", "llistxattr", "flistxattr"} {
		specials.add(namedSpecial{name, decodeListxattr})
	}
}

// xattrSizeMax is XATTR_SIZE_MAX: strace shows a longer value as its
// address.
const xattrSizeMax = 65536

// xattrValue prints an extended attribute's value of size bytes as
// strace's print_xattr_val: a trailing NUL left out.
func (d *Decoder) xattrValue(addr, size uint64) {
	if size > xattrSizeMax {
		d.ptr(addr)
		return
	}
	d.bufferEx(d.ulong(addr), size, false, true)
}

// setxattr(path, name, value, size, flags) and its l and f forms, all at
// entry.
func decodeSetxattr(d *Decoder, exiting bool) bool {
	d.args(0, 2)
	d.sep()
	d.xattrValue(d.c.Args[2], d.ulong(d.c.Args[3]))
	d.args(3, 5)
	return true
}

// getxattr(path, name, value, size) and its l and f forms: the value at
// exit, as long as the call returned (strace prints the separator before it
// at exit too).
func decodeGetxattr(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 2)
		return false
	}
	d.sep()
	if d.c.Failed {
		d.ptr(d.c.Args[2])
	} else {
		d.xattrValue(d.c.Args[2], uint64(d.c.Ret))
	}
	d.args(3, 4)
	return true
}

// listxattr(path, list, size) and its l and f forms: the list of NUL-
// separated names at exit (as many bytes as returned), or its address when
// the call failed or the size was 0 (a query of the length).
func decodeListxattr(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 1)
		d.sep()
		return false
	}
	if d.c.Failed || d.ulong(d.c.Args[2]) == 0 {
		d.ptr(d.c.Args[1])
	} else {
		d.buffer(d.ulong(d.c.Args[1]), uint64(d.c.Ret))
	}
	d.args(2, 3)
	return true
}

func init() { specials.add(namedSpecial{"restart_syscall", decodeRestartSyscall}) }

// restart_syscall() says which call it resumes, as strace does:
// <... resuming interrupted clock_nanosleep ...>. The tracer fills
// Call.Resuming when it knows; strace's word for an unknown one is
// "system call".
func decodeRestartSyscall(d *Decoder, exiting bool) bool {
	d.b = append(d.b, "<... resuming interrupted "...)
	if d.c.Resuming != nil {
		d.b = append(d.b, d.c.Resuming.Name...)
	} else {
		d.b = append(d.b, "system call"...)
	}
	d.b = append(d.b, " ...>"...)
	return true
}
