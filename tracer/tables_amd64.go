package tracer

import (
	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/amd64"
	"github.com/gotrace/gotrace/syscalls/i386"
)

// nativeTables returns the tables of the ABIs an x86_64 tracee can use:
// its own, i386 (int 0x80) and x32. Each stop is looked up in the table of
// the ABI it was made in, never in another's.
func nativeTables() [syscalls.NumABIs]*syscalls.Table {
	var t [syscalls.NumABIs]*syscalls.Table
	t[syscalls.AMD64] = amd64.Table()
	t[syscalls.X32] = amd64.X32Table()
	t[syscalls.I386] = i386.Table()
	return t
}

// NativeABI is the ABI of this architecture's own processes.
const NativeABI = syscalls.AMD64

// NativeTables returns the syscall tables of the ABIs a tracee of this
// architecture can use, for parsing syscall sets before tracing.
func NativeTables() []*syscalls.Table {
	t := nativeTables()
	var out []*syscalls.Table
	for _, tab := range t {
		if tab != nil {
			out = append(out, tab)
		}
	}
	return out
}

// NativeTableArray returns the same tables indexed by ABI.
func NativeTableArray() [syscalls.NumABIs]*syscalls.Table { return nativeTables() }
