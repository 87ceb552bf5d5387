package tracer

import (
	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/arm64"
)

// nativeTables returns the tables of the ABIs an aarch64 tracee can use.
// (32-bit arm tracees are not supported yet: their stops have no table and
// print as unknown calls.)
func nativeTables() [syscalls.NumABIs]*syscalls.Table {
	var t [syscalls.NumABIs]*syscalls.Table
	t[syscalls.ARM64] = arm64.Table()
	return t
}

// NativeABI is the ABI of this architecture's own processes.
const NativeABI = syscalls.ARM64

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
