package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const sysInclude = "/usr/include"

// needHeaders skips the test when the machine lacks what generation
// reads: the x86_64 and generic UAPI headers and a C compiler.
func needHeaders(t *testing.T, cc bool) {
	t.Helper()
	for _, f := range []string{
		"x86_64-linux-gnu/asm/unistd.h",
		"x86_64-linux-gnu/asm/unistd_64.h",
		"x86_64-linux-gnu/asm/unistd_x32.h",
		"x86_64-linux-gnu/asm/unistd_32.h",
		"asm-generic/unistd.h",
		"asm-generic/errno.h",
		"asm-generic/errno-base.h",
		"linux/version.h",
	} {
		if _, err := os.Stat(filepath.Join(sysInclude, f)); err != nil {
			t.Skipf("kernel UAPI headers missing: %v", err)
		}
	}
	if cc {
		if _, err := exec.LookPath(ccName()); err != nil {
			t.Skipf("no C compiler: %v", err)
		}
	}
}

func ccName() string {
	if cc := os.Getenv("CC"); cc != "" {
		return cc
	}
	return "gcc"
}

// TestCommittedUpToDate regenerates everything into a temporary directory
// and checks it matches the committed files.
func TestCommittedUpToDate(t *testing.T) {
	needHeaders(t, true)
	files, err := generate(config{include: sysInclude})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 4 {
		t.Errorf("generated %d files, want 4", len(files))
	}
	tmp := t.TempDir()
	for _, f := range files {
		path := filepath.Join(tmp, f.path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(tmp, f.path))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", f.path))
		if err != nil {
			t.Errorf("committed %s: %v", f.path, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("syscalls/%s is out of date: run go generate ./syscalls/\n%s", f.path, firstDiff(string(want), string(got)))
		}
	}
	// Deterministic: a second run gives the same bytes.
	again, err := generate(config{include: sysInclude})
	if err != nil {
		t.Fatal(err)
	}
	for i := range files {
		if files[i].path != again[i].path || !bytes.Equal(files[i].data, again[i].data) {
			t.Errorf("second run differs in %s", files[i].path)
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n  committed: " + x + "\n  generated: " + y
		}
	}
	return ""
}

// TestGenericEvaluation evaluates asm-generic/unistd.h both as arm64 does
// and as a 32-bit architecture without the time32 calls would,
// which exercises the other side of every #if.
func TestGenericEvaluation(t *testing.T) {
	needHeaders(t, false)
	path := filepath.Join(sysInclude, "asm-generic", "unistd.h")
	arm64, err := readGeneric(path, arm64Defines)
	if err != nil {
		t.Fatal(err)
	}
	gen32, err := readGeneric(path, map[string]string{"__BITS_PER_LONG": "32", "__ARCH_WANT_SYS_CLONE3": ""})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		nr           int
		arm64, gen32 string
	}{
		{25, "fcntl", "fcntl64"},
		{38, "renameat", ""},
		{62, "lseek", "llseek"},
		{71, "sendfile", "sendfile64"},
		{79, "newfstatat", ""},
		{80, "fstat", ""},
		{98, "futex", ""},
		{113, "clock_gettime", ""},
		{163, "getrlimit", ""},
		{222, "mmap", "mmap2"},
		{223, "fadvise64", "fadvise64_64"},
		{244, "", ""},
		{403, "", "clock_gettime64"},
		{422, "", "futex_time64"},
		{435, "clone3", "clone3"},
		{447, "memfd_secret", ""},
		{450, "set_mempolicy_home_node", "set_mempolicy_home_node"},
		{451, "", ""},
	} {
		if got := arm64[tc.nr].name; got != tc.arm64 {
			t.Errorf("arm64 %d = %q, want %q", tc.nr, got, tc.arm64)
		}
		if got := gen32[tc.nr].name; got != tc.gen32 {
			t.Errorf("32-bit %d = %q, want %q", tc.nr, got, tc.gen32)
		}
	}
	for nr, e := range arm64 {
		switch e.name {
		case "open", "fork", "stat", "syscalls", "arch_specific_syscall":
			t.Errorf("arm64 has %s at %d", e.name, nr)
		}
	}
}

func TestCPP(t *testing.T) {
	p := newCPP(map[string]string{"SIXTY_FOUR": "64", "EMPTY": ""})
	src := `/* comment
 * spanning lines */
#define A 1
#define B (A + 2) /* trailing */
#define F(x, y)
#define LONG \
	7
#if defined(A) && B == 3 && !defined C
#define OK1 1
#elif 1
#define BAD1 1
#else
#define BAD1 2
#endif
#ifdef F
#define OK2 1
#endif
#ifndef EMPTY
#define BAD2 1
#endif
#if SIXTY_FOUR != 32 || UNDEFINED_NAME
#if 0
#define BAD3 1
#elif (LONG * 2 - 4) / 2 == 5 && (0x10 | 1) == 17 && (1 << 4) == 16 && (2 > 1 ? 1 : 0)
#define OK3 1
#endif
#endif
#if 0
#error not reached
#if garbage ( ( (
#endif
#endif
F(A,
  B)
#undef A
`
	if err := p.process("test.h", src); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"OK1", "OK2", "OK3"} {
		if _, ok := p.defines[name]; !ok {
			t.Errorf("%s not defined", name)
		}
	}
	for _, name := range []string{"BAD1", "BAD2", "BAD3", "A"} {
		if _, ok := p.defines[name]; ok {
			t.Errorf("%s defined", name)
		}
	}
	if v, ok := p.macroValue("LONG"); !ok || v != 7 {
		t.Errorf("LONG = %d, %v", v, ok)
	}
	if _, ok := p.macroValue("B"); ok {
		t.Errorf("B is a constant after #undef A")
	}
	if len(p.calls) != 1 || p.calls[0].Name != "F" || strings.Join(p.calls[0].Args, ",") != "A,B" {
		t.Errorf("calls = %+v", p.calls)
	}

	for _, bad := range []string{
		"#if 1\n",
		"#endif\n",
		"#if 1\n#else\n#else\n#endif\n",
		"#if 1 +\n#endif\n",
		"#if 1 / 0\n#endif\n",
		"#error stop\n",
		"int x;\n",
		"#frobnicate\n",
		"#define F(x)\nF(1,\n",
		"#define F(x)\nF(1,\n#define X\n2)\n",
	} {
		if err := newCPP(nil).process("bad.h", bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestParseNewer(t *testing.T) {
	entries, err := parseNewer(newerTxt)
	if err != nil {
		t.Fatal(err)
	}
	last := -1
	for _, e := range entries {
		if e.nr < last {
			t.Errorf("newer.txt:%d: %d after %d", e.line, e.nr, last)
		}
		last = e.nr
	}
	for _, bad := range []string{
		"451 cachestat x86_64 6.5 extra\n",
		"x cachestat x86_64 6.5\n",
		"451 cache-stat x86_64 6.5\n",
		"451 cachestat mips 6.5\n",
		"451 cachestat x86_64 six\n",
	} {
		if _, err := parseNewer(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	tables := map[string]table{abiAMD64: {451: {name: "other"}}}
	if err := applyNewer(tables, []newerEntry{{nr: 451, name: "cachestat", abis: []string{abiAMD64}}}); err == nil {
		t.Error("applyNewer accepted a clash with the headers")
	}
}
