package i386

import (
	"testing"

	"github.com/gotrace/gotrace/syscalls"
)

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		nr   uint64
		name string
	}{
		{1, "exit"},
		{3, "read"},
		{4, "write"},
		{11, "execve"},
		{20, "getpid"},
		{102, "socketcall"},
		{120, "clone"},
		{192, "mmap2"},
		{195, "stat64"},
		{252, "exit_group"},
		{295, "openat"},
		{383, "statx"},
		{403, "clock_gettime64"},
		{435, "clone3"},
		{462, "mseal"},
	} {
		sc := Table().Lookup(tc.nr)
		if sc == nil || sc.Name != tc.name || sc.Nr != int(tc.nr) {
			t.Errorf("i386 Lookup(%d) = %+v, want %s", tc.nr, sc, tc.name)
		}
		if sc := Table().ByName(tc.name); sc == nil || sc.Nr != int(tc.nr) {
			t.Errorf("i386 ByName(%s) = %+v, want number %d", tc.name, sc, tc.nr)
		}
	}
	if tb := Table(); tb.ABI != syscalls.I386 || tb != Table() {
		t.Errorf("Table() ABI %v or not built once", tb.ABI)
	}
	// Unused numbers: 222, 223 and 251 were never assigned, 415 is the
	// hole in the time64 range.
	for _, nr := range []uint64{222, 223, 251, 415, 1 << 20} {
		if sc := Table().Lookup(nr); sc != nil {
			t.Errorf("i386 Lookup(%d) = %s, want none", nr, sc.Name)
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
