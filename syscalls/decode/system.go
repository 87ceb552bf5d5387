package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders of the system family (logging, reboot, host names, swap, I/O
// ports, modules, kexec, BPF, perf events, seccomp, Landlock, keys, LSM),
// and helpers the memory, descriptor and system decoders (mem.go, desc.go,
// system.go) share, after strace's: fetching tracee memory the way its tfetch_mem
// and umoven_or_printaddr do, print_array with their rules, and the
// number formats of its PRINT_VAL_* macros.

// sfetch fills b from addr as strace's tfetch_mem does: not at all for
// NULL, for a call whose structs -e verbose= leaves out, or (unless
// ignoreErr) at the exit of a failed call; and only when all of b could be
// read.
func (d *Decoder) sfetch(addr uint64, b []byte, exiting, ignoreErr bool) bool {
	if addr == 0 || d.noDeref || exiting && d.c.Failed && !ignoreErr {
		return false
	}
	n, err := d.Mem.Read(addr, b)
	return err == nil && n == len(b)
}

// sfetchOrAddr is strace's umoven_or_printaddr: sfetch, or print the
// address (NULL for 0) and return false.
func (d *Decoder) sfetchOrAddr(addr uint64, b []byte, exiting, ignoreErr bool) bool {
	if d.sfetch(addr, b, exiting, ignoreErr) {
		return true
	}
	d.ptr64(addr)
	return false
}

// shex32 prints the low 32 bits of v as %#x (PRINT_VAL_X of an unsigned
// int).
func (d *Decoder) shex32(v uint64) { d.hex(uint64(uint32(v))) }

// su32 and si32 print the low 32 bits of v unsigned or signed, su64 and
// si64 all of it.
func (d *Decoder) su32(v uint64) { d.b = strconv.AppendUint(d.b, uint64(uint32(v)), 10) }
func (d *Decoder) si32(v uint64) { d.b = strconv.AppendInt(d.b, int64(int32(v)), 10) }
func (d *Decoder) su64(v uint64) { d.b = strconv.AppendUint(d.b, v, 10) }
func (d *Decoder) si64(v int64)  { d.b = strconv.AppendInt(d.b, v, 10) }

// shex0 prints v as strace's PRINT_VAL_0X: %#0*x, zero-padded to width
// characters (the "0x" included; 0 prints as width zeros).
func (d *Decoder) shex0(v uint64, width int) {
	var tmp [20]byte
	s := strconv.AppendUint(tmp[:0], v, 16)
	n := len(s)
	if v != 0 {
		n += 2
		d.b = append(d.b, "0x"...)
	}
	for ; n < width; n++ {
		d.b = append(d.b, '0')
	}
	d.b = append(d.b, s...)
}

// senumD prints a signed value named by vs as strace's printxval_d: its
// name, or the number in decimal with the set's comment (none when the set
// has no unknown text). The set holds 32-bit values.
func (d *Decoder) senumD(vs *syscalls.Values, v int64) {
	d.named(uint64(v), numSigned, vs.Lookup(uint64(uint32(v))), vs.Unknown)
}

// senumU prints an unsigned value named by vs, unknown ones in decimal
// (printxval_u, printxval with XLAT_STYLE_FMT_U).
func (d *Decoder) senumU(vs *syscalls.Values, v uint64) {
	d.named(v, numUnsigned, vs.Lookup(v), vs.Unknown)
}

// senumVerboseD prints v as a number with its name in a comment whatever -X
// says, as strace's printxval_ex with XLAT_STYLE_VERBOSE|FMT_D does
// (syslog): 2 /* SYSLOG_ACTION_READ */, under -X raw too.
func (d *Decoder) senumVerboseD(vs *syscalls.Values, v int32) {
	d.namedStyle(XlatVerbose, uint64(int64(v)), numSigned, vs.Lookup(uint64(uint32(v))), vs.Unknown)
}

// sstyled reports whether a composite value (mmap's flags, a memory policy
// mode) prints as strace's abbreviated style; if not, it prints the raw
// number first and, under -X verbose, opens the comment the names go in
// (closed by sendStyled).
func (d *Decoder) sstyled(raw uint64) bool {
	switch d.Opts.Xlat {
	case XlatRaw:
		d.hex(raw)
		return false
	case XlatVerbose:
		d.hex(raw)
		d.b = append(d.b, " /* "...)
	}
	return true
}

// sendStyled closes what sstyled opened.
func (d *Decoder) sendStyled() {
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " */"...)
	}
}

// sflagsPlain prints v's names from vs "|"-joined and the unknown rest in
// hex, always abbreviated and with no comment (strace's printflags_ex with
// XLAT_STYLE_ABBREV and no default, inside a composite value).
func (d *Decoder) sflagsPlain(vs *syscalls.Values, v uint64) {
	start := len(d.b)
	rest := d.flagNames(vs, v)
	if rest != 0 {
		if len(d.b) > start {
			d.b = append(d.b, '|')
		}
		d.hex(rest)
	}
}

// senumPlain prints v's name from vs, or v in hex with the set's comment,
// always abbreviated (printxvals_ex with XLAT_STYLE_ABBREV).
func (d *Decoder) senumPlain(vs *syscalls.Values, v uint64) {
	if name := vs.Lookup(v); name != "" {
		d.b = append(d.b, name...)
		return
	}
	d.hex(v)
	if vs.Unknown != "" {
		d.b = append(d.b, " /* "...)
		d.b = append(d.b, vs.Unknown...)
		d.b = append(d.b, " */"...)
	}
}

// sarrayMode says how sarray fetches elements: as tfetch_mem (nothing at the
// exit of a failed call) or as tfetch_mem_ignore_syserror.
type sarrayMode uint8

const (
	sarrayFetch sarrayMode = iota
	sarrayIgnoreErr
)

// sarray prints n elements of size bytes at addr as strace's print_array:
// NULL, [] for no elements, the address when the array wraps around or its
// first element cannot be fetched, at most -s elements unless -v, and
// "... /* addr */" where memory runs out. elem prints one element from its
// bytes (in the small scratch: copy what it needs before reading more
// memory) and returns false to stop. truncated adds a last "..." (strace's
// PAF_ARRAY_TRUNCATED). It reports whether every element was printed.
func (d *Decoder) sarray(addr, n, size uint64, exiting bool, mode sarrayMode, truncated bool,
	elem func(b []byte, i uint64) bool) bool {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return false
	}
	if n == 0 {
		d.b = append(d.b, '[')
		if truncated {
			d.b = append(d.b, "..."...)
		}
		d.b = append(d.b, ']')
		return false
	}
	total := n * size
	if total/size != n || addr+total <= addr {
		d.ptr64(addr)
		return false
	}
	limit := n
	if !d.Opts.Verbose && uint64(d.Opts.StringLimit) < n {
		limit = uint64(d.Opts.StringLimit)
	}
	if limit > maxArray {
		limit = maxArray
	}
	// Elements up to 64 bytes go in the small scratch; larger ones
	// (siginfo_t) in the string buffer, which their printers leave be.
	var e []byte
	if size <= uint64(len(d.small)) {
		e = d.small[:size]
	} else {
		e = d.buf[:size]
	}
	i := uint64(0)
	cut := false
	for ; i < n; i++ {
		at := addr + i*size
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		if !d.sfetch(at, e, exiting, mode == sarrayIgnoreErr) {
			if i == 0 {
				d.ptr64(at)
				return false
			}
			d.b = append(d.b, "... /* "...)
			d.ptr64(at)
			d.b = append(d.b, " */"...)
			cut = true
			break
		}
		if i == 0 {
			d.b = append(d.b, '[')
		}
		if i >= limit {
			d.b = append(d.b, "..."...)
			cut = true
			i = n
			break
		}
		if !elem(e, i) {
			i = n
			break
		}
	}
	if truncated && !cut {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, ']')
	return i >= n
}

// serrnoNeg prints an int as strace's print_err(v, true): -ENOENT for a
// negated errno, else the number.
func (d *Decoder) serrnoNeg(v int32) {
	name := ""
	if v < 0 {
		name = syscalls.ErrnoName(uint64(-int64(v)))
	}
	if name == "" || d.Opts.Xlat != XlatAbbrev {
		d.si64(int64(v))
	}
	if name == "" || d.Opts.Xlat == XlatRaw {
		return
	}
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " /* -"...)
		d.b = append(d.b, name...)
		d.b = append(d.b, " */"...)
		return
	}
	d.b = append(d.b, '-')
	d.b = append(d.b, name...)
}

// stimespec64 prints a struct __kernel_timespec (64-bit fields whatever the
// ABI) as strace's print_timespec64, the address when it cannot be
// fetched.
func (d *Decoder) stimespec64(addr uint64, exiting, ignoreErr bool) {
	b := d.scratch(16)
	if !d.sfetchOrAddr(addr, b, exiting, ignoreErr) {
		return
	}
	d.b = append(d.b, "{tv_sec="...)
	d.si64(int64(le64(b)))
	d.b = append(d.b, ", tv_nsec="...)
	d.su64(le64(b[8:]))
	d.b = append(d.b, '}')
}

// stimespec prints the call's ABI's struct timespec (32-bit fields on
// i386's *_time32 calls) with strace's print_timespec rules.
func (d *Decoder) stimespec(addr uint64, exiting, ignoreErr bool, time64 bool) {
	if time64 || d.c.ABI.PointerSize() == 8 {
		d.stimespec64(addr, exiting, ignoreErr)
		return
	}
	b := d.scratch(8)
	if !d.sfetchOrAddr(addr, b, exiting, ignoreErr) {
		return
	}
	d.b = append(d.b, "{tv_sec="...)
	d.si64(int64(int32(le32(b))))
	d.b = append(d.b, ", tv_nsec="...)
	d.su64(uint64(le32(b[4:])))
	d.b = append(d.b, '}')
}

// ssigset prints a sigset_t pointer and size as strace's
// print_sigset_addr_len: the address when the size is not between a word
// and 8 bytes or the set cannot be fetched.
func (d *Decoder) ssigset(addr, size uint64, exiting, ignoreErr bool) {
	if size < uint64(d.c.ABI.PointerSize()) || size > sigsetMaxBytes {
		d.ptr64(addr)
		return
	}
	b := d.scratch(8)
	clear(b)
	if !d.sfetchOrAddr(addr, b[:size], exiting, ignoreErr) {
		return
	}
	d.sigmask(le64(b), int(size))
}

// ssigsetPack prints the {sigset_t *, size_t} pair of pselect6 and
// io_pgetevents as strace's print_kernel_sigset.
func (d *Decoder) ssigsetPack(addr uint64, exiting, ignoreErr bool) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(2 * ps)
	if !d.sfetchOrAddr(addr, b, exiting, ignoreErr) {
		return
	}
	set := d.pointerAt(b[:ps])
	size := d.pointerAt(b[ps:])
	d.b = append(d.b, "{sigmask="...)
	d.ssigset(set, size, exiting, ignoreErr)
	d.b = append(d.b, ", sigsetsize="...)
	d.su64(size)
	d.b = append(d.b, '}')
}

// sstrN prints n bytes at addr as strace's printstrn (a quoted string, -s
// applies), and NULL as NULL; n is a kernel_ulong_t.
func (d *Decoder) sstrN(addr, n uint64) {
	if d.sbig(addr) {
		d.ptr64(addr)
		return
	}
	d.buffer(addr, n)
}

// sbig reports whether addr, a 64-bit field of a struct, cannot be an
// address of the call's 32-bit ABI: strace prints such an address whole
// (the read fails).
func (d *Decoder) sbig(addr uint64) bool { return d.c.ABI.PointerSize() == 4 && addr>>32 != 0 }

// scstring64 prints the string a 64-bit struct field points to.
func (d *Decoder) scstring64(addr uint64) {
	if d.sbig(addr) {
		d.ptr64(addr)
		return
	}
	d.cstring(addr)
}

// spath64 prints the path a 64-bit struct field points to.
func (d *Decoder) spath64(addr uint64) {
	if d.sbig(addr) {
		d.ptr64(addr)
		return
	}
	d.path(addr)
}

// keySerial prints a key serial number as strace: a special one by name,
// others in decimal.
func (d *Decoder) keySerial(v uint64) { d.senumD(syscalls.KeySpecs, int64(int32(v))) }

func init() {
	specials.add([]namedSpecial{
		{"syslog", decodeSyslog},
		{"reboot", decodeReboot},
		{"sethostname", decodeSethostname},
		{"setdomainname", decodeSethostname},
		{"swapon", decodeSwapon},
		{"kexec_load", decodeKexecLoad},
		{"kexec_file_load", decodeKexecFileLoad},
		{"seccomp", decodeSeccomp},
		{"landlock_create_ruleset", decodeLandlockCreateRuleset},
		{"landlock_add_rule", decodeLandlockAddRule},
		{"landlock_restrict_self", decodeLandlockRestrictSelf},
		{"add_key", decodeAddKey},
		{"request_key", decodeRequestKey},
		{"keyctl", decodeKeyctl},
		{"lookup_dcookie", decodeLookupDcookie},
		{"modify_ldt", decodeModifyLdt},
		{"_sysctl", decodeSysctl},
		{"lsm_get_self_attr", decodeLsmGetSelfAttr},
		{"lsm_set_self_attr", decodeLsmSetSelfAttr},
		{"lsm_list_modules", decodeLsmListModules},
	}...)
	registerStruct(syscalls.KexecSegments, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.kexecSegments(addr, d.ulong(d.lenArg(a)), exiting)
	})
	registerStruct(syscalls.SockFprog, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.seccompFprog(addr, exiting)
	})
	registerStruct(syscalls.LandlockRulesetAttr, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.landlockRulesetAttr(addr, d.ulong(d.lenArg(a)))
	})
	registerStruct(syscalls.UserDesc, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.userDesc(addr, exiting)
	})
	registerStruct(syscalls.SysctlArgs, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.sysctlArgs(addr, exiting)
	})
}

// syslog(type, buf, len): the type as a number and a name; the buffer at
// exit for the reading actions.
func decodeSyslog(d *Decoder, exiting bool) bool {
	const (
		actionRead         = 2
		actionReadAll      = 3
		actionReadClear    = 4
		actionConsoleLevel = 8
	)
	typ := int32(d.c.Args[0])
	length := int32(d.c.Args[2])
	if !exiting {
		d.senumVerboseD(syscalls.SyslogActions, typ)
	}
	switch typ {
	case 0, 1, 5, 6, 7, 9, 10:
		return true
	case actionRead, actionReadAll, actionReadClear:
		if !exiting {
			return false
		}
		d.sep()
		if d.c.Failed {
			d.ptr64(d.ulong(d.c.Args[1]))
		} else {
			d.sstrN(d.ulong(d.c.Args[1]), uint64(d.c.Ret))
		}
		d.sep()
		d.si64(int64(length))
		return true
	case actionConsoleLevel:
		d.sep()
		d.ptr64(d.ulong(d.c.Args[1]))
		d.sep()
		d.senumVerboseD(syscalls.SyslogConsoleLevels, length)
		return true
	}
	d.sep()
	d.ptr64(d.ulong(d.c.Args[1]))
	d.sep()
	d.si64(int64(length))
	return true
}

// reboot(magic1, magic2, cmd, arg): the argument only for
// LINUX_REBOOT_CMD_RESTART2, a string of at most 255 bytes.
func decodeReboot(d *Decoder, exiting bool) bool {
	const cmdRestart2 = 0xa1b2c3d4
	d.enum(syscalls.RebootMagic1, uint64(uint32(d.c.Args[0])))
	d.sep()
	d.enum(syscalls.RebootMagic2, uint64(uint32(d.c.Args[1])))
	d.sep()
	cmd := uint32(d.c.Args[2])
	d.enum(syscalls.RebootCmds, uint64(cmd))
	if cmd == cmdRestart2 {
		d.sep()
		d.scstr0(d.ulong(d.c.Args[3]), 255)
	}
	return true
}

// newUTSLen is __NEW_UTS_LEN: a longer host name prints as its address.
const newUTSLen = 64

// sethostname(name, len) and setdomainname(name, len).
func decodeSethostname(d *Decoder, exiting bool) bool {
	n := uint32(d.c.Args[1])
	if n > newUTSLen {
		d.ptr(d.c.Args[0])
	} else {
		d.sstrN(d.ulong(d.c.Args[0]), uint64(n))
	}
	d.sep()
	d.su64(uint64(n))
	return true
}

// swapon(path, flags): the flags, then the priority in decimal.
func decodeSwapon(d *Decoder, exiting bool) bool {
	const prioMask = 0x7fff
	flags := uint32(d.c.Args[1])
	prio := flags & prioMask
	flags &^= prioMask
	d.path(d.c.Args[0])
	d.sep()
	if flags != 0 {
		d.flags(syscalls.SwapFlags, uint64(flags))
		d.b = append(d.b, '|')
	}
	d.su64(uint64(prio))
	return true
}

// kexecSegmentMax is KEXEC_SEGMENT_MAX: strace shows more segments as
// the address.
const kexecSegmentMax = 16

// kexecSegments prints an array of struct kexec_segment.
func (d *Decoder) kexecSegments(addr, n uint64, exiting bool) {
	if n > kexecSegmentMax {
		d.ptr64(addr)
		return
	}
	ps := uint64(d.c.ABI.PointerSize())
	d.sarray(addr, n, 4*ps, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.b = append(d.b, "{buf="...)
		d.ptr64(d.pointerAt(b[:ps]))
		d.b = append(d.b, ", bufsz="...)
		d.su64(d.pointerAt(b[ps : 2*ps]))
		d.b = append(d.b, ", mem="...)
		d.ptr64(d.pointerAt(b[2*ps : 3*ps]))
		d.b = append(d.b, ", memsz="...)
		d.su64(d.pointerAt(b[3*ps : 4*ps]))
		d.b = append(d.b, '}')
		return true
	})
}

// kexec_load(entry, nr_segments, segments, flags): the flags' architecture
// then the other bits.
func decodeKexecLoad(d *Decoder, exiting bool) bool {
	const archMask = 0xffff0000
	d.ptr(d.c.Args[0])
	d.sep()
	n := d.ulong(d.c.Args[1])
	d.su64(n)
	d.sep()
	d.kexecSegments(d.ulong(d.c.Args[2]), n, false)
	d.sep()
	flags := d.ulong(d.c.Args[3])
	d.enum(syscalls.KexecArches, flags&archMask)
	if rest := flags &^ archMask; rest != 0 {
		d.b = append(d.b, '|')
		d.flags(syscalls.KexecLoadFlags, rest)
	}
	return true
}

// kexec_file_load(kernel_fd, initrd_fd, cmdline_len, cmdline, flags).
func decodeKexecFileLoad(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	d.fd(d.c.Args[1])
	d.sep()
	n := d.ulong(d.c.Args[2])
	d.su64(n)
	d.sep()
	d.sstrN(d.ulong(d.c.Args[3]), n)
	d.sep()
	d.flags(syscalls.KexecFileLoadFlags, d.ulong(d.c.Args[4]))
	return true
}

// seccomp operations with arguments of their own.
const (
	seccompSetModeFilter  = 1
	seccompGetActionAvail = 2
	seccompGetNotifSizes  = 3
	seccompRetActionFull  = 0xffff0000
)

// seccomp(op, flags, args): a filter as {len=N, filter=0x...} (its
// instructions with -v), an action as [SECCOMP_RET_LOG], the notification
// sizes at exit.
func decodeSeccomp(d *Decoder, exiting bool) bool {
	op := uint32(d.c.Args[0])
	flags := uint32(d.c.Args[1])
	addr := d.ulong(d.c.Args[2])
	if !exiting {
		d.enum(syscalls.SeccompOps, uint64(op))
		d.sep()
	}
	switch op {
	case seccompGetActionAvail:
		d.hex(uint64(flags))
		d.sep()
		b := d.scratch(4)
		if d.sfetchOrAddr(addr, b, false, false) {
			d.b = append(d.b, '[')
			d.enum(syscalls.SeccompRetActions, uint64(le32(b)))
			d.b = append(d.b, ']')
		}
	case seccompGetNotifSizes:
		if !exiting {
			d.hex(uint64(flags))
			d.sep()
			return false
		}
		b := d.scratch(6)
		if d.sfetchOrAddr(addr, b, true, false) {
			d.b = append(d.b, "{seccomp_notif="...)
			d.su64(uint64(uint16(b[0]) | uint16(b[1])<<8))
			d.b = append(d.b, ", seccomp_notif_resp="...)
			d.su64(uint64(uint16(b[2]) | uint16(b[3])<<8))
			d.b = append(d.b, ", seccomp_data="...)
			d.su64(uint64(uint16(b[4]) | uint16(b[5])<<8))
			d.b = append(d.b, '}')
		}
	case seccompSetModeFilter:
		d.flags(syscalls.SeccompFilterFlags, uint64(flags))
		d.sep()
		d.seccompFprog(addr, false)
	default:
		d.hex(uint64(flags))
		d.sep()
		d.ptr64(addr)
	}
	return true
}

// seccompFprog prints struct sock_fprog with a seccomp program: {len=2,
// filter=0x...}, the instructions with -v.
func (d *Decoder) seccompFprog(addr uint64, exiting bool) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(2 * ps)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	n := uint64(uint16(b[0]) | uint16(b[1])<<8)
	filter := d.pointerAt(b[ps : 2*ps])
	d.b = append(d.b, "{len="...)
	d.su64(n)
	d.b = append(d.b, ", filter="...)
	if !d.Opts.Verbose {
		d.ptr64(filter)
	} else {
		count := 0
		d.sarray(filter, n, 8, exiting, sarrayFetch, false, func(e []byte, _ uint64) bool {
			if count >= seccompMaxInsns {
				d.b = append(d.b, "..."...)
				return false
			}
			count++
			d.seccompInsn(e)
			return true
		})
	}
	d.b = append(d.b, '}')
}

// seccompMaxInsns is BPF_MAXINSNS: strace shows no more instructions.
const seccompMaxInsns = 4096

// Classic BPF instruction classes.
const (
	cbpfLD   = 0
	cbpfLDX  = 1
	cbpfST   = 2
	cbpfSTX  = 3
	cbpfALU  = 4
	cbpfJMP  = 5
	cbpfRET  = 6
	cbpfMISC = 7
)

// seccompInsn prints a classic BPF instruction of a seccomp filter as
// BPF_STMT(code, k) or BPF_JUMP(code, k, jt, jf).
func (d *Decoder) seccompInsn(e []byte) {
	code := uint16(e[0]) | uint16(e[1])<<8
	jt, jf := e[2], e[3]
	k := le32(e[4:])
	if jt != 0 || jf != 0 {
		d.b = append(d.b, "BPF_JUMP("...)
		d.cbpfCode(code)
		d.sep()
		d.hex(uint64(k))
		d.sep()
		d.hex(uint64(jt))
		d.sep()
		d.hex(uint64(jf))
		d.b = append(d.b, ')')
		return
	}
	d.b = append(d.b, "BPF_STMT("...)
	d.cbpfCode(code)
	d.sep()
	if code&7 == cbpfRET {
		action := k & seccompRetActionFull
		d.enum(syscalls.SeccompRetActions, uint64(action))
		if data := k &^ action; data != 0 {
			d.b = append(d.b, '|')
			d.hex(uint64(data))
		}
	} else {
		d.hex(uint64(k))
	}
	d.b = append(d.b, ')')
}

// cbpfCode prints a classic BPF instruction's code as strace's
// print_bpf_filter_code: BPF_LD|BPF_W|BPF_ABS.
func (d *Decoder) cbpfCode(code uint16) {
	class := uint64(code & 7)
	rest := uint64(code &^ 7)
	unknown := func(v uint64) {
		d.b = append(d.b, '|')
		d.hex(v)
		d.b = append(d.b, " /* BPF_??? */"...)
	}
	d.enum(syscalls.BpfClasses, class)
	switch class {
	case cbpfST, cbpfSTX:
		if rest != 0 {
			unknown(rest)
		}
	case cbpfLD, cbpfLDX:
		d.b = append(d.b, '|')
		d.enum(syscalls.BpfSizes, uint64(code&0x18))
		d.b = append(d.b, '|')
		d.enum(syscalls.BpfModes, uint64(code&0xe0))
	case cbpfMISC:
		op := uint64(code & 0xf8)
		d.b = append(d.b, '|')
		d.enum(syscalls.BpfMiscOps, op)
		if rest &^= op; rest != 0 {
			unknown(rest)
		}
	case cbpfALU, cbpfJMP:
		d.b = append(d.b, '|')
		d.enum(syscalls.BpfSrcs, uint64(code&0x08))
		d.b = append(d.b, '|')
		ops := syscalls.BpfAluOps
		if class == cbpfJMP {
			ops = syscalls.BpfJmpOps
		}
		d.enum(ops, uint64(code&0xf0))
	case cbpfRET:
		rval := uint64(code & 0x18)
		d.b = append(d.b, '|')
		d.enum(syscalls.BpfRvals, rval)
		if rest &^= rval; rest != 0 {
			unknown(rest)
		}
	}
}

// landlockRulesetAttr prints struct landlock_ruleset_attr of size bytes:
// {handled_access_fs=...}, with "..." when it is larger than strace knows.
func (d *Decoder) landlockRulesetAttr(addr, size uint64) {
	const known = 8
	if size < known {
		d.ptr64(addr)
		return
	}
	b := d.scratch(known)
	if !d.sfetchOrAddr(addr, b, false, false) {
		return
	}
	d.b = append(d.b, "{handled_access_fs="...)
	d.flags(syscalls.LandlockAccessFs, le64(b))
	if size > known {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// landlock_create_ruleset(attr, size, flags): a descriptor, or with
// LANDLOCK_CREATE_RULESET_VERSION the ABI version.
func decodeLandlockCreateRuleset(d *Decoder, exiting bool) bool {
	const createRulesetVersion = 1
	size := d.ulong(d.c.Args[1])
	flags := uint32(d.c.Args[2])
	if exiting {
		// Only reached when the return value must be a number.
		d.setReturn(syscalls.RetInt)
		return true
	}
	d.landlockRulesetAttr(d.ulong(d.c.Args[0]), size)
	d.sep()
	d.su64(size)
	d.sep()
	d.flags(syscalls.LandlockCreateRulesetFlags, uint64(flags))
	return flags&createRulesetVersion == 0
}

// landlock_add_rule(ruleset_fd, rule_type, rule_attr, flags).
func decodeLandlockAddRule(d *Decoder, exiting bool) bool {
	const rulePathBeneath = 1
	d.fd(d.c.Args[0])
	d.sep()
	typ := uint32(d.c.Args[1])
	d.enum(syscalls.LandlockRuleTypes, uint64(typ))
	d.sep()
	addr := d.ulong(d.c.Args[2])
	if typ == rulePathBeneath {
		b := d.scratch(12)
		if d.sfetchOrAddr(addr, b, false, false) {
			d.b = append(d.b, "{allowed_access="...)
			d.flags(syscalls.LandlockAccessFs, le64(b))
			d.b = append(d.b, ", parent_fd="...)
			d.fd(uint64(le32(b[8:])))
			d.b = append(d.b, '}')
		}
	} else {
		d.ptr64(addr)
	}
	d.sep()
	d.shex32(d.c.Args[3])
	return true
}

// landlock_restrict_self(ruleset_fd, flags).
func decodeLandlockRestrictSelf(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	d.shex32(d.c.Args[1])
	return true
}

// add_key(type, description, payload, plen, keyring).
func decodeAddKey(d *Decoder, exiting bool) bool {
	d.cstring(d.c.Args[0])
	d.sep()
	d.cstring(d.c.Args[1])
	d.sep()
	n := d.ulong(d.c.Args[3])
	d.sstrN(d.ulong(d.c.Args[2]), n)
	d.sep()
	d.su64(n)
	d.sep()
	d.keySerial(d.c.Args[4])
	return true
}

// request_key(type, description, callout_info, keyring).
func decodeRequestKey(d *Decoder, exiting bool) bool {
	for i := 0; i < 3; i++ {
		d.cstring(d.c.Args[i])
		d.sep()
	}
	d.keySerial(d.c.Args[3])
	return true
}

// keyctl commands with arguments of their own.
const (
	keyctlGetKeyringID       = 0
	keyctlJoinSessionKeyring = 1
	keyctlUpdate             = 2
	keyctlRevoke             = 3
	keyctlChown              = 4
	keyctlSetperm            = 5
	keyctlDescribe           = 6
	keyctlClear              = 7
	keyctlLink               = 8
	keyctlUnlink             = 9
	keyctlSearch             = 10
	keyctlRead               = 11
	keyctlInstantiate        = 12
	keyctlNegate             = 13
	keyctlSetReqkeyKeyring   = 14
	keyctlSetTimeout         = 15
	keyctlAssumeAuthority    = 16
	keyctlGetSecurity        = 17
	keyctlSessionToParent    = 18
	keyctlReject             = 19
	keyctlInstantiateIov     = 20
	keyctlInvalidate         = 21
	keyctlGetPersistent      = 22
	keyctlDHCompute          = 23
	keyctlPkeyQuery          = 24
	keyctlPkeyEncrypt        = 25
	keyctlPkeyDecrypt        = 26
	keyctlPkeySign           = 27
	keyctlPkeyVerify         = 28
	keyctlRestrictKeyring    = 29
	keyctlMove               = 30
	keyctlCapabilities       = 31
)

// keyctl(cmd, arg2, arg3, arg4, arg5): the arguments as the command says,
// as strace's keyctl.c.
func decodeKeyctl(d *Decoder, exiting bool) bool {
	cmd := int32(d.c.Args[0])
	a2, a3, a4, a5 := d.ulong(d.c.Args[1]), d.ulong(d.c.Args[2]), d.ulong(d.c.Args[3]), d.ulong(d.c.Args[4])
	if !exiting {
		d.enum(syscalls.KeyctlCmds, uint64(uint32(cmd)))
		if cmd != keyctlSessionToParent {
			d.sep()
		}
	}
	switch cmd {
	case keyctlGetKeyringID:
		d.keySerial(a2)
		d.sep()
		d.si32(a3)
	case keyctlJoinSessionKeyring:
		d.cstring(a2)
	case keyctlUpdate:
		d.keySerial(a2)
		d.sep()
		d.sstrN(a3, a4)
		d.sep()
		d.su64(a4)
	case keyctlRevoke, keyctlClear, keyctlInvalidate, keyctlAssumeAuthority:
		d.keySerial(a2)
	case keyctlLink, keyctlUnlink:
		d.keySerial(a2)
		d.sep()
		d.keySerial(a3)
	case keyctlDescribe, keyctlRead, keyctlGetSecurity:
		if !exiting {
			d.keySerial(a2)
			d.sep()
			return false
		}
		if d.c.Failed {
			d.ptr64(a3)
		} else {
			n := uint64(d.c.Ret)
			if d.c.Ret >= 0 && n > a4 {
				n = a4
			}
			d.bufferEx(a3, n, false, cmd != keyctlRead)
		}
		d.sep()
		d.su64(a4)
	case keyctlSearch:
		d.keySerial(a2)
		d.sep()
		d.cstring(a3)
		d.sep()
		d.cstring(a4)
		d.sep()
		d.keySerial(a5)
	case keyctlChown:
		d.keySerial(a2)
		d.sep()
		d.id(uint32(a3))
		d.sep()
		d.id(uint32(a4))
	case keyctlSetperm:
		d.keySerial(a2)
		d.sep()
		d.flags(syscalls.KeyPerms, uint64(uint32(a3)))
	case keyctlInstantiate:
		d.keySerial(a2)
		d.sep()
		d.sstrN(a3, a4)
		d.sep()
		d.su64(a4)
		d.sep()
		d.keySerial(a5)
	case keyctlNegate:
		d.keySerial(a2)
		d.sep()
		d.su32(a3)
		d.sep()
		d.keySerial(a4)
	case keyctlSetReqkeyKeyring:
		d.senumD(syscalls.KeyReqkeyDefaults, int64(int32(a2)))
	case keyctlSetTimeout:
		d.keySerial(a2)
		d.sep()
		d.su32(a3)
	case keyctlSessionToParent:
	case keyctlReject:
		d.keySerial(a2)
		d.sep()
		d.su32(a3)
		d.sep()
		d.serrno(uint32(a4))
		d.sep()
		d.keySerial(a5)
	case keyctlInstantiateIov:
		d.keySerial(a2)
		d.sep()
		d.siovecs(a3, a4, true)
		d.sep()
		d.su64(a4)
		d.sep()
		d.keySerial(a5)
	case keyctlGetPersistent:
		d.id(uint32(a2))
		d.sep()
		d.keySerial(a3)
	case keyctlDHCompute:
		return d.keyctlDHCompute(a2, a3, a4, a5, exiting)
	case keyctlPkeyQuery:
		if !exiting {
			d.keySerial(a2)
			d.sep()
			d.hex(a3)
			d.sep()
			d.cstring(a4)
			d.sep()
			return false
		}
		d.pkeyQuery(a5)
	case keyctlPkeyEncrypt, keyctlPkeyDecrypt, keyctlPkeySign:
		return d.keyctlPkeyOp(a2, a3, a4, a5, true, exiting)
	case keyctlPkeyVerify:
		d.keyctlPkeyOp(a2, a3, a4, a5, false, exiting)
	case keyctlRestrictKeyring:
		d.keySerial(a2)
		d.sep()
		d.cstring(a3)
		d.sep()
		d.cstring(a4)
	case keyctlMove:
		d.keySerial(a2)
		d.sep()
		d.keySerial(a3)
		d.sep()
		d.keySerial(a4)
		d.sep()
		d.flags(syscalls.KeyctlMoveFlags, uint64(uint32(a5)))
	case keyctlCapabilities:
		if !exiting {
			return false
		}
		if d.c.Failed {
			d.ptr64(a2)
		} else {
			pos := 0
			d.sarray(a2, min(a3, uint64(d.c.Ret)), 1, true, sarrayFetch, false, func(b []byte, _ uint64) bool {
				switch pos {
				case 0:
					d.flags(syscalls.KeyctlCaps0, uint64(b[0]))
				case 1:
					d.flags(syscalls.KeyctlCaps1, uint64(b[0]))
				default:
					d.hex(uint64(b[0]))
				}
				pos++
				return true
			})
		}
		d.sep()
		d.su64(a3)
	default:
		d.hex(a2)
		d.sep()
		d.hex(a3)
		d.sep()
		d.hex(a4)
		d.sep()
		d.hex(a5)
	}
	return true
}

// serrno prints an error number by name, or in decimal (strace's
// print_err(err, false)).
func (d *Decoder) serrno(e uint32) {
	name := syscalls.ErrnoName(uint64(e))
	if name == "" || d.Opts.Xlat != XlatAbbrev {
		d.su64(uint64(e))
	}
	if name == "" || d.Opts.Xlat == XlatRaw {
		return
	}
	if d.Opts.Xlat == XlatVerbose {
		d.xlatComment(name)
		return
	}
	d.b = append(d.b, name...)
}

// sspareArray prints the __spare words of a keyctl struct when one of them
// is not zero.
func (d *Decoder) sspareArray(b []byte, n int) {
	for i := 0; i < n; i++ {
		if le32(b[4*i:]) != 0 {
			var w [10]uint32
			for j := 0; j < n; j++ {
				w[j] = le32(b[4*j:])
			}
			d.b = append(d.b, ", __spare="...)
			d.localArray(n, func(j int) { d.hex(uint64(w[j])) })
			return
		}
	}
}

// keyctlDHCompute prints KEYCTL_DH_COMPUTE's arguments: the parameters at
// entry, the result and the KDF parameters at exit.
func (d *Decoder) keyctlDHCompute(params, buf, length, kdf uint64, exiting bool) bool {
	if !exiting {
		b := d.scratch(12)
		if d.sfetchOrAddr(params, b, false, false) {
			var ids [3]uint32
			for i := range ids {
				ids[i] = le32(b[4*i:])
			}
			d.b = append(d.b, "{private="...)
			d.keySerial(uint64(ids[0]))
			d.b = append(d.b, ", prime="...)
			d.keySerial(uint64(ids[1]))
			d.b = append(d.b, ", base="...)
			d.keySerial(uint64(ids[2]))
			d.b = append(d.b, '}')
		}
		d.sep()
		return false
	}
	if d.c.Failed {
		d.ptr64(buf)
	} else {
		n := uint64(d.c.Ret)
		if d.c.Ret >= 0 && n > length {
			n = length
		}
		d.sstrN(buf, n)
	}
	d.sep()
	d.su64(length)
	d.sep()
	ps := d.c.ABI.PointerSize()
	size := 2*ps + 4 + 32
	if ps == 8 {
		size += 4
	}
	b := d.scratch(size)
	if !d.readQuiet(kdf, b) {
		d.ptr64(kdf)
		return true
	}
	hashname := d.pointerAt(b[:ps])
	otherinfo := d.pointerAt(b[ps : 2*ps])
	olen := le32(b[2*ps:])
	var spare [8]uint32
	for i := range spare {
		spare[i] = le32(b[2*ps+4+4*i:])
	}
	d.b = append(d.b, "{hashname="...)
	d.cstring(hashname)
	d.b = append(d.b, ", otherinfo="...)
	if olen != 0 {
		d.sstrN(otherinfo, uint64(olen))
	} else {
		d.ptr64(otherinfo)
	}
	d.b = append(d.b, ", otherinfolen="...)
	d.su64(uint64(olen))
	for _, w := range spare {
		if w != 0 {
			d.b = append(d.b, ", __spare="...)
			d.localArray(len(spare), func(j int) { d.hex(uint64(spare[j])) })
			break
		}
	}
	d.b = append(d.b, '}')
	return true
}

// pkeyQuery prints struct keyctl_pkey_query at exit.
func (d *Decoder) pkeyQuery(addr uint64) {
	b := d.scratch(56)
	if !d.sfetchOrAddr(addr, b, true, false) {
		return
	}
	d.b = append(d.b, "{supported_ops="...)
	d.flags(syscalls.KeyctlPkeyOps, uint64(le32(b)))
	d.b = append(d.b, ", key_size="...)
	d.su64(uint64(le32(b[4:])))
	for i, n := range [...]string{"max_data_size", "max_sig_size", "max_enc_size", "max_dec_size"} {
		d.b = append(d.b, ", "...)
		d.b = append(d.b, n...)
		d.b = append(d.b, '=')
		d.su64(uint64(uint16(b[8+2*i]) | uint16(b[9+2*i])<<8))
	}
	d.sspareArray(b[16:], 10)
	d.b = append(d.b, '}')
}

// keyctlPkeyOp prints the public key operations' arguments: the
// parameters, the info string, the input, and (encrypt, decrypt, sign)
// the output at exit or (verify) the second input.
func (d *Decoder) keyctlPkeyOp(params, info, op1, op2 uint64, out, exiting bool) bool {
	if exiting {
		if d.c.Failed {
			d.ptr64(op2)
		} else {
			d.sstrN(op2, d.c.Saved[0])
		}
		return true
	}
	b := d.scratch(40)
	ok := d.sfetchOrAddr(params, b, false, false)
	var inLen, len2 uint32
	if ok {
		id := le32(b)
		inLen, len2 = le32(b[4:]), le32(b[8:])
		var spare [7]uint32
		for i := range spare {
			spare[i] = le32(b[12+4*i:])
		}
		d.b = append(d.b, "{key_id="...)
		d.keySerial(uint64(id))
		d.b = append(d.b, ", in_len="...)
		d.su64(uint64(inLen))
		if out {
			d.b = append(d.b, ", out_len="...)
		} else {
			d.b = append(d.b, ", in2_len="...)
		}
		d.su64(uint64(len2))
		for _, w := range spare {
			if w != 0 {
				d.b = append(d.b, ", __spare="...)
				d.localArray(len(spare), func(j int) { d.hex(uint64(spare[j])) })
				break
			}
		}
		d.b = append(d.b, '}')
		if out {
			d.c.Saved[0] = uint64(len2)
		}
	}
	d.sep()
	d.cstring(info)
	d.sep()
	if ok {
		d.sstrN(op1, uint64(inLen))
	} else {
		d.ptr64(op1)
	}
	d.sep()
	if !out || !ok {
		if ok {
			d.sstrN(op2, uint64(len2))
		} else {
			d.ptr64(op2)
		}
	}
	return !(ok && out)
}

// lookup_dcookie(cookie, buffer, len): all at exit, the 64-bit cookie in
// two registers on i386.
func decodeLookupDcookie(d *Decoder, exiting bool) bool {
	if !exiting {
		return false
	}
	n := 1
	cookie := d.c.Args[0]
	if d.c.ABI.PointerSize() == 4 {
		cookie = uint64(uint32(d.c.Args[0])) | uint64(uint32(d.c.Args[1]))<<32
		n = 2
	}
	d.su64(cookie)
	d.sep()
	if d.c.Failed {
		d.ptr(d.c.Args[n])
	} else {
		d.sstrN(d.ulong(d.c.Args[n]), uint64(d.c.Ret))
	}
	d.sep()
	d.su64(d.ulong(d.c.Args[n+1]))
	return true
}

// userDescSize is sizeof(struct user_desc).
const userDescSize = 16

// userDesc prints struct user_desc.
func (d *Decoder) userDesc(addr uint64, exiting bool) {
	b := d.scratch(userDescSize)
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	bits := le32(b[12:])
	d.b = append(d.b, "{entry_number="...)
	d.id(le32(b))
	d.b = append(d.b, ", base_addr="...)
	d.shex0(uint64(le32(b[4:])), 8)
	d.b = append(d.b, ", limit="...)
	d.shex0(uint64(le32(b[8:])), 8)
	for i, n := range [...]string{"seg_32bit", "contents", "read_exec_only", "limit_in_pages", "seg_not_present", "useable"} {
		shift := i
		width := uint32(1)
		if i > 1 {
			shift = i + 1
		}
		if i == 1 {
			width = 3
		}
		d.b = append(d.b, ", "...)
		d.b = append(d.b, n...)
		d.b = append(d.b, '=')
		d.su64(uint64(bits >> shift & width))
	}
	if d.c.ABI.PointerSize() == 8 {
		d.b = append(d.b, ", lm="...)
		d.su64(uint64(bits >> 7 & 1))
	}
	d.b = append(d.b, '}')
}

// modify_ldt(func, ptr, bytecount): the descriptor when the count is its
// size. The kernel returns an int in a long on x86_64: strace takes
// values from 0xfffff000 as errors, and so does this (in the return value's
// note: the call is not marked failed).
func decodeModifyLdt(d *Decoder, exiting bool) bool {
	if !exiting {
		d.si32(d.c.Args[0])
		d.sep()
		n := d.ulong(d.c.Args[2])
		if n != userDescSize {
			d.ptr(d.c.Args[1])
		} else {
			d.userDesc(d.ulong(d.c.Args[1]), false)
		}
		d.sep()
		d.su64(n)
		return false
	}
	if !d.c.Failed && d.c.ABI != syscalls.I386 && uint64(d.c.Ret) >= 0xfffff000 {
		// strace then prints the value with the error: "=
		// 4294967274 EINVAL (Invalid argument)".
		if e := uint64(-uint32(d.c.Ret)); e != 0 {
			if name := syscalls.ErrnoName(e); name != "" {
				d.retNote = append(d.retNote, name...)
				d.retNote = append(d.retNote, " ("...)
				d.retNote = append(d.retNote, errnoText(e)...)
				d.retNote = append(d.retNote, ')')
			} else {
				d.retNote = append(d.retNote, "(errno "...)
				d.retNote = strconv.AppendUint(d.retNote, e, 10)
				d.retNote = append(d.retNote, ')')
			}
		}
	}
	return true
}

// sysctlArgs prints struct __sysctl_args.
func (d *Decoder) sysctlArgs(addr uint64, exiting bool) {
	// Six fields and four unused longs.
	ps := d.c.ABI.PointerSize()
	b := d.buf[:10*ps]
	if !d.sfetchOrAddr(addr, b, exiting, false) {
		return
	}
	w := func(i int) uint64 { return d.pointerAt(b[i*ps : (i+1)*ps]) }
	d.b = append(d.b, "{name="...)
	d.ptr64(w(0))
	d.b = append(d.b, ", nlen="...)
	d.si32(uint64(le32(b[ps:])))
	d.b = append(d.b, ", oldval="...)
	d.ptr64(w(2))
	d.b = append(d.b, ", oldlenp="...)
	d.ptr64(w(3))
	d.b = append(d.b, ", newval="...)
	d.ptr64(w(4))
	d.b = append(d.b, ", newlen="...)
	d.su64(w(5))
	d.b = append(d.b, '}')
}

// _sysctl(args).
func decodeSysctl(d *Decoder, exiting bool) bool {
	d.sysctlArgs(d.ulong(d.c.Args[0]), false)
	return true
}

// LSM calls (Linux 6.8), printed as strace 6.8 does.

// lsmCtxHeader is the size of struct lsm_ctx up to its ctx.
const lsmCtxHeader = 24

// lsmFlagSingle is LSM_FLAG_SINGLE.
const lsmFlagSingle = 1

// lsmID prints a security module's id: its name, or hex with no comment.
func (d *Decoder) lsmID(id uint64, comment bool) {
	if comment {
		d.enum(syscalls.LsmIds, id)
		return
	}
	if name := syscalls.LsmIds.Lookup(id); name != "" && d.Opts.Xlat == XlatAbbrev {
		d.b = append(d.b, name...)
		return
	}
	d.hex(id)
	if d.Opts.Xlat == XlatVerbose {
		d.xlatComment(syscalls.LsmIds.Lookup(id))
	}
}

// lsmCtx prints one struct lsm_ctx whose header is b, of a sequence of
// length bytes at addr.
func (d *Decoder) lsmCtx(b []byte, addr uint64, length uint32) {
	id, flags, clen, ctxLen := le64(b), le64(b[8:]), le32(b[16:]), le32(b[20:])
	d.b = append(d.b, "{id="...)
	d.lsmID(id, false)
	d.b = append(d.b, ", flags="...)
	d.hex(flags)
	d.b = append(d.b, ", len="...)
	d.su64(uint64(clen))
	d.b = append(d.b, ", ctx_len="...)
	d.su64(uint64(ctxLen))
	msg := min(clen, length)
	var room uint32
	if msg > lsmCtxHeader {
		room = msg - lsmCtxHeader
	}
	if n := min(ctxLen, room); n > 0 {
		d.b = append(d.b, ", ctx="...)
		d.bufferHex(addr+lsmCtxHeader, uint64(n), true)
	}
	d.b = append(d.b, '}')
}

// lsmCtxSequence prints the struct lsm_ctx sequence of length bytes at
// addr.
func (d *Decoder) lsmCtxSequence(addr uint64, length uint32, exiting bool) {
	seq := false
	for elt := 0; ; elt++ {
		b := d.scratch(lsmCtxHeader)
		if length < lsmCtxHeader || !d.sfetch(addr, b, exiting, false) {
			if seq {
				d.b = append(d.b, "... /* "...)
				d.ptr64(addr)
				d.b = append(d.b, " */"...)
			} else {
				d.ptr64(addr)
			}
			break
		}
		if !d.Opts.Verbose && elt == d.Opts.StringLimit || elt >= maxArray {
			d.b = append(d.b, "..."...)
			break
		}
		var h [lsmCtxHeader]byte
		copy(h[:], b)
		clen := le32(h[16:])
		var next uint64
		var nextLen uint32
		if clen >= lsmCtxHeader {
			if length >= clen {
				nextLen = length - clen
			}
			if nextLen > 0 && addr+uint64(clen) > addr {
				next = addr + uint64(clen)
			}
		}
		if !seq {
			d.b = append(d.b, '[')
			seq = true
		}
		d.lsmCtx(h[:], addr, length)
		if next == 0 {
			break
		}
		d.b = append(d.b, ", "...)
		addr, length = next, nextLen
	}
	if seq {
		d.b = append(d.b, ']')
	}
}

// lsmSizeFlags prints the size pointer and the flags of the LSM calls
// when their context cannot be decoded.
func (d *Decoder) lsmSizeFlags(sizeAddr uint64, flags uint32, raw, exiting bool) {
	d.sep()
	b := d.scratch(4)
	if d.sfetchOrAddr(sizeAddr, b, exiting, false) {
		d.b = append(d.b, '[')
		d.su64(uint64(le32(b)))
		d.b = append(d.b, ']')
	}
	d.sep()
	if raw {
		d.hex(uint64(flags))
	} else {
		d.flags(syscalls.LsmFlags, uint64(flags))
	}
}

// lsmSizeChange prints the size the call read and, if it changed, what it
// wrote: [64 => 32].
func (d *Decoder) lsmSizeChange(size uint32) {
	saved := uint32(d.c.Saved[0])
	d.b = append(d.b, '[')
	d.su64(uint64(saved))
	if saved != size {
		d.b = append(d.b, " => "...)
		d.su64(uint64(size))
	}
	d.b = append(d.b, ']')
}

// lsm_get_self_attr(attr, ctx, size, flags).
func decodeLsmGetSelfAttr(d *Decoder, exiting bool) bool {
	ctx, sizeAddr := d.ulong(d.c.Args[1]), d.ulong(d.c.Args[2])
	flags := uint32(d.c.Args[3])
	single := flags&lsmFlagSingle != 0
	b := d.scratch(lsmCtxHeader)
	if !exiting {
		d.enum(syscalls.LsmAttrs, uint64(uint32(d.c.Args[0])))
		d.sep()
		ok := d.sfetch(sizeAddr, b[:4], false, false)
		size := le32(b)
		if ok && single {
			ok = d.sfetch(ctx, b, false, false)
		}
		if !ok {
			d.ptr64(ctx)
			d.lsmSizeFlags(sizeAddr, flags, false, false)
			return true
		}
		d.c.Saved[0] = uint64(size)
		if single {
			d.b = append(d.b, "{id="...)
			d.lsmID(le64(b), false)
			d.b = append(d.b, '}')
		}
		return false
	}
	if !d.sfetch(sizeAddr, b[:4], true, true) {
		if !single {
			d.ptr64(ctx)
		}
		d.lsmSizeFlags(sizeAddr, flags, false, true)
		return true
	}
	size := le32(b)
	if single {
		d.b = append(d.b, " => "...)
	}
	d.lsmCtxSequence(ctx, size, true)
	d.sep()
	d.lsmSizeChange(size)
	d.sep()
	d.flags(syscalls.LsmFlags, uint64(flags))
	return true
}

// lsm_set_self_attr(attr, ctx, size, flags).
func decodeLsmSetSelfAttr(d *Decoder, exiting bool) bool {
	d.enum(syscalls.LsmAttrs, uint64(uint32(d.c.Args[0])))
	d.sep()
	ctx := d.ulong(d.c.Args[1])
	size := uint32(d.c.Args[2])
	b := d.scratch(lsmCtxHeader)
	if size >= lsmCtxHeader && d.sfetch(ctx, b, false, false) {
		var h [lsmCtxHeader]byte
		copy(h[:], b)
		d.lsmCtx(h[:], ctx, size)
	} else {
		d.ptr64(ctx)
	}
	d.sep()
	d.su64(uint64(size))
	d.sep()
	d.hex(uint64(uint32(d.c.Args[3])))
	return true
}

// lsm_list_modules(ids, size, flags): all at exit.
func decodeLsmListModules(d *Decoder, exiting bool) bool {
	ids, sizeAddr := d.ulong(d.c.Args[0]), d.ulong(d.c.Args[1])
	flags := uint32(d.c.Args[2])
	b := d.scratch(4)
	if !exiting {
		if !d.sfetch(sizeAddr, b, false, false) {
			d.ptr64(ids)
			d.lsmSizeFlags(sizeAddr, flags, true, false)
			return true
		}
		d.c.Saved[0] = uint64(le32(b))
		return false
	}
	if !d.sfetch(sizeAddr, b, true, true) {
		d.ptr64(ids)
		d.lsmSizeFlags(sizeAddr, flags, true, true)
		return true
	}
	size := le32(b)
	d.sarray(ids, uint64(d.c.Ret), 8, true, sarrayFetch, false, func(e []byte, _ uint64) bool {
		d.lsmID(le64(e), true)
		return true
	})
	d.sep()
	d.lsmSizeChange(size)
	d.sep()
	d.hex(uint64(flags))
	return true
}

// struct perf_event_attr as strace 6.1 knows it.
const (
	perfAttrSizeVer0    = 64
	perfAttrSize        = 128
	perfAttrAbbrevSize  = 48 // up to wakeup_events
	perfTypeHardware    = 0
	perfTypeSoftware    = 1
	perfTypeTracepoint  = 2
	perfTypeHwCache     = 3
	perfTypeBreakpoint  = 5
	perfSampleBranchStk = 0x800
	perfSampleStackUser = 0x2000
	sysE2BIG            = 7
)

// perfFlagNames are the one-bit flags of perf_event_attr from bit 0, with
// precise_ip (two bits) at 15 left out.
var perfFlagNames = [...]string{"disabled", "inherit", "pinned", "exclusive", "exclude_user",
	"exclude_kernel", "exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat",
	"enable_on_exec", "task", "watermark", "", "", "mmap_data", "sample_id_all", "exclude_host",
	"exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user", "mmap2", "comm_exec",
	"use_clockid", "context_switch", "write_backward", "namespaces", "ksymbol", "bpf_event",
	"aux_output", "cgroup", "text_poke", "build_id", "inherit_thread", "remove_on_exec", "sigtrap"}

var perfPreciseIP = [...]string{"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid"}

// perfAttrReadSize returns how much of the struct perf_event_attr whose
// size field is size strace reads, or 0 when it prints the address.
func (d *Decoder) perfAttrReadSize(size uint32) uint32 {
	if size > perfAttrSize {
		size = perfAttrSize
	}
	if size == 0 {
		size = perfAttrSizeVer0
	}
	if size < perfAttrSizeVer0 {
		return 0
	}
	if !d.Opts.Verbose {
		size = perfAttrAbbrevSize
	}
	return size
}

// perf_event_open(attr, pid, cpu, group_fd, flags): strace reads the
// attributes at entry and prints the call at exit, with the size the
// kernel wanted when it failed with E2BIG. Attributes it cannot read make
// it print the call at entry, with their address.
func decodePerfEventOpen(d *Decoder, exiting bool) bool {
	addr := d.ulong(d.c.Args[0])
	if !exiting {
		b := d.scratch(4)
		size := uint32(0)
		ok := d.readQuiet(addr+4, b)
		if ok {
			size = d.perfAttrReadSize(le32(b))
			ok = size != 0
		}
		if ok {
			ok = d.sfetch(addr, d.buf[:size], false, false)
		}
		if ok {
			d.c.Saved[0] = uint64(le32(d.buf[4:]))
			return false
		}
		d.ptr64(addr)
	} else {
		d.perfEventAttr(addr, uint32(d.c.Saved[0]))
	}
	d.sep()
	d.si32(d.c.Args[1])
	d.sep()
	d.si32(d.c.Args[2])
	d.sep()
	d.fd(d.c.Args[3])
	d.sep()
	d.flags(syscalls.PerfEventOpenFlags, d.ulong(d.c.Args[4]))
	return true
}

// perfEventAttr prints struct perf_event_attr at exit, whose size field
// was sizeField at entry.
func (d *Decoder) perfEventAttr(addr uint64, sizeField uint32) {
	size := d.perfAttrReadSize(sizeField)
	b := d.buf[:perfAttrSize]
	clear(b)
	if size == 0 || !d.readQuiet(addr, b[:size]) {
		d.ptr64(addr)
		return
	}
	// The struct as the call read it.
	b[4], b[5], b[6], b[7] = byte(sizeField), byte(sizeField>>8), byte(sizeField>>16), byte(sizeField>>24)
	typ := le32(b)
	config := le64(b[8:])
	sampleType := le64(b[24:])
	bits := le64(b[40:])
	bit := func(i uint) bool { return bits>>i&1 != 0 }
	d.b = append(d.b, "{type="...)
	d.enum(syscalls.PerfTypeIds, uint64(typ))
	d.b = append(d.b, ", size="...)
	d.enum(syscalls.PerfAttrSizes, uint64(sizeField))
	if d.c.Failed && d.c.Errno() == sysE2BIG {
		d.b = append(d.b, " => "...)
		nb := d.scratch(4)
		if d.readQuiet(addr+4, nb) {
			d.enum(syscalls.PerfAttrSizes, uint64(le32(nb)))
		} else {
			d.b = append(d.b, "???"...)
		}
	}
	switch typ {
	case perfTypeHardware:
		d.b = append(d.b, ", config="...)
		if config>>32 != 0 {
			d.hex(config >> 32)
			d.b = append(d.b, "<<32|"...)
		}
		d.enum(syscalls.PerfHwIds, config&0xffffffff)
	case perfTypeSoftware:
		d.b = append(d.b, ", config="...)
		d.enum(syscalls.PerfSwIds, config)
	case perfTypeTracepoint:
		d.b = append(d.b, ", config="...)
		d.su64(config)
	case perfTypeHwCache:
		d.b = append(d.b, ", config="...)
		if config>>32 != 0 {
			d.hex(config >> 32)
			d.b = append(d.b, "<<32|"...)
		}
		if v := (config & 0xffffffff) >> 24; v != 0 {
			d.hex(v)
			d.b = append(d.b, "<<24|"...)
		}
		d.enum(syscalls.PerfHwCacheResultIds, config>>16&0xff)
		d.b = append(d.b, "<<16|"...)
		d.enum(syscalls.PerfHwCacheOpIds, config>>8&0xff)
		d.b = append(d.b, "<<8|"...)
		d.enum(syscalls.PerfHwCacheIds, config&0xff)
	default:
		d.b = append(d.b, ", config="...)
		d.hex(config)
	}
	if bit(10) {
		d.b = append(d.b, ", sample_freq="...)
	} else {
		d.b = append(d.b, ", sample_period="...)
	}
	d.su64(le64(b[16:]))
	d.b = append(d.b, ", sample_type="...)
	d.flags(syscalls.PerfSampleFormat, sampleType)
	d.b = append(d.b, ", read_format="...)
	d.flags(syscalls.PerfReadFormat, le64(b[32:]))
	flag := func(i uint) {
		if d.Opts.Verbose || bit(i) {
			d.b = append(d.b, ", "...)
			d.b = append(d.b, perfFlagNames[i]...)
			d.b = append(d.b, '=')
			d.su64(bits >> i & 1)
		}
	}
	for i := uint(0); i < 15; i++ {
		flag(i)
	}
	precise := bits >> 15 & 3
	d.b = append(d.b, ", precise_ip="...)
	d.su64(precise)
	d.b = append(d.b, " /* "...)
	d.b = append(d.b, perfPreciseIP[precise]...)
	d.b = append(d.b, " */"...)
	for i := uint(17); i < uint(len(perfFlagNames)); i++ {
		flag(i)
	}
	if r := bits >> 38; r != 0 {
		d.b = append(d.b, ", __reserved_1="...)
		d.hex(r)
		d.b = append(d.b, " /* Bits 63..38 */"...)
	}
	d.perfAttrRest(b, size, typ, sampleType, bit)
	if sizeField != 0 && sizeField > size || sizeField == 0 && size < perfAttrSizeVer0 {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// perfAttrRest prints the fields of perf_event_attr after its flags, those
// within the size read.
func (d *Decoder) perfAttrRest(b []byte, size, typ uint32, sampleType uint64, bit func(uint) bool) {
	if !d.Opts.Verbose {
		return
	}
	if bit(14) {
		d.b = append(d.b, ", wakeup_watermark="...)
	} else {
		d.b = append(d.b, ", wakeup_events="...)
	}
	d.su64(uint64(le32(b[48:])))
	bp := typ == perfTypeBreakpoint
	if bp {
		t := le32(b[52:])
		d.b = append(d.b, ", bp_type="...)
		if name := syscalls.HwBreakpointTypes.Lookup(uint64(t)); name != "" {
			d.enum(syscalls.HwBreakpointTypes, uint64(t))
		} else if d.Opts.Xlat != XlatAbbrev {
			d.enum(syscalls.HwBreakpointTypes, uint64(t))
		} else {
			d.hex(uint64(t))
			if t <= 7 {
				d.b = append(d.b, " /* HW_BREAKPOINT_INVALID */"...)
			} else {
				d.b = append(d.b, " /* HW_BREAKPOINT_??? */"...)
			}
		}
		d.b = append(d.b, ", bp_addr="...)
	} else {
		d.b = append(d.b, ", config1="...)
	}
	d.hex(le64(b[56:]))
	has := func(off uint32) bool { return off < size }
	if !has(64) {
		return
	}
	if bp {
		d.b = append(d.b, ", bp_len="...)
		d.su64(le64(b[64:]))
	} else {
		d.b = append(d.b, ", config2="...)
		d.hex(le64(b[64:]))
	}
	if !has(72) {
		return
	}
	if sampleType&perfSampleBranchStk != 0 {
		d.b = append(d.b, ", branch_sample_type="...)
		d.flags(syscalls.PerfBranchSampleType, le64(b[72:]))
	}
	if !has(80) {
		return
	}
	d.b = append(d.b, ", sample_regs_user="...)
	d.hex(le64(b[80:]))
	if !has(88) {
		return
	}
	if sampleType&perfSampleStackUser != 0 {
		d.b = append(d.b, ", sample_stack_user="...)
		d.hex(uint64(le32(b[88:])))
	}
	if bit(25) {
		if !has(92) {
			return
		}
		d.b = append(d.b, ", clockid="...)
		d.enum(syscalls.ClockIds, uint64(le32(b[92:])))
	}
	if !has(96) {
		return
	}
	d.b = append(d.b, ", sample_regs_intr="...)
	d.hex(le64(b[96:]))
	if !has(104) {
		return
	}
	d.b = append(d.b, ", aux_watermark="...)
	d.su64(uint64(le32(b[104:])))
	if !has(108) {
		return
	}
	d.b = append(d.b, ", sample_max_stack="...)
	d.su64(uint64(uint16(b[108]) | uint16(b[109])<<8))
	if !has(110) {
		return
	}
	if v := uint16(b[110]) | uint16(b[111])<<8; v != 0 {
		d.b = append(d.b, " /* bytes 110..111: "...)
		d.hex(uint64(v))
		d.b = append(d.b, " */"...)
	}
	if !has(112) {
		return
	}
	d.b = append(d.b, ", aux_sample_size="...)
	d.su64(uint64(le32(b[112:])))
	if !has(116) {
		return
	}
	if v := le32(b[116:]); v != 0 {
		d.b = append(d.b, " /* bytes 116..119: "...)
		d.hex(uint64(v))
		d.b = append(d.b, " */"...)
	}
	if !has(120) {
		return
	}
	d.b = append(d.b, ", sig_data="...)
	d.hex(le64(b[120:]))
}

func init() { specials.add(namedSpecial{"perf_event_open", decodePerfEventOpen}) }

// bpf commands strace 6.1 decodes the attributes of (those this decoder
// knows; the others print as the attributes' address).
const (
	bpfMapCreate          = 0
	bpfMapLookupElem      = 1
	bpfMapUpdateElem      = 2
	bpfMapDeleteElem      = 3
	bpfMapGetNextKey      = 4
	bpfProgLoad           = 5
	bpfObjPin             = 6
	bpfObjGet             = 7
	bpfProgAttach         = 8
	bpfProgDetach         = 9
	bpfProgTestRun        = 10
	bpfProgGetNextID      = 11
	bpfMapGetNextID       = 12
	bpfProgGetFdByID      = 13
	bpfMapGetFdByID       = 14
	bpfObjGetInfoByFd     = 15
	bpfProgQuery          = 16
	bpfRawTracepointOpen  = 17
	bpfBtfLoad            = 18
	bpfBtfGetFdByID       = 19
	bpfTaskFdQuery        = 20
	bpfMapLookupAndDelete = 21
	bpfMapFreeze          = 22
	bpfBtfGetNextID       = 23
	bpfMapLookupBatch     = 24
	bpfMapLookupDelBatch  = 25
	bpfMapUpdateBatch     = 26
	bpfMapDeleteBatch     = 27
	bpfLinkCreate         = 28
	bpfLinkUpdate         = 29
	bpfLinkGetFdByID      = 30
	bpfLinkGetNextID      = 31
	bpfCmdDecoders        = 32
	bpfFNumaNode          = 4
	bpfFReplace           = 4
	bpfTraceIter          = 28
	bpfPerfEvent          = 41
	bpfTraceKprobeMulti   = 42
)

// bpfAttrSizes are the sizes of the attributes of each command this
// decoder knows (0 for the others).
var bpfAttrSizes = [bpfCmdDecoders]uint32{
	bpfMapCreate: 72, bpfMapLookupElem: 32, bpfMapUpdateElem: 32, bpfMapDeleteElem: 16,
	bpfMapGetNextKey: 24, bpfProgLoad: 128, bpfObjPin: 16, bpfObjGet: 16, bpfProgAttach: 20,
	bpfProgDetach: 12, bpfProgGetNextID: 12, bpfMapGetNextID: 12, bpfProgGetFdByID: 12,
	bpfMapGetFdByID: 12, bpfBtfGetFdByID: 4, bpfMapLookupAndDelete: 32, bpfMapFreeze: 4,
	bpfBtfGetNextID: 12, bpfLinkGetFdByID: 4, bpfLinkGetNextID: 12, bpfProgTestRun: 76,
	bpfObjGetInfoByFd: 16, bpfProgQuery: 28, bpfRawTracepointOpen: 12, bpfBtfLoad: 28, bpfTaskFdQuery: 48,
	bpfMapLookupBatch: 56, bpfMapLookupDelBatch: 56, bpfMapUpdateBatch: 56, bpfMapDeleteBatch: 56,
	bpfLinkCreate: 48, bpfLinkUpdate: 16,
}

// bpfAttr is what a bpf decoder reads: the command's attributes, zero
// past the size the call gave, and whether bytes beyond the known ones
// are not zero.
type bpfAttr struct {
	a         [128]byte
	len, size uint32
	extra     bool
}

func (at *bpfAttr) su32(off uint32) uint32 { return le32(at.a[off:]) }
func (at *bpfAttr) su64(off uint32) uint64 { return le64(at.a[off:]) }

// has reports whether the attributes reach past off (strace's "len <=
// offsetof(field)" stops).
func (at *bpfAttr) has(off uint32) bool { return at.len > off }

// bpf(cmd, attr, size): the attributes as the command says, or their
// address.
func decodeBpf(d *Decoder, exiting bool) bool {
	cmd := uint32(d.c.Args[0])
	addr := d.ulong(d.c.Args[1])
	size := uint32(d.c.Args[2])
	if !exiting {
		d.c.Saved[1] = 0
		d.enum(syscalls.BpfCommands, uint64(cmd))
		d.sep()
	} else if d.c.Saved[1] == 2 {
		// Printed at entry; the exit only says the result is a
		// descriptor.
		if !d.c.Failed {
			d.setReturn(syscalls.RetFd)
		}
		return true
	}
	done := true
	fdRet := false
	if size > 0 && size <= sysPageSize && cmd < bpfCmdDecoders && bpfAttrSizes[cmd] != 0 {
		var at bpfAttr
		if exiting && !d.sfetch(addr, d.buf[:size], true, true) {
			// The attributes could be read at entry, which left a
			// struct open, and no longer can: strace prints the
			// address after what it printed; this closes the
			// struct instead, so that the line stays balanced.
			d.b = append(d.b, "}}"[:bpfOpenAtEntry(cmd)]...)
		} else if d.bpfReadAttr(&at, addr, size, cmd, exiting) {
			done, fdRet = d.bpfAttrPrint(&at, cmd, addr, exiting)
		}
	} else {
		d.ptr64(addr)
	}
	if exiting || done {
		d.sep()
		d.su64(uint64(size))
	}
	if exiting {
		return true
	}
	if done && fdRet {
		d.c.Saved[1] = 2
		return false
	}
	return done
}

// bpfOpenAtEntry is how many braces the command's attributes leave open
// when the call is printed at entry and completed at exit.
func bpfOpenAtEntry(cmd uint32) int {
	switch cmd {
	case bpfProgGetNextID, bpfMapGetNextID, bpfBtfGetNextID, bpfLinkGetNextID:
		return 1
	case bpfObjGetInfoByFd, bpfProgQuery, bpfTaskFdQuery:
		return 2
	}
	return 0
}

// bpfReadAttr reads the attributes as strace does (ignoring a failure of
// the call), or prints their address.
func (d *Decoder) bpfReadAttr(at *bpfAttr, addr uint64, size, cmd uint32, exiting bool) bool {
	b := d.buf[:size]
	if !d.sfetchOrAddr(addr, b, exiting, true) {
		return false
	}
	known := bpfAttrSizes[cmd]
	at.size = size
	at.len = min(size, known)
	copy(at.a[:at.len], b)
	for _, c := range b[at.len:] {
		if c != 0 {
			at.extra = true
			break
		}
	}
	return true
}

// bpfExtra prints, after the known attributes, that more bytes that are
// not zero follow: ", ..." or with -v the bytes.
func (d *Decoder) bpfExtra(at *bpfAttr, addr uint64, known uint32) {
	if at.size <= known {
		return
	}
	nonzero := at.extra
	for i := known; i < at.len && !nonzero; i++ {
		nonzero = at.a[i] != 0
	}
	if !nonzero {
		return
	}
	d.sep()
	if !d.Opts.Verbose {
		d.b = append(d.b, "..."...)
		return
	}
	n := at.size - known
	b := d.buf[:n]
	d.readQuiet(addr+uint64(known), b)
	d.b = append(d.b, "extra_data="...)
	d.quote(b, true)
	d.b = append(d.b, " /* bytes "...)
	d.su64(uint64(known))
	d.b = append(d.b, ".."...)
	d.su64(uint64(at.size - 1))
	d.b = append(d.b, " */"...)
}

// scstringSz prints a char array of a struct as strace's
// print_quoted_cstring: up to its NUL within all but its last byte, "..."
// when the last byte is not a NUL either.
func (d *Decoder) scstringSz(b []byte) {
	n := len(b)
	if n > 0 {
		n--
	}
	for i := 0; i < n; i++ {
		if b[i] == 0 {
			d.quote(b[:i], false)
			return
		}
	}
	d.quote(b[:n], false)
	if n < len(b) && b[n] != 0 {
		d.b = append(d.b, "..."...)
	}
}

// bpfAttrPrint prints the attributes of cmd; it reports whether the call
// is decoded (false when the exit prints more) and whether it returns a
// descriptor.
func (d *Decoder) bpfAttrPrint(at *bpfAttr, cmd uint32, addr uint64, exiting bool) (done, fdRet bool) {
	known := bpfAttrSizes[cmd]
	field := func(name string) {
		d.b = append(d.b, ", "...)
		d.b = append(d.b, name...)
		d.b = append(d.b, '=')
	}
	done = true
	switch cmd {
	case bpfMapCreate:
		fdRet = true
		d.b = append(d.b, "{map_type="...)
		d.enum(syscalls.BpfMapTypes, uint64(at.su32(0)))
		field("key_size")
		d.su64(uint64(at.su32(4)))
		field("value_size")
		d.su64(uint64(at.su32(8)))
		field("max_entries")
		d.su64(uint64(at.su32(12)))
		if !at.has(16) {
			break
		}
		flags := at.su32(16)
		field("map_flags")
		d.flags(syscalls.BpfMapFlags, uint64(flags))
		if !at.has(20) {
			break
		}
		field("inner_map_fd")
		d.fd(uint64(at.su32(20)))
		if !at.has(24) {
			break
		}
		if flags&bpfFNumaNode != 0 {
			field("numa_node")
			node := at.su32(24)
			d.su64(uint64(node))
			if node == ^uint32(0) && d.Opts.Xlat != XlatRaw {
				d.b = append(d.b, " /* NUMA_NO_NODE */"...)
			}
		}
		if !at.has(28) {
			break
		}
		field("map_name")
		d.scstringSz(at.a[28 : 28+min(16, at.len-28)])
		if !at.has(44) {
			break
		}
		field("map_ifindex")
		d.sysIfindex(at.su32(44))
		if !at.has(48) {
			break
		}
		field("btf_fd")
		d.fd(uint64(at.su32(48)))
		field("btf_key_type_id")
		d.su64(uint64(at.su32(52)))
		field("btf_value_type_id")
		d.su64(uint64(at.su32(56)))
		if !at.has(60) {
			break
		}
		field("btf_vmlinux_value_type_id")
		d.su64(uint64(at.su32(60)))
		if !at.has(64) {
			break
		}
		field("map_extra")
		d.su64(at.su64(64))
		d.bpfExtra(at, addr, known)
	case bpfMapLookupElem, bpfMapLookupAndDelete, bpfMapUpdateElem, bpfMapDeleteElem, bpfMapGetNextKey:
		d.b = append(d.b, "{map_fd="...)
		d.fd(uint64(at.su32(0)))
		field("key")
		d.ptr64(at.su64(8))
		switch cmd {
		case bpfMapDeleteElem:
		case bpfMapGetNextKey:
			field("next_key")
			d.ptr64(at.su64(16))
		default:
			field("value")
			d.ptr64(at.su64(16))
			if cmd == bpfMapUpdateElem {
				field("flags")
				d.enum(syscalls.BpfUpdateElemFlags, at.su64(24))
			} else {
				if !at.has(24) {
					break
				}
				field("flags")
				d.flags(syscalls.BpfLookupElemFlags, at.su64(24))
			}
		}
		if cmd != bpfMapLookupElem && cmd != bpfMapLookupAndDelete || at.has(24) {
			d.bpfExtra(at, addr, known)
		}
	case bpfMapFreeze:
		d.b = append(d.b, "{map_fd="...)
		d.fd(uint64(at.su32(0)))
		d.bpfExtra(at, addr, known)
	case bpfProgLoad:
		fdRet = true
		d.bpfProgLoad(at, addr, known, field)
	case bpfObjPin, bpfObjGet:
		fdRet = true
		d.b = append(d.b, "{pathname="...)
		d.spath64(at.su64(0))
		field("bpf_fd")
		d.fd(uint64(at.su32(8)))
		if !at.has(12) {
			break
		}
		field("file_flags")
		d.flags(syscalls.BpfFileModeFlags, uint64(at.su32(12)))
		d.bpfExtra(at, addr, known)
	case bpfProgAttach:
		d.b = append(d.b, "{target_fd="...)
		d.fd(uint64(at.su32(0)))
		field("attach_bpf_fd")
		d.fd(uint64(at.su32(4)))
		field("attach_type")
		d.enum(syscalls.BpfAttachTypes, uint64(at.su32(8)))
		field("attach_flags")
		d.flags(syscalls.BpfAttachFlags, uint64(at.su32(12)))
		if !at.has(16) {
			break
		}
		field("replace_bpf_fd")
		d.fd(uint64(at.su32(16)))
		d.bpfExtra(at, addr, known)
	case bpfProgDetach:
		d.b = append(d.b, "{target_fd="...)
		d.fd(uint64(at.su32(0)))
		field("attach_type")
		d.enum(syscalls.BpfAttachTypes, uint64(at.su32(8)))
		d.bpfExtra(at, addr, known)
	case bpfProgGetNextID, bpfMapGetNextID, bpfBtfGetNextID, bpfLinkGetNextID:
		next := at.su32(4)
		if !exiting {
			d.c.Saved[0] = uint64(next)
			d.b = append(d.b, "{start_id="...)
			d.su64(uint64(at.su32(0)))
			field("next_id")
			d.su64(uint64(next))
			return false, false
		}
		if uint32(d.c.Saved[0]) != next {
			d.b = append(d.b, " => "...)
			d.su64(uint64(next))
		}
		if !at.has(8) {
			break
		}
		field("open_flags")
		d.flags(syscalls.BpfFileModeFlags, uint64(at.su32(8)))
		d.bpfExtra(at, addr, known)
	case bpfProgGetFdByID, bpfMapGetFdByID:
		fdRet = true
		if cmd == bpfProgGetFdByID {
			d.b = append(d.b, "{prog_id="...)
		} else {
			d.b = append(d.b, "{map_id="...)
		}
		d.su64(uint64(at.su32(0)))
		field("next_id")
		d.su64(uint64(at.su32(4)))
		if !at.has(8) {
			break
		}
		field("open_flags")
		d.flags(syscalls.BpfFileModeFlags, uint64(at.su32(8)))
		d.bpfExtra(at, addr, known)
	case bpfProgTestRun:
		d.b = append(d.b, "{test={prog_fd="...)
		d.fd(uint64(at.su32(0)))
		for i, n := range [...]string{"retval", "data_size_in", "data_size_out"} {
			field(n)
			d.su64(uint64(at.su32(4 + 4*uint32(i))))
		}
		field("data_in")
		d.ptr64(at.su64(16))
		field("data_out")
		d.ptr64(at.su64(24))
		field("repeat")
		d.su64(uint64(at.su32(32)))
		field("duration")
		d.su64(uint64(at.su32(36)))
		if at.has(40) {
			field("ctx_size_in")
			d.su64(uint64(at.su32(40)))
			field("ctx_size_out")
			d.su64(uint64(at.su32(44)))
			field("ctx_in")
			d.ptr64(at.su64(48))
			field("ctx_out")
			d.ptr64(at.su64(56))
		}
		if at.has(64) {
			field("flags")
			d.flags(syscalls.BpfTestRunFlags, uint64(at.su32(64)))
			field("cpu")
			d.su64(uint64(at.su32(68)))
		}
		if at.has(72) {
			field("batch_size")
			d.su64(uint64(at.su32(72)))
		}
		d.b = append(d.b, '}')
		d.bpfExtra(at, addr, known)
	case bpfObjGetInfoByFd:
		infoLen := at.su32(4)
		if !exiting {
			d.c.Saved[0] = uint64(infoLen)
			d.b = append(d.b, "{info={bpf_fd="...)
			d.fd(uint64(at.su32(0)))
			field("info_len")
			d.su64(uint64(infoLen))
			return false, false
		}
		if uint32(d.c.Saved[0]) != infoLen {
			d.b = append(d.b, " => "...)
			d.su64(uint64(infoLen))
		}
		// strace decodes the information of a map or a program
		// with -v; this shows its address.
		field("info")
		d.ptr64(at.su64(8))
		d.b = append(d.b, '}')
		d.bpfExtra(at, addr, known)
	case bpfProgQuery:
		if !exiting {
			d.c.Saved[0] = uint64(at.su32(24))
			d.b = append(d.b, "{query={target_fd="...)
			d.fd(uint64(at.su32(0)))
			field("attach_type")
			d.enum(syscalls.BpfAttachTypes, uint64(at.su32(4)))
			field("query_flags")
			d.flags(syscalls.BpfQueryFlags, uint64(at.su32(8)))
			field("attach_flags")
			d.flags(syscalls.BpfAttachFlags, uint64(at.su32(12)))
			field("prog_ids")
			return false, false
		}
		cnt := at.su32(24)
		d.sarray(at.su64(16), uint64(cnt), 4, true, sarrayFetch, false, func(e []byte, _ uint64) bool {
			d.su64(uint64(le32(e)))
			return true
		})
		field("prog_cnt")
		if old := uint32(d.c.Saved[0]); old != cnt {
			d.su64(uint64(old))
			d.b = append(d.b, " => "...)
		}
		d.su64(uint64(cnt))
		d.b = append(d.b, '}')
		d.bpfExtra(at, addr, known)
	case bpfRawTracepointOpen:
		d.b = append(d.b, "{raw_tracepoint={name="...)
		d.scstr0(at.su64(0), 128)
		field("prog_fd")
		d.fd(uint64(at.su32(8)))
		d.b = append(d.b, '}')
		d.bpfExtra(at, addr, known)
	case bpfBtfLoad:
		fdRet = true
		d.b = append(d.b, "{btf="...)
		d.sstrN(at.su64(0), uint64(at.su32(16)))
		field("btf_log_buf")
		d.ptr64(at.su64(8))
		for i, n := range [...]string{"btf_size", "btf_log_size", "btf_log_level"} {
			field(n)
			d.su64(uint64(at.su32(16 + 4*uint32(i))))
		}
		d.bpfExtra(at, addr, known)
	case bpfTaskFdQuery:
		bufLen := at.su32(12)
		if !exiting {
			d.c.Saved[0] = uint64(bufLen)
			d.b = append(d.b, "{task_fd_query={pid="...)
			d.si32(uint64(at.su32(0)))
			field("fd")
			d.fd(uint64(at.su32(4)))
			field("flags")
			d.su64(uint64(at.su32(8)))
			field("buf_len")
			d.su64(uint64(bufLen))
			return false, false
		}
		saved := uint32(d.c.Saved[0])
		if saved != bufLen {
			d.b = append(d.b, " => "...)
			d.su64(uint64(bufLen))
		}
		field("buf")
		d.scstr0(at.su64(16), uint64(min(saved, bufLen)))
		field("prog_id")
		d.su64(uint64(at.su32(24)))
		field("fd_type")
		d.enum(syscalls.BpfTaskFdTypes, uint64(at.su32(28)))
		field("probe_offset")
		d.hex(at.su64(32))
		field("probe_addr")
		d.hex(at.su64(40))
		d.b = append(d.b, '}')
		d.bpfExtra(at, addr, known)
	case bpfMapLookupBatch, bpfMapLookupDelBatch, bpfMapUpdateBatch, bpfMapDeleteBatch:
		count := at.su32(32)
		if exiting {
			if uint32(d.c.Saved[0]) != count {
				d.b = append(d.b, " => {batch={count="...)
				d.su64(uint64(count))
				d.b = append(d.b, "}}"...)
			}
			return true, false
		}
		d.c.Saved[0] = uint64(count)
		d.b = append(d.b, "{batch={"...)
		first := true
		ptrField := func(name string, v uint64) {
			if !first {
				d.b = append(d.b, ", "...)
			}
			first = false
			d.b = append(d.b, name...)
			d.b = append(d.b, '=')
			d.ptr64(v)
		}
		if cmd == bpfMapLookupBatch || cmd == bpfMapLookupDelBatch {
			ptrField("in_batch", at.su64(0))
			ptrField("out_batch", at.su64(8))
		}
		ptrField("keys", at.su64(16))
		if cmd != bpfMapDeleteBatch {
			ptrField("values", at.su64(24))
		}
		field("count")
		d.su64(uint64(count))
		field("map_fd")
		d.fd(uint64(at.su32(36)))
		field("elem_flags")
		d.flags(syscalls.BpfLookupElemFlags, at.su64(40))
		field("flags")
		d.hex(at.su64(48))
		d.b = append(d.b, '}')
		d.bpfExtra(at, addr, known)
		d.b = append(d.b, '}')
		return false, false
	case bpfLinkCreate:
		fdRet = true
		d.bpfLinkCreate(at, addr, field)
	case bpfLinkUpdate:
		d.b = append(d.b, "{link_update={link_fd="...)
		d.fd(uint64(at.su32(0)))
		field("new_prog_fd")
		d.fd(uint64(at.su32(4)))
		flags := at.su32(8)
		field("flags")
		d.flags(syscalls.BpfAttachFlags, uint64(flags))
		if flags&bpfFReplace != 0 {
			field("old_prog_fd")
			d.fd(uint64(at.su32(12)))
		}
		d.b = append(d.b, '}')
		d.bpfExtra(at, addr, known)
	case bpfBtfGetFdByID, bpfLinkGetFdByID:
		fdRet = true
		if cmd == bpfBtfGetFdByID {
			d.b = append(d.b, "{btf_id="...)
		} else {
			d.b = append(d.b, "{link_id="...)
		}
		d.su64(uint64(at.su32(0)))
		d.bpfExtra(at, addr, known)
	}
	d.b = append(d.b, '}')
	return done, fdRet
}

// bpfLinkCreate prints BPF_LINK_CREATE's attributes, whose union strace
// reads as the attach type suggests.
func (d *Decoder) bpfLinkCreate(at *bpfAttr, addr uint64, field func(string)) {
	d.b = append(d.b, "{link_create={prog_fd="...)
	d.fd(uint64(at.su32(0)))
	field("target_fd")
	d.fd(uint64(at.su32(4)))
	typ := at.su32(8)
	field("attach_type")
	d.enum(syscalls.BpfAttachTypes, uint64(typ))
	field("flags")
	d.hex(uint64(at.su32(12)))
	known := uint32(48)
	if at.has(16) {
		switch typ {
		case 0:
			if id := at.su32(16); id != 0 {
				field("target_btf_id")
				d.su64(uint64(id))
			}
			known = 20
		case bpfTraceIter:
			field("iter_info")
			n := at.su32(24)
			d.sarray(at.su64(16), uint64(n), 4, false, sarrayFetch, false, func(e []byte, _ uint64) bool {
				d.b = append(d.b, "{map={map_fd="...)
				d.fd(uint64(le32(e)))
				d.b = append(d.b, "}}"...)
				return true
			})
			field("iter_info_len")
			d.su64(uint64(n))
			known = 28
		case bpfPerfEvent:
			d.b = append(d.b, ", perf_event={bpf_cookie="...)
			d.hex(at.su64(16))
			d.b = append(d.b, '}')
			known = 24
		case bpfTraceKprobeMulti:
			cnt := uint64(at.su32(20))
			d.b = append(d.b, ", kprobe_multi={flags="...)
			d.flags(syscalls.BpfKprobeMultiFlags, uint64(at.su32(16)))
			field("cnt")
			d.su64(cnt)
			field("syms")
			ps := uint64(d.c.ABI.PointerSize())
			d.sarray(at.su64(24), cnt, ps, false, sarrayFetch, false, func(e []byte, _ uint64) bool {
				d.cstring(d.pointerAt(e[:ps]))
				return true
			})
			for _, f := range [...]struct {
				name string
				off  uint32
			}{{"addrs", 32}, {"cookies", 40}} {
				field(f.name)
				d.sarray(at.su64(f.off), cnt, 8, false, sarrayFetch, false, func(e []byte, _ uint64) bool {
					d.hex(le64(e))
					return true
				})
			}
			d.b = append(d.b, '}')
		default:
			known = 16
		}
	}
	d.b = append(d.b, '}')
	d.bpfExtra(at, addr, known)
}

// bpfProgLoad prints BPF_PROG_LOAD's attributes.
func (d *Decoder) bpfProgLoad(at *bpfAttr, addr uint64, known uint32, field func(string)) {
	d.b = append(d.b, "{prog_type="...)
	d.enum(syscalls.BpfProgTypes, uint64(at.su32(0)))
	cnt := at.su32(4)
	field("insn_cnt")
	d.su64(uint64(cnt))
	field("insns")
	d.ebpfProg(at.su64(8), uint64(cnt))
	field("license")
	d.scstring64(at.su64(16))
	if !at.has(24) {
		return
	}
	field("log_level")
	d.su64(uint64(at.su32(24)))
	logSize := at.su32(28)
	field("log_size")
	d.su64(uint64(logSize))
	field("log_buf")
	d.scstr0(at.su64(32), uint64(logSize))
	if !at.has(40) {
		return
	}
	v := at.su32(40)
	field("kern_version")
	if d.Opts.Xlat != XlatAbbrev {
		d.hex(uint64(v))
	}
	if d.Opts.Xlat != XlatRaw {
		if d.Opts.Xlat == XlatVerbose {
			d.b = append(d.b, " /* "...)
		}
		d.b = append(d.b, "KERNEL_VERSION("...)
		d.su64(uint64(v >> 16))
		d.sep()
		d.su64(uint64(v >> 8 & 0xff))
		d.sep()
		d.su64(uint64(v & 0xff))
		d.b = append(d.b, ')')
		if d.Opts.Xlat == XlatVerbose {
			d.b = append(d.b, " */"...)
		}
	}
	if !at.has(44) {
		return
	}
	field("prog_flags")
	d.flags(syscalls.BpfProgFlags, uint64(at.su32(44)))
	if !at.has(48) {
		return
	}
	field("prog_name")
	d.scstringSz(at.a[48 : 48+min(16, at.len-48)])
	if !at.has(64) {
		return
	}
	field("prog_ifindex")
	d.sysIfindex(at.su32(64))
	if !at.has(68) {
		return
	}
	field("expected_attach_type")
	d.enum(syscalls.BpfAttachTypes, uint64(at.su32(68)))
	if !at.has(72) {
		return
	}
	field("prog_btf_fd")
	d.fd(uint64(at.su32(72)))
	field("func_info_rec_size")
	d.su64(uint64(at.su32(76)))
	field("func_info")
	d.ptr64(at.su64(80))
	field("func_info_cnt")
	d.su64(uint64(at.su32(88)))
	field("line_info_rec_size")
	d.su64(uint64(at.su32(92)))
	field("line_info")
	d.ptr64(at.su64(96))
	field("line_info_cnt")
	d.su64(uint64(at.su32(104)))
	if !at.has(108) {
		return
	}
	field("attach_btf_id")
	d.su64(uint64(at.su32(108)))
	if !at.has(112) {
		return
	}
	field("attach_prog_fd")
	d.fd(uint64(at.su32(112)))
	if !at.has(120) {
		return
	}
	field("fd_array")
	d.ptr64(at.su64(120))
	d.bpfExtra(at, addr, known)
}

// ebpfProg prints an eBPF program of n instructions: its address, or with
// -v the instructions.
func (d *Decoder) ebpfProg(addr, n uint64) {
	if !d.Opts.Verbose {
		d.ptr64(addr)
		return
	}
	count := 0
	d.sarray(addr, n, 8, false, sarrayFetch, false, func(e []byte, _ uint64) bool {
		if count >= seccompMaxInsns {
			d.b = append(d.b, "..."...)
			return false
		}
		count++
		d.b = append(d.b, "{code="...)
		d.ebpfCode(e[0])
		d.b = append(d.b, ", dst_reg="...)
		d.enum(syscalls.EbpfRegs, uint64(e[1]&0xf))
		d.b = append(d.b, ", src_reg="...)
		d.enum(syscalls.EbpfRegs, uint64(e[1]>>4))
		d.b = append(d.b, ", off="...)
		d.si64(int64(int16(uint16(e[2]) | uint16(e[3])<<8)))
		d.b = append(d.b, ", imm="...)
		d.hex(uint64(le32(e[4:])))
		d.b = append(d.b, '}')
		return true
	})
}

// senum2 prints v named by the first of two sets that has it (strace's
// printxvals with two tables), unknown as the first set's.
func (d *Decoder) senum2(first, second *syscalls.Values, v uint64) {
	if first.Lookup(v) == "" && second.Lookup(v) != "" {
		d.enum(second, v)
		return
	}
	d.enum(first, v)
}

// ebpfCode prints an eBPF instruction's code as strace's
// print_bpf_filter_code with extended set.
func (d *Decoder) ebpfCode(code uint8) {
	class := uint64(code & 7)
	rest := uint64(code &^ 7)
	d.enum(syscalls.EbpfClasses, class)
	switch class {
	case cbpfLD, cbpfLDX, cbpfST, cbpfSTX:
		d.b = append(d.b, '|')
		d.senum2(syscalls.BpfSizes, syscalls.EbpfSizes, uint64(code&0x18))
		d.b = append(d.b, '|')
		d.enum(syscalls.EbpfModes, uint64(code&0xe0))
	case cbpfALU, cbpfJMP, cbpfMISC:
		d.b = append(d.b, '|')
		d.enum(syscalls.BpfSrcs, uint64(code&0x08))
		d.b = append(d.b, '|')
		if class == cbpfJMP {
			d.senum2(syscalls.BpfJmpOps, syscalls.EbpfJmpOps, uint64(code&0xf0))
		} else {
			d.senum2(syscalls.BpfAluOps, syscalls.EbpfAluOps, uint64(code&0xf0))
		}
	case cbpfRET:
		if rest != 0 {
			d.b = append(d.b, '|')
			d.hex(rest)
			d.b = append(d.b, " /* BPF_??? */"...)
		}
	}
}

func init() { specials.add(namedSpecial{"bpf", decodeBpf}) }

// sysIfindex prints a network interface index as strace's print_ifindex:
// if_nametoindex("lo") when the host has it, else the number.
func (d *Decoder) sysIfindex(id uint32) {
	if name := InterfaceName(id); name != "" {
		d.b = append(d.b, "if_nametoindex("...)
		d.quote([]byte(name), false)
		d.b = append(d.b, ')')
		return
	}
	d.su64(uint64(id))
}
