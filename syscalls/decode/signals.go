package decode

import (
	"math/bits"
	"runtime"
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// SignalName returns a signal's name as strace prints it: SIGTERM, and for
// real-time signals SIGRTMIN (32) then SIGRT_1 (33) to SIGRT_32 (64).
// Numbers with no name come back as "" (callers print them in decimal).
func SignalName(sig int) string {
	if sig > 0 && sig < 32 {
		return syscalls.SignalNames.Lookup(uint64(sig))
	}
	if sig == 32 {
		return "SIGRTMIN"
	}
	if sig > 32 && sig <= 64 {
		return rtNames[sig-33]
	}
	return ""
}

var rtNames = func() [32]string {
	var n [32]string
	for i := range n {
		n[i] = "SIGRT_" + strconv.Itoa(i+1)
	}
	return n
}()

// signal prints a signal number by name, or in decimal if it has none.
func (d *Decoder) signal(sig int) {
	if d.Opts.Xlat != XlatAbbrev {
		d.b = strconv.AppendInt(d.b, int64(sig), 10)
		if d.Opts.Xlat == XlatVerbose {
			d.xlatComment(SignalName(sig))
		}
		return
	}
	if name := SignalName(sig); name != "" {
		d.b = append(d.b, name...)
		return
	}
	d.b = strconv.AppendInt(d.b, int64(sig), 10)
}

// AppendSignal appends a signal's name (or number) to dst.
func AppendSignal(dst []byte, sig int) []byte {
	if name := SignalName(sig); name != "" {
		return append(dst, name...)
	}
	return strconv.AppendInt(dst, int64(sig), 10)
}

// sigsetMaxBytes is the kernel's sigset_t size (_NSIG / 8).
const sigsetMaxBytes = 8

// sigsetAt prints the signal set of size bytes at addr; NULL prints as
// NULL, and an unreadable set or one whose size the kernel would refuse
// (under a word or over the kernel's sigset_t, as strace checks it) as the
// address.
func (d *Decoder) sigsetAt(addr uint64, size uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	if size < uint64(d.c.ABI.PointerSize()) || size > sigsetMaxBytes {
		d.ptr(addr)
		return
	}
	b := d.scratch(8)
	// A set shorter than 8 bytes leaves the rest zero, as strace's copy.
	clear(b)
	if n, _ := d.Mem.Read(addr, b[:size]); uint64(n) != size {
		d.ptr(addr)
		return
	}
	d.sigmask(le64(b), int(size))
}

// sigmask prints a mask of size bytes (bit 0 is signal 1) as strace's
// sprintsigmask_n does: [INT TERM], or ~[...] with the signals not in the
// mask when at least two thirds of its bits are set. The mask counts in
// whole 32-bit words.
func (d *Decoder) sigmask(mask uint64, size int) {
	words := (size + 3) / 4
	if words > 2 {
		words = 2
	}
	nbits := 32 * words
	if nbits < 64 {
		mask &= 1<<uint(nbits) - 1
	}
	if bits.OnesCount64(mask) >= nbits*2/3 {
		d.b = append(d.b, '~')
		mask = ^mask
		if nbits < 64 {
			mask &= 1<<uint(nbits) - 1
		}
	}
	d.b = append(d.b, '[')
	first := true
	for mask != 0 {
		i := bits.TrailingZeros64(mask)
		mask &^= 1 << uint(i)
		if !first {
			d.b = append(d.b, ' ')
		}
		first = false
		name := SignalName(i + 1)
		if len(name) > 3 {
			d.b = append(d.b, name[3:]...)
		} else {
			d.b = strconv.AppendInt(d.b, int64(i+1), 10)
		}
	}
	d.b = append(d.b, ']')
}

// AppendSiginfo appends a siginfo_t as strace prints it in
// "--- SIGCHLD {...} ---" lines. si is the 128 bytes PTRACE_GETSIGINFO
// gives, which are in the tracer's own layout whatever the tracee's (the
// kernel converts only for a 32-bit tracer); abi is the tracee's, which
// decides how si_syscall is named.
func (d *Decoder) AppendSiginfo(dst []byte, si []byte, abi syscalls.ABI) []byte {
	d.b = dst
	saved := d.c
	// The decoder's own Call carries the layout's ABI: no allocation
	// per signal.
	d.sigCall = syscalls.Call{ABI: hostABI}
	d.sigABI = abi
	d.c = &d.sigCall
	d.siginfo(si)
	d.c = saved
	dst, d.b = d.b, nil
	return dst
}

// hostABI is the tracer's own ABI: the layout of the siginfo it reads.
var hostABI = func() syscalls.ABI {
	switch runtime.GOARCH {
	case "arm64":
		return syscalls.ARM64
	case "386":
		return syscalls.I386
	}
	return syscalls.AMD64
}()

// si_code values that do not depend on the signal.
const (
	siUser    = 0
	siKernel  = 0x80
	siQueue   = -1
	siTimer   = -2
	siMesgq   = -3
	siAsyncio = -4
	siSigio   = -5
	siTkill   = -6
)

// siginfo prints a siginfo_t from its bytes. Which union members follow
// si_code depends on the code and the signal, as in strace 6.1's
// printsiginfo: codes <= 0 come from a process (kill, sigqueue, timers),
// others from the kernel about the signal's own event.
func (d *Decoder) siginfo(si []byte) {
	if len(si) < 48 {
		d.b = append(d.b, "{}"...)
		return
	}
	signo := int(int32(le32(si[0:])))
	errno := int(int32(le32(si[4:])))
	code := int(int32(le32(si[8:])))
	if signo == 0 {
		d.b = append(d.b, "{}"...)
		return
	}
	// The union follows the three ints, aligned to a pointer.
	ps := d.c.ABI.PointerSize()
	u := si[16:]
	if ps == 4 {
		u = si[12:]
	}
	pidVal := int32(le32(u[0:]))
	uidVal := le32(u[4:])
	sigvalPtr := d.pointerAt(u[8 : 8+ps])

	d.b = append(d.b, "{si_signo="...)
	d.signal(signo)
	d.b = append(d.b, ", si_code="...)
	d.siCode(signo, code)
	if errno != 0 {
		// An unsigned int, by name when it has one.
		d.b = append(d.b, ", si_errno="...)
		d.errnoName(uint64(uint32(errno)))
	}
	if code <= 0 {
		switch code {
		case siUser, siTkill:
			d.sigSource(pidVal, uidVal)
		case siTimer:
			d.b = append(d.b, ", si_timerid="...)
			d.hex(uint64(le32(u[0:])))
			d.b = append(d.b, ", si_overrun="...)
			d.b = strconv.AppendInt(d.b, int64(int32(le32(u[4:]))), 10)
			d.sigval(u[8:], sigvalPtr)
		case siSigio:
			d.sigBand(u)
		default:
			d.sigSource(pidVal, uidVal)
			if sigvalPtr != 0 {
				d.sigval(u[8:], sigvalPtr)
			}
		}
		d.b = append(d.b, '}')
		return
	}
	switch signo {
	case sigchld:
		d.sigSource(pidVal, uidVal)
		d.b = append(d.b, ", si_status="...)
		status := int(int32(le32(u[8:])))
		if code == cldExited {
			d.b = strconv.AppendInt(d.b, int64(status), 10)
		} else {
			d.signal(status)
		}
		// si_utime and si_stime are clock_t, a long after the int.
		off := 16
		if ps == 4 {
			off = 12
		}
		d.b = append(d.b, ", si_utime="...)
		d.clockT(uint64(d.longAt(u[off:])))
		d.b = append(d.b, ", si_stime="...)
		d.clockT(uint64(d.longAt(u[off+ps:])))
	case sigill, sigfpe, sigtrap:
		d.sigAddr(u, ps)
	case sigbus:
		d.sigAddr(u, ps)
		if code == busMceerrAR || code == busMceerrAO {
			d.b = append(d.b, ", si_addr_lsb="...)
			d.hex(uint64(uint16(u[ps]) | uint16(u[ps+1])<<8))
		}
	case sigsegv:
		d.sigAddr(u, ps)
		// The bounds and the key follow si_addr_lsb, padded to a
		// pointer (__ADDR_BND_PKEY_PAD).
		off := 2 * ps
		switch code {
		case segvBnderr:
			d.b = append(d.b, ", si_lower="...)
			d.ptr(d.pointerAt(u[off : off+ps]))
			d.b = append(d.b, ", si_upper="...)
			d.ptr(d.pointerAt(u[off+ps : off+2*ps]))
		case segvPkuerr:
			d.b = append(d.b, ", si_pkey="...)
			d.b = strconv.AppendUint(d.b, uint64(le32(u[off:])), 10)
		}
	case sigpoll:
		// Only the POLL_* codes (POLL_IN to POLL_HUP) say which
		// descriptor.
		if code >= 1 && code <= 6 {
			d.sigBand(u)
		}
	case sigsys:
		d.b = append(d.b, ", si_call_addr="...)
		d.ptr(d.pointerAt(u[0:ps]))
		nr := le32(u[ps:])
		arch := le32(u[ps+4:])
		d.b = append(d.b, ", si_syscall="...)
		d.syscallNr(arch, nr)
		d.b = append(d.b, ", si_arch="...)
		d.auditArch(arch)
	default:
		if pidVal != 0 || uidVal != 0 {
			d.sigSource(pidVal, uidVal)
		}
		if sigvalPtr != 0 {
			d.sigval(u[8:], sigvalPtr)
		}
	}
	d.b = append(d.b, '}')
}

// Signal numbers and si_code values whose siginfo has fields of its own
// (the same on x86 and arm64).
const (
	sigill  = 4
	sigtrap = 5
	sigbus  = 7
	sigfpe  = 8
	sigsegv = 11
	sigchld = 17
	sigpoll = 29
	sigsys  = 31

	cldExited   = 1
	busMceerrAR = 4
	busMceerrAO = 5
	segvBnderr  = 3
	segvPkuerr  = 4
)

// sigSource prints the sender of a signal: si_pid and si_uid.
func (d *Decoder) sigSource(pid int32, uid uint32) {
	d.b = append(d.b, ", si_pid="...)
	d.b = strconv.AppendInt(d.b, int64(pid), 10)
	d.b = append(d.b, ", si_uid="...)
	d.b = strconv.AppendUint(d.b, uint64(uid), 10)
}

// sigval prints the value sigqueue or a timer sent: si_int (the union's
// first int) and si_ptr.
func (d *Decoder) sigval(v []byte, ptr uint64) {
	d.b = append(d.b, ", si_int="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(v))), 10)
	d.b = append(d.b, ", si_ptr="...)
	d.ptr(ptr)
}

// sigAddr prints the faulting address of SIGILL, SIGFPE, SIGSEGV, SIGBUS
// and SIGTRAP.
func (d *Decoder) sigAddr(u []byte, ps int) {
	d.b = append(d.b, ", si_addr="...)
	d.ptr(d.pointerAt(u[0:ps]))
}

// sigBand prints SIGPOLL's si_band (a long) and si_fd.
func (d *Decoder) sigBand(u []byte) {
	d.b = append(d.b, ", si_band="...)
	d.b = strconv.AppendInt(d.b, d.longAt(u), 10)
	d.b = append(d.b, ", si_fd="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(u[d.c.ABI.PointerSize():]))), 10)
}

// clkTck is USER_HZ, the unit of clock_t in what the kernel reports (100
// on every architecture gotrace knows; strace asks sysconf).
const clkTck = 100

// clockT prints a clock_t as strace does: the ticks, then the seconds in
// a comment unless zero: 123 /* 1.23 s */.
func (d *Decoder) clockT(v uint64) {
	d.b = strconv.AppendUint(d.b, v, 10)
	if v == 0 {
		return
	}
	d.b = append(d.b, " /* "...)
	d.b = strconv.AppendUint(d.b, v/clkTck, 10)
	d.b = append(d.b, '.')
	frac := v % clkTck
	if frac < 10 {
		d.b = append(d.b, '0')
	}
	d.b = strconv.AppendUint(d.b, frac, 10)
	d.b = append(d.b, " s */"...)
}

// clockAt reads a clock_t (a long) of the call's ABI.
func (d *Decoder) clockAt(b []byte) int64 { return d.longAt(b) }

func (d *Decoder) longAt(b []byte) int64 {
	if d.c.ABI.PointerSize() == 4 {
		return int64(int32(le32(b)))
	}
	return int64(le64(b))
}

// siCode prints si_code by name: generic codes first, then the signal's
// own; a code with no name in hex, as an unsigned int (0xfffffff6 for
// -10).
func (d *Decoder) siCode(signo, code int) {
	if name := syscalls.SiCodes.Lookup(uint64(uint32(code))); name != "" {
		d.b = append(d.b, name...)
		return
	}
	var vs *syscalls.Values
	switch signo {
	case sigchld:
		vs = syscalls.SigchldCodes
	case sigsegv:
		vs = syscalls.SigsegvCodes
	case sigbus:
		vs = syscalls.SigbusCodes
	case sigfpe:
		vs = syscalls.SigfpeCodes
	case sigill:
		vs = syscalls.SigillCodes
	case sigtrap:
		vs = syscalls.SigtrapCodes
	case sigpoll:
		vs = syscalls.SigpollCodes
	case sigsys:
		vs = syscalls.SigsysCodes
	}
	if vs != nil {
		if name := vs.Lookup(uint64(uint32(code))); name != "" {
			d.b = append(d.b, name...)
			return
		}
	}
	d.hex(uint64(uint32(code)))
}

// auditArch prints an AUDIT_ARCH_* value, an unknown one in hex with
// strace's comment.
func (d *Decoder) auditArch(arch uint32) {
	switch arch {
	case syscalls.AuditArchX86_64:
		d.b = append(d.b, "AUDIT_ARCH_X86_64"...)
	case syscalls.AuditArchI386:
		d.b = append(d.b, "AUDIT_ARCH_I386"...)
	case syscalls.AuditArchAArch64:
		d.b = append(d.b, "AUDIT_ARCH_AARCH64"...)
	default:
		d.hex(uint64(arch))
		d.b = append(d.b, " /* AUDIT_ARCH_??? */"...)
	}
}

// syscallNr prints a syscall number as strace's si_syscall: __NR_name for a
// call of the tracee's own ABI, the number with the name in a comment for
// another ABI's (20 /* getpid */), the bare number (unsigned) for one no
// table names.
func (d *Decoder) syscallNr(arch uint32, nr uint32) {
	abi := syscalls.ABIFromAudit(arch, uint64(nr))
	n := uint64(nr)
	if abi == syscalls.X32 {
		n &^= syscalls.X32SyscallBit
	}
	var sc *syscalls.Syscall
	if abi != syscalls.ABIUnknown {
		if tab := Tables[abi]; tab != nil {
			sc = tab.Lookup(n)
		}
	}
	switch {
	case sc == nil:
		d.b = strconv.AppendUint(d.b, uint64(nr), 10)
	case abi == d.sigABI:
		d.b = append(d.b, "__NR_"...)
		d.b = append(d.b, sc.Name...)
	default:
		d.b = strconv.AppendUint(d.b, uint64(nr), 10)
		d.b = append(d.b, " /* "...)
		d.b = append(d.b, sc.Name...)
		d.b = append(d.b, " */"...)
	}
}

// Tables are the syscall tables by ABI, for decoders that name a syscall
// number found in memory (siginfo's si_syscall). The tracer sets them.
var Tables [syscalls.NumABIs]*syscalls.Table

// waitStatus prints a wait status as strace 6.1's printstatus does:
// [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], then any bits the macros do
// not explain: a ptrace event (|PTRACE_EVENT_CLONE<<16) and the rest in
// hex (|0x100). A status no macro matches prints as [0x...].
func (d *Decoder) waitStatus(s uint32) {
	switch {
	case s&0xff == 0x7f: // WIFSTOPPED
		sig := s >> 8 & 0xff
		d.b = append(d.b, "[{WIFSTOPPED(s) && WSTOPSIG(s) == "...)
		d.signal(int(sig & 0x7f))
		if sig&0x80 != 0 {
			d.b = append(d.b, " | 0x80"...)
		}
		d.b = append(d.b, '}')
		s &^= sig<<8 | 0x7f
	case s&0x7f != 0 && s&0x7f != 0x7f: // WIFSIGNALED
		d.b = append(d.b, "[{WIFSIGNALED(s) && WTERMSIG(s) == "...)
		d.signal(int(s & 0x7f))
		if s&0x80 != 0 {
			d.b = append(d.b, " && WCOREDUMP(s)"...)
		}
		d.b = append(d.b, '}')
		s &^= 0xff
	case s&0x7f == 0: // WIFEXITED
		d.b = append(d.b, "[{WIFEXITED(s) && WEXITSTATUS(s) == "...)
		d.b = strconv.AppendUint(d.b, uint64(s>>8&0xff), 10)
		d.b = append(d.b, '}')
		s &^= 0xff00
	case s == 0xffff: // WIFCONTINUED
		d.b = append(d.b, "[{WIFCONTINUED(s)}"...)
		s = 0
	default:
		d.b = append(d.b, '[')
		d.hex(uint64(s))
		d.b = append(d.b, ']')
		return
	}
	if event := s >> 16; event != 0 {
		d.b = append(d.b, '|')
		if name := syscalls.PtraceEvents.Lookup(uint64(event)); name != "" {
			d.b = append(d.b, name...)
		} else {
			d.hex(uint64(event))
			d.b = append(d.b, " /* PTRACE_EVENT_??? */"...)
		}
		d.b = append(d.b, "<<16"...)
		s &= 0xffff
	}
	if s != 0 {
		d.b = append(d.b, '|')
		d.hex(uint64(s))
	}
	d.b = append(d.b, ']')
}
