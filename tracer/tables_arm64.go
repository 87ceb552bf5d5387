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

// nativeABI is the ABI of this architecture's own processes.
const nativeABI = syscalls.ARM64
