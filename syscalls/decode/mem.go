package decode

import (
	"github.com/gotrace/gotrace/syscalls"
)

// Decoders of the memory family: mappings, locking, NUMA policies, memory
// descriptors and barriers, as strace 6.1's mem.c, numa.c and friends print
// them.

func init() {
	specials.add([]namedSpecial{
		{"mmap", decodeMmap},
		{"mmap2", decodeMmap},
		{"mremap", decodeMremap},
		{"mincore", decodeMincore},
		{"remap_file_pages", decodeRemapFilePages},
		{"mbind", decodeMbind},
		{"set_mempolicy", decodeSetMempolicy},
		{"get_mempolicy", decodeGetMempolicy},
		{"migrate_pages", decodeMigratePages},
		{"move_pages", decodeMovePages},
		{"pkey_alloc", decodePkeyAlloc},
		{"memfd_create", decodeMemfdCreate},
		{"process_madvise", decodeProcessMadvise},
		{"process_mrelease", decodeProcessMrelease},
		{"membarrier", decodeMembarrier},
	}...)
	registerStruct(syscalls.Nodemask, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.nodemask(addr, d.ulong(d.lenArg(a)), exiting)
	})
	registerStruct(syscalls.MincoreVec, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.mincoreVec(addr, d.ulong(d.lenArg(a)), exiting)
	})
	registerStruct(syscalls.PtrArray, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.ptrArray(addr, d.ulong(d.lenArg(a)), exiting)
	})
	registerStruct(syscalls.IntArray, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.intArray(addr, d.ulong(d.lenArg(a)), exiting, a.Kind == syscalls.StructOut)
	})
}

const (
	mapType      = 0x0f
	mapHugeShift = 26
	mapHugeMask  = 0x3f
	// sysPageSize is the page size of the tracer's host, which strace
	// uses for mincore's vector and mmap2's offset.
	sysPageSize = 4096
)

// mmap(addr, length, prot, flags, fd, offset): the map type, the flags,
// then a huge page size as "21<<MAP_HUGE_SHIFT". i386's mmap is the old
// one, whose six arguments are words at its one argument; its mmap2 takes
// the offset in pages.
func decodeMmap(d *Decoder, exiting bool) bool {
	args := d.c.Args
	if d.c.ABI == syscalls.I386 && d.c.Sys.Name == "mmap" {
		b := d.buf[:24]
		if !d.readQuiet(d.ulong(args[0]), b) {
			d.ptr(args[0])
			return true
		}
		for i := range args {
			args[i] = uint64(le32(b[4*i:]))
		}
	}
	off := d.ulong(args[5])
	if d.c.Sys.Name == "mmap2" {
		off *= sysPageSize
	}
	d.ptr(args[0])
	d.sep()
	d.su64(d.ulong(args[1]))
	d.sep()
	d.flags(syscalls.ProtFlags, d.ulong(args[2]))
	d.sep()
	d.mmapFlags(d.ulong(args[3]))
	d.sep()
	d.fd(args[4])
	d.sep()
	d.hex(off)
	return true
}

// mmapFlags prints mmap's flags as strace's print_mmap_flags: the type,
// the other flags, the huge page size. Bits above 32 are not shown (strace
// clears them with the huge page mask).
func (d *Decoder) mmapFlags(raw uint64) {
	if !d.sstyled(raw) {
		return
	}
	flags := uint32(raw)
	huge := flags & (mapHugeMask << mapHugeShift)
	d.senumPlain(syscalls.MapTypes, uint64(flags&mapType))
	rest := flags &^ (mapType | huge)
	if rest != 0 {
		d.b = append(d.b, '|')
		d.sflagsPlain(syscalls.MapFlags, uint64(rest))
	}
	if huge != 0 {
		d.b = append(d.b, '|')
		d.su64(uint64(huge >> mapHugeShift))
		d.b = append(d.b, "<<MAP_HUGE_SHIFT"...)
	}
	d.sendStyled()
}

// mremap(addr, old_len, new_len, flags, new_addr): the new address only
// when MREMAP_MAYMOVE and MREMAP_FIXED are both set.
func decodeMremap(d *Decoder, exiting bool) bool {
	const mayMoveFixed = 3
	d.ptr(d.c.Args[0])
	d.sep()
	d.su64(d.ulong(d.c.Args[1]))
	d.sep()
	d.su64(d.ulong(d.c.Args[2]))
	d.sep()
	flags := d.ulong(d.c.Args[3])
	d.flags(syscalls.MremapFlags, flags)
	if flags&mayMoveFixed == mayMoveFixed {
		d.sep()
		d.ptr(d.c.Args[4])
	}
	return true
}

// mincore(addr, length, vec): the vector at exit, a 0 or 1 per page.
func decodeMincore(d *Decoder, exiting bool) bool {
	if !exiting {
		d.ptr(d.c.Args[0])
		d.sep()
		d.su64(d.ulong(d.c.Args[1]))
		d.sep()
		return false
	}
	d.mincoreVec(d.ulong(d.c.Args[2]), d.ulong(d.c.Args[1]), true)
	return true
}

// mincoreVec prints the byte per page of a range of length bytes.
func (d *Decoder) mincoreVec(addr, length uint64, exiting bool) {
	n := length / sysPageSize
	if length%sysPageSize != 0 {
		n++
	}
	d.sarray(addr, n, 1, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.su64(uint64(b[0] & 1))
		return true
	})
}

// remap_file_pages(addr, size, prot, pgoff, flags): the flags as mmap's.
func decodeRemapFilePages(d *Decoder, exiting bool) bool {
	d.ptr(d.c.Args[0])
	d.sep()
	d.su64(d.ulong(d.c.Args[1]))
	d.sep()
	d.flags(syscalls.ProtFlags, d.ulong(d.c.Args[2]))
	d.sep()
	d.su64(d.ulong(d.c.Args[3]))
	d.sep()
	d.mmapFlags(d.ulong(d.c.Args[4]))
	return true
}

// nodemask prints a NUMA node mask of maxnodes bits as strace's
// print_nodemask: an array of words, each zero-padded hex.
func (d *Decoder) nodemask(addr, maxnodes uint64, exiting bool) {
	ps := uint64(d.c.ABI.PointerSize())
	bpl := 8 * ps
	n := (maxnodes + bpl - 2) / bpl
	if n < maxnodes/bpl || maxnodes != 0 && n == 0 {
		d.ptr64(addr)
		return
	}
	d.sarray(addr, n, ps, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.shex0(d.pointerAt(b), int(2*ps))
		return true
	})
}

// Memory policy mode flags, ORed into a mode.
const mpolModeFlags = 0x8000 | 0x4000 | 0x2000

// mpolMode prints a memory policy mode as strace's print_mode: the mode,
// then its flags.
func (d *Decoder) mpolMode(v uint64) {
	flags := v & mpolModeFlags
	mode := v &^ mpolModeFlags
	if flags == 0 {
		d.enum(syscalls.MempolicyModes, mode)
		return
	}
	name := syscalls.MempolicyModes.Lookup(mode)
	if name == "" {
		d.flags(syscalls.MempolicyModeFlags, v)
		return
	}
	if !d.sstyled(v) {
		return
	}
	d.b = append(d.b, name...)
	d.b = append(d.b, '|')
	d.sflagsPlain(syscalls.MempolicyModeFlags, flags)
	d.sendStyled()
}

// mbind(addr, len, mode, nodemask, maxnode, flags).
func decodeMbind(d *Decoder, exiting bool) bool {
	d.ptr(d.c.Args[0])
	d.sep()
	d.su64(d.ulong(d.c.Args[1]))
	d.sep()
	d.mpolMode(d.ulong(d.c.Args[2]))
	d.sep()
	d.nodemask(d.ulong(d.c.Args[3]), d.ulong(d.c.Args[4]), false)
	d.sep()
	d.su64(d.ulong(d.c.Args[4]))
	d.sep()
	d.flags(syscalls.MbindFlags, uint64(uint32(d.c.Args[5])))
	return true
}

// set_mempolicy(mode, nodemask, maxnode).
func decodeSetMempolicy(d *Decoder, exiting bool) bool {
	d.mpolMode(uint64(uint32(d.c.Args[0])))
	d.sep()
	d.nodemask(d.ulong(d.c.Args[1]), d.ulong(d.c.Args[2]), false)
	d.sep()
	d.su64(d.ulong(d.c.Args[2]))
	return true
}

// get_mempolicy(mode, nodemask, maxnode, addr, flags): all at exit.
func decodeGetMempolicy(d *Decoder, exiting bool) bool {
	if !exiting {
		return false
	}
	b := d.scratch(4)
	if d.sfetchOrAddr(d.ulong(d.c.Args[0]), b, true, false) {
		d.b = append(d.b, '[')
		d.enum(syscalls.MempolicyModes, uint64(le32(b)))
		d.b = append(d.b, ']')
	}
	d.sep()
	d.nodemask(d.ulong(d.c.Args[1]), d.ulong(d.c.Args[2]), true)
	d.sep()
	d.su64(d.ulong(d.c.Args[2]))
	d.sep()
	d.ptr(d.c.Args[3])
	d.sep()
	d.flags(syscalls.GetMempolicyFlags, d.ulong(d.c.Args[4]))
	return true
}

// migrate_pages(pid, maxnode, old_nodes, new_nodes).
func decodeMigratePages(d *Decoder, exiting bool) bool {
	d.si32(d.c.Args[0])
	d.sep()
	d.su64(d.ulong(d.c.Args[1]))
	d.sep()
	d.nodemask(d.ulong(d.c.Args[2]), d.ulong(d.c.Args[1]), false)
	d.sep()
	d.nodemask(d.ulong(d.c.Args[3]), d.ulong(d.c.Args[1]), false)
	return true
}

// ptrArray prints an array of n pointers.
func (d *Decoder) ptrArray(addr, n uint64, exiting bool) {
	d.sarray(addr, n, uint64(d.c.ABI.PointerSize()), exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		d.ptr64(d.pointerAt(b))
		return true
	})
}

// intArray prints an array of n ints; errnos names negated errnos
// (move_pages' status: -ENOENT).
func (d *Decoder) intArray(addr, n uint64, exiting, errnos bool) {
	d.sarray(addr, n, 4, exiting, sarrayFetch, false, func(b []byte, _ uint64) bool {
		if errnos {
			d.serrnoNeg(int32(le32(b)))
		} else {
			d.si32(uint64(le32(b)))
		}
		return true
	})
}

// move_pages(pid, count, pages, nodes, status, flags): the status at exit.
func decodeMovePages(d *Decoder, exiting bool) bool {
	n := d.ulong(d.c.Args[1])
	if !exiting {
		d.si32(d.c.Args[0])
		d.sep()
		d.su64(n)
		d.sep()
		d.ptrArray(d.ulong(d.c.Args[2]), n, false)
		d.sep()
		d.intArray(d.ulong(d.c.Args[3]), n, false, false)
		d.sep()
		return false
	}
	d.intArray(d.ulong(d.c.Args[4]), n, true, true)
	d.sep()
	d.flags(syscalls.MovePagesFlags, uint64(uint32(d.c.Args[5])))
	return true
}

// pkey_alloc(flags, access_rights), both as longs.
func decodePkeyAlloc(d *Decoder, exiting bool) bool {
	d.hex(d.ulong(d.c.Args[0]))
	d.sep()
	d.flags(syscalls.PkeyAccessRights, d.ulong(d.c.Args[1]))
	return true
}

// MFD_HUGE_* size field of memfd_create's flags.
const (
	mfdHugeShift = 26
	mfdHugeMask  = 0x3f
	// mfdNameMax is the longest name memfd_create takes (255 less
	// "memfd:"), with its NUL.
	mfdNameMax = 255 - 6 + 1
)

// memfd_create(name, flags): the flags with the huge page size as
// 21<<MFD_HUGE_SHIFT.
func decodeMemfdCreate(d *Decoder, exiting bool) bool {
	d.scstr0(d.ulong(d.c.Args[0]), mfdNameMax)
	d.sep()
	flags := uint32(d.c.Args[1])
	if flags == 0 || d.Opts.Xlat != XlatAbbrev {
		d.hex(uint64(flags))
	}
	if flags == 0 || d.Opts.Xlat == XlatRaw {
		return true
	}
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " /* "...)
	}
	huge := flags & (mfdHugeMask << mfdHugeShift)
	rest := flags &^ huge
	if rest != 0 || huge == 0 {
		start := len(d.b)
		left := d.flagNames(syscalls.MemfdFlags, uint64(rest))
		if left != 0 {
			if len(d.b) > start {
				d.b = append(d.b, '|')
				d.hex(left)
			} else {
				d.hex(left)
				d.b = append(d.b, " /* MFD_??? */"...)
			}
		}
	}
	if huge != 0 {
		if rest != 0 {
			d.b = append(d.b, '|')
		}
		d.su64(uint64(huge >> mfdHugeShift))
		d.b = append(d.b, "<<MFD_HUGE_SHIFT"...)
	}
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " */"...)
	}
	return true
}

// scstr0 prints the NUL-terminated string at addr as strace's printstr_ex
// with QUOTE_0_TERMINATED and a length of max bytes: at most -s of them,
// then "..." when no NUL came within them.
func (d *Decoder) scstr0(addr uint64, max uint64) {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	limit := uint64(d.Opts.StringLimit)
	size := limit + 1
	if size > max {
		size = max
	}
	if size > uint64(len(d.buf)) {
		size = uint64(len(d.buf))
	}
	n := uint64(0)
	nul := false
	for n < size {
		a := addr + n
		chunk := pageSize - a%pageSize
		if chunk > size-n {
			chunk = size - n
		}
		got, err := d.Mem.Read(a, d.buf[n:n+chunk])
		for i := n; i < n+uint64(got); i++ {
			if d.buf[i] == 0 {
				n, nul = i, true
				break
			}
		}
		if nul {
			break
		}
		if err != nil || uint64(got) < chunk {
			d.ptr64(addr)
			return
		}
		n += chunk
	}
	show := n
	if show > limit {
		show = limit
	}
	d.quote(d.buf[:show], false)
	if !(nul && n <= limit) && max != 0 {
		d.b = append(d.b, "..."...)
	}
}

// process_madvise(pidfd, iovec, vlen, advice, flags): the vector's
// buffers as addresses.
func decodeProcessMadvise(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	vlen := d.ulong(d.c.Args[2])
	d.siovecAddrs(d.ulong(d.c.Args[1]), vlen, false)
	d.sep()
	d.su64(vlen)
	d.sep()
	d.enum(syscalls.MadviseAdvice, uint64(uint32(d.c.Args[3])))
	d.sep()
	d.shex32(d.c.Args[4])
	return true
}

// siovecAddrs prints an array of struct iovec with the buffers as
// addresses (strace's tprint_iov with iov_decode_addr).
func (d *Decoder) siovecAddrs(addr, n uint64, exiting bool) {
	ps := uint64(d.c.ABI.PointerSize())
	d.sarray(addr, n, 2*ps, exiting, sarrayIgnoreErr, false, func(b []byte, _ uint64) bool {
		base := d.pointerAt(b[:ps])
		length := d.pointerAt(b[ps : 2*ps])
		d.b = append(d.b, "{iov_base="...)
		d.ptr64(base)
		d.b = append(d.b, ", iov_len="...)
		d.su64(length)
		d.b = append(d.b, '}')
		return true
	})
}

// process_mrelease(pidfd, flags).
func decodeProcessMrelease(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	d.shex32(d.c.Args[1])
	return true
}

// membarrier(cmd, flags, cpu_id): the cpu only with
// MEMBARRIER_CMD_FLAG_CPU; MEMBARRIER_CMD_QUERY's result names the
// commands it says are supported.
func decodeMembarrier(d *Decoder, exiting bool) bool {
	const flagCPU = 1
	cmd := uint32(d.c.Args[0])
	if !exiting {
		d.enum(syscalls.MembarrierCmds, uint64(cmd))
		d.sep()
		flags := uint32(d.c.Args[1])
		d.flags(syscalls.MembarrierFlags, uint64(flags))
		if flags&flagCPU != 0 {
			d.sep()
			d.si32(d.c.Args[2])
		}
		return cmd != 0
	}
	if d.c.Failed || d.c.Ret == 0 {
		return true
	}
	d.setReturn(syscalls.RetHex)
	d.retNote = append(d.retNote, '(')
	d.retNote = d.ssprintFlags(d.retNote, syscalls.MembarrierCmds, uint64(d.c.Ret))
	d.retNote = append(d.retNote, ')')
	return true
}
