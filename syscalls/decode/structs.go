package decode

import (
	"strconv"
	"time"

	"github.com/gotrace/gotrace/syscalls"
)

// structAt prints the struct of kind a.Struct at addr. NULL prints as NULL;
// memory that cannot be read whole prints as the address. exiting says the
// call has returned (output structs are only printed then).
func (d *Decoder) structAt(addr uint64, a *syscalls.Arg, exiting bool) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
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
		d.sigsetAt(addr, d.ulong(d.c.Args[a.Len]))
	case syscalls.Sigaction:
		d.sigaction(addr, d.ulong(d.c.Args[3]))
	case syscalls.Sockaddr:
		d.sockaddrArg(addr, a)
	case syscalls.PipeFds:
		d.intPair(addr)
	case syscalls.IntPtr:
		d.intAt(addr)
	case syscalls.Int64Ptr:
		d.int64At(addr)
	case syscalls.WaitStatus:
		var b [4]byte
		if !d.read(addr, b[:]) {
			return
		}
		d.waitStatus(le32(b[:]))
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

// dev prints a dev_t as makedev(major, minor) with glibc's split.
func (d *Decoder) dev(v uint64) {
	major := (v>>8)&0xfff | (v>>32)&^0xfff
	minor := v&0xff | (v>>12)&^0xff
	d.b = append(d.b, "makedev("...)
	d.hex(major)
	d.b = append(d.b, ", "...)
	d.hex(minor)
	d.b = append(d.b, ')')
}

// timeComment prints a time as strace's verbose timestamp comment:
// " /* 2026-11-22T05:49:32.767221326+0000 */", in the local zone.
func (d *Decoder) timeComment(sec int64, nsec uint64) {
	t := time.Unix(sec, int64(nsec)).Local()
	d.b = append(d.b, " /* "...)
	d.b = t.AppendFormat(d.b, "2006-01-02T15:04:05")
	if nsec != 0 {
		d.b = append(d.b, '.')
		var tmp [12]byte
		s := strconv.AppendUint(tmp[:0], nsec, 10)
		for i := len(s); i < 9; i++ {
			d.b = append(d.b, '0')
		}
		d.b = append(d.b, s...)
	}
	d.b = t.AppendFormat(d.b, "-0700")
	d.b = append(d.b, " */"...)
}

// statLayout gives the offsets of struct stat's fields in one ABI.
type statLayout struct {
	size                            int
	dev, ino, mode, nlink, uid, gid int
	rdev, size_, blksize, blocks    int
	atime, mtime, ctime             int
	nlink64, blksize32              bool
}

// x86_64's struct stat (arch/x86/include/uapi/asm/stat.h).
var statAMD64 = statLayout{size: 144, dev: 0, ino: 8, nlink: 16, mode: 24, uid: 28, gid: 32, rdev: 40,
	size_: 48, blksize: 56, blocks: 64, atime: 72, mtime: 88, ctime: 104, nlink64: true}

// The generic struct stat (include/uapi/asm-generic/stat.h), arm64's.
var statGeneric = statLayout{size: 128, dev: 0, ino: 8, mode: 16, nlink: 20, uid: 24, gid: 28, rdev: 32,
	size_: 48, blksize: 56, blocks: 64, atime: 72, mtime: 88, ctime: 104, blksize32: true}

// stat prints struct stat as strace does: mode and size (or rdev for
// devices) then "...", or every field with -v.
func (d *Decoder) stat(addr uint64) {
	l := &statAMD64
	if d.c.ABI == syscalls.ARM64 {
		l = &statGeneric
	}
	b := d.buf[:l.size]
	if !d.read(addr, b) {
		return
	}
	mode := le32(b[l.mode:])
	nlink := uint64(le32(b[l.nlink:]))
	if l.nlink64 {
		nlink = le64(b[l.nlink:])
	}
	blksize := int64(le64(b[l.blksize:]))
	if l.blksize32 {
		blksize = int64(int32(le32(b[l.blksize:])))
	}
	v := d.Opts.Verbose
	d.b = append(d.b, '{')
	if v {
		d.fieldName("st_dev", true)
		d.dev(le64(b[l.dev:]))
		d.fieldU("st_ino", le64(b[l.ino:]), false)
		d.b = append(d.b, ", "...)
	}
	d.b = append(d.b, "st_mode="...)
	d.mode(mode)
	if v {
		d.fieldU("st_nlink", nlink, false)
		d.fieldU("st_uid", uint64(le32(b[l.uid:])), false)
		d.fieldU("st_gid", uint64(le32(b[l.gid:])), false)
		d.fieldD("st_blksize", blksize, false)
		d.fieldD("st_blocks", int64(le64(b[l.blocks:])), false)
	}
	switch mode & sIFMT {
	case sIFCHR, sIFBLK:
		d.fieldName("st_rdev", false)
		d.dev(le64(b[l.rdev:]))
	default:
		d.fieldD("st_size", int64(le64(b[l.size_:])), false)
	}
	if v {
		for _, t := range [...]struct {
			name, nsec string
			off        int
		}{{"st_atime", "st_atime_nsec", l.atime}, {"st_mtime", "st_mtime_nsec", l.mtime}, {"st_ctime", "st_ctime_nsec", l.ctime}} {
			sec := int64(le64(b[t.off:]))
			ns := le64(b[t.off+8:])
			d.fieldD(t.name, sec, false)
			d.timeComment(sec, ns)
			d.fieldU(t.nsec, ns, false)
		}
	} else {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// statx prints struct statx as strace does.
func (d *Decoder) statx(addr uint64) {
	b := d.buf[:256]
	if !d.read(addr, b) {
		return
	}
	v := d.Opts.Verbose
	d.b = append(d.b, "{stx_mask="...)
	d.flags(syscalls.StatxMask, uint64(le32(b[0:])))
	if v {
		d.fieldU("stx_blksize", uint64(le32(b[4:])), false)
	}
	d.fieldName("stx_attributes", false)
	d.flags(syscalls.StatxAttrs, le64(b[8:]))
	if v {
		d.fieldU("stx_nlink", uint64(le32(b[16:])), false)
		d.fieldU("stx_uid", uint64(le32(b[20:])), false)
		d.fieldU("stx_gid", uint64(le32(b[24:])), false)
	}
	d.fieldName("stx_mode", false)
	d.mode(uint32(b[28]) | uint32(b[29])<<8)
	if v {
		d.fieldU("stx_ino", le64(b[32:]), false)
	}
	d.fieldU("stx_size", le64(b[40:]), false)
	if !v {
		d.b = append(d.b, ", ...}"...)
		return
	}
	d.fieldU("stx_blocks", le64(b[48:]), false)
	d.fieldName("stx_attributes_mask", false)
	d.flags(syscalls.StatxAttrs, le64(b[56:]))
	for _, t := range [...]struct {
		name string
		off  int
	}{{"stx_atime", 64}, {"stx_btime", 80}, {"stx_ctime", 96}, {"stx_mtime", 112}} {
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
	mask := le32(b[0:])
	if mask&0x1000 != 0 { // STATX_MNT_ID
		d.fieldU("stx_mnt_id", le64(b[144:]), false)
	}
	if mask&0x2000 != 0 { // STATX_DIOALIGN
		d.fieldU("stx_dio_mem_align", uint64(le32(b[152:])), false)
		d.fieldU("stx_dio_offset_align", uint64(le32(b[156:])), false)
	}
	d.b = append(d.b, '}')
}

// statfs prints struct statfs in full, as strace always does.
func (d *Decoder) statfs(addr uint64) {
	// x86_64 and arm64 share the 64-bit layout: longs throughout, fsid
	// two ints, then namelen, frsize, flags and spare words.
	b := d.buf[:120]
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{f_type="...)
	d.enum(syscalls.FsMagics, le64(b[0:]))
	d.fieldU("f_bsize", le64(b[8:]), false)
	d.fieldU("f_blocks", le64(b[16:]), false)
	d.fieldU("f_bfree", le64(b[24:]), false)
	d.fieldU("f_bavail", le64(b[32:]), false)
	d.fieldU("f_files", le64(b[40:]), false)
	d.fieldU("f_ffree", le64(b[48:]), false)
	d.b = append(d.b, ", f_fsid={val=["...)
	d.hex(uint64(le32(b[56:])))
	d.b = append(d.b, ", "...)
	d.hex(uint64(le32(b[60:])))
	d.b = append(d.b, "]}"...)
	d.fieldU("f_namelen", le64(b[64:]), false)
	d.fieldU("f_frsize", le64(b[72:]), false)
	d.fieldName("f_flags", false)
	d.flags(syscalls.StatfsFlags, le64(b[80:]))
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
		end := 0
		for end < len(f) && f[end] != 0 {
			end++
		}
		// Copy out: quote appends from d.buf-backed slices safely, as
		// d.b never aliases d.buf.
		d.quoteLimited(f[:end], end < len(f))
	}
	if !d.Opts.Verbose {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// quoteLimited quotes s cut to -s bytes, with "..." when cut or when not
// terminated.
func (d *Decoder) quoteLimited(s []byte, terminated bool) {
	cut := false
	if len(s) > d.Opts.StringLimit {
		s = s[:d.Opts.StringLimit]
		cut = true
	}
	d.quote(s, false)
	if cut || !terminated {
		d.b = append(d.b, "..."...)
	}
}

// rlimit64 prints struct rlimit64 as strace: RLIM64_INFINITY, N*1024.
func (d *Decoder) rlimit64(addr uint64) {
	var b [16]byte
	if !d.read(addr, b[:]) {
		return
	}
	d.b = append(d.b, "{rlim_cur="...)
	d.rlim(le64(b[0:]))
	d.b = append(d.b, ", rlim_max="...)
	d.rlim(le64(b[8:]))
	d.b = append(d.b, '}')
}

func (d *Decoder) rlim(v uint64) {
	switch {
	case v == ^uint64(0):
		d.b = append(d.b, "RLIM64_INFINITY"...)
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
	d.b = append(d.b, "{tv_sec="...)
	d.b = strconv.AppendInt(d.b, d.longAt(b), 10)
	d.b = append(d.b, ", tv_nsec="...)
	d.b = strconv.AppendInt(d.b, d.longAt(b[ps:]), 10)
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
	d.b = strconv.AppendInt(d.b, d.longAt(b[ps:]), 10)
	d.b = append(d.b, '}')
}

// timezone prints struct timezone.
func (d *Decoder) timezone(addr uint64) {
	var b [8]byte
	if !d.read(addr, b[:]) {
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
func (d *Decoder) sigaction(addr uint64, setsize uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:3*ps+8]
	if !d.read(addr, b) {
		return
	}
	handler := d.pointerAt(b[0:ps])
	flags := d.pointerAt(b[ps : 2*ps])
	if ps == 4 {
		flags = uint64(le32(b[ps:]))
	}
	restorer := d.pointerAt(b[2*ps : 3*ps])
	mask := le64(b[3*ps:])
	d.b = append(d.b, "{sa_handler="...)
	switch handler {
	case 0:
		d.b = append(d.b, "SIG_DFL"...)
	case 1:
		d.b = append(d.b, "SIG_IGN"...)
	default:
		d.ptr(handler)
	}
	d.b = append(d.b, ", sa_mask="...)
	if setsize == 0 || setsize > 8 {
		setsize = 8
	}
	d.sigmask(mask, int(setsize*8))
	d.b = append(d.b, ", sa_flags="...)
	d.flags(syscalls.SigactionFlags, flags)
	const saRestorer = 0x04000000
	if flags&saRestorer != 0 {
		d.b = append(d.b, ", sa_restorer="...)
		d.ptr(restorer)
	}
	d.b = append(d.b, '}')
}

// intPair prints int[2]: [3, 4].
func (d *Decoder) intPair(addr uint64) {
	var b [8]byte
	if !d.read(addr, b[:]) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b[0:]))), 10)
	d.b = append(d.b, ", "...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b[4:]))), 10)
	d.b = append(d.b, ']')
}

// intAt prints *(int *)addr as [v].
func (d *Decoder) intAt(addr uint64) {
	var b [4]byte
	if !d.read(addr, b[:]) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b[:]))), 10)
	d.b = append(d.b, ']')
}

// int64At prints *(int64 *)addr as [v].
func (d *Decoder) int64At(addr uint64) {
	var b [8]byte
	if !d.read(addr, b[:]) {
		return
	}
	d.b = append(d.b, '[')
	d.b = strconv.AppendInt(d.b, int64(le64(b[:])), 10)
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
		d.b = strconv.AppendInt(d.b, d.longAt(b[off+ps:]), 10)
		d.b = append(d.b, '}')
	}
	d.b = append(d.b, '{')
	tv("ru_utime", 0, true)
	tv("ru_stime", 2*ps, false)
	names := [...]string{"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
		"ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"}
	if d.Opts.Verbose {
		for i, n := range names {
			d.fieldD(n, d.longAt(b[4*ps+i*ps:]), false)
		}
	} else {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, '}')
}

// dirents prints a getdents64 buffer as strace does by default: its address
// and the number of entries; -v lists them.
func (d *Decoder) dirents(addr uint64) {
	n := d.c.Ret
	d.ptr(addr)
	if n < 0 {
		return
	}
	size := int(n)
	if size > 1<<20 {
		size = 1 << 20
	}
	count := 0
	var hdr [19]byte
	for off := 0; off+19 <= size; {
		if got, _ := d.Mem.Read(addr+uint64(off), hdr[:]); got != len(hdr) {
			break
		}
		reclen := int(uint16(hdr[16]) | uint16(hdr[17])<<8)
		if reclen == 0 {
			break
		}
		count++
		off += reclen
	}
	d.b = append(d.b, " /* "...)
	d.b = strconv.AppendInt(d.b, int64(count), 10)
	if count == 1 {
		d.b = append(d.b, " entry */"...)
	} else {
		d.b = append(d.b, " entries */"...)
	}
}

// gids prints a gid_t array: [0, 4, 27]. Its count is the return value at
// exit, or the argument a.Len at entry.
func (d *Decoder) gids(addr uint64, a *syscalls.Arg) {
	var n int64
	if a.Len == syscalls.LenRet {
		n = d.c.Ret
	} else {
		n = int64(int32(d.c.Args[a.Len]))
	}
	if n < 0 {
		d.ptr(addr)
		return
	}
	d.b = append(d.b, '[')
	var b [4]byte
	for i := int64(0); i < n; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		if !d.Opts.Verbose && i >= int64(d.Opts.StringLimit) {
			d.b = append(d.b, "..."...)
			break
		}
		if got, _ := d.Mem.Read(addr+uint64(i)*4, b[:]); got != 4 {
			d.ptr(addr + uint64(i)*4)
			break
		}
		d.b = strconv.AppendUint(d.b, uint64(le32(b[:])), 10)
	}
	d.b = append(d.b, ']')
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
	ul := func(off int) uint64 { return uint64(d.longAt(b[off:])) }
	if ps == 4 {
		ul = func(off int) uint64 { return uint64(le32(b[off:])) }
	}
	d.b = append(d.b, '{')
	d.fieldD("uptime", d.longAt(b[0:]), true)
	d.b = append(d.b, ", loads=["...)
	for i := 0; i < 3; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.b = strconv.AppendUint(d.b, ul(ps+i*ps), 10)
	}
	d.b = append(d.b, ']')
	off := 4 * ps
	for _, n := range [...]string{"totalram", "freeram", "sharedram", "bufferram", "totalswap", "freeswap"} {
		d.fieldU(n, ul(off), false)
		off += ps
	}
	procs := uint64(uint16(b[off]) | uint16(b[off+1])<<8)
	d.fieldU("procs", procs, false)
	off += ps // procs, pad to the next long
	d.fieldU("totalhigh", ul(off), false)
	d.fieldU("freehigh", ul(off+ps), false)
	d.fieldU("mem_unit", uint64(le32(b[off+2*ps:])), false)
	d.b = append(d.b, '}')
}

// UTIME_NOW and UTIME_OMIT, utimensat's special tv_nsec values.
const (
	utimeNow  = (1 << 30) - 1
	utimeOmit = (1 << 30) - 2
)

// timePair prints struct timespec[2] or struct timeval[2], each followed by
// its date as strace does; UTIME_NOW and UTIME_OMIT are named.
func (d *Decoder) timePair(addr uint64, nsec bool) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:4*ps]
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, '[')
	for i := 0; i < 2; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		sec := d.longAt(b[2*i*ps:])
		frac := d.longAt(b[(2*i+1)*ps:])
		d.b = append(d.b, "{tv_sec="...)
		d.b = strconv.AppendInt(d.b, sec, 10)
		if nsec {
			d.b = append(d.b, ", tv_nsec="...)
			switch frac {
			case utimeNow:
				d.b = append(d.b, "UTIME_NOW}"...)
				continue
			case utimeOmit:
				d.b = append(d.b, "UTIME_OMIT}"...)
				continue
			}
		} else {
			d.b = append(d.b, ", tv_usec="...)
		}
		d.b = strconv.AppendInt(d.b, frac, 10)
		d.b = append(d.b, '}')
		ns := frac
		if !nsec {
			ns *= 1000
		}
		if ns >= 0 && ns < 1e9 {
			d.timeComment(sec, uint64(ns))
		}
	}
	d.b = append(d.b, ']')
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
	d.b = strconv.AppendUint(d.b, uint64(d.longAt(b[2*ps:])), 10)
	d.b = append(d.b, '}')
}

// cpuSet prints a CPU mask as the list of CPUs in it: [0 1]. Its size is
// the return value at exit (sched_getaffinity) or an argument.
func (d *Decoder) cpuSet(addr uint64, a *syscalls.Arg) {
	var size int64
	if a.Len == syscalls.LenRet {
		size = d.c.Ret
	} else {
		size = int64(uint32(d.c.Args[a.Len]))
	}
	if size <= 0 || size > int64(len(d.buf)) {
		d.ptr(addr)
		return
	}
	b := d.buf[:size]
	if !d.read(addr, b) {
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
	d.b = append(d.b, ']')
}

// iovecs prints an array of struct iovec with each buffer's contents: at
// entry all of each (writev), at exit only as much as the call returned,
// in order (readv).
func (d *Decoder) iovecs(addr uint64, a *syscalls.Arg, exiting bool) {
	n := d.ulong(d.c.Args[a.Len])
	ps := uint64(d.c.ABI.PointerSize())
	left := uint64(1<<63 - 1)
	if a.Kind == syscalls.StructOut {
		if d.c.Ret < 0 {
			d.ptr(addr)
			return
		}
		left = uint64(d.c.Ret)
	}
	if n > 1024 {
		d.ptr(addr)
		return
	}
	var ent [16]byte
	d.b = append(d.b, '[')
	for i := uint64(0); i < n; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		if !d.Opts.Verbose && i >= uint64(d.Opts.StringLimit) {
			d.b = append(d.b, "..."...)
			break
		}
		e := ent[:2*ps]
		if got, _ := d.Mem.Read(addr+i*2*ps, e); uint64(got) != 2*ps {
			d.ptr(addr + i*2*ps)
			break
		}
		base := d.pointerAt(e[:ps])
		length := d.pointerAt(e[ps:])
		show := length
		if show > left {
			show = left
		}
		left -= show
		d.b = append(d.b, "{iov_base="...)
		d.buffer(base, show)
		d.b = append(d.b, ", iov_len="...)
		d.b = strconv.AppendUint(d.b, length, 10)
		d.b = append(d.b, '}')
	}
	d.b = append(d.b, ']')
}
