package amd64

import (
	"testing"

	"github.com/gotrace/gotrace/syscalls"
)

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		nr   uint64
		name string
	}{
		{0, "read"},
		{1, "write"},
		{2, "open"},
		{9, "mmap"},
		{59, "execve"},
		{60, "exit"},
		{231, "exit_group"},
		{257, "openat"},
		{262, "newfstatat"},
		{302, "prlimit64"},
		{318, "getrandom"},
		{332, "statx"},
		{334, "rseq"},
		{435, "clone3"},
		{439, "faccessat2"},
		{462, "mseal"},
	} {
		sc := Table().Lookup(tc.nr)
		if sc == nil || sc.Name != tc.name || sc.Nr != int(tc.nr) {
			t.Errorf("x86_64 Lookup(%d) = %+v, want %s", tc.nr, sc, tc.name)
		}
		if sc := Table().ByName(tc.name); sc == nil || sc.Nr != int(tc.nr) {
			t.Errorf("x86_64 ByName(%s) = %+v, want number %d", tc.name, sc, tc.nr)
		}
	}
	if tb := Table(); tb.ABI != syscalls.AMD64 || tb != Table() {
		t.Errorf("Table() ABI %v or not built once", tb.ABI)
	}
	for _, nr := range []uint64{400, 512, 1 << 20, ^uint64(0)} {
		if sc := Table().Lookup(nr); sc != nil {
			t.Errorf("x86_64 Lookup(%d) = %s, want none", nr, sc.Name)
		}
	}
}

func TestX32Names(t *testing.T) {
	for _, tc := range []struct {
		nr   uint64
		name string
	}{
		{0, "read"},
		{1, "write"},
		{512, "rt_sigaction"},
		{520, "execve"},
		{547, "pwritev2"},
		{435, "clone3"},
		{451, "cachestat"},
	} {
		sc := X32Table().Lookup(tc.nr)
		if sc == nil || sc.Name != tc.name {
			t.Errorf("x32 Lookup(%d) = %+v, want %s", tc.nr, sc, tc.name)
		}
	}
	// x32 calls whose arguments differ from x86_64's have no number in
	// the common range: 13 and 59 are unused, rt_sigaction is 512 and
	// execve 520.
	for _, nr := range []uint64{13, 59, 548} {
		if sc := X32Table().Lookup(nr); sc != nil {
			t.Errorf("x32 Lookup(%d) = %s, want none", nr, sc.Name)
		}
	}
	if X32Table().ABI != syscalls.X32 {
		t.Errorf("X32Table().ABI = %v", X32Table().ABI)
	}
	// ByName finds the x32-specific number.
	if sc := X32Table().ByName("execve"); sc == nil || sc.Nr != 520 {
		t.Errorf("x32 ByName(execve) = %+v, want 520", sc)
	}
	if got := len(X32Names); got < 548 {
		t.Errorf("len(X32Names) = %d, want at least 548", got)
	}
	for nr := 512; nr <= 547; nr++ {
		if X32Names[nr] == "" {
			t.Errorf("X32Names[%d] is empty", nr)
		}
	}
}

func TestNoDuplicates(t *testing.T) {
	for _, tc := range []struct {
		abi   string
		names []string
	}{{"x86_64", Names[:]}, {"x32", X32Names[:]}} {
		seen := map[string]int{}
		for nr, name := range tc.names {
			if name == "" {
				continue
			}
			if prev, dup := seen[name]; dup {
				t.Errorf("%s: %s is both %d and %d", tc.abi, name, prev, nr)
			}
			seen[name] = nr
		}
	}
}
