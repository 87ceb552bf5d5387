package syscalls

// Struct kinds of the socket, file and mount families (StructNetBase's
// range). Msghdr, Mmsghdr, Linger, Ucred, OpenHow and MountAttr are
// kinds.go's.
const (
	// FileHandle is struct file_handle (name_to_handle_at,
	// open_by_handle_at).
	FileHandle Struct = StructNetBase + iota
	// Utimbuf is struct utimbuf (utime).
	Utimbuf
	// Ustat is struct ustat (ustat), which strace 6.1 shows by address.
	Ustat
	// CachestatRange is struct cachestat_range.
	CachestatRange
	// Cachestat is struct cachestat.
	Cachestat
	// MntIDReq is struct mnt_id_req (statmount, listmount).
	MntIDReq
	// Statmount is struct statmount, its size the argument Arg.Len.
	Statmount
	// XattrArgs is struct xattr_args (setxattrat, getxattrat), its size
	// the argument Arg.Len.
	XattrArgs
	// FileAttr is struct file_attr (file_getattr, file_setattr), its
	// size the argument Arg.Len.
	FileAttr
	// SockOptVal is a socket option's value, whose layout depends on the
	// level and option name (getsockopt, setsockopt).
	SockOptVal
	// QuotaData is quotactl's addr argument, whose layout depends on the
	// command.
	QuotaData
	// MntIDs is listmount's array of 64-bit mount ids.
	MntIDs
)
