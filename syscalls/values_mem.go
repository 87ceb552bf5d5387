package syscalls

// Named constants for memory,
// as strace 6.1 names them.
//
// The tables follow strace 6.1's xlat tables (src/xlat/*.in) entry for
// entry: flag sets print their names in table order, which is strace's
// order, not numeric order. Values are x86_64's unless a name says ARM64.
//
// Like strace, a decoder looks most arguments up by their low 32 bits
// (strace's printxval and printflags take an unsigned int; only its
// printxval64/printflags64 calls, as for mmap's prot and flags, clone's
// flags or ptrace's request, use all 64), and the values here are what
// strace stores: a negative constant is its 32-bit two's complement.

// ProtFlags are the PROT_* bits of mmap, mprotect and pkey_mprotect; 0 is
// PROT_NONE.
var ProtFlags = &Values{
	Name:    "ProtFlags",
	Zero:    "PROT_NONE",
	Unknown: "PROT_???",
	Vals: []Value{
		{0x1, "PROT_READ"},
		{0x2, "PROT_WRITE"},
		{0x4, "PROT_EXEC"},
		{0x8, "PROT_SEM"},
		{0x1000000, "PROT_GROWSDOWN"},
		{0x2000000, "PROT_GROWSUP"},
	},
}

// MapTypes are the mapping type of mmap's flags, flags&MAP_TYPE (0xf).
// strace prints the type first, then "|" and the other bits (MapFlags), then
// the huge page size as 21<<MAP_HUGE_SHIFT, as
// MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK.
var MapTypes = &Values{
	Name:    "MapTypes",
	Unknown: "MAP_???",
	Vals: []Value{
		{1, "MAP_SHARED"},
		{2, "MAP_PRIVATE"},
		{3, "MAP_SHARED_VALIDATE"},
		// MAP_FILE (0) is in strace's mmap_flags table, which it also
		// looks the type up in: a type of 0 prints as MAP_FILE.
		{0, "MAP_FILE"},
	},
}

// MapFlags are mmap's flag bits other than the type (MapTypes) and the
// MAP_HUGE_* size field (flags>>MAP_HUGE_SHIFT&MAP_HUGE_MASK), in strace's
// order. strace prints unknown bits here in hex with no comment. MAP_FILE
// (0) is left out: strace never prints it. The values are x86_64's; see
// MapFlagsARM64.
var MapFlags = &Values{
	Name: "MapFlags",
	Vals: []Value{
		{0x10, "MAP_FIXED"},
		{0x20, "MAP_ANONYMOUS"},
		{0x40, "MAP_32BIT"},
		{0x4000, "MAP_NORESERVE"},
		{0x8000, "MAP_POPULATE"},
		{0x10000, "MAP_NONBLOCK"},
		{0x100, "MAP_GROWSDOWN"},
		{0x800, "MAP_DENYWRITE"},
		{0x1000, "MAP_EXECUTABLE"},
		{0x2000, "MAP_LOCKED"},
		{0x20000, "MAP_STACK"},
		{0x40000, "MAP_HUGETLB"},
		{0x80000, "MAP_SYNC"},
		{0x4000000, "MAP_UNINITIALIZED"},
		{0x100000, "MAP_FIXED_NOREPLACE"},
	},
}

// MadviseAdvice are madvise's (and process_madvise's) advice values.
var MadviseAdvice = &Values{
	Name:    "MadviseAdvice",
	Unknown: "MADV_???",
	Vals: []Value{
		{0, "MADV_NORMAL"},
		{1, "MADV_RANDOM"},
		{2, "MADV_SEQUENTIAL"},
		{3, "MADV_WILLNEED"},
		{4, "MADV_DONTNEED"},
		{8, "MADV_FREE"},
		{9, "MADV_REMOVE"},
		{10, "MADV_DONTFORK"},
		{11, "MADV_DOFORK"},
		{12, "MADV_MERGEABLE"},
		{13, "MADV_UNMERGEABLE"},
		{14, "MADV_HUGEPAGE"},
		{15, "MADV_NOHUGEPAGE"},
		{16, "MADV_DONTDUMP"},
		{17, "MADV_DODUMP"},
		{18, "MADV_WIPEONFORK"},
		{19, "MADV_KEEPONFORK"},
		{20, "MADV_COLD"},
		{21, "MADV_PAGEOUT"},
		{22, "MADV_POPULATE_READ"},
		{23, "MADV_POPULATE_WRITE"},
		{24, "MADV_DONTNEED_LOCKED"},
		{25, "MADV_COLLAPSE"},
		{100, "MADV_HWPOISON"},
		{101, "MADV_SOFT_OFFLINE"},
	},
}

// MremapFlags are mremap's flags.
var MremapFlags = &Values{
	Name:    "MremapFlags",
	Unknown: "MREMAP_???",
	Vals: []Value{
		{0x1, "MREMAP_MAYMOVE"},
		{0x2, "MREMAP_FIXED"},
		{0x4, "MREMAP_DONTUNMAP"},
	},
}

// MsyncFlags are msync's flags, MS_SYNC first as strace lists them.
var MsyncFlags = &Values{
	Name:    "MsyncFlags",
	Unknown: "MS_???",
	Vals: []Value{
		{0x4, "MS_SYNC"},
		{0x1, "MS_ASYNC"},
		{0x2, "MS_INVALIDATE"},
	},
}

// MlockFlags are mlock2's flags.
var MlockFlags = &Values{
	Name:    "MlockFlags",
	Unknown: "MLOCK_???",
	Vals: []Value{
		{0x1, "MLOCK_ONFAULT"},
	},
}

// MlockallFlags are mlockall's flags.
var MlockallFlags = &Values{
	Name:    "MlockallFlags",
	Unknown: "MCL_???",
	Vals: []Value{
		{0x1, "MCL_CURRENT"},
		{0x2, "MCL_FUTURE"},
		{0x4, "MCL_ONFAULT"},
	},
}

// MempolicyModes are the modes of mbind, set_mempolicy and get_mempolicy.
// strace prints a mode with MempolicyModeFlags bits as
// MPOL_BIND|MPOL_F_STATIC_NODES; a mode that is not known makes it print the
// whole value as flags of MempolicyModeFlags with "MPOL_???".
var MempolicyModes = &Values{
	Name:    "MempolicyModes",
	Unknown: "MPOL_???",
	Vals: []Value{
		{0, "MPOL_DEFAULT"},
		{1, "MPOL_PREFERRED"},
		{2, "MPOL_BIND"},
		{3, "MPOL_INTERLEAVE"},
		{4, "MPOL_LOCAL"},
		{5, "MPOL_PREFERRED_MANY"},
	},
}

// MempolicyModeFlags are the mode flags ORed into a memory policy mode.
var MempolicyModeFlags = &Values{
	Name:    "MempolicyModeFlags",
	Unknown: "MPOL_???",
	Vals: []Value{
		{0x8000, "MPOL_F_STATIC_NODES"},
		{0x4000, "MPOL_F_RELATIVE_NODES"},
		{0x2000, "MPOL_F_NUMA_BALANCING"},
	},
}

// MbindFlags are mbind's flags.
var MbindFlags = &Values{
	Name:    "MbindFlags",
	Unknown: "MPOL_???",
	Vals: []Value{
		{0x1, "MPOL_MF_STRICT"},
		{0x2, "MPOL_MF_MOVE"},
		{0x4, "MPOL_MF_MOVE_ALL"},
	},
}

// GetMempolicyFlags are get_mempolicy's flags.
var GetMempolicyFlags = &Values{
	Name:    "GetMempolicyFlags",
	Unknown: "MPOL_???",
	Vals: []Value{
		{0x1, "MPOL_F_NODE"},
		{0x2, "MPOL_F_ADDR"},
		{0x4, "MPOL_F_MEMS_ALLOWED"},
	},
}

// MovePagesFlags are move_pages's flags.
var MovePagesFlags = &Values{
	Name:    "MovePagesFlags",
	Unknown: "MPOL_???",
	Vals: []Value{
		{0x2, "MPOL_MF_MOVE"},
		{0x4, "MPOL_MF_MOVE_ALL"},
	},
}

// GrndFlags are getrandom's flags.
var GrndFlags = &Values{
	Name:    "GrndFlags",
	Unknown: "GRND_???",
	Vals: []Value{
		{0x1, "GRND_NONBLOCK"},
		{0x2, "GRND_RANDOM"},
		{0x4, "GRND_INSECURE"},
	},
}

// MembarrierCmds are membarrier's commands. strace shows
// MEMBARRIER_CMD_QUERY's return value as flags of this same table.
var MembarrierCmds = &Values{
	Name:    "MembarrierCmds",
	Unknown: "MEMBARRIER_CMD_???",
	Vals: []Value{
		{0, "MEMBARRIER_CMD_QUERY"},
		{1, "MEMBARRIER_CMD_GLOBAL"},
		{2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED"},
		{4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED"},
		{8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED"},
		{16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED"},
		{32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE"},
		{64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE"},
		{128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ"},
		{256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ"},
	},
}

// MembarrierFlags are membarrier's flags.
var MembarrierFlags = &Values{
	Name:    "MembarrierFlags",
	Unknown: "MEMBARRIER_CMD_FLAG_???",
	Vals: []Value{
		{0x1, "MEMBARRIER_CMD_FLAG_CPU"},
	},
}

// PkeyAccessRights are pkey_alloc's access rights.
var PkeyAccessRights = &Values{
	Name:    "PkeyAccessRights",
	Unknown: "PKEY_???",
	Vals: []Value{
		{0x1, "PKEY_DISABLE_ACCESS"},
		{0x2, "PKEY_DISABLE_WRITE"},
		{0x4, "PKEY_DISABLE_EXECUTE"},
	},
}

// MapFlagsARM64 is MapFlags for arm64, which has no MAP_32BIT.
var MapFlagsARM64 = &Values{
	Name: "MapFlagsARM64",
	Vals: []Value{
		{0x10, "MAP_FIXED"},
		{0x20, "MAP_ANONYMOUS"},
		{0x4000, "MAP_NORESERVE"},
		{0x8000, "MAP_POPULATE"},
		{0x10000, "MAP_NONBLOCK"},
		{0x100, "MAP_GROWSDOWN"},
		{0x800, "MAP_DENYWRITE"},
		{0x1000, "MAP_EXECUTABLE"},
		{0x2000, "MAP_LOCKED"},
		{0x20000, "MAP_STACK"},
		{0x40000, "MAP_HUGETLB"},
		{0x80000, "MAP_SYNC"},
		{0x4000000, "MAP_UNINITIALIZED"},
		{0x100000, "MAP_FIXED_NOREPLACE"},
	},
}
