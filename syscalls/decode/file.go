package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders of the file and mount calls whose arguments depend on each
// other (file handles, vectored I/O with split offsets, quotas, the mount
// calls), and printers of their structs.

func init() {
	specials.add([]namedSpecial{
		{"getdents", decodeGetdents},
		{"ustat", decodeUstat},
		{"readahead", decodeReadahead},
		{"sync_file_range", decodeSyncFileRange},
		{"fadvise64", decodeFadvise64},
		{"fadvise64_64", decodeFadvise64},
		{"truncate64", decodeTruncate64},
		{"ftruncate64", decodeTruncate64},
		{"name_to_handle_at", decodeNameToHandleAt},
		{"preadv", decodePreadv},
		{"preadv2", decodePreadv},
		{"pwritev", decodePwritev},
		{"pwritev2", decodePwritev},
		{"getxattrat", decodeGetxattrat},
		{"listxattrat", decodeListxattrat},
		{"file_getattr", decodeFileGetattr},
		{"cachestat", decodeCachestat},
		{"fanotify_init", decodeFanotifyInit},
		{"fanotify_mark", decodeFanotifyMark},
		{"quotactl", decodeQuotactl},
		{"quotactl_fd", decodeQuotactl},
		{"mount", decodeMount},
		{"fsconfig", decodeFsconfig},
		{"statmount", decodeStatmount},
		{"listmount", decodeListmount},
	}...)
	registerStruct(syscalls.Utimbuf, printUtimbuf)
	registerStruct(syscalls.Ustat, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.ptr(addr) })
	registerStruct(syscalls.FileHandle, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.fileHandle(addr) })
	registerStruct(syscalls.OpenHow, printOpenHow)
	registerStruct(syscalls.MountAttr, printMountAttr)
	registerStruct(syscalls.XattrArgs, printXattrArgs)
	registerStruct(syscalls.FileAttr, printFileAttr)
	registerStruct(syscalls.MntIDReq, printMntIDReq)
	registerStruct(syscalls.CachestatRange, printCachestatRange)
	registerStruct(syscalls.Cachestat, printCachestat)
}

// argLL returns the 64-bit value that starts at argument i, as strace's
// getllval: one register, or two (low, high) on i386; and the index of
// the next argument.
func (d *Decoder) argLL(i int) (uint64, int) {
	if d.c.ABI == syscalls.I386 {
		return uint64(uint32(d.c.Args[i])) | uint64(uint32(d.c.Args[i+1]))<<32, i + 2
	}
	return d.c.Args[i], i + 1
}

// hex32 prints an unsigned int in hex (strace's PRINT_VAL_X of one).
func (d *Decoder) hex32(v uint64) { d.hex(uint64(uint32(v))) }

// getdents(fd, dirp, count): the old struct linux_dirent, whose d_type is
// the record's last byte: by default the buffer's address and an entry
// count, with -v the entries.
func decodeGetdents(d *Decoder, exiting bool) bool {
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		return false
	}
	count := uint64(uint32(d.c.Args[2]))
	if d.c.Failed || uint64(d.c.Ret) > count {
		d.ptr(d.c.Args[1])
	} else {
		d.direntList(d.ulong(d.c.Args[1]), uint64(d.c.Ret), oldDirent(uint64(d.c.ABI.PointerSize())))
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, count, 10)
	return true
}

// printUtimbuf prints struct utimbuf: {actime=1 /* date */, modtime=2}.
func printUtimbuf(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(2 * ps)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{actime="...)
	t := d.longAt(b)
	d.b = strconv.AppendInt(d.b, t, 10)
	d.timeComment(t, 0)
	d.b = append(d.b, ", modtime="...)
	t = d.longAt(b[ps:])
	d.b = strconv.AppendInt(d.b, t, 10)
	d.timeComment(t, 0)
	d.b = append(d.b, '}')
}

// ustat(dev, ubuf): the device at entry, the struct (whose layout strace
// 6.1 does not know) by address at exit.
func decodeUstat(d *Decoder, exiting bool) bool {
	if !exiting {
		d.dev(uint64(uint32(d.c.Args[0])))
		d.sep()
		return false
	}
	d.ptr(d.c.Args[1])
	return true
}

// readahead(fd, offset, count), the offset split in two on i386.
func decodeReadahead(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	off, n := d.argLL(1)
	d.b = strconv.AppendInt(d.b, int64(off), 10)
	d.sep()
	d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[n]), 10)
	return true
}

// sync_file_range(fd, offset, nbytes, flags).
func decodeSyncFileRange(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	off, n := d.argLL(1)
	d.b = strconv.AppendInt(d.b, int64(off), 10)
	d.sep()
	nbytes, n := d.argLL(n)
	d.b = strconv.AppendInt(d.b, int64(nbytes), 10)
	d.sep()
	d.flags(syscalls.SyncFileRangeFlags, uint64(uint32(d.c.Args[n])))
	return true
}

// fadvise64(fd, offset, len, advice) and i386's fadvise64_64, whose len is
// 64-bit too.
func decodeFadvise64(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	off, n := d.argLL(1)
	d.b = strconv.AppendInt(d.b, int64(off), 10)
	d.sep()
	if d.c.Sys.Name == "fadvise64_64" {
		var l uint64
		l, n = d.argLL(n)
		d.b = strconv.AppendInt(d.b, int64(l), 10)
	} else {
		d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[n]), 10)
		n++
	}
	d.sep()
	d.enum32(syscalls.FadviseAdvice, d.c.Args[n])
	return true
}

// truncate64(path, length) and ftruncate64(fd, length) (i386).
func decodeTruncate64(d *Decoder, exiting bool) bool {
	d.argAt(0)
	d.sep()
	l, _ := d.argLL(1)
	d.b = strconv.AppendUint(d.b, l, 10)
	return true
}

// maxHandleSz is MAX_HANDLE_SZ: strace shows no more of a file handle.
const maxHandleSz = 128

// fHandle prints a file handle's bytes (handleBytes of them, at most
// MAX_HANDLE_SZ) after the header at addr, in hex, or ??? when they
// cannot be read.
func (d *Decoder) fHandle(addr uint64, handleBytes uint32) {
	n := min(handleBytes, maxHandleSz)
	b := d.buf[:n]
	if addr+8 <= 8 || !d.readQuiet(addr+8, b) {
		d.b = append(d.b, "???"...)
		return
	}
	d.quote(b, true)
	if handleBytes > n {
		d.b = append(d.b, "..."...)
	}
}

// fileHandle prints struct file_handle (open_by_handle_at).
func (d *Decoder) fileHandle(addr uint64) {
	h := d.scratch(8)
	if !d.read(addr, h) {
		return
	}
	n := le32(h)
	d.b = append(d.b, "{handle_bytes="...)
	d.b = strconv.AppendUint(d.b, uint64(n), 10)
	d.b = append(d.b, ", handle_type="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(h[4:]))), 10)
	d.b = append(d.b, ", f_handle="...)
	d.fHandle(addr, n)
	d.b = append(d.b, '}')
}

// eoverflow is EOVERFLOW, with which name_to_handle_at says how large a
// handle it needs.
const eoverflow = 75

// name_to_handle_at(dirfd, path, handle, mount_id, flags): handle_bytes at
// entry, and as the call left it with the handle at exit.
func decodeNameToHandleAt(d *Decoder, exiting bool) bool {
	addr := d.ulong(d.c.Args[2])
	if !exiting {
		d.args(0, 2)
		d.sep()
		h := d.scratch(8)
		if !d.read(addr, h) {
			d.sep()
			d.ptr(d.c.Args[3])
			d.sep()
			d.flags(syscalls.NameToHandleAtFlags, uint64(uint32(d.c.Args[4])))
			return true
		}
		d.b = append(d.b, "{handle_bytes="...)
		d.b = strconv.AppendUint(d.b, uint64(le32(h)), 10)
		d.c.Saved[0] = uint64(le32(h))
		return false
	}
	h := d.scratch(8)
	if (!d.c.Failed || d.c.Errno() == eoverflow) && d.readQuiet(addr, h) {
		n := le32(h)
		if uint64(n) != d.c.Saved[0] {
			d.b = append(d.b, " => "...)
			d.b = strconv.AppendUint(d.b, uint64(n), 10)
		}
		if !d.c.Failed {
			d.b = append(d.b, ", handle_type="...)
			d.b = strconv.AppendInt(d.b, int64(int32(le32(h[4:]))), 10)
			d.b = append(d.b, ", f_handle="...)
			d.fHandle(addr, n)
		}
	}
	d.b = append(d.b, "}, "...)
	if d.c.Failed {
		d.ptr(d.c.Args[3])
	} else {
		d.netIntAt(d.ulong(d.c.Args[3]))
	}
	d.sep()
	d.flags(syscalls.NameToHandleAtFlags, uint64(uint32(d.c.Args[4])))
	return true
}

// rwOffset prints the offset of preadv and pwritev: pos_l alone, or
// pos_h:pos_l on i386.
func (d *Decoder) rwOffset() {
	if d.c.ABI == syscalls.I386 {
		d.b = strconv.AppendInt(d.b, int64(uint64(uint32(d.c.Args[4]))<<32|uint64(uint32(d.c.Args[3]))), 10)
		return
	}
	d.b = strconv.AppendInt(d.b, int64(d.c.Args[3]), 10)
}

// rwFlags prints preadv2's and pwritev2's flags.
func (d *Decoder) rwFlags() {
	if name := d.c.Sys.Name; name == "preadv2" || name == "pwritev2" {
		d.sep()
		i := 5
		if d.c.ABI == syscalls.X32 {
			i = 4
		}
		d.flags(syscalls.RwfFlags, uint64(uint32(d.c.Args[i])))
	}
}

// preadv(fd, iov, iovcnt, pos_l, pos_h) and preadv2(..., flags): the
// buffers at exit, as much of them as the call returned (their addresses
// when it failed).
func decodePreadv(d *Decoder, exiting bool) bool {
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		return false
	}
	n := d.ulong(d.c.Args[2])
	d.iovUpto(d.c.Args[1], n, uint64(d.c.Ret), d.c.Failed)
	d.sep()
	d.b = strconv.AppendUint(d.b, n, 10)
	d.sep()
	d.rwOffset()
	d.rwFlags()
	return true
}

// pwritev(fd, iov, iovcnt, pos_l, pos_h) and pwritev2(..., flags), at
// entry.
func decodePwritev(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	n := d.ulong(d.c.Args[2])
	d.iovUpto(d.c.Args[1], n, noLimit, false)
	d.sep()
	d.b = strconv.AppendUint(d.b, n, 10)
	d.sep()
	d.rwOffset()
	d.rwFlags()
	return true
}

// nonzeroBytes prints the bytes start..total-1 of the struct at addr
// after a field separator, as strace's print_nonzero_bytes, if any is
// not zero: , /* bytes 24..31 */ "\x01\x00...". It prints ", ???" when
// they cannot be read.
func (d *Decoder) nonzeroBytes(addr, start, total uint64) {
	if start >= total {
		return
	}
	n := total - start
	if n > uint64(len(d.buf)) || !d.readQuiet(addr+start, d.buf[:n]) {
		d.b = append(d.b, ", ???"...)
		return
	}
	zero := true
	for _, c := range d.buf[:n] {
		if c != 0 {
			zero = false
			break
		}
	}
	if zero {
		return
	}
	d.b = append(d.b, ", /* bytes "...)
	d.b = strconv.AppendUint(d.b, start, 10)
	d.b = append(d.b, ".."...)
	d.b = strconv.AppendUint(d.b, total-1, 10)
	d.b = append(d.b, " */ "...)
	show := min(n, uint64(d.Opts.StringLimit))
	d.quote(d.buf[:show], true)
	if show < n {
		d.b = append(d.b, "..."...)
	}
}

// pageSizeMax bounds the trailing bytes of an extensible struct strace
// looks at (its get_pagesize()).
const pageSizeMax = 4096

// openHowFlags prints struct open_how's 64-bit flags as open's (strace's
// tprint_open_modes64): the access mode, the O_* bits, the rest in hex.
func (d *Decoder) openHowFlags(v uint64) {
	if d.Opts.Xlat != XlatAbbrev {
		d.hex(v)
		if d.Opts.Xlat == XlatRaw {
			return
		}
		d.b = append(d.b, " /* "...)
		defer d.xlatSuffix()
	}
	d.b = append(d.b, syscalls.OpenAccModes.Lookup(v&3)...)
	rest := v &^ 3
	if rest == 0 {
		return
	}
	d.b = append(d.b, '|')
	if left := d.flagNames(d.openFlagSet(), rest); left != 0 {
		if left != rest {
			d.b = append(d.b, '|')
		}
		d.hex(left)
	}
}

// printOpenHow prints struct open_how, whose size is the argument a.Len
// (openat2).
func printOpenHow(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	size := d.ulong(d.lenArg(a))
	if size < 24 {
		d.ptr(addr)
		return
	}
	b := d.scratch(24)
	if !d.read(addr, b) {
		return
	}
	flags, mode, resolve := le64(b), le64(b[8:]), le64(b[16:])
	d.b = append(d.b, "{flags="...)
	d.openHowFlags(flags)
	if flags&(oCreat|oTmpfile) != 0 || mode != 0 {
		d.b = append(d.b, ", mode="...)
		d.oct(mode)
	}
	d.b = append(d.b, ", resolve="...)
	d.flags(syscalls.ResolveFlags, resolve)
	if size > 24 {
		d.nonzeroBytes(addr, 24, min(size, pageSizeMax))
	}
	d.b = append(d.b, '}')
}

// mountAttrIdmap is MOUNT_ATTR_IDMAP: struct mount_attr's userns_fd is a
// descriptor.
const mountAttrIdmap = 0x00100000

// printMountAttr prints struct mount_attr, whose size is the argument
// a.Len (mount_setattr, open_tree_attr).
func printMountAttr(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	size := d.ulong(d.lenArg(a))
	if size < 32 {
		d.ptr(addr)
		return
	}
	b := d.scratch(32)
	if !d.read(addr, b) {
		return
	}
	set, clr, prop, userns := le64(b), le64(b[8:]), le64(b[16:]), le64(b[24:])
	d.b = append(d.b, "{attr_set="...)
	d.flags(syscalls.MountAttrAttr, set)
	d.b = append(d.b, ", attr_clr="...)
	d.flags(syscalls.MountAttrAttr, clr)
	d.b = append(d.b, ", propagation="...)
	d.enum(syscalls.MountAttrPropagation, prop)
	d.b = append(d.b, ", userns_fd="...)
	if userns > 0x7fffffff || (set|clr)&mountAttrIdmap == 0 {
		d.b = strconv.AppendUint(d.b, userns, 10)
	} else {
		d.fd(userns)
	}
	if size > 32 {
		d.nonzeroBytes(addr, 32, min(size, pageSizeMax))
	}
	d.b = append(d.b, '}')
}

// xattrArgs prints struct xattr_args: its value as the call's (entry:
// args.size bytes; exit: as many as returned) or by address.
func (d *Decoder) xattrArgs(addr, size, value uint64, vsize, flags uint32, decodeValue bool) {
	d.b = append(d.b, "{value="...)
	switch {
	case !decodeValue:
		d.ptr64(value)
	case d.c.Exited:
		if d.c.Failed {
			d.ptr64(value)
		} else {
			d.xattrValue(value, uint64(d.c.Ret))
		}
	default:
		d.xattrValue(value, uint64(vsize))
	}
	d.b = append(d.b, ", size="...)
	d.b = strconv.AppendUint(d.b, uint64(vsize), 10)
	d.b = append(d.b, ", flags="...)
	d.flags(syscalls.XattrFlags, uint64(flags))
	if size > 16 {
		d.nonzeroBytes(addr, 16, min(size, pageSizeMax))
	}
	d.b = append(d.b, '}')
}

// printXattrArgs prints setxattrat's struct xattr_args, whose size is the
// argument a.Len.
func printXattrArgs(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	size := d.ulong(d.lenArg(a))
	if size < 16 {
		d.ptr(addr)
		return
	}
	b := d.scratch(16)
	if !d.read(addr, b) {
		return
	}
	d.xattrArgs(addr, size, le64(b), le32(b[8:]), le32(b[12:]), true)
}

// Call.Resume says getxattrat kept its struct xattr_args in Call.Saved.
const xattrArgsSaved = 1

// getxattrat(dirfd, path, at_flags, name, args, size): a value to read
// makes the struct print at exit, with the value.
func decodeGetxattrat(d *Decoder, exiting bool) bool {
	addr, size := d.ulong(d.c.Args[4]), d.ulong(d.c.Args[5])
	if !exiting {
		d.args(0, 4)
		d.sep()
		b := d.scratch(16)
		switch {
		case size < 16:
			d.ptr(addr)
		case !d.read(addr, b):
		case le32(b[8:]) != 0:
			d.c.Saved[0], d.c.Saved[1] = le64(b), le64(b[8:])
			d.c.Resume = xattrArgsSaved
			return false
		default:
			d.xattrArgs(addr, size, le64(b), le32(b[8:]), le32(b[12:]), false)
		}
		d.sep()
		d.b = strconv.AppendUint(d.b, size, 10)
		return true
	}
	d.xattrArgs(addr, size, d.c.Saved[0], uint32(d.c.Saved[1]), uint32(d.c.Saved[1]>>32), true)
	d.sep()
	d.b = strconv.AppendUint(d.b, size, 10)
	return true
}

// listxattrat(dirfd, path, at_flags, list, size): the list at exit.
func decodeListxattrat(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 3)
		return false
	}
	d.sep()
	if d.c.Failed || d.ulong(d.c.Args[4]) == 0 {
		d.ptr(d.c.Args[3])
	} else {
		d.buffer(d.ulong(d.c.Args[3]), uint64(d.c.Ret))
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[4]), 10)
	return true
}

// printFileAttr prints struct file_attr, whose size is the argument a.Len:
// with fa_nextents when the call filled it (file_getattr, at exit).
func printFileAttr(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	const ver0 = 24
	size := d.ulong(d.lenArg(a))
	if min(size, ver0) < ver0 || size > pageSizeMax {
		d.ptr(addr)
		return
	}
	b := d.scratch(ver0)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{fa_xflags="...)
	d.flags(syscalls.FsXflags, uint64(le32(b)))
	d.fieldU("fa_extsize", uint64(le32(b[4:])), false)
	if exiting {
		d.fieldU("fa_nextents", uint64(le32(b[8:])), false)
	}
	d.b = append(d.b, ", fa_projid="...)
	d.hex32(uint64(le32(b[12:])))
	d.fieldU("fa_cowextsize", uint64(le32(b[16:])), false)
	if size > ver0 {
		d.nonzeroBytes(addr, ver0, size)
	}
	d.b = append(d.b, '}')
}

// file_getattr(dirfd, path, attr, size, flags): the struct and what follows
// at exit, the separator before them too, as strace 6.17 prints it.
func decodeFileGetattr(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 2)
		return false
	}
	d.args(2, 5)
	return true
}

// printCachestatRange prints struct cachestat_range.
func printCachestatRange(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	b := d.scratch(16)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{off="...)
	d.hex(le64(b))
	d.fieldU("len", le64(b[8:]), false)
	d.b = append(d.b, '}')
}

// printCachestat prints struct cachestat.
func printCachestat(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	b := d.scratch(40)
	if !d.read(addr, b) {
		return
	}
	for i, name := range [...]string{"nr_cache", "nr_dirty", "nr_writeback", "nr_evicted", "nr_recently_evicted"} {
		if i == 0 {
			d.b = append(d.b, '{')
		}
		d.fieldU(name, le64(b[8*i:]), i == 0)
	}
	d.b = append(d.b, '}')
}

// cachestat(fd, range, cstat, flags): the range at entry, the result and
// the flags (in hex) at exit.
func decodeCachestat(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 2)
		d.sep()
		return false
	}
	d.argAt(2)
	d.sep()
	d.hex32(d.c.Args[3])
	return true
}

// fanClassBits are FAN_CLASS_CONTENT|FAN_CLASS_PRE_CONTENT, the class
// field of fanotify_init's flags.
const fanClassBits = 0xc

// fanotify_init(flags, event_f_flags): the class, then the other flags.
func decodeFanotifyInit(d *Decoder, exiting bool) bool {
	flags := uint32(d.c.Args[0])
	d.enum(syscalls.FanClasses, uint64(flags&fanClassBits))
	if flags &^= fanClassBits; flags != 0 {
		d.b = append(d.b, '|')
		d.flags(syscalls.FanInitFlags, uint64(flags))
	}
	d.sep()
	d.openFlags(uint64(uint32(d.c.Args[1])))
	return true
}

// fanotify_mark(fd, flags, mask, dirfd, path): the 64-bit mask (two
// arguments on i386), FAN_NOFD named.
func decodeFanotifyMark(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	d.flags(syscalls.FanMarkFlags, uint64(uint32(d.c.Args[1])))
	d.sep()
	mask, n := d.argLL(2)
	d.flags(syscalls.FanEventFlags, mask)
	d.sep()
	if int32(d.c.Args[n]) == -1 {
		d.xlatName(^uint64(0), "FAN_NOFD", true)
	} else {
		d.atFd(d.c.Args[n])
	}
	d.sep()
	d.path(d.c.Args[n+1])
	return true
}

// quotactl commands (cmd>>8) whose arguments strace decodes.
const (
	qSync          = 0x800001
	qQuotaOn       = 0x800002
	qQuotaOff      = 0x800003
	qGetFmt        = 0x800004
	qGetInfo       = 0x800005
	qSetInfo       = 0x800006
	qGetQuota      = 0x800007
	qSetQuota      = 0x800008
	qGetNextQuota  = 0x800009
	qXQuotaOn      = 0x5801
	qXQuotaOff     = 0x5802
	qXGetQuota     = 0x5803
	qXSetQLim      = 0x5804
	qXGetQStat     = 0x5805
	qXQuotaRm      = 0x5806
	qXQuotaSync    = 0x5807
	qXGetQStatV    = 0x5808
	qXGetNextQuota = 0x5809
)

// qcmd prints quotactl's command as QCMD(Q_GETQUOTA, USRQUOTA).
func (d *Decoder) qcmd(v uint32) {
	if d.Opts.Xlat != XlatAbbrev {
		d.b = strconv.AppendUint(d.b, uint64(v), 10)
		if d.Opts.Xlat == XlatRaw {
			return
		}
		d.b = append(d.b, " /* "...)
	}
	d.b = append(d.b, "QCMD("...)
	d.enumAbbrev(syscalls.QuotaCmds, uint64(v>>8), "Q_???")
	d.sep()
	d.enumAbbrev(syscalls.QuotaTypes, uint64(v&0xff), "???QUOTA")
	d.b = append(d.b, ')')
	d.xlatSuffix()
}

// quotactl(cmd, special, id, addr) and quotactl_fd(fd, cmd, id, addr): the
// id and the data as the command says, the data the call fills at exit.
func decodeQuotactl(d *Decoder, exiting bool) bool {
	fdForm := d.c.Sys.Name == "quotactl_fd"
	qcmd := uint32(d.c.Args[0])
	if fdForm {
		qcmd = uint32(d.c.Args[1])
	}
	cmd := qcmd >> 8
	id := uint32(d.c.Args[2])
	data := d.ulong(d.c.Args[3])
	if !exiting {
		if fdForm {
			d.fd(d.c.Args[0])
			d.sep()
			d.qcmd(qcmd)
		} else {
			d.qcmd(qcmd)
			d.sep()
			d.path(d.c.Args[1])
		}
	}
	switch cmd {
	case qQuotaOff, qSync, qXQuotaSync:
	case qQuotaOn:
		d.sep()
		d.enum(syscalls.QuotaFormats, uint64(id))
		d.sep()
		d.path(data)
	case qGetQuota, qGetNextQuota, qXGetQuota, qXGetNextQuota:
		if !exiting {
			d.sep()
			d.id(id)
			d.sep()
			return false
		}
		d.quotaData(cmd, data, true)
	case qSetQuota, qXSetQLim:
		d.sep()
		d.id(id)
		d.sep()
		d.quotaData(cmd, data, false)
	case qGetFmt, qGetInfo, qXGetQStat, qXGetQStatV:
		if !exiting {
			d.sep()
			return false
		}
		d.quotaData(cmd, data, true)
	case qSetInfo:
		d.sep()
		d.quotaData(cmd, data, false)
	case qXQuotaOn, qXQuotaOff, qXQuotaRm:
		d.sep()
		b := d.scratch(4)
		if !d.read(data, b) {
			break
		}
		d.b = append(d.b, '[')
		if cmd == qXQuotaRm {
			d.flags(syscalls.XfsDqblkFlags, uint64(le32(b)))
		} else {
			d.flags(syscalls.XfsQuotaFlags, uint64(le32(b)))
		}
		d.b = append(d.b, ']')
	default:
		d.sep()
		d.id(id)
		d.sep()
		d.ptr(data)
	}
	return true
}

// quotaData prints the struct quotactl's data points to for cmd; at exit
// (out) a failed call shows its address.
func (d *Decoder) quotaData(cmd uint32, addr uint64, out bool) {
	if out && d.c.Failed {
		d.ptr(addr)
		return
	}
	v := d.Opts.Verbose
	u64 := func(b []byte, names ...string) {
		for i, n := range names {
			d.fieldU(n, le64(b[8*i:]), false)
		}
	}
	switch cmd {
	case qGetQuota, qSetQuota, qGetNextQuota:
		size := 68
		if cmd == qGetNextQuota {
			size = 72
		}
		b := d.buf[:size]
		if !d.read(addr, b) {
			return
		}
		d.fieldU("{dqb_bhardlimit", le64(b), true)
		u64(b[8:], "dqb_bsoftlimit", "dqb_curspace", "dqb_ihardlimit", "dqb_isoftlimit", "dqb_curinodes")
		if v {
			u64(b[48:], "dqb_btime", "dqb_itime")
			d.b = append(d.b, ", dqb_valid="...)
			d.flags(syscalls.IfDqblkValid, uint64(le32(b[64:])))
		}
		if cmd == qGetNextQuota {
			d.fieldU("dqb_id", uint64(le32(b[68:])), false)
		}
		if !v {
			d.b = append(d.b, ", ..."...)
		}
		d.b = append(d.b, '}')
	case qXGetQuota, qXSetQLim, qXGetNextQuota:
		b := d.buf[:112]
		if !d.read(addr, b) {
			return
		}
		d.b = append(d.b, "{d_version="...)
		d.b = strconv.AppendInt(d.b, int64(int8(b[0])), 10)
		d.b = append(d.b, ", d_flags="...)
		d.flags(syscalls.XfsDqblkFlags, uint64(b[1]))
		d.b = append(d.b, ", d_fieldmask="...)
		d.hex(uint64(b[2]) | uint64(b[3])<<8)
		d.fieldU("d_id", uint64(le32(b[4:])), false)
		u64(b[8:], "d_blk_hardlimit", "d_blk_softlimit", "d_ino_hardlimit", "d_ino_softlimit", "d_bcount", "d_icount")
		if v {
			d.fieldD("d_itimer", int64(int32(le32(b[56:]))), false)
			d.fieldD("d_btimer", int64(int32(le32(b[60:]))), false)
			d.fieldU("d_iwarns", uint64(saLE16(b[64:])), false)
			d.fieldU("d_bwarns", uint64(saLE16(b[66:])), false)
			u64(b[72:], "d_rtb_hardlimit", "d_rtb_softlimit", "d_rtbcount")
			d.fieldD("d_rtbtimer", int64(int32(le32(b[96:]))), false)
			d.fieldU("d_rtbwarns", uint64(saLE16(b[100:])), false)
		} else {
			d.b = append(d.b, ", ..."...)
		}
		d.b = append(d.b, '}')
	case qGetFmt:
		b := d.scratch(4)
		if !d.read(addr, b) {
			return
		}
		d.b = append(d.b, '[')
		d.enum(syscalls.QuotaFormats, uint64(le32(b)))
		d.b = append(d.b, ']')
	case qGetInfo, qSetInfo:
		b := d.scratch(24)
		if !d.read(addr, b) {
			return
		}
		d.fieldU("{dqi_bgrace", le64(b), true)
		d.fieldU("dqi_igrace", le64(b[8:]), false)
		d.b = append(d.b, ", dqi_flags="...)
		d.flags(syscalls.IfDqinfoFlags, uint64(le32(b[16:])))
		d.b = append(d.b, ", dqi_valid="...)
		d.flags(syscalls.IfDqinfoValid, uint64(le32(b[20:])))
		d.b = append(d.b, '}')
	case qXGetQStat:
		// fs_quota_stat: its fs_qfilestat members are 8-byte aligned
		// on x86_64, 4-byte on i386.
		size, fs, tail := 80, 24, 56
		if d.c.ABI == syscalls.I386 {
			size, fs, tail = 68, 20, 48
		}
		b := d.buf[:size]
		if !d.read(addr, b) {
			return
		}
		d.b = append(d.b, "{qs_version="...)
		d.b = strconv.AppendInt(d.b, int64(int8(b[0])), 10)
		if v {
			d.b = append(d.b, ", qs_flags="...)
			d.flags(syscalls.XfsQuotaFlags, uint64(saLE16(b[2:])))
			d.b = append(d.b, ", qs_uquota="...)
			d.qfilestat(b[8:])
			d.b = append(d.b, ", qs_gquota="...)
			d.qfilestat(b[8+fs:])
			d.fieldU("qs_incoredqs", uint64(le32(b[tail:])), false)
			d.fieldD("qs_btimelimit", int64(int32(le32(b[tail+4:]))), false)
			d.fieldD("qs_itimelimit", int64(int32(le32(b[tail+8:]))), false)
			d.fieldD("qs_rtbtimelimit", int64(int32(le32(b[tail+12:]))), false)
			d.fieldU("qs_bwarnlimit", uint64(saLE16(b[tail+16:])), false)
			d.fieldU("qs_iwarnlimit", uint64(saLE16(b[tail+18:])), false)
		} else {
			d.b = append(d.b, ", ..."...)
		}
		d.b = append(d.b, '}')
	case qXGetQStatV:
		b := d.buf[:160]
		if !d.read(addr, b) {
			return
		}
		d.b = append(d.b, "{qs_version="...)
		d.b = strconv.AppendInt(d.b, int64(int8(b[0])), 10)
		if v {
			d.b = append(d.b, ", qs_flags="...)
			d.flags(syscalls.XfsQuotaFlags, uint64(saLE16(b[2:])))
			d.fieldU("qs_incoredqs", uint64(le32(b[4:])), false)
			for i, n := range [...]string{"qs_uquota", "qs_gquota", "qs_pquota"} {
				d.b = append(d.b, ", "...)
				d.b = append(d.b, n...)
				d.b = append(d.b, '=')
				d.qfilestat(b[8+24*i:])
			}
			d.fieldD("qs_btimelimit", int64(int32(le32(b[80:]))), false)
			d.fieldD("qs_itimelimit", int64(int32(le32(b[84:]))), false)
			d.fieldD("qs_rtbtimelimit", int64(int32(le32(b[88:]))), false)
			d.fieldU("qs_bwarnlimit", uint64(saLE16(b[92:])), false)
			d.fieldU("qs_iwarnlimit", uint64(saLE16(b[94:])), false)
		} else {
			d.b = append(d.b, ", ..."...)
		}
		d.b = append(d.b, '}')
	}
}

// qfilestat prints struct fs_qfilestat (or fs_qfilestatv).
func (d *Decoder) qfilestat(b []byte) {
	d.fieldU("{qfs_ino", le64(b), true)
	d.fieldU("qfs_nblks", le64(b[8:]), false)
	d.fieldU("qfs_nextents", uint64(le32(b[16:])), false)
	d.b = append(d.b, '}')
}

// mount flags that change what mount's other arguments mean.
const (
	msMgcVal     = 0xc0ed0000
	msMgcMsk     = 0xffff0000
	msRemount    = 0x20
	msBind       = 0x1000
	msMove       = 0x2000
	msUnbindable = 0x20000
	msPrivate    = 0x40000
	msSlave      = 0x80000
	msShared     = 0x100000
)

// mount(source, target, fstype, flags, data): the file system type and
// data as strings unless the flags say the call ignores them (they are
// shown by address then); the old magic number named.
func decodeMount(d *Decoder, exiting bool) bool {
	flags := d.ulong(d.c.Args[3])
	magic := flags&msMgcMsk == msMgcVal
	if magic {
		flags &^= msMgcMsk
	}
	ignoreType, ignoreData := false, false
	if flags&msRemount != 0 {
		ignoreType = true
	} else if flags&(msBind|msMove|msShared|msPrivate|msSlave|msUnbindable) != 0 {
		ignoreType, ignoreData = true, true
	}
	d.path(d.c.Args[0])
	d.sep()
	d.path(d.c.Args[1])
	d.sep()
	if ignoreType {
		d.ptr(d.c.Args[2])
	} else {
		d.cstring(d.c.Args[2])
	}
	d.sep()
	if magic {
		d.xlatName(msMgcVal, "MS_MGC_VAL", false)
		if flags != 0 {
			d.b = append(d.b, '|')
		}
	}
	if flags != 0 || !magic {
		d.flags(syscalls.MountFlags, flags)
	}
	d.sep()
	if ignoreData {
		d.ptr(d.c.Args[4])
	} else {
		d.cstring(d.c.Args[4])
	}
	return true
}

// cstringMax prints a NUL-terminated string of at most max bytes as
// strace's printstr_ex(addr, max, QUOTE_0_TERMINATED): -s applies, and
// "..." follows when there is no NUL within what was read.
func (d *Decoder) cstringMax(addr uint64, max int) {
	if max > d.Opts.StringLimit {
		d.cstring(addr)
		return
	}
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	// Look no further than max bytes for the NUL.
	s, complete, ok := d.readCString(addr, max-1)
	if !ok {
		d.ptr(addr)
		return
	}
	if !complete {
		// The byte after the max-1 read is the last one allowed.
		b := d.scratch(1)
		if !d.readQuiet(addr+uint64(max-1), b) {
			d.ptr(addr)
			return
		}
		if b[0] != 0 {
			s, _, _ = d.readCString(addr, max)
			d.quote(s, false)
			d.b = append(d.b, "..."...)
			return
		}
	}
	d.quote(s, false)
}

// fsconfig commands.
const (
	fsconfigSetFlag       = 0
	fsconfigSetString     = 1
	fsconfigSetBinary     = 2
	fsconfigSetPath       = 3
	fsconfigSetPathEmpty  = 4
	fsconfigSetFd         = 5
	fsconfigBinaryMaxSize = 1 << 20
)

// fsconfig(fd, cmd, key, value, aux): key, value and aux as the command
// uses them.
func decodeFsconfig(d *Decoder, exiting bool) bool {
	cmd := uint32(d.c.Args[1])
	key, value, aux := d.c.Args[2], d.c.Args[3], int32(d.c.Args[4])
	d.fd(d.c.Args[0])
	d.sep()
	d.enum(syscalls.FsconfigCmds, uint64(cmd))
	d.sep()
	switch cmd {
	case fsconfigSetFlag, fsconfigSetString, fsconfigSetBinary, fsconfigSetPath, fsconfigSetPathEmpty, fsconfigSetFd:
		d.cstringMax(key, 256)
	default:
		d.ptr(key)
	}
	d.sep()
	switch {
	case cmd == fsconfigSetString:
		d.cstringMax(value, 256)
	case cmd == fsconfigSetPath || cmd == fsconfigSetPathEmpty:
		d.path(value)
	case cmd == fsconfigSetBinary && aux >= 0 && aux <= fsconfigBinaryMaxSize:
		d.bufferHex(d.ulong(value), uint64(aux), true)
	default:
		d.ptr(value)
	}
	d.sep()
	switch cmd {
	case fsconfigSetPath, fsconfigSetPathEmpty:
		d.atFd(uint64(uint32(aux)))
	case fsconfigSetFd:
		d.fd(uint64(uint32(aux)))
	default:
		d.b = strconv.AppendInt(d.b, int64(aux), 10)
	}
	return true
}

// mnt_id_req sizes.
const (
	mntIDReqSizeVer0 = 24
	mntIDReqSizeVer1 = 32
)

// printMntIDReq prints struct mnt_id_req: as statmount's when the call is
// statmount, as listmount's otherwise.
func printMntIDReq(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
	b := d.scratch(mntIDReqSizeVer1)
	if !d.read(addr, b[:4]) {
		return
	}
	size := le32(b)
	d.b = append(d.b, "{size="...)
	d.b = strconv.AppendUint(d.b, uint64(size), 10)
	if size < mntIDReqSizeVer0 {
		d.b = append(d.b, '}')
		return
	}
	statmount := d.c.Sys.Name == "statmount"
	n := uint32(mntIDReqSizeVer1)
	if statmount {
		n = mntIDReqSizeVer0
	}
	n = min(n, size)
	clear(b)
	if !d.readQuiet(addr, b[:n]) {
		d.b = append(d.b, ", ???}"...)
		return
	}
	if spare := le32(b[4:]); spare != 0 {
		d.b = append(d.b, ", spare="...)
		d.hex(uint64(spare))
	}
	d.b = append(d.b, ", mnt_id="...)
	if statmount {
		d.hex(le64(b[8:]))
		d.b = append(d.b, ", param="...)
		d.flags(syscalls.StatmountMask, le64(b[16:]))
		if size > mntIDReqSizeVer0 {
			d.nonzeroBytes(addr, mntIDReqSizeVer0, min(uint64(size), pageSizeMax))
		}
	} else {
		d.enum(syscalls.ListmountMntIDs, le64(b[8:]))
		d.b = append(d.b, ", param="...)
		d.hex(le64(b[16:]))
		if size >= mntIDReqSizeVer1 {
			d.b = append(d.b, ", mnt_ns_id="...)
			d.hex(le64(b[24:]))
		}
		if size > mntIDReqSizeVer1 {
			d.nonzeroBytes(addr, mntIDReqSizeVer1, min(uint64(size), pageSizeMax))
		}
	}
	d.b = append(d.b, '}')
}

// statmountSize is sizeof(struct statmount), strings excluded.
const statmountSize = 512

// statmountStrMax bounds the strings of a struct statmount strace reads
// (3*PATH_MAX).
const statmountStrMax = 3 * pathMax

// statmount(req, buf, bufsize, flags): the request at entry, the result
// at exit with its strings.
func decodeStatmount(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		return false
	}
	addr, size := d.ulong(d.c.Args[1]), d.ulong(d.c.Args[2])
	d.statmount(addr, size)
	d.sep()
	d.b = strconv.AppendUint(d.b, size, 10)
	d.sep()
	d.hex32(d.c.Args[3])
	return true
}

// statmount prints struct statmount, size bytes of buffer at addr.
func (d *Decoder) statmount(addr, size uint64) {
	fetch := min(size, statmountSize)
	if fetch < 4 || d.c.Failed {
		d.ptr(addr)
		return
	}
	var st [statmountSize]byte
	if addr == 0 || !d.readQuiet(addr, st[:fetch]) {
		d.ptr(addr)
		return
	}
	stSize := uint64(le32(st[:]))
	strSize := uint64(0)
	if stSize > statmountSize && stSize <= size {
		strSize = min(stSize-statmountSize, statmountStrMax)
	}
	if strSize != 0 && !d.readableRange(addr+statmountSize, strSize) {
		strSize = 0
	}
	str := addr + statmountSize
	cstr := func(name string, off uint32) {
		d.b = append(d.b, ", "...)
		d.b = append(d.b, name...)
		d.b = append(d.b, '=')
		if uint64(off) < strSize {
			d.memCString(str+uint64(off), strSize-uint64(off))
		} else {
			d.hex(uint64(off))
		}
	}
	hex := func(name string, v uint64) {
		d.b = append(d.b, ", "...)
		d.b = append(d.b, name...)
		d.b = append(d.b, '=')
		d.hex(v)
	}
	d.b = append(d.b, "{size="...)
	d.b = strconv.AppendUint(d.b, stSize, 10)
	d.b = append(d.b, ", mask="...)
	d.flags(syscalls.StatmountMask, le64(st[8:]))
	d.fieldU("sb_dev_major", uint64(le32(st[16:])), false)
	d.fieldU("sb_dev_minor", uint64(le32(st[20:])), false)
	d.b = append(d.b, ", sb_magic="...)
	d.enum(syscalls.FsMagics, le64(st[24:]))
	d.b = append(d.b, ", sb_flags="...)
	d.flags(syscalls.StatmountSbFlags, uint64(le32(st[32:])))
	cstr("fs_type", le32(st[36:]))
	hex("mnt_id", le64(st[40:]))
	hex("mnt_parent_id", le64(st[48:]))
	hex("mnt_id_old", uint64(le32(st[56:])))
	hex("mnt_parent_id_old", uint64(le32(st[60:])))
	d.b = append(d.b, ", mnt_attr="...)
	d.flags(syscalls.MountAttrAttr, le64(st[64:]))
	d.b = append(d.b, ", mnt_propagation="...)
	d.flags(syscalls.StatmountMntPropagation, le64(st[72:]))
	hex("mnt_peer_group", le64(st[80:]))
	hex("mnt_master", le64(st[88:]))
	hex("propagate_from", le64(st[96:]))
	cstr("mnt_root", le32(st[104:]))
	cstr("mnt_point", le32(st[108:]))
	d.b = append(d.b, '}')
}

// memCString prints a string of a readable buffer of n bytes at addr as
// strace's print_quoted_cstring: up to its NUL within n-1 bytes, "..."
// when byte n-1 is not a NUL either; -s does not apply.
func (d *Decoder) memCString(addr, n uint64) {
	if n == 0 {
		d.b = append(d.b, `""`...)
		return
	}
	// First pass: where the string ends, and whether -x wants hex.
	end := uint64(0)
	hex := d.Opts.Hex >= 2
	chunk := uint64(len(d.buf))
	found := false
	for off := uint64(0); off < n-1 && !found; off += chunk {
		m := min(chunk, n-1-off)
		s := d.buf[:m]
		d.Mem.Read(addr+off, s)
		for i, c := range s {
			if c == 0 {
				end, found = off+uint64(i), true
				s = s[:i]
				break
			}
		}
		if !found {
			end = off + m
		}
		if d.Opts.Hex == 1 && needsHex(s) {
			hex = true
		}
	}
	d.b = append(d.b, '"')
	for off := uint64(0); off < end; off += chunk - 1 {
		m := min(chunk-1, end-off)
		extra := uint64(0)
		if off+m < end {
			extra = 1
		}
		s := d.buf[:m+extra]
		d.Mem.Read(addr+off, s)
		next := -1
		if extra == 1 {
			next = int(s[m])
		}
		d.quoteBytes(s[:m], next, hex)
	}
	d.b = append(d.b, '"')
	if !found {
		b := d.scratch(1)
		d.Mem.Read(addr+n-1, b)
		if b[0] != 0 {
			d.b = append(d.b, "..."...)
		}
	}
}

// listmount(req, mnt_ids, nr_mnt_ids, flags): the request at entry, the
// ids at exit.
func decodeListmount(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		return false
	}
	d.sep()
	addr, nr := d.ulong(d.c.Args[1]), d.ulong(d.c.Args[2])
	switch {
	case addr == 0:
		d.b = append(d.b, "NULL"...)
	case d.c.Failed:
		if nr == 0 {
			d.b = append(d.b, "[]"...)
		} else {
			d.ptr(addr)
		}
	default:
		d.arrayOf(addr, min(nr, uint64(d.c.Ret)), 8, func(e []byte) { d.hex(le64(e)) })
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, nr, 10)
	d.sep()
	d.flags(syscalls.ListmountFlags, uint64(uint32(d.c.Args[3])))
	return true
}
