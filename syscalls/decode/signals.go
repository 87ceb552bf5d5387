package decode

import (
	"math/bits"
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

// sigsetAt prints the signal set of size bytes at addr; NULL and
// unreadable or mis-sized sets print as the address, as strace does.
func (d *Decoder) sigsetAt(addr uint64, size uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	if size == 0 || size > sigsetMaxBytes || size%4 != 0 {
		d.ptr(addr)
		return
	}
	var b [8]byte
	if n, _ := d.Mem.Read(addr, b[:size]); uint64(n) != size {
		d.ptr(addr)
		return
	}
	d.sigmask(le64(b[:]), int(size*8))
}

// sigmask prints a mask of nsig signals (bit 0 is signal 1) as strace does:
// [INT TERM], or ~[...] with the complement when more than half are set.
func (d *Decoder) sigmask(mask uint64, nsig int) {
	if nsig < 64 {
		mask &= 1<<uint(nsig) - 1
	}
	if bits.OnesCount64(mask)*2 > nsig {
		d.b = append(d.b, '~')
		mask = ^mask
		if nsig < 64 {
			mask &= 1<<uint(nsig) - 1
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

// AppendSiginfo appends a siginfo_t (128 raw bytes, native layout) as
// strace prints it in "--- SIGCHLD {...} ---" lines.
func (d *Decoder) AppendSiginfo(dst []byte, si []byte, abi syscalls.ABI) []byte {
	d.b = dst
	saved := d.c
	d.c = &syscalls.Call{ABI: abi}
	d.siginfo(si)
	d.c = saved
	dst, d.b = d.b, nil
	return dst
}

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
// si_code depends on the code and the signal, as in strace's printsiginfo:
// codes <= 0 come from a process (kill, sigqueue, timers), others from the
// kernel about the signal's own event.
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
	source := func() {
		d.b = append(d.b, ", si_pid="...)
		d.b = strconv.AppendInt(d.b, int64(pidVal), 10)
		d.b = append(d.b, ", si_uid="...)
		d.b = strconv.AppendUint(d.b, uint64(uidVal), 10)
	}
	sigval := func() {
		d.b = append(d.b, ", si_int="...)
		d.b = strconv.AppendInt(d.b, int64(int32(le32(u[8:]))), 10)
		d.b = append(d.b, ", si_ptr="...)
		d.ptr(d.pointerAt(u[8 : 8+ps]))
	}
	sigvalPtr := d.pointerAt(u[8 : 8+ps])

	d.b = append(d.b, "{si_signo="...)
	d.signal(signo)
	d.b = append(d.b, ", si_code="...)
	d.siCode(signo, code)
	if errno != 0 {
		d.b = append(d.b, ", si_errno="...)
		d.errnoName(uint64(errno))
	}
	if code <= 0 {
		switch code {
		case siUser, siTkill:
			source()
		case siTimer:
			d.b = append(d.b, ", si_timerid="...)
			d.hex(uint64(le32(u[0:])))
			d.b = append(d.b, ", si_overrun="...)
			d.b = strconv.AppendInt(d.b, int64(int32(le32(u[4:]))), 10)
			sigval()
		default:
			source()
			if sigvalPtr != 0 {
				sigval()
			}
		}
		d.b = append(d.b, '}')
		return
	}
	switch signo {
	case 17: // SIGCHLD
		source()
		d.b = append(d.b, ", si_status="...)
		status := int(int32(le32(u[8:])))
		if code == 1 { // CLD_EXITED
			d.b = strconv.AppendInt(d.b, int64(status), 10)
		} else {
			d.signal(status)
		}
		off := 16
		if ps == 4 {
			off = 12
		}
		d.b = append(d.b, ", si_utime="...)
		d.b = strconv.AppendUint(d.b, uint64(d.longAt(u[off:])), 10)
		d.b = append(d.b, ", si_stime="...)
		d.b = strconv.AppendUint(d.b, uint64(d.longAt(u[off+ps:])), 10)
	case 4, 8, 11, 7: // SIGILL, SIGFPE, SIGSEGV, SIGBUS
		d.b = append(d.b, ", si_addr="...)
		d.ptr(d.pointerAt(u[0:ps]))
	case 29: // SIGPOLL
		if code >= 1 && code <= 3 { // POLL_IN, POLL_OUT, POLL_MSG
			d.b = append(d.b, ", si_band="...)
			d.b = strconv.AppendInt(d.b, d.longAt(u[0:]), 10)
		}
	case 31: // SIGSYS
		d.b = append(d.b, ", si_call_addr="...)
		d.ptr(d.pointerAt(u[0:ps]))
		nr := int(int32(le32(u[ps:])))
		arch := le32(u[ps+4:])
		d.b = append(d.b, ", si_syscall="...)
		d.syscallNr(arch, nr)
		d.b = append(d.b, ", si_arch="...)
		d.auditArch(arch)
	default:
		if pidVal != 0 || uidVal != 0 {
			source()
		}
		if sigvalPtr != 0 {
			sigval()
		}
	}
	d.b = append(d.b, '}')
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
// own.
func (d *Decoder) siCode(signo, code int) {
	if code <= 0 || code == siKernel {
		name := syscalls.SiCodes.Lookup(uint64(int64(code)))
		if name == "" {
			name = syscalls.SiCodes.Lookup(uint64(uint32(code)))
		}
		if name != "" {
			d.b = append(d.b, name...)
			return
		}
	}
	var vs *syscalls.Values
	switch signo {
	case 17:
		vs = syscalls.SigchldCodes
	case 11:
		vs = syscalls.SigsegvCodes
	case 7:
		vs = syscalls.SigbusCodes
	case 8:
		vs = syscalls.SigfpeCodes
	case 4:
		vs = syscalls.SigillCodes
	case 5:
		vs = syscalls.SigtrapCodes
	case 29:
		vs = syscalls.SigpollCodes
	case 31:
		vs = syscalls.SigsysCodes
	}
	if vs != nil && code > 0 {
		if name := vs.Lookup(uint64(code)); name != "" {
			d.b = append(d.b, name...)
			return
		}
	}
	d.b = strconv.AppendInt(d.b, int64(code), 10)
}

// auditArch prints an AUDIT_ARCH_* value.
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
	}
}

// syscallNr prints a syscall number as strace's si_syscall: __NR_name.
func (d *Decoder) syscallNr(arch uint32, nr int) {
	abi := syscalls.ABIFromAudit(arch, uint64(nr))
	if abi == syscalls.X32 {
		nr &^= syscalls.X32SyscallBit
	}
	if tab := Tables[abi]; tab != nil {
		if sc := tab.Lookup(uint64(nr)); sc != nil {
			d.b = append(d.b, "__NR_"...)
			d.b = append(d.b, sc.Name...)
			return
		}
	}
	d.b = strconv.AppendInt(d.b, int64(nr), 10)
}

// Tables are the syscall tables by ABI, for decoders that name a syscall
// number found in memory (siginfo's si_syscall). The tracer sets them.
var Tables [syscalls.NumABIs]*syscalls.Table

// waitStatus prints a wait status as strace does:
// [{WIFEXITED(s) && WEXITSTATUS(s) == 0}].
func (d *Decoder) waitStatus(s uint32) {
	d.b = append(d.b, "[{"...)
	switch {
	case s&0x7f == 0: // exited
		d.b = append(d.b, "WIFEXITED(s) && WEXITSTATUS(s) == "...)
		d.b = strconv.AppendUint(d.b, uint64(s>>8&0xff), 10)
		s &^= 0xffff
	case s&0xff == 0x7f: // stopped
		d.b = append(d.b, "WIFSTOPPED(s) && WSTOPSIG(s) == "...)
		d.signal(int(s >> 8 & 0xff))
		s &^= 0xffff
	case s == 0xffff: // continued
		d.b = append(d.b, "WIFCONTINUED(s)"...)
		s = 0
	default: // signalled
		d.b = append(d.b, "WIFSIGNALED(s) && WTERMSIG(s) == "...)
		d.signal(int(s & 0x7f))
		if s&0x80 != 0 {
			d.b = append(d.b, " && WCOREDUMP(s)"...)
		}
		s &^= 0xffff
	}
	d.b = append(d.b, '}')
	if s != 0 {
		event := s >> 16
		d.b = append(d.b, " | "...)
		if name := syscalls.PtraceEvents.Lookup(uint64(event)); name != "" && s&^0xffff0000 == 0 {
			d.b = append(d.b, name...)
			d.b = append(d.b, " << 16"...)
		} else {
			d.hex(uint64(s))
		}
	}
	d.b = append(d.b, ']')
}
