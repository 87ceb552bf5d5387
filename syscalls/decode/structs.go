package decode

import (
	"math"
	"strconv"
	"time"

	"github.com/gotrace/gotrace/syscalls"
)

// structAt prints the struct of kind a.Struct at addr. NULL prints as NULL;
// memory that cannot be read whole prints as the address. exiting says the
// call has returned (output structs are only printed then).
// StructPrinter prints the struct at addr (not NULL) for argument a, at
// entry or exit. It prints the address when memory cannot be read.
type StructPrinter func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool)

// structPrinters are the printers of struct kinds that family files
// register in their init functions.
var structPrinters [syscalls.StructLimit]StructPrinter

// registerStruct makes fn print struct kind k; one printer per kind.
func registerStruct(k syscalls.Struct, fn StructPrinter) {
	if structPrinters[k] != nil {
		panic("decode: two printers for one struct kind")
	}
	structPrinters[k] = fn
}

func (d *Decoder) structAt(addr uint64, a *syscalls.Arg, exiting bool) {
	addr = d.ulong(addr)
	if addr == 0 && a.Struct != syscalls.Dirents {
		d.b = append(d.b, "NULL"...)
		return
	}
	if d.noDeref {
		// -e verbose= left this call out: structs stay addresses.
		d.ptr(addr)
		return
	}
	switch a.Struct {
	case syscalls.Stat:
		d.stat(addr)
	case syscalls.Statx:
		d.statx(addr)
	case syscalls.Statfs:
		d.statfs(addr)
	case syscalls.Utsname:
		d.utsname(addr)
	case syscalls.Rlimit:
		d.rlimit64(addr)
	case syscalls.Timespec:
		d.timespecAt(addr)
	case syscalls.Timeval:
		d.timevalAt(addr)
	case syscalls.Sigset:
		d.sigsetAt(addr, d.ulong(d.lenArg(a)))
	case syscalls.Sigaction:
		d.sigaction(addr)
	case syscalls.Sockaddr:
		d.sockaddrArg(addr, a)
	case syscalls.PipeFds:
		d.intPair(addr)
	case syscalls.IntPtr:
		d.intAt(addr)
	case syscalls.Int64Ptr:
		d.int64At(addr)
	case syscalls.WaitStatus:
		b := d.scratch(4)
		if !d.read(addr, b) {
			return
		}
		d.waitStatus(le32(b))
	case syscalls.Rusage:
		d.rusage(addr)
	case syscalls.Dirents:
		d.dirents(addr)
	case syscalls.Gids:
		d.gids(addr, a)
	case syscalls.Sysinfo:
		d.sysinfo(addr)
	case syscalls.Timezone:
		d.timezone(addr)
	case syscalls.TimespecPair:
		d.timePair(addr, true)
	case syscalls.TimevalPair:
		d.timePair(addr, false)
	case syscalls.Stack:
		d.stackT(addr)
	case syscalls.CpuSet:
		d.cpuSet(addr, a)
	case syscalls.Iovec:
		d.iovecs(addr, a, exiting)
	default:
		if fn := structPrinters[a.Struct]; fn != nil {
			fn(d, addr, a, exiting)
			return
		}
		d.ptr(addr)
	}
}

// read fills b from addr or, if it cannot, prints the address and returns
// false.
func (d *Decoder) read(addr uint64, b []byte) bool {
	n, err := d.Mem.Read(addr, b)
	if err != nil || n != len(b) {
		d.ptr(addr)
		return false
	}
	return true
}

// field helpers: each appends ", name=value" (or "name=value" for the
// first field, whose caller passes first=true through fieldName).

func (d *Decoder) fieldName(name string, first bool) {
	if !first {
		d.b = append(d.b, ", "...)
	}
	d.b = append(d.b, name...)
	d.b = append(d.b, '=')
}

func (d *Decoder) fieldU(name string, v uint64, first bool) {
	d.fieldName(name, first)
	d.b = strconv.AppendUint(d.b, v, 10)
}

func (d *Decoder) fieldD(name string, v int64, first bool) {
	d.fieldName(name, first)
	d.b = strconv.AppendInt(d.b, v, 10)
}

// dev prints a dev_t as makedev(major, minor) with glibc's split, each a
// 32-bit number.
func (d *Decoder) dev(v uint64) {
	major := (v>>8)&0xfff | (v>>32)&0xfffff000
	minor := v&0xff | (v>>12)&0xffffff00
	d.b = append(d.b, "makedev("...)
	d.hex(major)
	d.b = append(d.b, ", "...)
	d.hex(minor)
	d.b = append(d.b, ')')
}

// timeComment prints a time as strace's timestamp comment, in the local
// zone: " /* 2026-11-22T05:49:32.767221326+0000 */", the fraction only when
// nsec is not zero. Like strace, it prints nothing for the epoch itself, for
// an nsec of a second or more, and for a time glibc's localtime cannot
// represent (a year beyond an int).
func (d *Decoder) timeComment(sec int64, nsec uint64) { d.timeCommentFrac(sec, nsec, 9) }

// timeCommentFrac is timeComment for a fraction of width digits (9 for
// nanoseconds, 6 for microseconds); a fraction of a second or more prints
// nothing.
func (d *Decoder) timeCommentFrac(sec int64, frac uint64, width int) {
	max := uint64(999999999)
	if width == 6 {
		max = 999999
	}
	if sec == 0 && frac == 0 || frac > max {
		return
	}
	// The zone offset at that time; Go's calendar is only trusted
	// within its range, far beyond which glibc fails anyway.
	const farSec = 1 << 56
	if sec > farSec || sec < -farSec {
		return
	}
	_, offset := time.Unix(sec, 0).In(time.Local).Zone()
	local := sec + int64(offset)
	days := local / 86400
	rem := local % 86400
	if rem < 0 {
		rem += 86400
		days--
	}
	y, m, day := civil(days)
	// glibc's tm_year is an int counted from 1900, and %Y adds 1900 in
	// int arithmetic (wrapping, as it does in C).
	if y-1900 > math.MaxInt32 || y-1900 < math.MinInt32 {
		return
	}
	year := int32(y-1900) + 1900
	d.b = append(d.b, " /* "...)
	d.b = strconv.AppendInt(d.b, int64(year), 10)
	d.b = append(d.b, '-')
	d.twoDigits(int64(m))
	d.b = append(d.b, '-')
	d.twoDigits(int64(day))
	d.b = append(d.b, 'T')
	d.twoDigits(rem / 3600)
	d.b = append(d.b, ':')
	d.twoDigits(rem / 60 % 60)
	d.b = append(d.b, ':')
	d.twoDigits(rem % 60)
	if frac != 0 {
		d.b = append(d.b, '.')
		var tmp [12]byte
		s := strconv.AppendUint(tmp[:0], frac, 10)
		for i := len(s); i < width; i++ {
			d.b = append(d.b, '0')
		}
		d.b = append(d.b, s...)
	}
	if offset < 0 {
		d.b = append(d.b, '-')
		offset = -offset
	} else {
		d.b = append(d.b, '+')
	}
	d.twoDigits(int64(offset / 3600))
	d.twoDigits(int64(offset / 60 % 60))
	d.b = append(d.b, " */"...)
}

func (d *Decoder) twoDigits(v int64) {
	if v < 10 {
		d.b = append(d.b, '0')
	}
	d.b = strconv.AppendInt(d.b, v, 10)
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date
// (Howard Hinnant's days_from_civil, inverted), for any int64 day count
// a time_t gives.
func civil(days int64) (year int64, month, day int) {
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = int(mp + 3)
	} else {
		month = int(mp - 9)
	}
	if month <= 2 {
		y++
	}
	return y, month, day
}

// field is where a struct member is: its offset and size in bytes.
type field struct{ off, size int }

// get reads f from b, zero-extended.
func (f field) get(b []byte) uint64 {
	switch f.size {
	case 2:
		return uint64(uint16(b[f.off]) | uint16(b[f.off+1])<<8)
	case 4:
		return uint64(le32(b[f.off:]))
	}
	return le64(b[f.off:])
}

// signed reads f from b, sign-extended.
func (f field) signed(b []byte) int64 {
	switch f.size {
	case 2:
		return int64(int16(f.get(b)))
	case 4:
		return int64(int32(f.get(b)))
	}
	return int64(f.get(b))
}

// statLayout gives the members of struct stat in one ABI.
type statLayout struct {
	size                            int
	dev, ino, mode, nlink, uid, gid field
	rdev, size_, blksize, blocks    field
	times                           [3][2]field // atime, mtime, ctime: seconds and nanoseconds
	blksizeSigned                   bool        // an int, sign-extended into strace's unsigned long long
}

// x86_64's struct stat (arch/x86/include/uapi/asm/stat.h), x32's too.
var statAMD64 = statLayout{size: 144, dev: field{0, 8}, ino: field{8, 8}, nlink: field{16, 8}, mode: field{24, 4},
	uid: field{28, 4}, gid: field{32, 4}, rdev: field{40, 8}, size_: field{48, 8}, blksize: field{56, 8}, blocks: field{64, 8},
	times: [3][2]field{{{72, 8}, {80, 8}}, {{88, 8}, {96, 8}}, {{104, 8}, {112, 8}}}}

// The generic struct stat (include/uapi/asm-generic/stat.h), arm64's.
var statGeneric = statLayout{size: 128, dev: field{0, 8}, ino: field{8, 8}, mode: field{16, 4}, nlink: field{20, 4},
	uid: field{24, 4}, gid: field{28, 4}, rdev: field{32, 8}, size_: field{48, 8}, blksize: field{56, 4}, blocks: field{64, 8},
	times: [3][2]field{{{72, 8}, {80, 8}}, {{88, 8}, {96, 8}}, {{104, 8}, {112, 8}}}, blksizeSigned: true}

// i386's struct stat, with 16-bit mode, nlink and ids and 32-bit times
// (the stat64 calls have a struct of their own).
var statI386 = statLayout{size: 64, dev: field{0, 4}, ino: field{4, 4}, mode: field{8, 2}, nlink: field{10, 2},
	uid: field{12, 2}, gid: field{14, 2}, rdev: field{16, 4}, size_: field{20, 4}, blksize: field{24, 4}, blocks: field{28, 4},
	times: [3][2]field{{{32, 4}, {36, 4}}, {{40, 4}, {44, 4}}, {{48, 4}, {52, 4}}}}

// stat prints struct stat as strace does: mode and size (or rdev for
// devices) then "...", or every field with -v.
func (d *Decoder) stat(addr uint64) {
	l := &statAMD64
	switch d.c.ABI {
	case syscalls.ARM64:
		l = &statGeneric
	case syscalls.I386:
		l = &statI386
	}
	b := d.buf[:l.size]
	if !d.read(addr, b) {
		return
	}
	mode := uint32(l.mode.get(b))
	// strace holds every field in an unsigned long long.
	blksize := l.blksize.get(b)
	if l.blksizeSigned {
		blksize = uint64(l.blksize.signed(b))
	}
	v := d.Opts.Verbose
	d.b = append(d.b, '{')
	if v {
		d.fieldName("st_dev", true)
		d.dev(l.dev.get(b))
		d.fieldU("st_ino", l.ino.get(b), false)
		d.b = append(d.b, ", "...)
	}
	d.b = append(d.b, "st_mode="...)
	d.mode(mode)
	if v {
		d.fieldU("st_nlink", l.nlink.get(b), false)
		d.fieldU("st_uid", l.uid.get(b), false)
		d.fieldU("st_gid", l.gid.get(b), false)
		d.fieldU("st_blksize", blksize, false)
		d.fieldU("st_blocks", l.blocks.get(b), false)
	}
	switch mode & sIFMT {
	case sIFCHR, sIFBLK:
		d.fieldName("st_rdev", false)
		d.dev(l.rdev.get(b))
	default:
		d.fieldU("st_size", l.size_.get(b), false)
	}
	if v {
		names := [...][2]string{{"st_atime", "st_atime_nsec"}, {"st_mtime", "st_mtime_nsec"}, {"st_ctime", "st_ctime_nsec"}}
		for i, t := range l.times {
			sec := t[0].signed(b)
			ns := t[1].get(b)
			d.fieldD(names[i][0], sec, false)
			d.timeComment(sec, ns)
			d.fieldU(names[i][1], ns, false)
		}
	} else {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// statx mask bits that say which fields the kernel filled: strace 6.1
// prints those fields only when their bit is set.
const (
	statxType      = 0x1
	statxMode      = 0x2
	statxNlink     = 0x4
	statxUID       = 0x8
	statxGID       = 0x10
	statxAtime     = 0x20
	statxMtime     = 0x40
	statxCtime     = 0x80
	statxIno       = 0x100
	statxSize      = 0x200
	statxBlocks    = 0x400
	statxBtime     = 0x800
	statxMntID     = 0x1000
	statxDioalign  = 0x2000
	statxBufferLen = 256
)

// statx prints struct statx as strace 6.1 does: the fields its stx_mask
// says are filled (and the few it always prints), the rest with -v.
func (d *Decoder) statx(addr uint64) {
	b := d.buf[:statxBufferLen]
	if !d.read(addr, b) {
		return
	}
	v := d.Opts.Verbose
	mask := le32(b[0:])
	d.b = append(d.b, "{stx_mask="...)
	d.flags(syscalls.StatxMask, uint64(mask))
	if v {
		d.fieldU("stx_blksize", uint64(le32(b[4:])), false)
	}
	d.fieldName("stx_attributes", false)
	d.flags(syscalls.StatxAttrs, le64(b[8:]))
	if v {
		if mask&statxNlink != 0 {
			d.fieldU("stx_nlink", uint64(le32(b[16:])), false)
		}
		if mask&statxUID != 0 {
			d.fieldName("stx_uid", false)
			d.id(le32(b[20:]))
		}
		if mask&statxGID != 0 {
			d.fieldName("stx_gid", false)
			d.id(le32(b[24:]))
		}
	}
	if mask&(statxType|statxMode) != 0 {
		d.fieldName("stx_mode", false)
		d.mode(uint32(b[28]) | uint32(b[29])<<8)
	}
	if v && mask&statxIno != 0 {
		d.fieldU("stx_ino", le64(b[32:]), false)
	}
	if mask&statxSize != 0 {
		d.fieldU("stx_size", le64(b[40:]), false)
	}
	if !v {
		d.b = append(d.b, ", ...}"...)
		return
	}
	if mask&statxBlocks != 0 {
		d.fieldU("stx_blocks", le64(b[48:]), false)
	}
	d.fieldName("stx_attributes_mask", false)
	d.flags(syscalls.StatxAttrs, le64(b[56:]))
	for _, t := range [...]struct {
		name string
		off  int
		bit  uint32
	}{{"stx_atime", 64, statxAtime}, {"stx_btime", 80, statxBtime}, {"stx_ctime", 96, statxCtime}, {"stx_mtime", 112, statxMtime}} {
		if mask&t.bit == 0 {
			continue
		}
		sec := int64(le64(b[t.off:]))
		ns := uint64(le32(b[t.off+8:]))
		d.fieldName(t.name, false)
		d.b = append(d.b, "{tv_sec="...)
		d.b = strconv.AppendInt(d.b, sec, 10)
		d.b = append(d.b, ", tv_nsec="...)
		d.b = strconv.AppendUint(d.b, ns, 10)
		d.b = append(d.b, '}')
		d.timeComment(sec, ns)
	}
	d.fieldU("stx_rdev_major", uint64(le32(b[128:])), false)
	d.fieldU("stx_rdev_minor", uint64(le32(b[132:])), false)
	d.fieldU("stx_dev_major", uint64(le32(b[136:])), false)
	d.fieldU("stx_dev_minor", uint64(le32(b[140:])), false)
	if mask&statxMntID != 0 {
		d.fieldName("stx_mnt_id", false)
		d.hex(le64(b[144:]))
	}
	if mask&statxDioalign != 0 {
		d.fieldU("stx_dio_mem_align", uint64(le32(b[152:])), false)
		d.fieldU("stx_dio_offset_align", uint64(le32(b[156:])), false)
	}
	d.b = append(d.b, '}')
}

// stValid in f_flags says the flags are filled in; strace prints them
// only then.
const stValid = 0x20

// statfs prints struct statfs in full, as strace always does.
func (d *Decoder) statfs(addr uint64) {
	// x86_64 and arm64 share the 64-bit layout: longs throughout, fsid
	// two ints, then namelen, frsize, flags and spare words.
	// i386's has 32-bit words where the others have 64-bit ones.
	w := 8
	if d.c.ABI == syscalls.I386 {
		w = 4
	}
	b := d.buf[:15*w]
	if !d.read(addr, b) {
		return
	}
	word := func(i int) uint64 { return field{i * w, w}.get(b) }
	d.b = append(d.b, "{f_type="...)
	d.enum(syscalls.FsMagics, word(0))
	d.fieldU("f_bsize", word(1), false)
	d.fieldU("f_blocks", word(2), false)
	d.fieldU("f_bfree", word(3), false)
	d.fieldU("f_bavail", word(4), false)
	d.fieldU("f_files", word(5), false)
	d.fieldU("f_ffree", word(6), false)
	d.b = append(d.b, ", f_fsid={val="...)
	d.localArray(2, func(i int) { d.hex(uint64(le32(b[7*w+4*i:]))) })
	d.b = append(d.b, '}')
	// Then namelen, frsize and flags, after the two ints of f_fsid.
	d.fieldU("f_namelen", field{7*w + 8, w}.get(b), false)
	d.fieldU("f_frsize", field{8*w + 8, w}.get(b), false)
	if flags := (field{9*w + 8, w}).get(b); flags&stValid != 0 {
		d.fieldName("f_flags", false)
		d.flags(syscalls.StatfsFlags, flags)
	}
	d.b = append(d.b, '}')
}

// utsname prints struct utsname: sysname and nodename then "...", or all
// six fields with -v.
func (d *Decoder) utsname(addr uint64) {
	const field = 65
	b := d.buf[:6*field]
	if !d.read(addr, b) {
		return
	}
	names := [...]string{"sysname", "nodename", "release", "version", "machine", "domainname"}
	n := len(names)
	if !d.Opts.Verbose {
		n = 2
	}
	d.b = append(d.b, '{')
	for i := 0; i < n; i++ {
		d.fieldName(names[i], i == 0)
		f := b[i*field : (i+1)*field]
		// strace prints each field whatever -s says: up to its NUL,
		// or all but its last byte then "..." when it has none.
		end := 0
		for end < len(f) && f[end] != 0 {
			end++
		}
		if end == len(f) {
			d.quote(f[:field-1], false)
			d.b = append(d.b, "..."...)
		} else {
			d.quote(f[:end], false)
		}
	}
	if !d.Opts.Verbose {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// rlimit64 prints struct rlimit64 as strace: RLIM64_INFINITY, N*1024.
// getrlimit and setrlimit of an ABI with 32-bit longs take a struct of
// 32-bit words, whose infinity strace calls RLIM_INFINITY.
func (d *Decoder) rlimit64(addr uint64) {
	w := 8
	if d.c.ABI.PointerSize() == 4 && d.c.Sys != nil && d.c.Sys.Name != "prlimit64" {
		w = 4
	}
	b := d.scratch(2 * w)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{rlim_cur="...)
	d.rlim(field{0, w}.get(b), w)
	d.b = append(d.b, ", rlim_max="...)
	d.rlim(field{w, w}.get(b), w)
	d.b = append(d.b, '}')
}

func (d *Decoder) rlim(v uint64, w int) {
	if d.Opts.Xlat != XlatAbbrev {
		d.b = strconv.AppendUint(d.b, v, 10)
		if d.Opts.Xlat == XlatVerbose {
			switch {
			case w == 8 && v == ^uint64(0):
				d.xlatComment("RLIM64_INFINITY")
			case w == 4 && v == uint64(^uint32(0)):
				d.xlatComment("RLIM_INFINITY")
			case v > 1024 && v%1024 == 0:
				d.xlatComment(strconv.FormatUint(v/1024, 10) + "*1024")
			}
		}
		return
	}
	switch {
	case w == 8 && v == ^uint64(0):
		d.b = append(d.b, "RLIM64_INFINITY"...)
	case w == 4 && v == uint64(^uint32(0)):
		d.b = append(d.b, "RLIM_INFINITY"...)
	case v > 1024 && v%1024 == 0:
		d.b = strconv.AppendUint(d.b, v/1024, 10)
		d.b = append(d.b, "*1024"...)
	default:
		d.b = strconv.AppendUint(d.b, v, 10)
	}
}

// timespecAt prints struct timespec: {tv_sec=1, tv_nsec=500}.
func (d *Decoder) timespecAt(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:2*ps]
	if !d.read(addr, b) {
		return
	}
	// strace prints tv_nsec and tv_usec unsigned.
	d.b = append(d.b, "{tv_sec="...)
	d.b = strconv.AppendInt(d.b, d.longAt(b), 10)
	d.b = append(d.b, ", tv_nsec="...)
	d.b = strconv.AppendUint(d.b, d.ulongAt(b[ps:]), 10)
	d.b = append(d.b, '}')
}

// timevalAt prints struct timeval: {tv_sec=1, tv_usec=500}.
func (d *Decoder) timevalAt(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:2*ps]
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{tv_sec="...)
	d.b = strconv.AppendInt(d.b, d.longAt(b), 10)
	d.b = append(d.b, ", tv_usec="...)
	d.b = strconv.AppendUint(d.b, d.ulongAt(b[ps:]), 10)
	d.b = append(d.b, '}')
}

// ulongAt reads an unsigned long of the call's ABI.
func (d *Decoder) ulongAt(b []byte) uint64 {
	if d.c.ABI.PointerSize() == 4 {
		return uint64(le32(b))
	}
	return le64(b)
}

// timezone prints struct timezone.
func (d *Decoder) timezone(addr uint64) {
	b := d.scratch(8)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{tz_minuteswest="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b[0:]))), 10)
	d.b = append(d.b, ", tz_dsttime="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b[4:]))), 10)
	d.b = append(d.b, '}')
}

// sigaction prints the kernel's struct sigaction (handler, flags,
// restorer, mask) as strace orders it: handler, mask, flags, restorer.
//
// strace 6.1 reads the struct with a mask of NSIG/sizeof(long) longs (64
// bytes where the kernel has 8), so a struct less than that far from an
// unreadable page prints as its address; the mask it shows is the kernel's
// 64 bits whatever the call's sigsetsize.
func (d *Decoder) sigaction(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:3*ps+64]
	if !d.read(addr, b) {
		return
	}
	handler := d.pointerAt(b[0:ps])
	flags := d.pointerAt(b[ps : 2*ps])
	restorer := d.pointerAt(b[2*ps : 3*ps])
	mask := le64(b[3*ps:])
	d.b = append(d.b, "{sa_handler="...)
	switch handler {
	case 0:
		d.b = append(d.b, "SIG_DFL"...)
	case 1:
		d.b = append(d.b, "SIG_IGN"...)
	case d.ulong(^uint64(0)):
		d.b = append(d.b, "SIG_ERR"...)
	default:
		d.ptr(handler)
	}
	d.b = append(d.b, ", sa_mask="...)
	d.sigmask(mask, sigsetMaxBytes)
	d.b = append(d.b, ", sa_flags="...)
	d.flags(syscalls.SigactionFlags, flags)
	const saRestorer = 0x04000000
	if flags&saRestorer != 0 {
		d.b = append(d.b, ", sa_restorer="...)
		d.ptr(restorer)
	}
	d.b = append(d.b, '}')
}

// intPair prints int[2] as strace's print_array: [3, 4], [3, ...] under
// -s 1, [3, ... /* addr */] when the second cannot be read.
func (d *Decoder) intPair(addr uint64) {
	d.arrayOf(addr, 2, 4, func(b []byte) {
		// The pair is pipe's or socketpair's descriptors: -y names them.
		d.fd(uint64(le32(b)))
	})
}

// localArray prints n elements already read, as strace's
// print_local_array: [a, b], at most -s of them then "..." unless -v.
func (d *Decoder) localArray(n int, elem func(i int)) {
	d.localArrayEx(n, false, elem)
}

// localArrayEx is localArray with strace's PAF_ARRAY_TRUNCATED: truncated
// adds a last "..." for elements the array was too short to hold.
func (d *Decoder) localArrayEx(n int, truncated bool, elem func(i int)) {
	limit := n
	if !d.Opts.Verbose && d.Opts.StringLimit < n {
		limit = d.Opts.StringLimit
	}
	d.b = append(d.b, '[')
	cut := false
	for i := 0; i < n; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		if i >= limit {
			d.b = append(d.b, "..."...)
			cut = true
			break
		}
		elem(i)
	}
	if truncated && !cut {
		if n > 0 {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, "..."...)
	}
	d.b = append(d.b, ']')
}

// intAt prints *(int *)addr as [v].
func (d *Decoder) intAt(addr uint64) {
	b := d.scratch(4)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b))), 10)
	d.b = append(d.b, ']')
}

// int64At prints *(int64 *)addr as [v].
func (d *Decoder) int64At(addr uint64) {
	b := d.scratch(8)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendInt(d.b, int64(le64(b)), 10)
	d.b = append(d.b, ']')
}

// rusage prints struct rusage: abbreviated to the times, or in full with
// -v, as strace does.
func (d *Decoder) rusage(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:4*ps+14*ps]
	if !d.read(addr, b) {
		return
	}
	tv := func(name string, off int, first bool) {
		d.fieldName(name, first)
		d.b = append(d.b, "{tv_sec="...)
		d.b = strconv.AppendInt(d.b, d.longAt(b[off:]), 10)
		d.b = append(d.b, ", tv_usec="...)
		d.b = strconv.AppendUint(d.b, d.ulongAt(b[off+ps:]), 10)
		d.b = append(d.b, '}')
	}
	d.b = append(d.b, '{')
	tv("ru_utime", 0, true)
	tv("ru_stime", 2*ps, false)
	names := [...]string{"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
		"ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"}
	if d.Opts.Verbose {
		// strace prints the longs unsigned.
		for i, n := range names {
			d.fieldU(n, d.ulongAt(b[4*ps+i*ps:]), false)
		}
	} else {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// direntLayout is one of the kernel's directory entry records.
type direntLayout struct {
	// header is the size before d_name; word the size of d_ino and
	// d_off, which d_reclen (two bytes) follows.
	header, word uint64
	// typeLast: d_type is the record's last byte, printed after d_name
	// (struct linux_dirent, getdents), not the header's last, printed
	// before it (struct linux_dirent64, getdents64).
	typeLast bool
}

// dirent64 is struct linux_dirent64, the same in every ABI.
var dirent64 = direntLayout{header: 19, word: 8}

// oldDirent is struct linux_dirent of an ABI with ps-byte longs.
func oldDirent(ps uint64) direntLayout {
	return direntLayout{header: 2*ps + 2, word: ps, typeLast: true}
}

// dirents prints getdents64's buffer as strace's xgetdents does: by
// default its address and the number of entries, /* 2 entries */ (with a
// "+" when bytes are left that are not a whole entry); with -v the entries.
// A return value larger than the count argument prints as the address.
func (d *Decoder) dirents(addr uint64) {
	n := d.c.Ret
	if n < 0 || uint64(n) > uint64(uint32(d.c.Args[2])) {
		d.ptr(addr)
		return
	}
	d.direntList(addr, uint64(n), dirent64)
}

// direntList prints length bytes of directory entries in layout l.
func (d *Decoder) direntList(addr, length uint64, l direntLayout) {
	abbrev := !d.Opts.Verbose
	if abbrev {
		d.ptr(addr)
	}
	// One read for the whole buffer, served to the reads below.
	defer d.readBulk(addr, length)()
	count := 0
	for i := 0; ; i++ {
		if length < l.header {
			if !abbrev {
				if length == 0 {
					d.b = append(d.b, '[')
					count++
				} else {
					d.bufferHex(addr, length, true)
				}
			}
			break
		}
		hdr := d.scratch(int(l.header))
		if got, _ := d.Mem.Read(addr, hdr); addr == 0 || got != len(hdr) {
			if !abbrev {
				if count > 0 {
					d.b = append(d.b, "... /* "...)
					d.ptr(addr)
					d.b = append(d.b, " */"...)
				} else {
					d.ptr(addr)
				}
			}
			break
		}
		if !abbrev && count == 0 {
			d.b = append(d.b, '[')
		}
		count++
		reclen := uint64(uint16(hdr[2*l.word]) | uint16(hdr[2*l.word+1])<<8)
		if !abbrev {
			d.b = append(d.b, "{d_ino="...)
			d.b = strconv.AppendUint(d.b, direntWord(hdr[:l.word]), 10)
			d.b = append(d.b, ", d_off="...)
			d.b = strconv.AppendUint(d.b, direntWord(hdr[l.word:2*l.word]), 10)
			d.b = append(d.b, ", d_reclen="...)
			d.b = strconv.AppendUint(d.b, reclen, 10)
		}
		next := uint64(0)
		nextLen := uint64(0)
		switch {
		case reclen > length:
			d.b = append(d.b, " /* "...)
			if abbrev {
				d.b = append(d.b, "d_reclen "...)
			}
			d.b = strconv.AppendUint(d.b, reclen-length, 10)
			d.b = append(d.b, " bytes overflow */"...)
			reclen = length
		case reclen < l.header:
			d.b = append(d.b, " /* "...)
			if abbrev {
				d.b = append(d.b, "d_reclen "...)
			}
			d.b = strconv.AppendUint(d.b, l.header-reclen, 10)
			d.b = append(d.b, " bytes underflow */"...)
			reclen = l.header
			nextLen = length - l.header
		default:
			nextLen = length - reclen
			if nextLen != 0 {
				if addr+reclen > addr {
					next = addr + reclen
				} else {
					d.b = append(d.b, " /* address overflow */"...)
				}
			}
		}
		length = nextLen
		if !abbrev {
			var ok bool
			if l.typeLast {
				ok = d.oldDirentTail(addr, reclen, l.header)
			} else {
				ok = d.dirent64Tail(addr, reclen, hdr[l.header-1])
			}
			d.b = append(d.b, '}')
			if next != 0 {
				d.b = append(d.b, ", "...)
				if !ok {
					d.b = append(d.b, "..."...)
					break
				}
			}
		}
		if next == 0 || i >= maxArray {
			break
		}
		addr = next
	}
	if !abbrev {
		if count > 0 {
			d.b = append(d.b, ']')
		}
		return
	}
	d.b = append(d.b, " /* "...)
	d.b = strconv.AppendInt(d.b, int64(count), 10)
	if length != 0 {
		d.b = append(d.b, '+')
	}
	d.b = append(d.b, " entries */"...)
}

// direntWord reads d_ino or d_off: 8 bytes, or 4 (an i386 long).
func direntWord(b []byte) uint64 {
	if len(b) == 8 {
		return le64(b)
	}
	return uint64(le32(b))
}

// dirent64Tail prints a linux_dirent64's d_type (from its header) and
// d_name; it reports whether the name could be read whole.
func (d *Decoder) dirent64Tail(addr, reclen uint64, typ byte) bool {
	d.b = append(d.b, ", d_type="...)
	d.enum(syscalls.DirentTypes, uint64(typ))
	if nameLen := reclen - dirent64.header; nameLen > 0 {
		d.b = append(d.b, ", d_name="...)
		return d.pathN(addr+dirent64.header, int(min(nameLen, 256)))
	}
	return true
}

// oldDirentTail prints a linux_dirent's d_name and d_type, the record's
// last byte; it reports whether both could be read.
func (d *Decoder) oldDirentTail(addr, reclen, header uint64) bool {
	ok := true
	nameType := reclen - header
	if nameType == 0 {
		return ok
	}
	if nameLen := nameType - 1; nameLen != 0 {
		d.b = append(d.b, ", d_name="...)
		ok = d.pathN(addr+header, int(min(nameLen, 256)-1))
	}
	d.b = append(d.b, ", d_type="...)
	t := d.scratch(1)
	if d.read(addr+header+nameType-1, t) {
		d.enum(syscalls.DirentTypes, uint64(t[0]))
	} else {
		ok = false
	}
	return ok
}

// pathN prints a path of at most n bytes at addr as strace's printpathn:
// up to its NUL, or n bytes then "..." when it has none within them. It
// returns false when the memory could not be read (the address printed).
func (d *Decoder) pathN(addr uint64, n int) bool {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return false
	}
	s, complete, ok := d.readCString(addr, n)
	if !ok {
		d.ptr(addr)
		return false
	}
	d.quote(s, false)
	if !complete {
		d.b = append(d.b, "..."...)
	}
	return true
}

// ngroupsMax is NGROUPS_MAX: strace shows a longer gid list as its
// address.
const ngroupsMax = 65536

// gids prints a gid_t array: [0, 4, 27]. Its count is the return value at
// exit, or the argument a.Len at entry.
func (d *Decoder) gids(addr uint64, a *syscalls.Arg) {
	n := uint64(uint32(d.lenArg(a)))
	if n > ngroupsMax {
		d.ptr(addr)
		return
	}
	d.arrayOf(addr, n, 4, func(b []byte) {
		d.id(le32(b))
	})
}

// id prints a uid or gid: unsigned, but -1 (no change) as -1.
func (d *Decoder) id(v uint32) {
	if v == ^uint32(0) {
		d.b = append(d.b, "-1"...)
		return
	}
	d.b = strconv.AppendUint(d.b, uint64(v), 10)
}

// maxArray bounds the elements printed with -v, where strace has no bound
// but the memory it can read: a tracee's huge count must not keep the
// tracer busy for ever.
const maxArray = 1 << 20

// arrayOf prints n elements of size bytes at addr as strace's print_array
// does (see sarray): NULL, [] for no elements, the address when the array
// would wrap around or its first element cannot be read, at most -s
// elements then "..." unless -v, and "... /* addr */" where memory runs
// out. elem prints one element from its bytes (at most 64), which stay
// valid only until it reads memory itself.
func (d *Decoder) arrayOf(addr, n, size uint64, elem func(b []byte)) {
	d.sarray(addr, n, size, false, sarrayFetch, false, func(b []byte, _ uint64) bool {
		elem(b)
		return true
	})
}

// sysinfo prints struct sysinfo in full.
func (d *Decoder) sysinfo(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:112]
	if ps == 4 {
		b = d.buf[:64]
	}
	if !d.read(addr, b) {
		return
	}
	// Unsigned longs of the ABI, as strace prints them all (uptime
	// too).
	word := func(off int) uint64 { return d.ulongAt(b[off:]) }
	d.b = append(d.b, '{')
	d.fieldU("uptime", word(0), true)
	d.b = append(d.b, ", loads="...)
	d.localArray(3, func(i int) {
		d.b = strconv.AppendUint(d.b, word(ps+i*ps), 10)
	})
	off := 4 * ps
	for _, n := range [...]string{"totalram", "freeram", "sharedram", "bufferram", "totalswap", "freeswap"} {
		d.fieldU(n, word(off), false)
		off += ps
	}
	procs := uint64(uint16(b[off]) | uint16(b[off+1])<<8)
	d.fieldU("procs", procs, false)
	off += ps // procs, pad to the next long
	d.fieldU("totalhigh", word(off), false)
	d.fieldU("freehigh", word(off+ps), false)
	d.fieldU("mem_unit", uint64(le32(b[off+2*ps:])), false)
	d.b = append(d.b, '}')
}

// UTIME_NOW and UTIME_OMIT, utimensat's special tv_nsec values.
const (
	utimeNow  = (1 << 30) - 1
	utimeOmit = (1 << 30) - 2
)

// timePair prints struct timespec[2] or struct timeval[2], each followed by
// its date as strace does; an element whose tv_nsec is UTIME_NOW or
// UTIME_OMIT prints as just that name. Both must be readable (or the
// address prints), and -s limits the elements shown, as for any array.
func (d *Decoder) timePair(addr uint64, nsec bool) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:4*ps]
	if !d.read(addr, b) {
		return
	}
	d.localArray(2, func(i int) {
		sec := d.longAt(b[2*i*ps:])
		frac := d.ulongAt(b[(2*i+1)*ps:])
		if nsec {
			switch int64(frac) {
			case utimeNow:
				d.b = append(d.b, "UTIME_NOW"...)
				return
			case utimeOmit:
				d.b = append(d.b, "UTIME_OMIT"...)
				return
			}
		}
		d.b = append(d.b, "{tv_sec="...)
		d.b = strconv.AppendInt(d.b, sec, 10)
		width := 9
		if nsec {
			d.b = append(d.b, ", tv_nsec="...)
		} else {
			d.b = append(d.b, ", tv_usec="...)
			width = 6
		}
		d.b = strconv.AppendUint(d.b, frac, 10)
		d.b = append(d.b, '}')
		d.timeCommentFrac(sec, frac, width)
	})
}

// stackT prints stack_t: {ss_sp=0x..., ss_flags=0, ss_size=65536}.
func (d *Decoder) stackT(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:3*ps]
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{ss_sp="...)
	d.ptr(d.pointerAt(b[:ps]))
	d.b = append(d.b, ", ss_flags="...)
	d.flags(syscalls.SigaltstackFlags, uint64(le32(b[ps:])))
	d.b = append(d.b, ", ss_size="...)
	d.b = strconv.AppendUint(d.b, d.ulongAt(b[2*ps:]), 10)
	d.b = append(d.b, '}')
}

// cpusetMax is the most of a CPU mask strace reads: the size of the
// kernel's mask on the tracer's host (1024 CPUs, 128 bytes, unless the
// host has more).
const cpusetMax = 128

// cpuSet prints a CPU mask as the list of CPUs in it, [0 1], as strace's
// print_affinitylist: at most cpusetMax bytes of it, then " ..." when the
// mask was longer. Its size is the return value at exit
// (sched_getaffinity) or an argument; a failed one prints as the address,
// an empty one as [].
func (d *Decoder) cpuSet(addr uint64, a *syscalls.Arg) {
	size := uint64(uint32(d.lenArg(a)))
	if d.c.Exited && d.c.Failed {
		d.ptr(addr)
		return
	}
	read := min(size, cpusetMax)
	ps := uint64(d.c.ABI.PointerSize())
	words := (read + ps - 1) &^ (ps - 1)
	b := d.buf[:words]
	clear(b)
	if !d.read(addr, b[:read]) {
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
			d.b = strconv.AppendInt(d.b, int64(i*8+bit), 10)
		}
	}
	if words < size {
		d.b = append(d.b, " ..."...)
	}
	d.b = append(d.b, ']')
}

// iovecs prints an array of struct iovec with each buffer's contents: at
// entry all of each (writev), at exit only as much as the call returned,
// in order (readv), and when readv failed the buffers' addresses.
func (d *Decoder) iovecs(addr uint64, a *syscalls.Arg, exiting bool) {
	n := d.ulong(d.lenArg(a))
	ps := uint64(d.c.ABI.PointerSize())
	addrsOnly := exiting && d.c.Failed
	unlimited := true
	left := uint64(0)
	if a.Kind == syscalls.StructOut && !addrsOnly {
		unlimited = false
		left = uint64(d.c.Ret)
	}
	d.arrayOf(addr, n, 2*ps, func(e []byte) {
		base := d.pointerAt(e[:ps])
		length := d.pointerAt(e[ps:])
		d.b = append(d.b, "{iov_base="...)
		if addrsOnly {
			d.ptr(base)
		} else {
			show := length
			if !unlimited {
				if show > left {
					show = left
				}
				left -= show
			}
			d.buffer(base, show)
		}
		d.b = append(d.b, ", iov_len="...)
		d.b = strconv.AppendUint(d.b, length, 10)
		d.b = append(d.b, '}')
	})
}
