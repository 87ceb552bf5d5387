package syscalls

// Named constants for files, descriptors and file systems,
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

// OpenFlags are the open(2) flag bits other than the access mode, in the
// order of strace's open_mode_flags: O_TMPFILE (which contains O_DIRECTORY)
// comes before __O_TMPFILE and O_DIRECTORY, and O_SYNC before __O_SYNC and
// O_DSYNC, so the widest name wins. strace prints the access mode
// (OpenAccModes) first, then these, as
// O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY. The values are x86_64's; see
// OpenFlagsARM64.
var OpenFlags = &Values{
	Name:    "OpenFlags",
	Unknown: "O_???",
	Vals: []Value{
		{0x40, "O_CREAT"},
		{0x80, "O_EXCL"},
		{0x100, "O_NOCTTY"},
		{0x200, "O_TRUNC"},
		{0x400, "O_APPEND"},
		{0x800, "O_NONBLOCK"},
		{0x101000, "O_SYNC"},
		{0x100000, "__O_SYNC"},
		{0x1000, "O_DSYNC"},
		{0x4000, "O_DIRECT"},
		{0x8000, "O_LARGEFILE"},
		{0x20000, "O_NOFOLLOW"},
		{0x40000, "O_NOATIME"},
		{0x80000, "O_CLOEXEC"},
		{0x200000, "O_PATH"},
		{0x410000, "O_TMPFILE"},
		{0x400000, "__O_TMPFILE"},
		{0x10000, "O_DIRECTORY"},
		{0x2000, "FASYNC"},
	},
}

// OpenAccModes are the access modes of open(2), flags&O_ACCMODE (strace's
// open_access_modes), printed before the OpenFlags bits. Flags of 0 print as
// O_RDONLY.
var OpenAccModes = &Values{
	Name:    "OpenAccModes",
	Unknown: "O_???",
	Vals: []Value{
		{0, "O_RDONLY"},
		{1, "O_WRONLY"},
		{2, "O_RDWR"},
		{3, "O_ACCMODE"},
	},
}

// AtFlags are the AT_* flags of the *at calls (fchownat, linkat, unlinkat,
// newfstatat, execveat, statx's low bits), as strace's at_flags.
var AtFlags = &Values{
	Name:    "AtFlags",
	Unknown: "AT_???",
	Vals: []Value{
		{0x100, "AT_SYMLINK_NOFOLLOW"},
		{0x200, "AT_REMOVEDIR"},
		{0x400, "AT_SYMLINK_FOLLOW"},
		{0x800, "AT_NO_AUTOMOUNT"},
		{0x1000, "AT_EMPTY_PATH"},
		{0x8000, "AT_RECURSIVE"},
	},
}

// FaccessatFlags are faccessat2's flags (strace's faccessat_flags).
var FaccessatFlags = &Values{
	Name:    "FaccessatFlags",
	Unknown: "AT_???",
	Vals: []Value{
		{0x100, "AT_SYMLINK_NOFOLLOW"},
		{0x200, "AT_EACCESS"},
		{0x1000, "AT_EMPTY_PATH"},
	},
}

// NameToHandleAtFlags are name_to_handle_at's flags.
var NameToHandleAtFlags = &Values{
	Name:    "NameToHandleAtFlags",
	Unknown: "AT_???",
	Vals: []Value{
		{0x400, "AT_SYMLINK_FOLLOW"},
		{0x1000, "AT_EMPTY_PATH"},
	},
}

// StatxSyncTypes are statx's AT_STATX_* sync type, flags&AT_STATX_SYNC_TYPE.
// strace prints this part first, as flags with no default comment (0 is
// AT_STATX_SYNC_AS_STAT), then "|" and the remaining bits with AtFlags, also
// without a default comment.
var StatxSyncTypes = &Values{
	Name: "StatxSyncTypes",
	Zero: "AT_STATX_SYNC_AS_STAT",
	Vals: []Value{
		{0x2000, "AT_STATX_FORCE_SYNC"},
		{0x4000, "AT_STATX_DONT_SYNC"},
		{0x6000, "AT_STATX_SYNC_TYPE"},
	},
}

// StatxMask are statx's mask and stx_mask bits. STATX_ALL and
// STATX_BASIC_STATS come first so that they win, as in
// stx_mask=STATX_BASIC_STATS|STATX_MNT_ID.
var StatxMask = &Values{
	Name:    "StatxMask",
	Unknown: "STATX_???",
	Vals: []Value{
		{0xfff, "STATX_ALL"},
		{0x7ff, "STATX_BASIC_STATS"},
		{0x1, "STATX_TYPE"},
		{0x2, "STATX_MODE"},
		{0x4, "STATX_NLINK"},
		{0x8, "STATX_UID"},
		{0x10, "STATX_GID"},
		{0x20, "STATX_ATIME"},
		{0x40, "STATX_MTIME"},
		{0x80, "STATX_CTIME"},
		{0x100, "STATX_INO"},
		{0x200, "STATX_SIZE"},
		{0x400, "STATX_BLOCKS"},
		{0x800, "STATX_BTIME"},
		{0x1000, "STATX_MNT_ID"},
		{0x2000, "STATX_DIOALIGN"},
	},
}

// StatxAttrs are stx_attributes and stx_attributes_mask bits.
var StatxAttrs = &Values{
	Name:    "StatxAttrs",
	Unknown: "STATX_ATTR_???",
	Vals: []Value{
		{0x4, "STATX_ATTR_COMPRESSED"},
		{0x10, "STATX_ATTR_IMMUTABLE"},
		{0x20, "STATX_ATTR_APPEND"},
		{0x40, "STATX_ATTR_NODUMP"},
		{0x800, "STATX_ATTR_ENCRYPTED"},
		{0x1000, "STATX_ATTR_AUTOMOUNT"},
		{0x2000, "STATX_ATTR_MOUNT_ROOT"},
		{0x100000, "STATX_ATTR_VERITY"},
		{0x200000, "STATX_ATTR_DAX"},
	},
}

// AccessModes are access(2)'s mode bits; 0 is F_OK.
var AccessModes = &Values{
	Name:    "AccessModes",
	Zero:    "F_OK",
	Unknown: "?_OK",
	Vals: []Value{
		{0x4, "R_OK"},
		{0x2, "W_OK"},
		{0x1, "X_OK"},
	},
}

// SeekWhence are lseek's whence values (also struct flock's l_whence).
var SeekWhence = &Values{
	Name:    "SeekWhence",
	Unknown: "SEEK_???",
	Vals: []Value{
		{0, "SEEK_SET"},
		{1, "SEEK_CUR"},
		{2, "SEEK_END"},
		{3, "SEEK_DATA"},
		{4, "SEEK_HOLE"},
	},
}

// FadviseAdvice are fadvise64's advice values (x86_64: DONTNEED is 4).
var FadviseAdvice = &Values{
	Name:    "FadviseAdvice",
	Unknown: "POSIX_FADV_???",
	Vals: []Value{
		{0, "POSIX_FADV_NORMAL"},
		{1, "POSIX_FADV_RANDOM"},
		{2, "POSIX_FADV_SEQUENTIAL"},
		{3, "POSIX_FADV_WILLNEED"},
		{4, "POSIX_FADV_DONTNEED"},
		{5, "POSIX_FADV_NOREUSE"},
	},
}

// FallocFlags are fallocate's mode bits.
var FallocFlags = &Values{
	Name:    "FallocFlags",
	Unknown: "FALLOC_FL_???",
	Vals: []Value{
		{0x1, "FALLOC_FL_KEEP_SIZE"},
		{0x2, "FALLOC_FL_PUNCH_HOLE"},
		{0x4, "FALLOC_FL_NO_HIDE_STALE"},
		{0x8, "FALLOC_FL_COLLAPSE_RANGE"},
		{0x10, "FALLOC_FL_ZERO_RANGE"},
		{0x20, "FALLOC_FL_INSERT_RANGE"},
		{0x40, "FALLOC_FL_UNSHARE_RANGE"},
	},
}

// FlockOps are flock(2)'s operation bits, LOCK_RW before LOCK_READ and
// LOCK_WRITE.
var FlockOps = &Values{
	Name:    "FlockOps",
	Unknown: "LOCK_???",
	Vals: []Value{
		{0x1, "LOCK_SH"},
		{0x2, "LOCK_EX"},
		{0x4, "LOCK_NB"},
		{0x8, "LOCK_UN"},
		{0x20, "LOCK_MAND"},
		{0xc0, "LOCK_RW"},
		{0x40, "LOCK_READ"},
		{0x80, "LOCK_WRITE"},
	},
}

// FcntlCmds are fcntl's commands. F_GETLK64 and friends (12..14) only exist
// for 32-bit ABIs but strace's table has them.
var FcntlCmds = &Values{
	Name:    "FcntlCmds",
	Unknown: "F_???",
	Vals: []Value{
		{0, "F_DUPFD"},
		{1, "F_GETFD"},
		{2, "F_SETFD"},
		{3, "F_GETFL"},
		{4, "F_SETFL"},
		{5, "F_GETLK"},
		{6, "F_SETLK"},
		{7, "F_SETLKW"},
		{8, "F_SETOWN"},
		{9, "F_GETOWN"},
		{10, "F_SETSIG"},
		{11, "F_GETSIG"},
		{12, "F_GETLK64"},
		{13, "F_SETLK64"},
		{14, "F_SETLKW64"},
		{15, "F_SETOWN_EX"},
		{16, "F_GETOWN_EX"},
		{17, "F_GETOWNER_UIDS"},
		{36, "F_OFD_GETLK"},
		{37, "F_OFD_SETLK"},
		{38, "F_OFD_SETLKW"},
		{1024, "F_SETLEASE"},
		{1025, "F_GETLEASE"},
		{1026, "F_NOTIFY"},
		{1029, "F_CANCELLK"},
		{1030, "F_DUPFD_CLOEXEC"},
		{1031, "F_SETPIPE_SZ"},
		{1032, "F_GETPIPE_SZ"},
		{1033, "F_ADD_SEALS"},
		{1034, "F_GET_SEALS"},
	},
}

// FdFlags are the descriptor flags of F_GETFD/F_SETFD. strace shows
// F_GETFD's return value as 0x1 (flags FD_CLOEXEC).
var FdFlags = &Values{
	Name:    "FdFlags",
	Unknown: "FD_???",
	Vals: []Value{
		{0x1, "FD_CLOEXEC"},
	},
}

// FlockTypes are struct flock's l_type values (and F_SETLEASE's argument,
// F_GETLEASE's return value).
var FlockTypes = &Values{
	Name:    "FlockTypes",
	Unknown: "F_???",
	Vals: []Value{
		{0, "F_RDLCK"},
		{1, "F_WRLCK"},
		{2, "F_UNLCK"},
		{4, "F_EXLCK"},
		{8, "F_SHLCK"},
	},
}

// FOwnerTypes are struct f_owner_ex's type values (F_GETOWN_EX,
// F_SETOWN_EX).
var FOwnerTypes = &Values{
	Name:    "FOwnerTypes",
	Unknown: "F_OWNER_???",
	Vals: []Value{
		{0, "F_OWNER_TID"},
		{1, "F_OWNER_PID"},
		{2, "F_OWNER_PGRP"},
	},
}

// DnotifyFlags are F_NOTIFY's argument bits.
var DnotifyFlags = &Values{
	Name:    "DnotifyFlags",
	Unknown: "DN_???",
	Vals: []Value{
		{0x1, "DN_ACCESS"},
		{0x2, "DN_MODIFY"},
		{0x4, "DN_CREATE"},
		{0x8, "DN_DELETE"},
		{0x10, "DN_RENAME"},
		{0x20, "DN_ATTRIB"},
		{0x80000000, "DN_MULTISHOT"},
	},
}

// FileSeals are the F_ADD_SEALS argument bits; strace shows F_GET_SEALS's
// return value as 0x5 (seals F_SEAL_SEAL|F_SEAL_GROW).
var FileSeals = &Values{
	Name:    "FileSeals",
	Unknown: "F_SEAL_???",
	Vals: []Value{
		{0x1, "F_SEAL_SEAL"},
		{0x2, "F_SEAL_SHRINK"},
		{0x4, "F_SEAL_GROW"},
		{0x8, "F_SEAL_WRITE"},
		{0x10, "F_SEAL_FUTURE_WRITE"},
	},
}

// RenameFlags are renameat2's flags. strace's default comment here has two
// question marks.
var RenameFlags = &Values{
	Name:    "RenameFlags",
	Unknown: "RENAME_??",
	Vals: []Value{
		{0x1, "RENAME_NOREPLACE"},
		{0x2, "RENAME_EXCHANGE"},
		{0x4, "RENAME_WHITEOUT"},
	},
}

// XattrFlags are setxattr's flags.
var XattrFlags = &Values{
	Name:    "XattrFlags",
	Unknown: "XATTR_???",
	Vals: []Value{
		{0x1, "XATTR_CREATE"},
		{0x2, "XATTR_REPLACE"},
	},
}

// SpliceFlags are the flags of splice, tee and vmsplice.
var SpliceFlags = &Values{
	Name:    "SpliceFlags",
	Unknown: "SPLICE_F_???",
	Vals: []Value{
		{0x1, "SPLICE_F_MOVE"},
		{0x2, "SPLICE_F_NONBLOCK"},
		{0x4, "SPLICE_F_MORE"},
		{0x8, "SPLICE_F_GIFT"},
	},
}

// RwfFlags are the flags of preadv2 and pwritev2.
var RwfFlags = &Values{
	Name:    "RwfFlags",
	Unknown: "RWF_???",
	Vals: []Value{
		{0x1, "RWF_HIPRI"},
		{0x2, "RWF_DSYNC"},
		{0x4, "RWF_SYNC"},
		{0x8, "RWF_NOWAIT"},
		{0x10, "RWF_APPEND"},
	},
}

// InotifyMasks are inotify_add_watch's mask bits (also the mask of struct
// inotify_event).
var InotifyMasks = &Values{
	Name:    "InotifyMasks",
	Unknown: "IN_???",
	Vals: []Value{
		{0x1, "IN_ACCESS"},
		{0x2, "IN_MODIFY"},
		{0x4, "IN_ATTRIB"},
		{0x8, "IN_CLOSE_WRITE"},
		{0x10, "IN_CLOSE_NOWRITE"},
		{0x20, "IN_OPEN"},
		{0x40, "IN_MOVED_FROM"},
		{0x80, "IN_MOVED_TO"},
		{0x100, "IN_CREATE"},
		{0x200, "IN_DELETE"},
		{0x400, "IN_DELETE_SELF"},
		{0x800, "IN_MOVE_SELF"},
		{0x2000, "IN_UNMOUNT"},
		{0x4000, "IN_Q_OVERFLOW"},
		{0x8000, "IN_IGNORED"},
		{0x1000000, "IN_ONLYDIR"},
		{0x2000000, "IN_DONT_FOLLOW"},
		{0x4000000, "IN_EXCL_UNLINK"},
		{0x10000000, "IN_MASK_CREATE"},
		{0x20000000, "IN_MASK_ADD"},
		{0x40000000, "IN_ISDIR"},
		{0x80000000, "IN_ONESHOT"},
	},
}

// InotifyInitFlags are inotify_init1's flags.
var InotifyInitFlags = &Values{
	Name:    "InotifyInitFlags",
	Unknown: "IN_???",
	Vals: []Value{
		{0x800, "IN_NONBLOCK"},
		{0x80000, "IN_CLOEXEC"},
	},
}

// MemfdFlags are memfd_create's flags other than the MFD_HUGE_* size. strace
// prints flags of 0 as 0, and the huge page size field
// (flags>>MFD_HUGE_SHIFT&MFD_HUGE_MASK) as 21<<MFD_HUGE_SHIFT after the
// named bits; that is the decoder's to do.
var MemfdFlags = &Values{
	Name:    "MemfdFlags",
	Unknown: "MFD_???",
	Vals: []Value{
		{0x1, "MFD_CLOEXEC"},
		{0x2, "MFD_ALLOW_SEALING"},
		{0x4, "MFD_HUGETLB"},
	},
}

// MountFlags are mount(2)'s mountflags. When the top 16 bits hold MS_MGC_VAL
// (0xc0ed0000), strace prints "MS_MGC_VAL" first and then "|" and these
// flags (if any are left).
var MountFlags = &Values{
	Name:    "MountFlags",
	Unknown: "MS_???",
	Vals: []Value{
		{0x1, "MS_RDONLY"},
		{0x2, "MS_NOSUID"},
		{0x4, "MS_NODEV"},
		{0x8, "MS_NOEXEC"},
		{0x10, "MS_SYNCHRONOUS"},
		{0x20, "MS_REMOUNT"},
		{0x40, "MS_MANDLOCK"},
		{0x80, "MS_DIRSYNC"},
		{0x100, "MS_NOSYMFOLLOW"},
		{0x400, "MS_NOATIME"},
		{0x800, "MS_NODIRATIME"},
		{0x1000, "MS_BIND"},
		{0x2000, "MS_MOVE"},
		{0x4000, "MS_REC"},
		{0x8000, "MS_SILENT"},
		{0x10000, "MS_POSIXACL"},
		{0x20000, "MS_UNBINDABLE"},
		{0x40000, "MS_PRIVATE"},
		{0x80000, "MS_SLAVE"},
		{0x100000, "MS_SHARED"},
		{0x200000, "MS_RELATIME"},
		{0x400000, "MS_KERNMOUNT"},
		{0x800000, "MS_I_VERSION"},
		{0x1000000, "MS_STRICTATIME"},
		{0x2000000, "MS_LAZYTIME"},
		{0x4000000, "MS_SUBMOUNT"},
		{0x8000000, "MS_NOREMOTELOCK"},
		{0x10000000, "MS_NOSEC"},
		{0x20000000, "MS_BORN"},
		{0x40000000, "MS_ACTIVE"},
		{0x80000000, "MS_NOUSER"},
	},
}

// UmountFlags are umount2's flags.
var UmountFlags = &Values{
	Name:    "UmountFlags",
	Unknown: "MNT_???",
	Vals: []Value{
		{0x1, "MNT_FORCE"},
		{0x2, "MNT_DETACH"},
		{0x4, "MNT_EXPIRE"},
		{0x8, "UMOUNT_NOFOLLOW"},
	},
}

// FileTypes name the file type of a mode, mode&S_IFMT. strace prints a mode
// as the type, then S_ISUID|, S_ISGID|, S_ISVTX| for those bits, then the
// rest in octal (%#03o): S_IFREG|S_ISUID|0755; with no type bits, only the
// octal part (0644); with type bits that have no name, the whole mode in
// octal.
var FileTypes = &Values{
	Name: "FileTypes",
	Vals: []Value{
		{32768, "S_IFREG"},
		{49152, "S_IFSOCK"},
		{4096, "S_IFIFO"},
		{40960, "S_IFLNK"},
		{16384, "S_IFDIR"},
		{24576, "S_IFBLK"},
		{8192, "S_IFCHR"},
	},
}

// FanInitFlags are fanotify_init's flags other than the class; strace prints
// the class (FanClasses) first, then "|" and these.
var FanInitFlags = &Values{
	Name:    "FanInitFlags",
	Unknown: "FAN_???",
	Vals: []Value{
		{0x1, "FAN_CLOEXEC"},
		{0x2, "FAN_NONBLOCK"},
		{0x10, "FAN_UNLIMITED_QUEUE"},
		{0x20, "FAN_UNLIMITED_MARKS"},
		{0x40, "FAN_ENABLE_AUDIT"},
		{0x80, "FAN_REPORT_PIDFD"},
		{0x100, "FAN_REPORT_TID"},
		{0x200, "FAN_REPORT_FID"},
		{0x400, "FAN_REPORT_DIR_FID"},
		{0x800, "FAN_REPORT_NAME"},
		{0x1000, "FAN_REPORT_TARGET_FID"},
	},
}

// FanClasses are fanotify_init's notification classes,
// flags&(FAN_CLASS_CONTENT|FAN_CLASS_PRE_CONTENT).
var FanClasses = &Values{
	Name:    "FanClasses",
	Unknown: "FAN_CLASS_???",
	Vals: []Value{
		{0, "FAN_CLASS_NOTIF"},
		{4, "FAN_CLASS_CONTENT"},
		{8, "FAN_CLASS_PRE_CONTENT"},
	},
}

// FanMarkFlags are fanotify_mark's flags.
var FanMarkFlags = &Values{
	Name:    "FanMarkFlags",
	Unknown: "FAN_MARK_???",
	Vals: []Value{
		{0x1, "FAN_MARK_ADD"},
		{0x2, "FAN_MARK_REMOVE"},
		{0x4, "FAN_MARK_DONT_FOLLOW"},
		{0x8, "FAN_MARK_ONLYDIR"},
		{0x10, "FAN_MARK_MOUNT"},
		{0x20, "FAN_MARK_IGNORED_MASK"},
		{0x40, "FAN_MARK_IGNORED_SURV_MODIFY"},
		{0x80, "FAN_MARK_FLUSH"},
		{0x100, "FAN_MARK_FILESYSTEM"},
		{0x200, "FAN_MARK_EVICTABLE"},
		{0x400, "FAN_MARK_IGNORE"},
	},
}

// FanEventFlags are fanotify_mark's event mask bits.
var FanEventFlags = &Values{
	Name:    "FanEventFlags",
	Unknown: "FAN_???",
	Vals: []Value{
		{0x1, "FAN_ACCESS"},
		{0x2, "FAN_MODIFY"},
		{0x4, "FAN_ATTRIB"},
		{0x8, "FAN_CLOSE_WRITE"},
		{0x10, "FAN_CLOSE_NOWRITE"},
		{0x20, "FAN_OPEN"},
		{0x40, "FAN_MOVED_FROM"},
		{0x80, "FAN_MOVED_TO"},
		{0x100, "FAN_CREATE"},
		{0x200, "FAN_DELETE"},
		{0x400, "FAN_DELETE_SELF"},
		{0x800, "FAN_MOVE_SELF"},
		{0x1000, "FAN_OPEN_EXEC"},
		{0x4000, "FAN_Q_OVERFLOW"},
		{0x8000, "FAN_FS_ERROR"},
		{0x10000, "FAN_OPEN_PERM"},
		{0x20000, "FAN_ACCESS_PERM"},
		{0x40000, "FAN_OPEN_EXEC_PERM"},
		{0x80000, "FAN_DIR_MODIFY"},
		{0x40000000, "FAN_ONDIR"},
		{0x8000000, "FAN_EVENT_ON_CHILD"},
		{0x10000000, "FAN_RENAME"},
	},
}

// CloseRangeFlags are close_range's flags.
var CloseRangeFlags = &Values{
	Name:    "CloseRangeFlags",
	Unknown: "CLOSE_RANGE_???",
	Vals: []Value{
		{0x2, "CLOSE_RANGE_UNSHARE"},
		{0x4, "CLOSE_RANGE_CLOEXEC"},
	},
}

// ResolveFlags are struct open_how's resolve bits (openat2).
var ResolveFlags = &Values{
	Name:    "ResolveFlags",
	Unknown: "RESOLVE_???",
	Vals: []Value{
		{0x1, "RESOLVE_NO_XDEV"},
		{0x2, "RESOLVE_NO_MAGICLINKS"},
		{0x4, "RESOLVE_NO_SYMLINKS"},
		{0x8, "RESOLVE_BENEATH"},
		{0x10, "RESOLVE_IN_ROOT"},
		{0x20, "RESOLVE_CACHED"},
	},
}

// SyncFileRangeFlags are sync_file_range's flags.
var SyncFileRangeFlags = &Values{
	Name:    "SyncFileRangeFlags",
	Unknown: "SYNC_FILE_RANGE_???",
	Vals: []Value{
		{0x1, "SYNC_FILE_RANGE_WAIT_BEFORE"},
		{0x2, "SYNC_FILE_RANGE_WRITE"},
		{0x4, "SYNC_FILE_RANGE_WAIT_AFTER"},
	},
}

// DirentTypes are linux_dirent64's d_type values.
var DirentTypes = &Values{
	Name:    "DirentTypes",
	Unknown: "DT_???",
	Vals: []Value{
		{0, "DT_UNKNOWN"},
		{1, "DT_FIFO"},
		{2, "DT_CHR"},
		{4, "DT_DIR"},
		{6, "DT_BLK"},
		{8, "DT_REG"},
		{10, "DT_LNK"},
		{12, "DT_SOCK"},
		{14, "DT_WHT"},
	},
}

// StatfsFlags are struct statfs's f_flags bits, ST_VALID first.
var StatfsFlags = &Values{
	Name:    "StatfsFlags",
	Unknown: "ST_???",
	Vals: []Value{
		{0x20, "ST_VALID"},
		{0x1, "ST_RDONLY"},
		{0x2, "ST_NOSUID"},
		{0x4, "ST_NODEV"},
		{0x8, "ST_NOEXEC"},
		{0x10, "ST_SYNCHRONOUS"},
		{0x40, "ST_MANDLOCK"},
		{0x400, "ST_NOATIME"},
		{0x800, "ST_NODIRATIME"},
		{0x1000, "ST_RELATIME"},
		{0x2000, "ST_NOSYMFOLLOW"},
	},
}

// FsMagics names struct statfs's f_type, as f_type=EXT2_SUPER_MAGIC; unknown
// ones print in hex with no comment. The table is sorted by value, as
// strace's is (it searches it).
var FsMagics = &Values{
	Name: "FsMagics",
	Vals: []Value{
		{47, "QNX4_SUPER_MAGIC"},
		{51, "Z3FOLD_MAGIC"},
		{391, "AUTOFS_SUPER_MAGIC"},
		{4979, "DEVFS_SUPER_MAGIC"},
		{4989, "EXT_SUPER_MAGIC"},
		{4991, "MINIX_SUPER_MAGIC"},
		{5007, "MINIX_SUPER_MAGIC2"},
		{7377, "DEVPTS_SUPER_MAGIC"},
		{9320, "MINIX2_SUPER_MAGIC"},
		{9336, "MINIX2_SUPER_MAGIC2"},
		{13364, "NILFS_SUPER_MAGIC"},
		{16964, "HFS_SUPER_MAGIC"},
		{18475, "HFSPLUS_SUPER_MAGIC"},
		{19780, "MSDOS_SUPER_MAGIC"},
		{19802, "MINIX3_SUPER_MAGIC"},
		{20859, "SMB_SUPER_MAGIC"},
		{22092, "NCP_SUPER_MAGIC"},
		{24053, "EXOFS_SUPER_MAGIC"},
		{26985, "NFS_SUPER_MAGIC"},
		{29301, "ROMFS_MAGIC"},
		{29366, "JFFS2_SUPER_MAGIC"},
		{38496, "ISOFS_SUPER_MAGIC"},
		{40864, "PROC_SUPER_MAGIC"},
		{40865, "OPENPROM_SUPER_MAGIC"},
		{40866, "USBDEVICE_SUPER_MAGIC"},
		{44533, "ADFS_SUPER_MAGIC"},
		{44543, "AFFS_SUPER_MAGIC"},
		{61265, "EXT2_OLD_SUPER_MAGIC"},
		{61267, "EXT2_SUPER_MAGIC"},
		{61791, "ECRYPTFS_SUPER_MAGIC"},
		{0x11954, "UFS_MAGIC"},
		{0x27e0eb, "CGROUP_SUPER_MAGIC"},
		{0x414a53, "EFS_SUPER_MAGIC"},
		{0xc0ffee, "HOSTFS_SUPER_MAGIC"},
		{0xc36400, "CEPH_SUPER_MAGIC"},
		{0x1021994, "TMPFS_MAGIC"},
		{0x1021997, "V9FS_MAGIC"},
		{0x1161970, "GFS2_MAGIC"},
		{0x12fd16d, "XIAFS_SUPER_MAGIC"},
		{0x12ff7b4, "XENIX_SUPER_MAGIC"},
		{0x12ff7b5, "SYSV4_SUPER_MAGIC"},
		{0x12ff7b6, "SYSV2_SUPER_MAGIC"},
		{0x12ff7b7, "COH_SUPER_MAGIC"},
		{0x2011994, "SHMFS_SUPER_MAGIC"},
		{0x9041934, "ANON_INODE_FS_MAGIC"},
		{0xbad1dea, "FUTEXFS_SUPER_MAGIC"},
		{0x11307854, "MTD_INODE_FS_MAGIC"},
		{0x13661366, "BALLOON_KVM_MAGIC"},
		{0x15013346, "UDF_SUPER_MAGIC"},
		{0x1badface, "BFS_MAGIC"},
		{0x2011bab0, "EXFAT_SUPER_MAGIC"},
		{0x24051905, "UBIFS_SUPER_MAGIC"},
		{0x28cd3d45, "CRAMFS_MAGIC"},
		{0x2fc12fc1, "ZFS_SUPER_MAGIC"},
		{0x3153464a, "JFS_SUPER_MAGIC"},
		{0x42465331, "BEFS_SUPER_MAGIC"},
		{0x42494e4d, "BINFMTFS_MAGIC"},
		{0x43415d53, "SMACK_MAGIC"},
		{0x444d4142, "DMA_BUF_MAGIC"},
		{0x453dcd28, "CRAMFS_MAGIC_WEND"},
		{0x454d444d, "DEVMEM_MAGIC"},
		{0x47504653, "GPFS_SUPER_MAGIC"},
		{0x50495045, "PIPEFS_MAGIC"},
		{0x52654973, "REISERFS_SUPER_MAGIC"},
		{0x5345434d, "SECRETMEM_MAGIC"},
		{0x5346414f, "AFS_SUPER_MAGIC"},
		{0x5346544e, "NTFS_SB_MAGIC"},
		{0x534f434b, "SOCKFS_MAGIC"},
		{0x54190100, "UFS_CIGAM"},
		{0x565a4653, "VZFS_SUPER_MAGIC"},
		{0x57ac6e9d, "STACK_END_MAGIC"},
		{0x58295829, "ZSMALLOC_MAGIC"},
		{0x58465342, "XFS_SUPER_MAGIC"},
		{0x5a3c69f0, "AAFS_MAGIC"},
		{0x5a4f4653, "ZONEFS_MAGIC"},
		{0x6165676c, "PSTOREFS_MAGIC"},
		{0x61756673, "AUFS_SUPER_MAGIC"},
		{0x62646576, "BDEVFS_MAGIC"},
		{0x62656570, "CONFIGFS_MAGIC"},
		{0x62656572, "SYSFS_MAGIC"},
		{0x63677270, "CGROUP2_SUPER_MAGIC"},
		{0x64626720, "DEBUGFS_MAGIC"},
		{0x64646178, "DAXFS_MAGIC"},
		{0x65735543, "FUSE_CTL_SUPER_MAGIC"},
		{0x65735546, "FUSE_SUPER_MAGIC"},
		{0x68191122, "QNX6_SUPER_MAGIC"},
		{0x6b414653, "AFS_FS_MAGIC"},
		{0x6c6f6f70, "BINDERFS_SUPER_MAGIC"},
		{0x6e736673, "NSFS_MAGIC"},
		{0x73636673, "SECURITYFS_MAGIC"},
		{0x73717368, "SQUASHFS_MAGIC"},
		{0x73727279, "BTRFS_TEST_MAGIC"},
		{0x73757245, "CODA_SUPER_MAGIC"},
		{0x7461636f, "OCFS2_SUPER_MAGIC"},
		{0x74726163, "TRACEFS_MAGIC"},
		{0x794c7630, "OVERLAYFS_SUPER_MAGIC"},
		{0x858458f6, "RAMFS_MAGIC"},
		{0x9123683e, "BTRFS_SUPER_MAGIC"},
		{0x958458f6, "HUGETLBFS_MAGIC"},
		{0xa501fcf5, "VXFS_SUPER_MAGIC"},
		{0xabba1974, "XENFS_SUPER_MAGIC"},
		{0xc7571590, "PPC_CMM_MAGIC"},
		{0xc97e8168, "LOGFS_MAGIC"},
		{0xcafe4a11, "BPF_FS_MAGIC"},
		{0xde5e81e4, "EFIVARFS_MAGIC"},
		{0xe0f5e1e2, "EROFS_SUPER_MAGIC_V1"},
		{0xf2f52010, "F2FS_SUPER_MAGIC"},
		{0xf97cff8c, "SELINUX_MAGIC"},
		{0xf995e849, "HPFS_SUPER_MAGIC"},
		{0xfe534d42, "SMB2_SUPER_MAGIC"},
		{0xff534d42, "CIFS_SUPER_MAGIC"},
	},
}

// OpenFlagsARM64 is OpenFlags with arm64's values (O_DIRECTORY 040000,
// O_NOFOLLOW 0100000, O_DIRECT 0200000, O_LARGEFILE 0400000), same order.
var OpenFlagsARM64 = &Values{
	Name:    "OpenFlagsARM64",
	Unknown: "O_???",
	Vals: []Value{
		{0x40, "O_CREAT"},
		{0x80, "O_EXCL"},
		{0x100, "O_NOCTTY"},
		{0x200, "O_TRUNC"},
		{0x400, "O_APPEND"},
		{0x800, "O_NONBLOCK"},
		{0x101000, "O_SYNC"},
		{0x100000, "__O_SYNC"},
		{0x1000, "O_DSYNC"},
		{0x10000, "O_DIRECT"},
		{0x20000, "O_LARGEFILE"},
		{0x8000, "O_NOFOLLOW"},
		{0x40000, "O_NOATIME"},
		{0x80000, "O_CLOEXEC"},
		{0x200000, "O_PATH"},
		{0x404000, "O_TMPFILE"},
		{0x400000, "__O_TMPFILE"},
		{0x4000, "O_DIRECTORY"},
		{0x2000, "FASYNC"},
	},
}

// LeaseTypes are F_SETLEASE's argument and F_GETLEASE's return value:
// strace 6.1 names them with the struct flock l_type table (F_RDLCK,
// F_WRLCK, F_UNLCK).
var LeaseTypes = FlockTypes
