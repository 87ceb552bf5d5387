package forkexec

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// Landlock access rights (include/uapi/linux/landlock.h), by the ABI
// version that introduced them.
const (
	LandlockExecute    = 1 << 0
	LandlockWriteFile  = 1 << 1
	LandlockReadFile   = 1 << 2
	LandlockReadDir    = 1 << 3
	LandlockRemoveDir  = 1 << 4
	LandlockRemoveFile = 1 << 5
	LandlockMakeChar   = 1 << 6
	LandlockMakeDir    = 1 << 7
	LandlockMakeReg    = 1 << 8
	LandlockMakeSock   = 1 << 9
	LandlockMakeFifo   = 1 << 10
	LandlockMakeBlock  = 1 << 11
	LandlockMakeSym    = 1 << 12
	LandlockRefer      = 1 << 13 // ABI 2
	LandlockTruncate   = 1 << 14 // ABI 3
	LandlockIoctlDev   = 1 << 15 // ABI 5

	LandlockNetBindTCP    = 1 << 0 // ABI 4
	LandlockNetConnectTCP = 1 << 1 // ABI 4

	LandlockScopeAbstractUnix = 1 << 0 // ABI 6
	LandlockScopeSignal       = 1 << 1 // ABI 6

	// LandlockRead is reading files and listing directories;
	// LandlockReadExec adds executing.
	LandlockRead     = LandlockReadFile | LandlockReadDir
	LandlockReadExec = LandlockRead | LandlockExecute
)

// LandlockABI returns the kernel's Landlock ABI version, 0 when Landlock
// is not available (not built in, or disabled at boot).
func LandlockABI() int {
	const createRulesetVersion = 1
	v, _, e := unix.Syscall(unix.SYS_LANDLOCK_CREATE_RULESET, 0, 0, createRulesetVersion)
	if e != 0 {
		return 0
	}
	return int(v)
}

// landlockFSRights are the file system rights each ABI handles.
func landlockFSRights(abi int) uint64 {
	rights := uint64(LandlockExecute | LandlockWriteFile | LandlockReadFile | LandlockReadDir | LandlockRemoveDir |
		LandlockRemoveFile | LandlockMakeChar | LandlockMakeDir | LandlockMakeReg | LandlockMakeSock |
		LandlockMakeFifo | LandlockMakeBlock | LandlockMakeSym)
	if abi >= 2 {
		rights |= LandlockRefer
	}
	if abi >= 3 {
		rights |= LandlockTruncate
	}
	if abi >= 5 {
		rights |= LandlockIoctlDev
	}
	return rights
}

// LandlockPath is a path and the rights to grant beneath it.
type LandlockPath struct {
	Path   string
	Access uint64
}

// LandlockOptions say what a ruleset allows.
type LandlockOptions struct {
	// Paths are granted their rights; everything else on the file system
	// is denied (reads, writes, executions, creations...).
	Paths []LandlockPath
	// NoTCP denies binding and connecting TCP sockets (ABI 4).
	NoTCP bool
	// Scoped denies signals to processes outside the sandbox and
	// connecting to abstract unix sockets made outside it (ABI 6).
	Scoped bool
}

// NewLandlock opens the paths (O_PATH) and builds the ruleset for the
// running kernel's ABI. Paths that do not exist are skipped. The returned
// close function releases the descriptors (call it once the child has
// started). It fails when the kernel has no Landlock.
func NewLandlock(opts LandlockOptions) (*Landlock, func(), error) {
	abi := LandlockABI()
	if abi == 0 {
		return nil, nil, fmt.Errorf("landlock: not supported by this kernel")
	}
	fsRights := landlockFSRights(abi)
	attr := []uint64{fsRights}
	if abi >= 4 {
		var net uint64
		if opts.NoTCP {
			net = LandlockNetBindTCP | LandlockNetConnectTCP
		}
		attr = append(attr, net)
	}
	if abi >= 6 {
		var scoped uint64
		if opts.Scoped {
			scoped = LandlockScopeAbstractUnix | LandlockScopeSignal
		}
		attr = append(attr, scoped)
	}
	ll := &Landlock{Attr: attr}
	var fds []int
	closeAll := func() {
		for _, fd := range fds {
			unix.Close(fd)
		}
	}
	for _, p := range opts.Paths {
		fd, err := unix.Open(p.Path, unix.O_PATH|unix.O_CLOEXEC, 0)
		if err != nil {
			continue
		}
		fds = append(fds, fd)
		access := p.Access & fsRights
		var st unix.Stat_t
		if unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT != unix.S_IFDIR {
			// Rights that only apply to directories are refused on a
			// file.
			access &= LandlockExecute | LandlockWriteFile | LandlockReadFile | LandlockTruncate | LandlockIoctlDev
		}
		ll.Rules = append(ll.Rules, LandlockRule{Fd: fd, Access: access})
	}
	return ll, closeAll, nil
}
