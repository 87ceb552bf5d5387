package decode

import (
	"os"
	"strconv"
	"strings"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders and struct printers of the process family: waiting, identity,
// capabilities, resource usage, namespaces, pidfds, thread areas and the
// small pointers these calls fill, as strace 6.1 prints them (wait.c,
// uid.c, capability.c, resource.c, times.c, kcmp.c, ldt.c, ...).

func init() {
	registerStruct(syscalls.Siginfo, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxSiginfoAt(addr) })
	registerStruct(syscalls.Tms, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxTms(addr) })
	registerStruct(syscalls.IdPtr, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxIdAt(addr, 4) })
	registerStruct(syscalls.UintPtr, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.uintAt(addr) })
	registerStruct(syscalls.UlongPtr, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxUlongNumAt(addr) })
	registerStruct(syscalls.RobustList, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxPtrNumAt(addr) })
	registerStruct(syscalls.SchedParam, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.intAt(addr) })
	registerStruct(syscalls.CapHeader, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxCapHeader(addr) })
	registerStruct(syscalls.CapData, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxCapData(addr) })
	registerStruct(syscalls.ThreadArea, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxUserDesc(addr, descBoth)
	})

	specials.add(namedSpecial{"waitid", decodeWaitid})
	specials.add(namedSpecial{"personality", decodePersonality})
	specials.add(namedSpecial{"unshare", decodeUnshare})
	specials.add(namedSpecial{"kcmp", decodeKcmp})
	specials.add(namedSpecial{"pidfd_getfd", decodePidfdGetfd})
	specials.add(namedSpecial{"pidfd_send_signal", decodePidfdSendSignal})
	specials.add(namedSpecial{"process_vm_readv", decodeProcessVM})
	specials.add(namedSpecial{"process_vm_writev", decodeProcessVM})
	specials.add(namedSpecial{"ioprio_get", decodeIoprio})
	specials.add(namedSpecial{"ioprio_set", decodeIoprio})
	specials.add(namedSpecial{"set_thread_area", decodeSetThreadArea})
	specials.add(namedSpecial{"get_thread_area", decodeGetThreadArea})
	specials.add(namedSpecial{"sched_getscheduler", decodeSchedGetscheduler})
	specials.add(namedSpecial{"sched_setattr", decodeSchedSetattr})
	specials.add(namedSpecial{"sched_getattr", decodeSchedGetattr})
	// On i386 the calls without "32" take 16-bit ids.
	for _, name := range []string{"setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setfsuid", "setfsgid", "getresuid", "getresgid"} {
		specials.add(namedSpecial{name, decodeIds16})
	}
}

// siginfoAt prints the siginfo_t at addr, in the call's layout.
func (d *Decoder) pxSiginfoAt(addr uint64) {
	b := d.buf[:pxSiginfoSize]
	if !d.read(d.ulong(addr), b) {
		return
	}
	saved := d.sigABI
	d.sigABI = d.c.ABI
	d.siginfo(b)
	d.sigABI = saved
}

// pxSiginfoSize is sizeof(siginfo_t) on every ABI.
const pxSiginfoSize = 128

// tms prints struct tms: four clock_t, each with its seconds.
func (d *Decoder) pxTms(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(4 * ps)
	if !d.read(addr, b) {
		return
	}
	for i, name := range [...]string{"tms_utime", "tms_stime", "tms_cutime", "tms_cstime"} {
		if i == 0 {
			d.b = append(d.b, '{')
		} else {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, name...)
		d.b = append(d.b, '=')
		d.clockT(uint64(field{i * ps, ps}.signed(b)))
	}
	d.b = append(d.b, '}')
}

// idAt prints *(uid_t *)addr, of size bytes (2 for i386's 16-bit ids):
// [1000], [-1].
func (d *Decoder) pxIdAt(addr uint64, size int) {
	b := d.scratch(size)
	if !d.read(d.ulong(addr), b) {
		return
	}
	d.b = append(d.b, '[')
	d.pxIdN(field{0, size}.get(b), size)
	d.b = append(d.b, ']')
}

// idN prints a uid or gid of size bytes: unsigned, all ones as -1.
func (d *Decoder) pxIdN(v uint64, size int) {
	if size == 2 {
		if uint16(v) == 0xffff {
			d.b = append(d.b, "-1"...)
			return
		}
		d.b = strconv.AppendUint(d.b, uint64(uint16(v)), 10)
		return
	}
	d.id(uint32(v))
}

// ulongNumAt prints *(unsigned long *)addr of the call's ABI: [24].
func (d *Decoder) pxUlongNumAt(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(ps)
	if !d.read(d.ulong(addr), b) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendUint(d.b, field{0, ps}.get(b), 10)
	d.b = append(d.b, ']')
}

// ptrNumAt prints *(void **)addr of the call's ABI: [0x5555...], [NULL].
func (d *Decoder) pxPtrNumAt(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(ps)
	if !d.read(d.ulong(addr), b) {
		return
	}
	d.b = append(d.b, '[')
	d.ptr64(field{0, ps}.get(b))
	d.b = append(d.b, ']')
}

// Capability header versions (linux/capability.h).
const (
	capVersion2 = 0x20071026
	capVersion3 = 0x20080522
)

// capHeaderRead reads the capget/capset header (argument 0): its version,
// and whether it could be read.
func (d *Decoder) pxCapHeaderRead() (version uint32, ok bool) {
	addr := d.ulong(d.c.Args[0])
	if addr == 0 || d.noDeref {
		return 0, false
	}
	b := d.scratch(8)
	if !d.readQuiet(addr, b) {
		return 0, false
	}
	return le32(b), true
}

// capHeader prints struct __user_cap_header_struct: {version=..., pid=0}.
func (d *Decoder) pxCapHeader(addr uint64) {
	b := d.scratch(8)
	if !d.readQuiet(addr, b) {
		d.ptr(addr)
		return
	}
	d.b = append(d.b, "{version="...)
	d.enum(syscalls.CapVersions, uint64(le32(b)))
	d.fieldD("pid", int64(int32(le32(b[4:]))), false)
	d.b = append(d.b, '}')
}

// capData prints the capability sets, one or two struct
// __user_cap_data_struct as the header's version says; without a readable
// header, the address.
func (d *Decoder) pxCapData(addr uint64) {
	version, ok := d.pxCapHeaderRead()
	if !ok {
		d.ptr(addr)
		return
	}
	n := 1
	if version == capVersion2 || version == capVersion3 {
		n = 2
	}
	b := d.scratch(24)[:12*n]
	if !d.read(addr, b) {
		return
	}
	for i, name := range [...]string{"effective", "permitted", "inheritable"} {
		if i == 0 {
			d.b = append(d.b, '{')
		} else {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, name...)
		d.b = append(d.b, '=')
		lo := le32(b[4*i:])
		var hi uint32
		if n == 2 {
			hi = le32(b[12+4*i:])
		}
		if lo != 0 || hi == 0 {
			d.flags(syscalls.CapMask0, uint64(lo))
		}
		if hi != 0 {
			if lo != 0 {
				d.b = append(d.b, '|')
			}
			d.flags(syscalls.CapMask1, uint64(hi))
		}
	}
	d.b = append(d.b, '}')
}

// pFdPidfd is waitid's P_PIDFD.
const pxPPidfd = 3

// waitid(idtype, id, infop, options, rusage): the id is a pidfd for
// P_PIDFD; the siginfo, options and rusage print at exit.
func decodeWaitid(d *Decoder, exiting bool) bool {
	if !exiting {
		d.enum32(syscalls.IdTypes, d.c.Args[0])
		d.sep()
		if uint32(d.c.Args[0]) == pxPPidfd {
			d.fd(d.c.Args[1])
		} else {
			d.b = strconv.AppendInt(d.b, int64(int32(d.c.Args[1])), 10)
		}
		d.sep()
		return false
	}
	d.pxArgs(2, 5)
	return true
}

// pxArgs prints arguments from..to-1 of the signature, ", "-separated,
// without a separator before the first.
func (d *Decoder) pxArgs(from, to int) {
	for i := from; i < to; i++ {
		if i > from {
			d.sep()
		}
		d.argAt(i)
	}
}

// pxPerMask is PER_MASK, the personality type's bits.
const pxPerMask = 0xff

// pxPersonality(persona): the type and flags, and the previous personality
// in the same terms after the return value: = 0 (PER_LINUX).
func decodePersonality(d *Decoder, exiting bool) bool {
	if !exiting {
		p := uint32(d.c.Args[0])
		if p == 0xffffffff {
			d.b = append(d.b, "0xffffffff"...)
			return false
		}
		d.pxPersonality(p)
		return false
	}
	if d.c.Failed {
		return true
	}
	d.setReturn(syscalls.RetHex)
	saved := d.b
	d.b = append(d.retNote, '(')
	p := uint32(d.c.Ret)
	typ := uint64(p & pxPerMask)
	name := syscalls.PersonalityTypes.Lookup(typ)
	switch {
	case d.Opts.Xlat == XlatRaw:
		d.hex(typ)
	case name == "":
		d.hex(typ)
		d.b = append(d.b, " /* PER_??? */"...)
	case d.Opts.Xlat == XlatVerbose:
		d.hex(typ)
		d.xlatComment(name)
	default:
		d.b = append(d.b, name...)
	}
	if rest := uint64(p &^ pxPerMask); rest != 0 {
		d.b = append(d.b, '|')
		switch d.Opts.Xlat {
		case XlatRaw:
			d.hex(rest)
		case XlatVerbose:
			d.hex(rest)
			mark := len(d.b)
			d.b = append(d.b, " /* "...)
			start := len(d.b)
			left := d.flagNames(syscalls.PersonalityFlags, rest)
			switch {
			case len(d.b) == start:
				d.b = d.b[:mark]
			default:
				if left != 0 {
					d.b = append(d.b, '|')
					d.hex(left)
				}
				d.b = append(d.b, " */"...)
			}
		default:
			start := len(d.b)
			if left := d.flagNames(syscalls.PersonalityFlags, rest); left != 0 {
				if len(d.b) > start {
					d.b = append(d.b, '|')
				}
				d.hex(left)
			}
		}
	}
	d.retNote = append(d.b, ')')
	d.b = saved
	return true
}

// personality prints a persona as its type and flags: PER_LINUX|ADDR_NO_RANDOMIZE.
func (d *Decoder) pxPersonality(p uint32) {
	d.enum(syscalls.PersonalityTypes, uint64(p&pxPerMask))
	if rest := p &^ pxPerMask; rest != 0 {
		d.b = append(d.b, '|')
		d.flagsIn(syscalls.PersonalityFlags, uint64(rest), false)
	}
}

// unshare(flags): all of the register's bits, as strace's printflags64.
func decodeUnshare(d *Decoder, exiting bool) bool {
	d.flags(syscalls.UnshareFlags, d.ulong(d.c.Args[0]))
	return true
}

// kcmp types whose indexes mean something.
const (
	kcmpFile     = 0
	kcmpVM       = 1
	kcmpFiles    = 2
	kcmpFS       = 3
	kcmpSighand  = 4
	kcmpIO       = 5
	kcmpSysvsem  = 6
	kcmpEpollTfd = 7
)

// kcmp(pid1, pid2, type, idx1, idx2): the indexes are descriptors of the
// two processes for KCMP_FILE, a descriptor and a struct kcmp_epoll_slot
// for KCMP_EPOLL_TFD, absent for the types that compare whole resources.
func decodeKcmp(d *Decoder, exiting bool) bool {
	d.args(0, 3)
	switch typ := uint32(d.c.Args[2]); typ {
	case kcmpFile:
		d.sep()
		d.pxOtherFd(int32(d.c.Args[0]), d.c.Args[3])
		d.sep()
		d.pxOtherFd(int32(d.c.Args[1]), d.c.Args[4])
	case kcmpEpollTfd:
		d.sep()
		d.pxOtherFd(int32(d.c.Args[0]), d.c.Args[3])
		d.sep()
		addr := d.ulong(d.c.Args[4])
		b := d.scratch(12)
		if addr == 0 {
			d.b = append(d.b, "NULL"...)
			break
		}
		if !d.read(addr, b) {
			break
		}
		pid2 := int32(d.c.Args[1])
		d.b = append(d.b, "{efd="...)
		d.pxOtherFd(pid2, uint64(le32(b)))
		d.b = append(d.b, ", tfd="...)
		d.pxOtherFd(pid2, uint64(le32(b[4:])))
		d.fieldU("toff", uint64(le32(b[8:])), false)
		d.b = append(d.b, '}')
	case kcmpVM, kcmpFiles, kcmpFS, kcmpSighand, kcmpIO, kcmpSysvsem:
	default:
		d.sep()
		d.hex(d.ulong(d.c.Args[3]))
		d.sep()
		d.hex(d.ulong(d.c.Args[4]))
	}
	return true
}

// otherFd prints a descriptor of process pid (not the tracee's own, for
// -y): its number, and with -y the path /proc gives for it.
func (d *Decoder) pxOtherFd(pid int32, v uint64) {
	fd := int32(v)
	d.b = strconv.AppendInt(d.b, int64(fd), 10)
	if d.Opts.Decorate == 0 || fd < 0 || pid <= 0 {
		return
	}
	if path, ok := d.fds().FdPath(int(pid), int(fd)); ok {
		d.b = append(d.b, '<')
		d.escapeAngles = true
		d.quoteBytes([]byte(path), -1, false)
		d.escapeAngles = false
		d.b = append(d.b, '>')
	}
}

// pidfd_getfd(pidfd, targetfd, flags): targetfd is the other process's.
func decodePidfdGetfd(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	var pid int32
	if d.Opts.Decorate > 0 {
		// Only -y needs to know whose descriptor it is.
		pid = pidfdPid(d.Tid, int32(d.c.Args[0]))
	}
	d.pxOtherFd(pid, d.c.Args[1])
	d.sep()
	d.hex(uint64(uint32(d.c.Args[2])))
	return true
}

// pidfdPid returns the process a pidfd of thread tid refers to (the Pid:
// line of its fdinfo), or 0 when it cannot be told.
func pidfdPid(tid int, fd int32) int32 {
	if fd < 0 || tid <= 0 {
		return 0
	}
	data, err := os.ReadFile("/proc/" + strconv.Itoa(tid) + "/fdinfo/" + strconv.Itoa(int(fd)))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "Pid:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 32)
			if err != nil {
				return 0
			}
			return int32(n)
		}
	}
	return 0
}

// pidfd_send_signal(pidfd, sig, info, flags).
func decodePidfdSendSignal(d *Decoder, exiting bool) bool {
	d.args(0, 3)
	d.sep()
	d.hex(uint64(uint32(d.c.Args[3])))
	return true
}

// process_vm_readv(pid, lvec, liovcnt, rvec, riovcnt, flags) and
// process_vm_writev: the local vector with its buffers' contents (read's
// at exit, as much as was transferred), the remote one as addresses.
func decodeProcessVM(d *Decoder, exiting bool) bool {
	reading := d.c.Sys.Name == "process_vm_readv"
	if !exiting && reading {
		d.argAt(0)
		d.sep()
		return false
	}
	if !reading {
		d.argAt(0)
		d.sep()
	}
	d.argAt(1)
	d.sep()
	d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[2]), 10)
	d.sep()
	// The remote vector: addresses only.
	remote := syscalls.Arg{Kind: syscalls.StructOut, Struct: syscalls.Iovec, Len: 4}
	if d.noDeref {
		d.ptr(d.c.Args[3])
	} else {
		d.pxRemoteIovecs(d.ulong(d.c.Args[3]), &remote)
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[4]), 10)
	d.sep()
	d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[5]), 10)
	return true
}

// remoteIovecs prints an iovec array with its buffers as addresses.
func (d *Decoder) pxRemoteIovecs(addr uint64, a *syscalls.Arg) {
	n := d.ulong(d.lenArg(a))
	ps := uint64(d.c.ABI.PointerSize())
	d.arrayOf(addr, n, 2*ps, func(e []byte) {
		d.b = append(d.b, "{iov_base="...)
		d.ptr(d.pointerAt(e[:ps]))
		d.b = append(d.b, ", iov_len="...)
		d.b = strconv.AppendUint(d.b, d.pointerAt(e[ps:]), 10)
		d.b = append(d.b, '}')
	})
}

// I/O priority values: IOPRIO_PRIO_VALUE(class, data).
const (
	ioprioClassShift = 13
	ioprioWhoProcess = 1
	ioprioWhoPgrp    = 2
)

// ioprio_get(which, who) and ioprio_set(which, who, ioprio): the priority
// as IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), ioprio_get's after its return
// value.
func decodeIoprio(d *Decoder, exiting bool) bool {
	set := d.c.Sys.Name == "ioprio_set"
	if !exiting {
		d.args(0, 2)
		if !set {
			return false
		}
		d.sep()
		v := uint32(d.c.Args[2])
		if d.Opts.Xlat != XlatAbbrev {
			d.b = strconv.AppendInt(d.b, int64(int32(v)), 10)
		}
		switch d.Opts.Xlat {
		case XlatRaw:
		case XlatVerbose:
			d.b = append(d.b, " /* "...)
			d.pxIoprio(v)
			d.b = append(d.b, " */"...)
		default:
			d.pxIoprio(v)
		}
		return true
	}
	if !d.c.Failed && d.Opts.Xlat != XlatRaw {
		saved := d.b
		d.b = append(d.retNote, '(')
		d.pxIoprio(uint32(d.c.Ret))
		d.retNote = append(d.b, ')')
		d.b = saved
	}
	return true
}

// ioprio prints IOPRIO_PRIO_VALUE(class, data).
func (d *Decoder) pxIoprio(v uint32) {
	d.b = append(d.b, "IOPRIO_PRIO_VALUE("...)
	class := v >> ioprioClassShift
	name := syscalls.IoprioClasses.Lookup(uint64(class))
	switch {
	case name == "":
		d.hex(uint64(class))
		d.b = append(d.b, " /* IOPRIO_CLASS_??? */"...)
	case d.Opts.Xlat == XlatVerbose:
		d.hex(uint64(class))
		d.xlatComment(name)
	default:
		d.b = append(d.b, name...)
	}
	d.b = append(d.b, ", "...)
	d.b = strconv.AppendInt(d.b, int64(v&(1<<ioprioClassShift-1)), 10)
	d.b = append(d.b, ')')
}

// user_desc printing filters, as strace's print_user_desc.
const (
	descEntering = 1
	descExiting  = 2
	descBoth     = descEntering | descExiting
)

// pxUserDescSize is sizeof(struct user_desc).
const pxUserDescSize = 16

// userDesc prints struct user_desc, or part of it: the entry number at
// entry (get_thread_area), the rest at exit, or all of it.
func (d *Decoder) pxUserDesc(addr uint64, filter int) {
	addr = d.ulong(addr)
	b := d.scratch(pxUserDescSize)
	switch filter {
	case descEntering:
		if addr == 0 {
			d.b = append(d.b, "NULL"...)
			return
		}
		if !d.read(addr, b[:4]) {
			return
		}
		d.b = append(d.b, "{entry_number="...)
		d.id(le32(b))
		return
	case descBoth:
		if addr == 0 {
			d.b = append(d.b, "NULL"...)
			return
		}
		if !d.read(addr, b) {
			return
		}
		d.b = append(d.b, "{entry_number="...)
		d.id(le32(b))
	}
	d.b = append(d.b, ", base_addr="...)
	d.pxHex0(uint64(le32(b[4:])), 4)
	d.b = append(d.b, ", limit="...)
	d.pxHex0(uint64(le32(b[8:])), 4)
	bits := le32(b[12:])
	d.fieldU("seg_32bit", uint64(bits&1), false)
	d.fieldU("contents", uint64(bits>>1&3), false)
	d.fieldU("read_exec_only", uint64(bits>>3&1), false)
	d.fieldU("limit_in_pages", uint64(bits>>4&1), false)
	d.fieldU("seg_not_present", uint64(bits>>5&1), false)
	d.fieldU("useable", uint64(bits>>6&1), false)
	// lm, for 64-bit processes only.
	if d.c.ABI.PointerSize() == 8 {
		d.fieldU("lm", uint64(bits>>7&1), false)
	}
	d.b = append(d.b, '}')
}

// hex0 prints v as C's "%#0*x" with width 2*size: 0x0000abcd, and 0 as
// all zeros (00000000).
func (d *Decoder) pxHex0(v uint64, size int) {
	var tmp [24]byte
	s := strconv.AppendUint(tmp[:0], v, 16)
	width := 2 * size
	if v != 0 {
		d.b = append(d.b, "0x"...)
		width -= 2
	}
	for i := len(s); i < width; i++ {
		d.b = append(d.b, '0')
	}
	d.b = append(d.b, s...)
}

// set_thread_area(u_info): the whole struct at entry, and the entry number
// the kernel chose after the return value: = 0 (entry_number=12).
func decodeSetThreadArea(d *Decoder, exiting bool) bool {
	if !exiting {
		d.pxUserDesc(d.c.Args[0], descBoth)
		return false
	}
	addr := d.ulong(d.c.Args[0])
	if d.c.Failed || d.noDeref || addr == 0 {
		return true
	}
	b := d.scratch(pxUserDescSize)
	if !d.readQuiet(addr, b) {
		return true
	}
	d.retNote = append(d.retNote, "(entry_number="...)
	d.retNote = strconv.AppendUint(d.retNote, uint64(le32(b)), 10)
	d.retNote = append(d.retNote, ')')
	return true
}

// get_thread_area(u_info): the entry number at entry, the rest of the
// struct at exit (the number again if it changed).
func decodeGetThreadArea(d *Decoder, exiting bool) bool {
	addr := d.ulong(d.c.Args[0])
	b := d.scratch(pxUserDescSize)
	if !exiting {
		// Whether the entry half printed a struct to complete.
		d.c.Saved[1] = 0
		if addr != 0 && !d.noDeref && d.readQuiet(addr, b[:4]) {
			d.c.Saved[0] = uint64(le32(b))
			d.c.Saved[1] = 1
		}
		d.pxUserDesc(addr, descEntering)
		return false
	}
	if addr == 0 || d.noDeref {
		return true
	}
	if d.c.Failed || !d.readQuiet(addr, b) {
		if d.c.Saved[1] != 0 {
			d.b = append(d.b, ", ...}"...)
		}
		return true
	}
	if d.c.Saved[1] != 0 {
		if uint32(d.c.Saved[0]) != le32(b) {
			d.b = append(d.b, " => "...)
			d.id(le32(b))
		}
	} else {
		d.b = append(d.b, " => {entry_number="...)
		d.id(le32(b))
	}
	d.pxUserDesc(addr, descExiting)
	return true
}

// sched_getscheduler(pid): the policy's name after the return value.
func decodeSchedGetscheduler(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		return false
	}
	if !d.c.Failed {
		if name := syscalls.SchedPolicies.Lookup(uint64(d.c.Ret)); name != "" {
			d.retNote = append(d.retNote, '(')
			d.retNote = append(d.retNote, name...)
			d.retNote = append(d.retNote, ')')
		}
	}
	return true
}

// struct sched_attr sizes and flags.
const (
	schedAttrSizeVer0  = 48
	schedAttrSizeVer1  = 56
	schedFlagKeepPol   = 0x08
	schedFlagKeepParam = 0x10
	pxE2big            = 7
)

// schedAttr prints struct sched_attr as strace's print_sched_attr: usize
// is sched_getattr's size argument, 0 for sched_setattr (whose struct
// says its own size).
func (d *Decoder) pxSchedAttr(addr uint64, usize uint32) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	b := d.scratch(schedAttrSizeVer1)
	clear(b)
	isSet := usize == 0
	var size uint32
	if !isSet {
		size = min(usize, schedAttrSizeVer1)
		if !d.read(addr, b[:size]) {
			return
		}
		size = le32(b)
	} else {
		if !d.read(addr, b[:4]) {
			return
		}
		usize = le32(b)
		if usize == 0 {
			usize = schedAttrSizeVer0
		}
		size = min(usize, schedAttrSizeVer1)
		if size >= schedAttrSizeVer0 && !d.read(addr, b[:size]) {
			return
		}
	}
	attrSize := le32(b)
	d.b = append(d.b, "{size="...)
	d.b = strconv.AppendUint(d.b, uint64(attrSize), 10)
	if size >= schedAttrSizeVer0 {
		policy := le32(b[4:])
		flags := le64(b[8:])
		if !isSet || int32(policy) < 0 || flags&(schedFlagKeepPol|schedFlagKeepParam) == 0 {
			d.b = append(d.b, ", sched_policy="...)
			d.enum(syscalls.SchedPolicies, uint64(policy))
		}
		d.b = append(d.b, ", sched_flags="...)
		d.flags(syscalls.SchedAttrFlags, flags)
		if !isSet || flags&schedFlagKeepParam == 0 {
			d.fieldD("sched_nice", int64(int32(le32(b[16:]))), false)
			d.fieldU("sched_priority", uint64(le32(b[20:])), false)
			d.fieldU("sched_runtime", le64(b[24:]), false)
			d.fieldU("sched_deadline", le64(b[32:]), false)
			d.fieldU("sched_period", le64(b[40:]), false)
		}
		if size >= schedAttrSizeVer1 {
			d.fieldU("sched_util_min", uint64(le32(b[48:])), false)
			d.fieldU("sched_util_max", uint64(le32(b[52:])), false)
		}
	}
	total := attrSize
	if isSet {
		total = usize
	}
	if total > size {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// sched_setattr(pid, attr, flags): the struct at entry; when the kernel
// refused its size (E2BIG), the size it wrote back.
func decodeSchedSetattr(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		d.pxSchedAttr(d.c.Args[1], 0)
		return false
	}
	addr := d.ulong(d.c.Args[1])
	if d.c.Failed && d.c.Errno() == pxE2big && !d.noDeref && addr != 0 {
		b := d.scratch(4)
		if d.readQuiet(addr, b) {
			d.b = append(d.b, " => {size="...)
			d.b = strconv.AppendUint(d.b, uint64(le32(b)), 10)
			d.b = append(d.b, '}')
		}
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, uint64(uint32(d.c.Args[2])), 10)
	return true
}

// sched_getattr(pid, attr, size, flags): the struct at exit, as much of it
// as the kernel says it wrote.
func decodeSchedGetattr(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		return false
	}
	size := uint32(d.c.Args[2])
	switch {
	case size == 0 || d.c.Failed || d.noDeref:
		d.ptr(d.c.Args[1])
	default:
		d.pxSchedAttr(d.c.Args[1], size)
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, uint64(size), 10)
	d.sep()
	d.b = strconv.AppendUint(d.b, uint64(uint32(d.c.Args[3])), 10)
	return true
}

// decodeIds16 decodes the id calls, which on i386 (the names without
// "32") take 16-bit ids: -1 is 0xffff there.
func decodeIds16(d *Decoder, exiting bool) bool {
	size := 4
	if d.c.ABI == syscalls.I386 {
		size = 2
	}
	args := d.c.Sys.Sig.Args
	if args[0].Kind != syscalls.StructOut {
		for i := range args {
			if i > 0 {
				d.sep()
			}
			d.pxIdN(d.c.Args[i], size)
		}
		return true
	}
	// getresuid and getresgid: three pointers the call fills.
	if !exiting {
		return false
	}
	for i := range args {
		if i > 0 {
			d.sep()
		}
		switch {
		case d.c.Failed || d.noDeref:
			d.ptr(d.c.Args[i])
		case d.ulong(d.c.Args[i]) == 0:
			d.b = append(d.b, "NULL"...)
		default:
			d.pxIdAt(d.c.Args[i], size)
		}
	}
	return true
}

func init() {
	specials.add(namedSpecial{"rt_sigpending", decodeRtSigpending})
	specials.add(namedSpecial{"rt_sigtimedwait", decodeRtSigtimedwait})
	specials.add(namedSpecial{"rt_sigtimedwait_time64", decodeRtSigtimedwait})
}

// rt_sigpending(set, sigsetsize): the set at exit; unlike the other
// calls, any size from 1 to the kernel's is accepted.
func decodeRtSigpending(d *Decoder, exiting bool) bool {
	if !exiting {
		return false
	}
	addr := d.ulong(d.c.Args[0])
	size := d.ulong(d.c.Args[1])
	switch {
	case addr == 0:
		d.b = append(d.b, "NULL"...)
	case d.c.Failed || d.noDeref || size < 1 || size > sigsetMaxBytes:
		d.ptr(addr)
	default:
		b := d.scratch(8)
		clear(b)
		if d.read(addr, b[:size]) {
			d.sigmask(le64(b), int(size))
		}
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, size, 10)
	return true
}

// rt_sigtimedwait(set, info, timeout, sigsetsize): with an info to fill,
// everything after the set prints at exit (the timeout as it was at
// entry); without, everything at entry. The signal taken follows the
// return value: = 10 (SIGUSR1).
func decodeRtSigtimedwait(d *Decoder, exiting bool) bool {
	info := d.ulong(d.c.Args[1])
	deferred := info != 0 && !d.noDeref
	if !exiting {
		d.argAt(0)
		d.sep()
		if !deferred {
			d.ptr(info)
			d.sep()
			d.argAt(2)
			d.sep()
			d.argAt(3)
			// Nothing more to print, but the return value's note.
			d.c.Resume = 3
			return false
		}
		// Keep the timeout as the kernel read it: Resume says whether it
		// was readable (1) or not (2), Saved holds its fields.
		d.c.Resume = 2
		w := d.c.ABI.PointerSize()
		if d.c.Sys.Name == "rt_sigtimedwait_time64" {
			w = 8
		}
		b := d.scratch(2 * w)
		if ts := d.ulong(d.c.Args[2]); ts != 0 && d.readQuiet(ts, b) {
			d.c.Resume = 1
			d.c.Saved[0] = uint64(field{0, w}.signed(b))
			d.c.Saved[1] = field{w, w}.get(b)
		}
		return false
	}
	if d.c.Resume == 3 {
		d.sigNote()
		return true
	}
	d.argAt(1)
	d.sep()
	switch ts := d.ulong(d.c.Args[2]); {
	case ts == 0:
		d.b = append(d.b, "NULL"...)
	case d.c.Resume == 1:
		d.b = append(d.b, "{tv_sec="...)
		d.b = strconv.AppendInt(d.b, int64(d.c.Saved[0]), 10)
		d.b = append(d.b, ", tv_nsec="...)
		d.b = strconv.AppendUint(d.b, d.c.Saved[1], 10)
		d.b = append(d.b, '}')
	default:
		d.ptr(ts)
	}
	d.sep()
	d.argAt(3)
	d.sigNote()
	return true
}

// sigNote makes a successful return value that is a signal number print
// with its name: = 10 (SIGUSR1).
func (d *Decoder) sigNote() {
	if d.c.Failed || d.c.Ret == 0 {
		return
	}
	if name := SignalName(int(d.c.Ret)); name != "" {
		d.retNote = append(d.retNote, '(')
		d.retNote = append(d.retNote, name...)
		d.retNote = append(d.retNote, ')')
	}
}

func init() { specials.add(namedSpecial{"prctl", decodePrctl}) }

// prctl options (linux/prctl.h).
const (
	prSetPdeathsig            = 1
	prGetPdeathsig            = 2
	prGetDumpable             = 3
	prSetDumpable             = 4
	prGetUnalign              = 5
	prSetUnalign              = 6
	prGetKeepcaps             = 7
	prSetKeepcaps             = 8
	prGetFpemu                = 9
	prSetFpemu                = 10
	prGetFpexc                = 11
	prSetFpexc                = 12
	prGetTiming               = 13
	prSetTiming               = 14
	prSetName                 = 15
	prGetName                 = 16
	prGetEndian               = 19
	prSetEndian               = 20
	prGetSeccomp              = 21
	prSetSeccomp              = 22
	prCapbsetRead             = 23
	prCapbsetDrop             = 24
	prGetTsc                  = 25
	prSetTsc                  = 26
	prGetSecurebits           = 27
	prSetSecurebits           = 28
	prSetTimerslack           = 29
	prGetTimerslack           = 30
	prTaskPerfEventsDisable   = 31
	prTaskPerfEventsEnable    = 32
	prMceKill                 = 33
	prMceKillGet              = 34
	prSetMm                   = 35
	prSetChildSubreaper       = 36
	prGetChildSubreaper       = 37
	prSetNoNewPrivs           = 38
	prGetTidAddress           = 40
	prSetThpDisable           = 41
	prSetFpMode               = 45
	prGetFpMode               = 46
	prCapAmbient              = 47
	prSveSetVl                = 50
	prSveGetVl                = 51
	prGetSpeculationCtrl      = 52
	prSetSpeculationCtrl      = 53
	prPacResetKeys            = 54
	prSetTaggedAddrCtrl       = 55
	prGetTaggedAddrCtrl       = 56
	prSetIOFlusher            = 57
	prSetSyscallUserDispatch  = 59
	prPacSetEnabledKeys       = 60
	prPacGetEnabledKeys       = 61
	prSchedCore               = 62
	prSmeSetVl                = 63
	prSmeGetVl                = 64
	prSetVma                  = 0x53564d41
	prSetPtracer              = 0x59616d61
	prCapAmbientIsSet         = 1
	prCapAmbientRaise         = 2
	prCapAmbientLower         = 3
	prMceKillSet              = 1
	prSetVmaAnonName          = 0
	seccompModeStrict         = 1
	seccompModeFilter         = 2
	prSpecStoreBypass         = 0
	prSpecIndirectBranch      = 1
	prSpecL1dFlush            = 2
	prSchedCoreGet            = 0
	prVlLenMask               = 0xffff
	prTaggedAddrEnable        = 1
	prMteTcfMask              = 6
	prMteTagShift             = 3
	prMteTagMask              = 0xffff << prMteTagShift
	prTaskCommLen             = 16
	pxPrctlTrailingHexArgsEnd = 5
)

// pxHexArgs prints arguments from..4 of prctl in hex, each after ", "
// (strace's print_prctl_args).
func (d *Decoder) pxHexArgs(from int) {
	for i := from; i < pxPrctlTrailingHexArgsEnd; i++ {
		d.sep()
		d.hex(d.ulong(d.c.Args[i]))
	}
}

// pxNote sets the return value's note, "(text)".
func (d *Decoder) pxNote(text string) {
	d.retNote = append(d.retNote, '(')
	d.retNote = append(d.retNote, text...)
	d.retNote = append(d.retNote, ')')
}

// pxFlagsNote makes a successful return value print in hex with its flags,
// as strace's sprintflags in auxstr mode: names (and leftover bits after
// them), nothing when no name matches.
func (d *Decoder) pxFlagsNote(vs *syscalls.Values, v uint64) {
	d.setReturn(syscalls.RetHex)
	if d.Opts.Xlat == XlatRaw {
		return
	}
	saved := d.b
	d.b = append(d.retNote, '(')
	start := len(d.b)
	if v == 0 && vs.Zero != "" {
		d.b = append(d.b, vs.Zero...)
	} else if rest := d.flagNames(vs, v); len(d.b) > start && rest != 0 {
		d.b = append(d.b, '|')
		d.hex(rest)
	}
	if len(d.b) == start {
		d.b = saved
		return
	}
	d.retNote = append(d.b, ')')
	d.b = saved
}

// pxVl formats a PR_SVE_SET_VL or PR_SME_SET_VL vector length: its flags
// then the length, PR_SVE_VL_INHERIT|0x40. As a note (aux) it is empty
// without flags.
func (d *Decoder) pxVl(vs *syscalls.Values, v uint64, aux bool) {
	if d.Opts.Xlat == XlatRaw {
		if !aux {
			d.hex(v)
		}
		return
	}
	vl := v & prVlLenMask
	flags := v &^ prVlLenMask
	if flags == 0 && aux {
		return
	}
	verbose := !aux && flags != 0 && d.Opts.Xlat == XlatVerbose
	if verbose {
		d.hex(v)
		d.b = append(d.b, " /* "...)
	}
	if flags != 0 {
		start := len(d.b)
		if rest := d.flagNames(vs, flags); rest != 0 {
			if len(d.b) > start {
				d.b = append(d.b, '|')
			}
			d.hex(rest)
		}
		d.b = append(d.b, '|')
	}
	d.hex(vl)
	if verbose {
		d.b = append(d.b, " */"...)
	}
}

// pxVlNote makes the return value of PR_SVE_GET_VL (and PR_SME_GET_VL)
// print in hex with its flags and length.
func (d *Decoder) pxVlNote(vs *syscalls.Values) {
	if d.c.Failed || d.c.Ret == 0 {
		return
	}
	d.setReturn(syscalls.RetHex)
	saved := d.b
	d.b = append(d.retNote, '(')
	start := len(d.b)
	d.pxVl(vs, d.ulong(uint64(d.c.Ret)), true)
	if len(d.b) == start {
		d.b = saved
		return
	}
	d.retNote = append(d.b, ')')
	d.b = saved
}

// pxTaggedAddr prints a tagged address control as strace's
// sprint_tagged_addr_val: PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0x... ;
// as a note (rval) without the value itself.
func (d *Decoder) pxTaggedAddr(v uint64, rval bool) {
	if !rval && d.Opts.Xlat != XlatAbbrev {
		d.hex(v)
	}
	if d.Opts.Xlat == XlatRaw {
		return
	}
	verbose := !rval && d.Opts.Xlat == XlatVerbose
	if verbose {
		d.b = append(d.b, " /* "...)
	}
	if v&prTaggedAddrEnable != 0 {
		d.b = append(d.b, "PR_TAGGED_ADDR_ENABLE"...)
	} else {
		d.b = append(d.b, "!PR_TAGGED_ADDR_ENABLE"...)
	}
	d.b = append(d.b, '|')
	d.b = append(d.b, syscalls.PrTaggedAddrMteTcf.Lookup(v&prMteTcfMask)...)
	if tag := v & prMteTagMask; tag != 0 {
		d.b = append(d.b, '|')
		d.hex(tag >> prMteTagShift)
		d.b = append(d.b, "<<PR_MTE_TAG_SHIFT"...)
	}
	if rest := v &^ (prTaggedAddrEnable | prMteTcfMask | prMteTagMask); rest != 0 {
		d.b = append(d.b, '|')
		d.hex(rest)
	}
	if verbose {
		d.b = append(d.b, " */"...)
	}
}

// pxCommName prints a task name as strace's printstr_ex with a length of
// n and QUOTE_0_TERMINATED: up to its NUL within n bytes (at most -s of
// them), "..." after when it has none there.
func (d *Decoder) pxCommName(addr uint64, n int) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	if d.Opts.StringLimit < n {
		d.cstringLimit(addr, d.Opts.StringLimit)
		return
	}
	// n bytes at most, none beyond.
	s, complete, ok := d.readCString(addr, n-1)
	if !ok {
		// Unreadable before n bytes: perhaps the NUL was within them.
		d.ptr(addr)
		return
	}
	if !complete {
		s = d.buf[:n]
	}
	d.quote(s, false)
	if !complete {
		d.b = append(d.b, "..."...)
	}
}

// pxVia prints the struct of kind k at addr with the printer its family
// registered, or the address when there is none.
func (d *Decoder) pxVia(k syscalls.Struct, addr uint64, exiting bool) {
	addr = d.ulong(addr)
	fn := structPrinters[k]
	switch {
	case addr == 0:
		d.b = append(d.b, "NULL"...)
	case fn == nil || d.noDeref:
		d.ptr(addr)
	default:
		fn(d, addr, &syscalls.Arg{Kind: syscalls.StructIn, Struct: k}, exiting)
	}
}

// prctl(option, arg2, arg3, arg4, arg5): what follows the option, and
// when, depends on it, as in strace's prctl.c; the options that fill
// memory print it at exit, some return values get a note.
func decodePrctl(d *Decoder, exiting bool) bool {
	opt := uint32(d.c.Args[0])
	arg := func(i int) uint64 { return d.ulong(d.c.Args[i]) }
	if !exiting {
		d.enum(syscalls.PrctlOptions, uint64(opt))
	}
	switch opt {
	case prGetKeepcaps, prGetSeccomp, prGetTimerslack, prGetTiming,
		prTaskPerfEventsDisable, prTaskPerfEventsEnable:
		return true

	case prGetChildSubreaper, prGetEndian, prGetFpemu, prGetFpexc:
		if !exiting {
			d.sep()
			return false
		}
		d.pxOutInt(arg(1), func(b []byte) { d.b = strconv.AppendUint(d.b, uint64(le32(b)), 10) })
		return true

	case prGetDumpable:
		if !exiting {
			return false
		}
		if !d.c.Failed {
			if name := syscalls.PrDumpable.Lookup(uint64(d.c.Ret)); name != "" {
				d.pxNote(name)
			}
		}
		return true

	case prGetName:
		if !exiting {
			d.sep()
			return false
		}
		if d.c.Failed {
			d.ptr(arg(1))
		} else {
			d.pxCommName(arg(1), prTaskCommLen)
		}
		return true

	case prGetPdeathsig:
		if !exiting {
			d.sep()
			return false
		}
		d.pxOutInt(arg(1), func(b []byte) { d.signal(int(int32(le32(b)))) })
		return true

	case prGetSecurebits, prGetFpMode:
		if !exiting {
			return false
		}
		if !d.c.Failed && d.c.Ret != 0 {
			vs := syscalls.Secbits
			if opt == prGetFpMode {
				vs = syscalls.PrFpMode
			}
			d.pxFlagsNote(vs, d.ulong(uint64(d.c.Ret)))
		}
		return true

	case prGetTidAddress:
		if !exiting {
			d.sep()
			return false
		}
		if d.c.Failed {
			d.ptr(arg(1))
		} else {
			d.pxPtrNumAt(arg(1))
		}
		return true

	case prGetTsc:
		if !exiting {
			d.sep()
			return false
		}
		d.pxOutInt(arg(1), func(b []byte) { d.enum(syscalls.PrTsc, uint64(le32(b))) })
		return true

	case prGetUnalign:
		if !exiting {
			d.sep()
			return false
		}
		d.pxOutInt(arg(1), func(b []byte) { d.flags(syscalls.PrUnalignFlags, uint64(le32(b))) })
		return true

	case prSveSetVl, prSmeSetVl, prSveGetVl, prSmeGetVl:
		vs := syscalls.PrSveVlFlags
		if opt == prSmeSetVl || opt == prSmeGetVl {
			vs = syscalls.PrSmeVlFlags
		}
		if !exiting {
			if opt == prSveSetVl || opt == prSmeSetVl {
				d.sep()
				d.pxVl(vs, arg(1), false)
			}
			return false
		}
		d.pxVlNote(vs)
		return true

	case prGetSpeculationCtrl:
		if !exiting {
			d.sep()
			d.enum(syscalls.PrSpecCmds, arg(1))
			return false
		}
		if !d.c.Failed {
			switch arg(1) {
			case prSpecStoreBypass, prSpecIndirectBranch, prSpecL1dFlush:
				d.pxFlagsNote(syscalls.PrSpecGetStoreBypassFlags, d.ulong(uint64(d.c.Ret)))
			}
		}
		return true

	case prSetTaggedAddrCtrl:
		d.sep()
		d.pxTaggedAddr(arg(1), false)
		d.pxHexArgs(2)
		return true

	case prGetTaggedAddrCtrl:
		if !exiting {
			d.pxHexArgs(1)
			return false
		}
		if !d.c.Failed && d.Opts.Xlat != XlatRaw {
			d.setReturn(syscalls.RetHex)
			saved := d.b
			d.b = append(d.retNote, '(')
			d.pxTaggedAddr(d.ulong(uint64(d.c.Ret)), true)
			d.retNote = append(d.b, ')')
			d.b = saved
		} else if !d.c.Failed {
			d.setReturn(syscalls.RetHex)
		}
		return true

	case prSetChildSubreaper, prSetEndian, prSetFpemu, prSetFpexc, prSetKeepcaps, prSetTiming:
		d.sep()
		d.b = strconv.AppendUint(d.b, arg(1), 10)
		return true

	case prSetDumpable:
		d.sep()
		d.enum(syscalls.PrDumpable, arg(1))
		return true

	case prCapbsetDrop, prCapbsetRead:
		d.sep()
		d.enum(syscalls.Capabilities, arg(1))
		return true

	case prCapAmbient:
		d.sep()
		d.enum(syscalls.PrCapAmbient, arg(1))
		switch arg(1) {
		case prCapAmbientRaise, prCapAmbientLower, prCapAmbientIsSet:
			d.sep()
			d.enum(syscalls.Capabilities, arg(2))
			d.pxHexArgs(3)
		default:
			d.pxHexArgs(2)
		}
		return true

	case prMceKill:
		d.sep()
		d.enum(syscalls.PrMceKill, arg(1))
		d.sep()
		if arg(1) == prMceKillSet {
			d.enum(syscalls.PrMceKillPolicy, arg(2))
		} else {
			d.hex(arg(2))
		}
		d.pxHexArgs(3)
		return true

	case prSetName:
		d.sep()
		d.pxCommName(arg(1), prTaskCommLen-1)
		return true

	case prSetVma:
		d.sep()
		d.enum(syscalls.PrSetVma, arg(1))
		if arg(1) == prSetVmaAnonName {
			d.sep()
			d.ptr(arg(2))
			d.sep()
			d.b = strconv.AppendUint(d.b, arg(3), 10)
			d.sep()
			d.cstring(arg(4))
		} else {
			d.pxHexArgs(2)
		}
		return true

	case prSetMm:
		d.sep()
		d.enum32(syscalls.PrSetMm, arg(1))
		d.pxHexArgs(2)
		return true

	case prSetPdeathsig:
		d.sep()
		if arg(1) > 128 {
			d.b = strconv.AppendUint(d.b, arg(1), 10)
		} else {
			d.signal(int(arg(1)))
		}
		return true

	case prSetPtracer:
		d.sep()
		if int32(arg(1)) == -1 {
			switch d.Opts.Xlat {
			case XlatRaw:
				d.b = append(d.b, "-1"...)
			case XlatVerbose:
				d.b = append(d.b, "-1 /* PR_SET_PTRACER_ANY */"...)
			default:
				d.b = append(d.b, "PR_SET_PTRACER_ANY"...)
			}
		} else {
			d.b = strconv.AppendInt(d.b, int64(int32(arg(1))), 10)
		}
		return true

	case prSetSeccomp:
		d.sep()
		d.enum(syscalls.SeccompModes, arg(1))
		switch arg(1) {
		case seccompModeStrict:
		case seccompModeFilter:
			d.sep()
			d.pxVia(syscalls.SockFprog, arg(2), false)
		default:
			d.pxHexArgs(2)
		}
		return true

	case prSetSecurebits:
		d.sep()
		d.flags(syscalls.Secbits, arg(1))
		return true

	case prSetTimerslack:
		d.sep()
		d.b = strconv.AppendInt(d.b, d.long(arg(1)), 10)
		return true

	case prSetTsc:
		d.sep()
		d.enum32(syscalls.PrTsc, arg(1))
		return true

	case prSetUnalign:
		d.sep()
		d.flags(syscalls.PrUnalignFlags, uint64(uint32(arg(1))))
		return true

	case prSetNoNewPrivs, prSetThpDisable, prSetIOFlusher:
		d.sep()
		d.b = strconv.AppendUint(d.b, arg(1), 10)
		d.pxHexArgs(2)
		return true

	case prMceKillGet:
		if !exiting {
			d.pxHexArgs(1)
			return false
		}
		if !d.c.Failed {
			if name := syscalls.PrMceKillPolicy.Lookup(uint64(d.c.Ret)); name != "" {
				d.pxNote(name)
			}
		}
		return true

	case prSetFpMode:
		d.sep()
		d.flags(syscalls.PrFpMode, uint64(uint32(arg(1))))
		return true

	case prSetSpeculationCtrl:
		d.sep()
		d.enum(syscalls.PrSpecCmds, arg(1))
		d.sep()
		switch arg(1) {
		case prSpecStoreBypass, prSpecIndirectBranch, prSpecL1dFlush:
			d.enum(syscalls.PrSpecSetStoreBypassFlags, arg(2))
		default:
			d.hex(arg(2))
		}
		return true

	case prPacResetKeys:
		d.sep()
		d.flags(pacAllKeys, arg(1))
		d.pxHexArgs(2)
		return true

	case prPacSetEnabledKeys:
		d.sep()
		d.flags(syscalls.PrPacEnabledKeys, arg(1))
		d.sep()
		d.flags(syscalls.PrPacEnabledKeys, arg(2))
		d.pxHexArgs(3)
		return true

	case prPacGetEnabledKeys:
		if !exiting {
			d.pxHexArgs(1)
			return false
		}
		if !d.c.Failed {
			d.pxFlagsNote(syscalls.PrPacEnabledKeys, d.ulong(uint64(d.c.Ret)))
		}
		return true

	case prSetSyscallUserDispatch:
		d.sep()
		d.enum(syscalls.PrSudCmds, arg(1))
		d.sep()
		d.hex(arg(2))
		d.sep()
		d.hex(arg(3))
		d.sep()
		d.ptr(arg(4))
		return true

	case prSchedCore:
		if !exiting {
			d.sep()
			d.enum32(syscalls.PrSchedCoreCmds, arg(1))
			d.sep()
			d.b = strconv.AppendInt(d.b, int64(int32(arg(2))), 10)
			d.sep()
			// Always the number, with the name in a comment.
			pt := uint64(uint32(arg(3)))
			d.hex(pt)
			if d.Opts.Xlat != XlatRaw {
				if name := syscalls.PrSchedCorePidtypes.Lookup(pt); name != "" {
					d.xlatComment(name)
				} else {
					d.xlatComment("PIDTYPE_???")
				}
			}
			d.sep()
			if uint32(arg(1)) == prSchedCoreGet {
				return false
			}
			d.ptr(arg(4))
			return true
		}
		if d.c.Failed {
			d.ptr(arg(4))
		} else {
			d.pxOutBytes(arg(4), 8, func(b []byte) { d.hex(le64(b)) })
		}
		return true
	}
	d.pxHexArgs(1)
	return true
}

// pacAllKeys are PR_PAC_RESET_KEYS's keys: the ones that can be enabled,
// then the generic one.
var pacAllKeys = &syscalls.Values{
	Name:    "PacAllKeys",
	Unknown: "PR_PAC_???",
	Vals:    append(append([]syscalls.Value{}, syscalls.PrPacEnabledKeys.Vals...), syscalls.PrPacKeys.Vals...),
}

// pxOutInt prints an int the call stored at addr, in brackets, with pr;
// the address when the call failed or the memory cannot be read.
func (d *Decoder) pxOutInt(addr uint64, pr func(b []byte)) { d.pxOutBytes(addr, 4, pr) }

// pxOutBytes prints a value of size bytes the call stored at addr.
func (d *Decoder) pxOutBytes(addr uint64, size int, pr func(b []byte)) {
	addr = d.ulong(addr)
	switch {
	case addr == 0:
		d.b = append(d.b, "NULL"...)
		return
	case d.c.Failed || d.noDeref:
		d.ptr(addr)
		return
	}
	b := d.scratch(size)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, '[')
	pr(b)
	d.b = append(d.b, ']')
}

func init() { specials.add(namedSpecial{"ptrace", decodePtrace}) }

// ptrace requests whose arguments mean something (linux/ptrace.h and
// asm/ptrace-abi.h; the same numbers on x86_64 and i386).
const (
	ptTraceme           = 0
	ptPeektext          = 1
	ptPeekdata          = 2
	ptPeekuser          = 3
	ptPokeuser          = 6
	ptCont              = 7
	ptKill              = 8
	ptSinglestep        = 9
	ptGetregs           = 12
	ptSetregs           = 13
	ptGetfpregs         = 14
	ptSetfpregs         = 15
	ptAttach            = 16
	ptDetach            = 17
	ptOldsetoptions     = 21
	ptSyscall           = 24
	ptSysemu            = 31
	ptSysemuSinglestep  = 32
	ptSingleblock       = 33
	ptSetoptions        = 0x4200
	ptGeteventmsg       = 0x4201
	ptGetsiginfo        = 0x4202
	ptSetsiginfo        = 0x4203
	ptGetregset         = 0x4204
	ptSetregset         = 0x4205
	ptSeize             = 0x4206
	ptInterrupt         = 0x4207
	ptListen            = 0x4208
	ptPeeksiginfo       = 0x4209
	ptGetsigmask        = 0x420a
	ptSetsigmask        = 0x420b
	ptSeccompGetFilter  = 0x420c
	ptSeccompGetMeta    = 0x420d
	ptGetSyscallInfo    = 0x420e
	ntPrstatus          = 1
	ntFpregset          = 2
	psiExpectedSeccomp  = 84
	psiExpectedExit     = 33
	psiOpEntry          = 1
	psiOpExit           = 2
	psiOpSeccomp        = 3
	pxStructUserSize    = 912
	pxPtraceArm64Getreg = 12
)

// userOffsets names the offsets into x86_64's struct user that
// PTRACE_PEEKUSER and PTRACE_POKEUSER take, as strace's userent.h (for
// every personality: strace uses its own).
var userOffsets = []struct {
	off  uint64
	name string
}{
	{0, "8*R15"}, {8, "8*R14"}, {16, "8*R13"}, {24, "8*R12"}, {32, "8*RBP"}, {40, "8*RBX"},
	{48, "8*R11"}, {56, "8*R10"}, {64, "8*R9"}, {72, "8*R8"}, {80, "8*RAX"}, {88, "8*RCX"},
	{96, "8*RDX"}, {104, "8*RSI"}, {112, "8*RDI"}, {120, "8*ORIG_RAX"}, {128, "8*RIP"},
	{136, "8*CS"}, {144, "8*EFL"}, {152, "8*RSP"}, {160, "8*SS"},
	{216, "offsetof(struct user, u_fpvalid)"}, {224, "offsetof(struct user, i387)"},
	{736, "offsetof(struct user, u_tsize)"}, {744, "offsetof(struct user, u_dsize)"},
	{752, "offsetof(struct user, u_ssize)"}, {760, "offsetof(struct user, start_code)"},
	{768, "offsetof(struct user, start_stack)"}, {776, "offsetof(struct user, signal)"},
	{784, "offsetof(struct user, reserved)"}, {792, "offsetof(struct user, u_ar0)"},
	{800, "offsetof(struct user, u_fpstate)"}, {808, "offsetof(struct user, magic)"},
	{816, "offsetof(struct user, u_comm)"}, {848, "offsetof(struct user, u_debugreg)"},
	{pxStructUserSize, "sizeof(struct user)"},
}

// pxUserOffset prints a struct user offset: 8*RAX, 8*SS+8,
// offsetof(struct user, u_debugreg)+16, or the address beyond it.
func (d *Decoder) pxUserOffset(addr uint64) {
	i := len(userOffsets) - 1
	for i >= 0 && userOffsets[i].off > addr {
		i--
	}
	if i < 0 || addr > pxStructUserSize {
		d.ptr(addr)
		return
	}
	uo := userOffsets[i]
	if d.Opts.Xlat != XlatAbbrev {
		d.ptr(addr)
		if d.Opts.Xlat == XlatRaw {
			return
		}
		d.b = append(d.b, " /* "...)
	}
	d.b = append(d.b, uo.name...)
	if uo.off != addr {
		d.b = append(d.b, '+')
		d.b = strconv.AppendUint(d.b, addr-uo.off, 10)
	}
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " */"...)
	}
}

// Register sets: x86_64's and i386's struct user_regs_struct (NT_PRSTATUS)
// and their floating point registers (NT_FPREGSET), field names and widths
// in bytes; an array is given by its element count.
type regField struct {
	name  string
	size  int
	count int
}

var (
	regsAMD64 = pxRegs(8, "r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
		"rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss",
		"fs_base", "gs_base", "ds", "es", "fs", "gs")
	regsI386 = pxRegs(4, "ebx", "ecx", "edx", "esi", "edi", "ebp", "eax", "xds", "xes", "xfs",
		"xgs", "orig_eax", "eip", "xcs", "eflags", "esp", "xss")
	fpregsAMD64 = []regField{{"cwd", 2, 0}, {"swd", 2, 0}, {"ftw", 2, 0}, {"fop", 2, 0},
		{"rip", 8, 0}, {"rdp", 8, 0}, {"mxcsr", 4, 0}, {"mxcr_mask", 4, 0},
		{"st_space", 4, 32}, {"xmm_space", 4, 64}, {"padding", 4, 24}}
	fpregsI386 = []regField{{"cwd", 4, 0}, {"swd", 4, 0}, {"twd", 4, 0}, {"fip", 4, 0},
		{"fcs", 4, 0}, {"foo", 4, 0}, {"fos", 4, 0}, {"st_space", 4, 20}}
)

func pxRegs(size int, names ...string) []regField {
	r := make([]regField, len(names))
	for i, n := range names {
		r[i] = regField{name: n, size: size}
	}
	return r
}

// pxRegSet prints a register set of size bytes at addr as strace's
// arch_decode_prstatus_regset and arch_decode_fpregset: the fields the
// size covers (a size that is not a multiple of the ABI's word prints as
// the address), "..." when it is larger than the struct.
func (d *Decoder) pxRegSet(addr, size uint64, nt uint32) {
	var fields []regField
	narrow := d.c.ABI == syscalls.I386
	word := uint64(8)
	switch {
	case d.c.ABI != syscalls.AMD64 && d.c.ABI != syscalls.X32 && !narrow:
	case nt == ntPrstatus && narrow:
		fields, word = regsI386, 4
	case nt == ntPrstatus:
		fields = regsAMD64
	case nt == ntFpregset && narrow:
		fields, word = fpregsI386, 4
	case nt == ntFpregset:
		fields = fpregsAMD64
	}
	if fields == nil || size == 0 || size%word != 0 {
		d.ptr(addr)
		return
	}
	total := 0
	for _, f := range fields {
		total += f.size * max(f.count, 1)
	}
	fetch := min(size, uint64(total))
	addr, ok := d.pointee(addr)
	if !ok {
		return
	}
	b := d.buf[:fetch]
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, '{')
	off := 0
	for i, f := range fields {
		if i > 0 && uint64(off) >= fetch {
			break
		}
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, f.name...)
		d.b = append(d.b, '=')
		if f.count == 0 {
			d.hex(field{off, f.size}.get(b))
			off += f.size
			continue
		}
		n := min(f.count, int(fetch-uint64(off))/f.size)
		start := off
		d.localArray(n, func(j int) { d.hex(uint64(le32(b[start+4*j:]))) })
		off += f.size * f.count
	}
	if size > uint64(total) {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// pxRegsFull prints the whole register set nt of the ABI (PTRACE_GETREGS
// and friends).
func (d *Decoder) pxRegsFull(addr uint64, nt uint32) {
	size := uint64(0)
	switch {
	case nt == ntPrstatus && d.c.ABI == syscalls.I386:
		size = 17 * 4
	case nt == ntPrstatus:
		size = 27 * 8
	case d.c.ABI == syscalls.I386:
		size = 27 * 4
	default:
		size = 512
	}
	d.pxRegSet(addr, size, nt)
}

// pxIovecRegs reads the struct iovec PTRACE_GETREGSET and SETREGSET take.
func (d *Decoder) pxIovecRegs(addr uint64) (base, length uint64, ok bool) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(2 * ps)
	addr = d.ulong(addr)
	if addr == 0 || d.noDeref || !d.readQuiet(addr, b) {
		return 0, 0, false
	}
	return field{0, ps}.get(b), field{ps, ps}.get(b), true
}

// ptrace(request, pid, addr, data) as strace's decode_ptrace_entering and
// decode_ptrace_exiting: what addr and data are, and whether data prints
// at exit, depend on the request; the register requests print the
// registers in place of addr and data.
func decodePtrace(d *Decoder, exiting bool) bool {
	req := d.ulong(d.c.Args[0])
	addr := d.ulong(d.c.Args[2])
	data := d.ulong(d.c.Args[3])
	if !exiting {
		vs := syscalls.PtraceRequests
		if d.c.ABI == syscalls.ARM64 {
			vs = syscalls.PtraceRequestsARM64
		}
		d.enum(vs, req)
		if req == ptTraceme {
			return true
		}
		d.sep()
		d.b = strconv.AppendInt(d.b, int64(int32(d.c.Args[1])), 10)
		switch req {
		case ptAttach, ptInterrupt, ptKill, ptListen:
			return true
		}
		d.sep()
		x86 := d.c.ABI != syscalls.ARM64
		switch {
		case req == ptPeekuser || req == ptPokeuser:
			d.pxUserOffset(addr)
		case req == ptGetregset || req == ptSetregset:
			d.enum32(syscalls.NtDescriptorTypes, addr)
		case req == ptGetsigmask || req == ptSetsigmask || req == ptSeccompGetFilter ||
			req == ptSeccompGetMeta || req == ptGetSyscallInfo:
			d.b = strconv.AppendUint(d.b, addr, 10)
		case req == ptPeeksiginfo:
			d.pxPeeksiginfoArgs(addr)
		case x86 && req == ptSetregs:
			d.pxRegsFull(data, ntPrstatus)
			return true
		case x86 && req == ptSetfpregs:
			d.pxRegsFull(data, ntFpregset)
			return true
		case x86 && (req == ptGetregs || req == ptGetfpregs):
			return false
		default:
			d.ptr(addr)
		}
		d.sep()
		switch req {
		case ptCont, ptDetach, ptSyscall, ptSinglestep, ptSingleblock, ptSysemu, ptSysemuSinglestep:
			d.signal(int(int32(data)))
		case ptSeize, ptSetoptions, ptOldsetoptions:
			d.flags(syscalls.PtraceOptions, data)
		case ptSetsiginfo:
			d.pxSiginfoArg(data)
		case ptSetsigmask:
			d.sigsetAt(data, addr)
		case ptGetregset:
			if _, l, ok := d.pxIovecRegs(data); ok {
				d.c.Saved[0] = l
				return false
			}
			d.ptr(data)
		case ptSetregset:
			base, l, ok := d.pxIovecRegs(data)
			if !ok {
				d.ptr(data)
				return true
			}
			d.b = append(d.b, "{iov_base="...)
			d.pxRegSet(base, l, uint32(addr))
			d.b = append(d.b, ", iov_len="...)
			d.b = strconv.AppendUint(d.b, l, 10)
			d.c.Saved[0] = l
			return false
		case ptSeccompGetMeta:
			if addr < 8 {
				d.ptr(data)
				return true
			}
			b := d.scratch(8)
			if data == 0 || d.noDeref || !d.read(data, b) {
				if data == 0 || d.noDeref {
					d.ptr(data)
				}
				return true
			}
			d.b = append(d.b, "{filter_off="...)
			d.b = strconv.AppendUint(d.b, le64(b), 10)
			return false
		case ptPeektext, ptPeekdata, ptPeekuser, ptGeteventmsg, ptGetsiginfo, ptGetsigmask,
			ptPeeksiginfo, ptSeccompGetFilter, ptGetSyscallInfo:
			if !d.noDeref {
				return false
			}
			d.ptr(data)
		default:
			d.ptr(data)
		}
		return true
	}
	switch req {
	case ptPeektext, ptPeekdata, ptPeekuser:
		d.pxOutBytes(data, d.c.ABI.PointerSize(), func(b []byte) { d.ptr64(d.pointerAt(b)) })
	case ptGeteventmsg:
		d.pxOutBytes(data, d.c.ABI.PointerSize(), func(b []byte) {
			d.b = strconv.AppendUint(d.b, d.pointerAt(b), 10)
		})
	case ptGetregset:
		_, l, ok := d.pxIovecRegs(data)
		if !ok {
			d.ptr(data)
			return true
		}
		base, _, _ := d.pxIovecRegs(data)
		d.b = append(d.b, "{iov_base="...)
		d.pxRegSet(base, l, uint32(addr))
		d.b = append(d.b, ", iov_len="...)
		if old := d.c.Saved[0]; old != l {
			d.b = strconv.AppendUint(d.b, old, 10)
			d.b = append(d.b, " => "...)
		}
		d.b = strconv.AppendUint(d.b, l, 10)
		d.b = append(d.b, '}')
	case ptSetregset:
		if _, l, ok := d.pxIovecRegs(data); ok && l != d.c.Saved[0] {
			d.b = append(d.b, " => "...)
			d.b = strconv.AppendUint(d.b, l, 10)
		}
		d.b = append(d.b, '}')
	case ptGetsiginfo:
		d.pxSiginfoArg(data)
	case ptGetsigmask:
		if d.c.Failed {
			d.ptr(data)
		} else {
			d.sigsetAt(data, addr)
		}
	case ptPeeksiginfo:
		d.pxSiginfos(data, uint64(d.c.Ret))
	case ptSeccompGetFilter:
		// strace prints the program only with -v; gotrace prints its
		// instructions only when there are none.
		if d.Opts.Verbose && !d.c.Failed && d.c.Ret&0xffff == 0 && data != 0 {
			d.b = append(d.b, "[]"...)
		} else {
			d.ptr(data)
		}
	case ptSeccompGetMeta:
		if !d.c.Failed && uint64(d.c.Ret) > 8 {
			b := d.scratch(8)
			d.b = append(d.b, ", "...)
			if uint64(d.c.Ret) < 16 || !d.readQuiet(data+8, b) {
				d.b = append(d.b, "???"...)
			} else {
				d.b = append(d.b, "flags="...)
				d.flags(syscalls.SeccompFilterFlags, le64(b))
				if uint64(d.c.Ret) > 16 {
					d.b = append(d.b, ", ..."...)
				}
			}
		}
		d.b = append(d.b, '}')
	case ptGetSyscallInfo:
		d.pxSyscallInfo(data, addr)
	case ptGetregs:
		d.pxRegsFull(data, ntPrstatus)
	case ptGetfpregs:
		d.pxRegsFull(data, ntFpregset)
	}
	return true
}

// pxSiginfoArg prints a siginfo_t argument: NULL, the address when the
// call failed (at exit) or the memory cannot be read, or the siginfo.
func (d *Decoder) pxSiginfoArg(addr uint64) {
	if addr, ok := d.pointee(addr); ok {
		d.pxSiginfoAt(addr)
	}
}

// pxSiginfos prints PTRACE_PEEKSIGINFO's array of n siginfo_t, as
// strace's print_array.
func (d *Decoder) pxSiginfos(addr, n uint64) {
	d.sarray(d.ulong(addr), n, pxSiginfoSize, true, sarrayFetch, false, func(b []byte, _ uint64) bool {
		saved := d.sigABI
		d.sigABI = d.c.ABI
		d.siginfo(b)
		d.sigABI = saved
		return true
	})
}

// pxPeeksiginfoArgs prints struct ptrace_peeksiginfo_args:
// {off=0, flags=PTRACE_PEEKSIGINFO_SHARED, nr=1}.
func (d *Decoder) pxPeeksiginfoArgs(addr uint64) {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	if d.noDeref {
		d.ptr(addr)
		return
	}
	b := d.scratch(16)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{off="...)
	d.b = strconv.AppendUint(d.b, le64(b), 10)
	d.b = append(d.b, ", flags="...)
	d.flags(syscalls.PtracePeeksiginfoFlags, uint64(le32(b[8:])))
	d.fieldU("nr", uint64(le32(b[12:])), false)
	d.b = append(d.b, '}')
}

// pxSyscallInfo prints struct ptrace_syscall_info as strace's
// print_ptrace_syscall_info: as much of it as both the buffer (userLen)
// and the kernel's answer (the return value) cover.
func (d *Decoder) pxSyscallInfo(addr, userLen uint64) {
	fetch := min(userLen, uint64(d.c.Ret), psiExpectedSeccomp)
	if d.c.Failed || d.c.Ret <= 0 || fetch == 0 || addr == 0 || d.noDeref {
		d.ptr(addr)
		return
	}
	b := d.buf[:psiExpectedSeccomp]
	clear(b)
	if !d.readQuiet(addr, b[:fetch]) {
		d.ptr(addr)
		return
	}
	op := b[0]
	d.b = append(d.b, "{op="...)
	d.enum(syscalls.PtraceSyscallInfoOps, uint64(op))
	if fetch < 8 {
		d.b = append(d.b, '}')
		return
	}
	arch := le32(b[4:])
	d.b = append(d.b, ", arch="...)
	d.auditArch(arch)
	if fetch >= 16 {
		d.b = append(d.b, ", instruction_pointer="...)
		d.ptr64(le64(b[8:]))
	}
	if fetch >= 24 {
		d.b = append(d.b, ", stack_pointer="...)
		d.ptr64(le64(b[16:]))
	}
	if fetch < 32 {
		d.b = append(d.b, '}')
		return
	}
	switch op {
	case psiOpEntry, psiOpSeccomp:
		if op == psiOpEntry {
			d.b = append(d.b, ", entry={nr="...)
		} else {
			d.b = append(d.b, ", seccomp={nr="...)
		}
		d.pxSyscallName(le64(b[24:]), arch)
		nargs := min((fetch-32)/8, 6)
		if nargs > 0 {
			d.b = append(d.b, ", args="...)
			d.localArray(int(nargs), func(i int) { d.hex(le64(b[32+8*i:])) })
		}
		if op == psiOpSeccomp && fetch >= psiExpectedSeccomp {
			d.fieldU("ret_data", uint64(le32(b[80:])), false)
		}
		d.b = append(d.b, '}')
	case psiOpExit:
		rval := int64(le64(b[24:]))
		d.b = append(d.b, ", exit={rval="...)
		if fetch >= psiExpectedExit && b[32] != 0 {
			if name := syscalls.ErrnoName(uint64(-rval)); name != "" && rval < 0 && d.Opts.Xlat == XlatAbbrev {
				d.b = append(d.b, '-')
				d.b = append(d.b, name...)
			} else {
				d.b = strconv.AppendInt(d.b, rval, 10)
				if name != "" && rval < 0 && d.Opts.Xlat == XlatVerbose {
					d.xlatComment("-" + name)
				}
			}
		} else {
			d.b = strconv.AppendInt(d.b, rval, 10)
		}
		if fetch >= psiExpectedExit {
			d.fieldU("is_error", uint64(b[32]), false)
		}
		d.b = append(d.b, '}')
	}
	d.b = append(d.b, '}')
}

// pxSyscallName prints a syscall number of an audit architecture as
// strace's PRINT_FIELD_SYSCALL_NAME.
func (d *Decoder) pxSyscallName(nr uint64, arch uint32) {
	if nr > 0xffffffff {
		d.b = strconv.AppendUint(d.b, nr, 10)
		return
	}
	saved := d.sigABI
	d.sigABI = d.c.ABI
	d.syscallNr(arch, uint32(nr))
	d.sigABI = saved
}

func init() {
	specials.add(namedSpecial{"clone", decodeClone})
	specials.add(namedSpecial{"clone3", decodeClone3})
}

// Clone flags that make clone write or read more arguments.
const (
	clonePidfd         = 0x00001000
	cloneSettls        = 0x00080000
	cloneParentSettid  = 0x00100000
	cloneChildCleartid = 0x00200000
	cloneChildSettid   = 0x01000000
	cloneIntoCgroup    = 0x200000000
	csignal            = 0xff
)

// clone: strace names the arguments. The stack and flags print at entry;
// the tid pointers and tls at exit. The argument order is x86_64's
// (flags, stack, parent_tid, child_tid, tls); arm64 and i386 swap the
// last two.
func decodeClone(d *Decoder, exiting bool) bool {
	flags := d.ulong(d.c.Args[0])
	ctid, tls := 3, 4
	if d.c.ABI == syscalls.ARM64 || d.c.ABI == syscalls.I386 {
		ctid, tls = 4, 3
	}
	if !exiting {
		d.b = append(d.b, "child_stack="...)
		d.ptr(d.c.Args[1])
		d.b = append(d.b, ", flags="...)
		d.cloneFlags(flags)
		return flags&(cloneParentSettid|clonePidfd|cloneChildSettid|cloneChildCleartid|cloneSettls) == 0
	}
	// CLONE_PIDFD returns the pidfd through the same pointer.
	if flags&(cloneParentSettid|clonePidfd) != 0 {
		d.b = append(d.b, ", parent_tid="...)
		if flags&cloneParentSettid != 0 {
			d.pxOutInt(d.c.Args[2], func(b []byte) { d.b = strconv.AppendInt(d.b, int64(int32(le32(b))), 10) })
		} else {
			d.pxOutInt(d.c.Args[2], func(b []byte) { d.fd(uint64(le32(b))) })
		}
	}
	if flags&cloneSettls != 0 {
		d.b = append(d.b, ", tls="...)
		d.pxTLS(d.ulong(d.c.Args[tls]))
	}
	if flags&(cloneChildSettid|cloneChildCleartid) != 0 {
		d.b = append(d.b, ", child_tidptr="...)
		d.ptr(d.c.Args[ctid])
	}
	return true
}

// pxTLS prints clone's tls: i386's struct user_desc, others' address.
// clone3 gives it as a 64-bit field, whose high bits an i386 process's
// address cannot have (strace prints it whole, unread).
func (d *Decoder) pxTLS(v uint64) {
	if d.c.ABI != syscalls.I386 || v > 0xffffffff {
		d.ptr64(v)
		return
	}
	if _, ok := d.pointee(v); ok {
		d.pxUserDesc(v, descBoth)
	}
}

// cloneFlags prints clone flags with the exit signal in the low byte.
func (d *Decoder) cloneFlags(flags uint64) {
	sig := flags & csignal
	rest := flags &^ csignal
	if rest == 0 && sig == 0 {
		d.b = append(d.b, '0')
		return
	}
	if rest != 0 {
		// All 64 bits, with strace's comment when none has a name:
		// 0x100000000 /* CLONE_??? */|SIGCHLD.
		d.flags(syscalls.CloneFlags, rest)
		if sig != 0 {
			d.b = append(d.b, '|')
		}
	}
	if sig != 0 {
		d.signal(int(sig))
	}
}

// cloneAllFlags are clone3's flags: clone's, then clone3's own.
var cloneAllFlags = &syscalls.Values{
	Name:    "CloneAllFlags",
	Unknown: "CLONE_???",
	Vals:    append(append([]syscalls.Value{}, syscalls.CloneFlags.Vals...), syscalls.Clone3Flags.Vals...),
}

// struct clone_args: the size up to tls (CLONE_ARGS_SIZE_VER0), the
// whole struct strace knows, and where cgroup is.
const (
	cloneArgsMin       = 64
	cloneArgsSize      = 88
	cloneArgsCgroupOff = 80
	cloneMaxSetTid     = 32
	pageSizeBytes      = 4096
)

// clone3(args, size): struct clone_args at entry; at exit, when the
// kernel wrote the pidfd or the parent's tid (or the struct is larger
// than strace knows), what it wrote after " => ".
func decodeClone3(d *Decoder, exiting bool) bool {
	addr := d.ulong(d.c.Args[0])
	size := d.ulong(d.c.Args[1])
	fetch := min(size, cloneArgsSize)
	// The struct is copied out of the scratch buffers, which the
	// printers below use.
	var args [cloneArgsSize]byte
	b := args[:]
	read := func() bool {
		buf := d.buf[:fetch]
		if !d.readQuiet(addr, buf) {
			return false
		}
		copy(b, buf)
		return true
	}
	if !exiting {
		switch {
		case fetch < cloneArgsMin:
			d.ptr(addr)
		case addr == 0:
			d.b = append(d.b, "NULL"...)
		case d.noDeref || !read():
			d.ptr(addr)
		default:
			flags := le64(b)
			d.pxCloneArgs(addr, b, size, fetch)
			if flags&(clonePidfd|cloneParentSettid) != 0 || size > fetch {
				return false
			}
		}
		d.sep()
		d.b = strconv.AppendUint(d.b, size, 10)
		return true
	}
	if !d.c.Failed {
		if d.noDeref || !read() {
			d.b = append(d.b, " => "...)
			d.ptr(addr)
		} else {
			flags := le64(b)
			first := true
			next := func() {
				if first {
					d.b = append(d.b, " => {"...)
				} else {
					d.b = append(d.b, ", "...)
				}
				first = false
			}
			if flags&clonePidfd != 0 {
				next()
				d.b = append(d.b, "pidfd="...)
				d.pxOutInt(le64(b[8:]), func(b []byte) { d.fd(uint64(le32(b))) })
			}
			if flags&cloneParentSettid != 0 {
				next()
				d.b = append(d.b, "parent_tid="...)
				d.pxOutInt(le64(b[24:]), func(b []byte) { d.b = strconv.AppendInt(d.b, int64(int32(le32(b))), 10) })
			}
			if size > fetch {
				d.pxNonzeroBytes(addr, fetch, min(size, pageSizeBytes), next)
			}
			if !first {
				d.b = append(d.b, '}')
			}
		}
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, size, 10)
	return true
}

// pxCloneArgs prints struct clone_args (b, fetch bytes of it read) as
// strace's clone3 decoder.
func (d *Decoder) pxCloneArgs(addr uint64, b []byte, size, fetch uint64) {
	flags := le64(b)
	d.b = append(d.b, "{flags="...)
	d.flags(cloneAllFlags, flags)
	if flags&clonePidfd != 0 {
		d.b = append(d.b, ", pidfd="...)
		d.ptr64(le64(b[8:]))
	}
	if flags&(cloneChildSettid|cloneChildCleartid) != 0 {
		d.b = append(d.b, ", child_tid="...)
		d.ptr64(le64(b[16:]))
	}
	if flags&cloneParentSettid != 0 {
		d.b = append(d.b, ", parent_tid="...)
		d.ptr64(le64(b[24:]))
	}
	sig := le64(b[32:])
	d.b = append(d.b, ", exit_signal="...)
	if sig < 0x7fffffff {
		d.signal(int(sig))
	} else {
		d.b = strconv.AppendUint(d.b, sig, 10)
	}
	d.b = append(d.b, ", stack="...)
	d.ptr64(le64(b[40:]))
	d.b = append(d.b, ", stack_size="...)
	d.hex(le64(b[48:]))
	if flags&cloneSettls != 0 {
		d.b = append(d.b, ", tls="...)
		d.pxTLS(le64(b[56:]))
	}
	setTid, setTidSize := le64(b[64:]), le64(b[72:])
	if setTid != 0 || setTidSize != 0 {
		d.b = append(d.b, ", set_tid="...)
		if setTid == 0 || setTidSize == 0 || setTidSize > cloneMaxSetTid {
			d.ptr64(setTid)
		} else {
			d.arrayOf(setTid, setTidSize, 4, func(e []byte) {
				d.b = strconv.AppendInt(d.b, int64(int32(le32(e))), 10)
			})
		}
		d.fieldU("set_tid_size", setTidSize, false)
	}
	if cgroup := le64(b[cloneArgsCgroupOff:]); fetch > cloneArgsCgroupOff && (cgroup != 0 || flags&cloneIntoCgroup != 0) {
		d.fieldU("cgroup", cgroup, false)
	}
	if size > fetch {
		d.pxNonzeroBytes(addr, fetch, min(size, pageSizeBytes), func() { d.b = append(d.b, ", "...) })
	}
	d.b = append(d.b, '}')
}

// pxNonzeroBytes prints the bytes from start to end of a struct when they
// are not all zero, as strace's print_nonzero_bytes: after prefix,
// "/* bytes 88..95 */ " and the bytes in hex (at most -s of them); "???"
// when they cannot be read. It reports whether it printed.
func (d *Decoder) pxNonzeroBytes(addr, start, end uint64, prefix func()) bool {
	if start >= end {
		return false
	}
	n := end - start
	b := d.buf[:n]
	if !d.readQuiet(addr+start, b) {
		prefix()
		d.b = append(d.b, "???"...)
		return true
	}
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
	prefix()
	d.b = append(d.b, "/* bytes "...)
	d.b = strconv.AppendUint(d.b, start, 10)
	d.b = append(d.b, ".."...)
	d.b = strconv.AppendUint(d.b, end-1, 10)
	d.b = append(d.b, " */ "...)
	show := min(n, uint64(d.Opts.StringLimit))
	d.quote(b[:show], true)
	if show < n {
		d.b = append(d.b, "..."...)
	}
	return true
}

func init() {
	specials.add(namedSpecial{"futex", decodeFutex})
	specials.add(namedSpecial{"futex_time64", decodeFutex})
	specials.add(namedSpecial{"futex_waitv", decodeFutexWaitv})
	specials.add(namedSpecial{"futex_wake", decodeFutexWake})
	specials.add(namedSpecial{"futex_wait", decodeFutexWait})
	specials.add(namedSpecial{"futex_requeue", decodeFutexRequeue})
	registerStruct(syscalls.FutexWaitv, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxWaiters(addr, uint64(uint32(d.lenArg(a))), false)
	})
}

// futex commands (op&127).
const (
	futexWait          = 0
	futexWake          = 1
	futexFd            = 2
	futexRequeue       = 3
	futexCmpRequeue    = 4
	futexWakeOp        = 5
	futexLockPi        = 6
	futexUnlockPi      = 7
	futexTrylockPi     = 8
	futexWaitBitset    = 9
	futexWakeBitset    = 10
	futexWaitRequeuePi = 11
	futexCmpRequeuePi  = 12
	futexLockPi2       = 13
	futexWaitvMax      = 128
	futex2SizeMask     = 3
)

// pxFutexTimeout prints a futex timeout: a timespec of the call's ABI
// (futex_time64's and the futex2 calls' are 64-bit).
func (d *Decoder) pxFutexTimeout(v uint64, wide bool) {
	addr := d.ulong(v)
	switch {
	case addr == 0:
		d.b = append(d.b, "NULL"...)
	case d.noDeref:
		d.ptr(addr)
	case wide:
		d.pxTimeStructAt(addr, 8, 1, tsNsec)
	default:
		d.pxTimeStructAt(addr, d.c.ABI.PointerSize(), 1, tsNsec)
	}
}

// pxFutexBitset prints a futex bitset: FUTEX_BITSET_MATCH_ANY or hex.
func (d *Decoder) pxFutexBitset(v uint64) {
	if name := syscalls.FutexBitset.Lookup(v); name != "" && d.Opts.Xlat == XlatAbbrev {
		d.b = append(d.b, name...)
		return
	}
	d.hex(v)
	if name := syscalls.FutexBitset.Lookup(v); name != "" && d.Opts.Xlat == XlatVerbose {
		d.xlatComment(name)
	}
}

// pxXvalNoDefault prints v by name from vs, in hex when it has none (no
// comment), and reports whether it had one.
func (d *Decoder) pxXvalNoDefault(vs *syscalls.Values, v uint64) bool {
	name := vs.Lookup(v)
	switch {
	case d.Opts.Xlat == XlatRaw:
		// strace's printxval reports no name under -X raw.
		d.hex(v)
		return false
	case name != "" && d.Opts.Xlat == XlatAbbrev:
		d.b = append(d.b, name...)
		return true
	}
	d.hex(v)
	if name != "" {
		d.xlatComment(name)
	}
	return name != ""
}

// futex(uaddr, op, val, timeout, uaddr2, val3): which arguments follow the
// operation depends on its command, as strace's futex.c.
func decodeFutex(d *Decoder, exiting bool) bool {
	wide := d.c.Sys.Name == "futex_time64" || d.c.ABI.PointerSize() == 8
	op := uint32(d.c.Args[1])
	val := uint32(d.c.Args[2])
	val2 := uint32(d.c.Args[3])
	val3 := uint32(d.c.Args[5])
	timeout := d.c.Args[3]
	uaddr2 := d.c.Args[4]
	u := func(v uint32) {
		d.sep()
		d.b = strconv.AppendUint(d.b, uint64(v), 10)
	}
	d.ptr(d.c.Args[0])
	d.sep()
	d.enum(syscalls.FutexOps, uint64(op))
	switch op & 127 {
	case futexWait:
		u(val)
		d.sep()
		d.pxFutexTimeout(timeout, wide)
	case futexLockPi, futexLockPi2:
		d.sep()
		d.pxFutexTimeout(timeout, wide)
	case futexWaitBitset:
		u(val)
		d.sep()
		d.pxFutexTimeout(timeout, wide)
		d.sep()
		d.pxFutexBitset(uint64(val3))
	case futexWakeBitset:
		u(val)
		d.sep()
		d.pxFutexBitset(uint64(val3))
	case futexRequeue:
		u(val)
		u(val2)
		d.sep()
		d.ptr(uaddr2)
	case futexCmpRequeue, futexCmpRequeuePi:
		u(val)
		u(val2)
		d.sep()
		d.ptr(uaddr2)
		u(val3)
	case futexWakeOp:
		u(val)
		u(val2)
		d.sep()
		d.ptr(uaddr2)
		d.sep()
		if val3>>28&8 != 0 {
			switch d.Opts.Xlat {
			case XlatRaw:
				d.b = append(d.b, "0x8"...)
			case XlatVerbose:
				d.b = append(d.b, "0x8 /* FUTEX_OP_OPARG_SHIFT */"...)
			default:
				d.b = append(d.b, "FUTEX_OP_OPARG_SHIFT"...)
			}
			d.b = append(d.b, "<<28|"...)
		}
		known := d.pxXvalNoDefault(syscalls.FutexWakeOps, uint64(val3>>28&7))
		d.b = append(d.b, "<<28"...)
		if !known {
			d.b = append(d.b, " /* FUTEX_OP_??? */"...)
		}
		d.b = append(d.b, '|')
		d.hex(uint64(val3 >> 12 & 0xfff))
		d.b = append(d.b, "<<12|"...)
		known = d.pxXvalNoDefault(syscalls.FutexWakeCmps, uint64(val3>>24&0xf))
		d.b = append(d.b, "<<24"...)
		if !known {
			d.b = append(d.b, " /* FUTEX_OP_CMP_??? */"...)
		}
		d.b = append(d.b, '|')
		d.hex(uint64(val3 & 0xfff))
	case futexWaitRequeuePi:
		u(val)
		d.sep()
		d.pxFutexTimeout(timeout, wide)
		d.sep()
		d.ptr(uaddr2)
	case futexFd, futexWake:
		u(val)
	case futexUnlockPi, futexTrylockPi:
	default:
		u(val)
		d.sep()
		d.ptr(timeout)
		d.sep()
		d.ptr(uaddr2)
		d.sep()
		d.hex(uint64(val3))
	}
	return true
}

// pxWaiters prints an array of struct futex_waitv: {val=0x1,
// uaddr=0x..., flags=FUTEX_32}, at most FUTEX_WAITV_MAX of them. futex2
// prints the flags as strace 6.7 prints futex2 flags (futex_requeue's),
// otherwise as strace 6.1 prints futex_waitv's.
func (d *Decoder) pxWaiters(addr, n uint64, futex2 bool) {
	saved := d.Opts
	if n > futexWaitvMax {
		// strace stops after FUTEX_WAITV_MAX waiters, with "...".
		if d.Opts.Verbose || d.Opts.StringLimit > futexWaitvMax {
			d.Opts.Verbose = false
			d.Opts.StringLimit = futexWaitvMax
		}
	}
	d.arrayOf(addr, n, 24, func(e []byte) {
		d.b = append(d.b, "{val="...)
		d.hex(le64(e))
		d.b = append(d.b, ", uaddr="...)
		d.ptr64(le64(e[8:]))
		d.b = append(d.b, ", flags="...)
		if futex2 {
			d.pxFutex2Flags(le32(e[16:]))
		} else {
			d.flags(syscalls.FutexWaiterFlags, uint64(le32(e[16:])))
		}
		if r := le32(e[20:]); r != 0 {
			d.b = append(d.b, ", __reserved="...)
			d.hex(uint64(r))
		}
		d.b = append(d.b, '}')
	})
	d.Opts.Verbose, d.Opts.StringLimit = saved.Verbose, saved.StringLimit
}

// pxFutex2Flags prints futex2 flags: the size, then the other flags:
// FUTEX2_SIZE_U32|FUTEX2_PRIVATE.
func (d *Decoder) pxFutex2Flags(flags uint32) {
	if d.Opts.Xlat != XlatAbbrev {
		d.hex(uint64(flags))
		if d.Opts.Xlat == XlatRaw {
			return
		}
		d.b = append(d.b, " /* "...)
	}
	d.b = append(d.b, syscalls.Futex2Sizes.Lookup(uint64(flags&futex2SizeMask))...)
	if rest := uint64(flags &^ futex2SizeMask); rest != 0 {
		d.b = append(d.b, '|')
		start := len(d.b)
		if left := d.flagNames(syscalls.Futex2Flags, rest); left != 0 {
			if len(d.b) > start {
				d.b = append(d.b, '|')
			}
			d.hex(left)
		}
	}
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " */"...)
	}
}

// futex_waitv(waiters, nr_futexes, flags, timeout, clockid).
func decodeFutexWaitv(d *Decoder, exiting bool) bool {
	d.argAt(0)
	d.sep()
	d.b = strconv.AppendUint(d.b, uint64(uint32(d.c.Args[1])), 10)
	d.sep()
	d.hex(uint64(uint32(d.c.Args[2])))
	d.sep()
	d.pxFutexTimeout(d.c.Args[3], true)
	d.sep()
	d.enum32(syscalls.ClockIds, d.c.Args[4])
	return true
}

// futex_wake(uaddr, mask, nr, flags), as strace 6.7 and later.
func decodeFutexWake(d *Decoder, exiting bool) bool {
	d.ptr(d.c.Args[0])
	d.sep()
	d.pxFutexBitset(d.ulong(d.c.Args[1]))
	d.sep()
	d.b = strconv.AppendInt(d.b, int64(int32(d.c.Args[2])), 10)
	d.sep()
	d.pxFutex2Flags(uint32(d.c.Args[3]))
	return true
}

// futex_wait(uaddr, val, mask, flags, timeout, clockid), as strace 6.7
// and later.
func decodeFutexWait(d *Decoder, exiting bool) bool {
	d.ptr(d.c.Args[0])
	d.sep()
	d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[1]), 10)
	d.sep()
	d.pxFutexBitset(d.ulong(d.c.Args[2]))
	d.sep()
	d.pxFutex2Flags(uint32(d.c.Args[3]))
	d.sep()
	d.pxFutexTimeout(d.c.Args[4], true)
	d.sep()
	d.enum32(syscalls.ClockIds, d.c.Args[5])
	return true
}

// futex_requeue(waiters, flags, nr_wake, nr_requeue), as strace 6.7 and
// later: two waiters.
func decodeFutexRequeue(d *Decoder, exiting bool) bool {
	if d.noDeref {
		d.ptr(d.c.Args[0])
	} else {
		d.pxWaiters(d.ulong(d.c.Args[0]), 2, true)
	}
	d.sep()
	d.hex(uint64(uint32(d.c.Args[1])))
	d.sep()
	d.b = strconv.AppendInt(d.b, int64(int32(d.c.Args[2])), 10)
	d.sep()
	d.b = strconv.AppendInt(d.b, int64(int32(d.c.Args[3])), 10)
	return true
}

func init() {
	specials.add(namedSpecial{"setgroups", decodeGroups16})
	specials.add(namedSpecial{"getgroups", decodeGroups16})
}

// setgroups(size, list) and getgroups(size, list): on i386 (the calls
// without "32") the list holds 16-bit gids; elsewhere the signature says
// it all.
func decodeGroups16(d *Decoder, exiting bool) bool {
	get := d.c.Sys.Name == "getgroups"
	if d.c.ABI != syscalls.I386 {
		if !exiting {
			if get {
				d.argsEntering()
				return false
			}
			d.argsEntering()
			return true
		}
		d.argsExiting()
		return true
	}
	if !exiting {
		d.b = strconv.AppendInt(d.b, int64(int32(d.c.Args[0])), 10)
		d.sep()
		if get {
			return false
		}
		d.pxGids16(d.c.Args[1], uint64(uint32(d.c.Args[0])))
		return true
	}
	switch {
	case d.c.Failed:
		d.ptr(d.c.Args[1])
	default:
		d.pxGids16(d.c.Args[1], uint64(uint32(d.c.Ret)))
	}
	return true
}

// pxGids16 prints an array of n 16-bit gids.
func (d *Decoder) pxGids16(addr, n uint64) {
	addr = d.ulong(addr)
	if n > ngroupsMax || d.noDeref && addr != 0 {
		d.ptr(addr)
		return
	}
	d.arrayOf(addr, n, 2, func(b []byte) { d.pxIdN(uint64(uint16(b[0])|uint16(b[1])<<8), 2) })
}

func init() {
	specials.add(namedSpecial{"waitpid", decodeWaitpid})
	specials.add(namedSpecial{"sigaction", decodeSigactionOld})
	specials.add(namedSpecial{"sigprocmask", decodeSigprocmaskOld})
	specials.add(namedSpecial{"sigpending", decodeSigpendingOld})
	specials.add(namedSpecial{"sigsuspend", decodeSigsuspendOld})
	specials.add(namedSpecial{"signal", decodeSignal})
	specials.add(namedSpecial{"sgetmask", decodeSgetmask})
	specials.add(namedSpecial{"ssetmask", decodeSgetmask})
}

// waitpid(pid, status, options): wait4 without the rusage.
func decodeWaitpid(d *Decoder, exiting bool) bool {
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
	return true
}

// pxOldMaskAt prints the one word of signal mask at addr (the old signal
// calls): [INT], its address when it cannot be read.
func (d *Decoder) pxOldMaskAt(addr uint64) {
	addr, ok := d.pointee(addr)
	if !ok {
		return
	}
	ps := d.c.ABI.PointerSize()
	b := d.scratch(8)
	clear(b)
	if !d.read(addr, b[:ps]) {
		return
	}
	d.sigmask(le64(b), ps)
}

// pxSaHandler prints a signal handler: SIG_DFL, SIG_IGN, SIG_ERR (only
// as the 64-bit -1 strace's table has), or its address.
func (d *Decoder) pxSaHandler(h uint64) {
	name := syscalls.SigHandlers.Lookup(h)
	switch {
	case name == "":
		d.ptr(h)
	case d.Opts.Xlat == XlatAbbrev:
		d.b = append(d.b, name...)
	default:
		d.hex(h)
		if d.Opts.Xlat == XlatVerbose {
			d.xlatComment(name)
		}
	}
}

// pxOldSigaction prints struct old_sigaction (i386's sigaction):
// handler, one word of mask, flags, restorer.
func (d *Decoder) pxOldSigaction(addr uint64) {
	addr, ok := d.pointee(addr)
	if !ok {
		return
	}
	ps := d.c.ABI.PointerSize()
	b := d.scratch(4 * ps)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{sa_handler="...)
	d.pxSaHandler(field{0, ps}.get(b))
	d.b = append(d.b, ", sa_mask="...)
	d.sigmask(field{ps, ps}.get(b), ps)
	flags := field{2 * ps, ps}.get(b)
	d.b = append(d.b, ", sa_flags="...)
	d.flags(syscalls.SigactionFlags, flags)
	if flags&0x04000000 != 0 {
		d.b = append(d.b, ", sa_restorer="...)
		d.ptr(field{3 * ps, ps}.get(b))
	}
	d.b = append(d.b, '}')
}

// sigaction(sig, act, oact): i386's, with struct old_sigaction.
func decodeSigactionOld(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		d.pxOldSigaction(d.c.Args[1])
		d.sep()
		return false
	}
	d.pxOldSigaction(d.c.Args[2])
	return true
}

// sigprocmask(how, set, oldset): i386's, with one word of mask.
func decodeSigprocmaskOld(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		d.pxOldMaskAt(d.c.Args[1])
		d.sep()
		return false
	}
	d.pxOldMaskAt(d.c.Args[2])
	return true
}

// sigpending(set): i386's, the set at exit.
func decodeSigpendingOld(d *Decoder, exiting bool) bool {
	if !exiting {
		return false
	}
	d.pxOldMaskAt(d.c.Args[0])
	return true
}

// sigsuspend(unused, unused, mask): i386's, the mask itself as the only
// argument shown.
func decodeSigsuspendOld(d *Decoder, exiting bool) bool {
	d.sigmask(d.ulong(d.c.Args[2]), d.c.ABI.PointerSize())
	return true
}

// signal(sig, handler): the previous handler after the return value.
func decodeSignal(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		d.pxSaHandler(d.ulong(d.c.Args[1]))
		return false
	}
	if !d.c.Failed {
		if name := syscalls.SigHandlers.Lookup(d.ulong(uint64(d.c.Ret))); name != "" {
			d.pxNote(name)
		}
	}
	return true
}

// sgetmask() and ssetmask(mask): the old mask after the return value:
// = 0x2 (old mask [INT]); ssetmask's new mask as its argument.
func decodeSgetmask(d *Decoder, exiting bool) bool {
	set := d.c.Sys.Name == "ssetmask"
	if !exiting {
		if set {
			d.sigmask(uint64(uint32(d.c.Args[0])), 4)
		}
		return false
	}
	if d.c.Failed {
		return true
	}
	prefix := "mask "
	if set {
		prefix = "old mask "
	}
	saved := d.b
	d.b = append(d.retNote, '(')
	d.b = append(d.b, prefix...)
	d.sigmask(d.ulong(uint64(d.c.Ret)), d.c.ABI.PointerSize())
	d.retNote = append(d.b, ')')
	d.b = saved
	return true
}
