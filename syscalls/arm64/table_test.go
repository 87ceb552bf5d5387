package arm64

import (
	"testing"

	"github.com/gotrace/gotrace/syscalls"
)

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		nr   uint64
		name string
	}{
		{0, "io_setup"},
		{25, "fcntl"},
		{38, "renameat"},
		{43, "statfs"},
		{46, "ftruncate"},
		{56, "openat"},
		{62, "lseek"},
		{63, "read"},
		{64, "write"},
		{71, "sendfile"},
		{79, "newfstatat"},
		{80, "fstat"},
		{84, "sync_file_range"},
		{93, "exit"},
		{94, "exit_group"},
		{98, "futex"},
		{113, "clock_gettime"},
		{163, "getrlimit"},
		{164, "setrlimit"},
		{220, "clone"},
		{221, "execve"},
		{222, "mmap"},
		{223, "fadvise64"},
		{261, "prlimit64"},
		{291, "statx"},
		{435, "clone3"},
		{447, "memfd_secret"},
		{450, "set_mempolicy_home_node"},
		{462, "mseal"},
	} {
		sc := Table().Lookup(tc.nr)
		if sc == nil || sc.Name != tc.name || sc.Nr != int(tc.nr) {
			t.Errorf("aarch64 Lookup(%d) = %+v, want %s", tc.nr, sc, tc.name)
		}
		if sc := Table().ByName(tc.name); sc == nil || sc.Nr != int(tc.nr) {
			t.Errorf("aarch64 ByName(%s) = %+v, want number %d", tc.name, sc, tc.nr)
		}
	}
	if tb := Table(); tb.ABI != syscalls.ARM64 || tb != Table() {
		t.Errorf("Table() ABI %v or not built once", tb.ABI)
	}
}

// TestAbsent checks the calls the generic table leaves out for a 64-bit
// architecture: the legacy ones arm64 never had, the 32-bit names of the
// __NR3264_ calls, the time64 calls of 32-bit ABIs, and the
// architecture-specific range.
func TestAbsent(t *testing.T) {
	for _, name := range []string{
		"open", "fork", "vfork", "stat", "lstat", "access", "pipe", "dup2",
		"fcntl64", "mmap2", "fstatat64", "llseek", "sendfile64",
		"clock_gettime64", "futex_time64", "arch_specific_syscall",
		"syscalls", "sync_file_range2",
	} {
		if sc := Table().ByName(name); sc != nil {
			t.Errorf("aarch64 has %s at %d", name, sc.Nr)
		}
	}
	for _, nr := range []uint64{244, 259, 295, 403, 423, 1024, 1079} {
		if sc := Table().Lookup(nr); sc != nil {
			t.Errorf("aarch64 Lookup(%d) = %s, want none", nr, sc.Name)
		}
	}
}

func TestNoDuplicates(t *testing.T) {
	seen := map[string]int{}
	for nr, name := range Names {
		if name == "" {
			continue
		}
		if prev, dup := seen[name]; dup {
			t.Errorf("%s is both %d and %d", name, prev, nr)
		}
		seen[name] = nr
	}
}
