// Package tracetest builds the small programs in testdata/ that gotrace's
// tests trace, and normalises traces for comparison.
package tracetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// RepoRoot returns the repository's top directory.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

var (
	buildMu  sync.Mutex
	buildDir string
	built    = map[string]string{}
)

// BuildC compiles testdata/c/NAME.c with gcc (once per test binary) and
// returns the executable's path. Tests skip when gcc is missing.
func BuildC(t testing.TB, name string, extraFlags ...string) string {
	t.Helper()
	key := name + "\x00" + strings.Join(extraFlags, "\x00")
	buildMu.Lock()
	defer buildMu.Unlock()
	if p, ok := built[key]; ok {
		return p
	}
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not installed")
	}
	if buildDir == "" {
		d, err := os.MkdirTemp("", "gotrace-testdata-")
		if err != nil {
			t.Fatal(err)
		}
		// Judge tests run the programs as nobody.
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
		buildDir = d
	}
	src := filepath.Join(RepoRoot(), "testdata", "c", name+".c")
	out := filepath.Join(buildDir, name)
	if len(extraFlags) > 0 {
		out += "-" + strings.NewReplacer(" ", "", "-", "", "=", "").Replace(strings.Join(extraFlags, ""))
	}
	args := append([]string{"-O1", "-Wall", "-o", out, src}, extraFlags...)
	cmd := exec.Command("gcc", args...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gcc %s: %v\n%s", name, err, msg)
	}
	built[key] = out
	return out
}

// Cleanup removes what BuildC built; call it from TestMain.
func Cleanup() {
	buildMu.Lock()
	defer buildMu.Unlock()
	if buildDir != "" {
		os.RemoveAll(buildDir)
		buildDir = ""
		built = map[string]string{}
	}
}

var (
	hexRe    = regexp.MustCompile(`0x[0-9a-f]+`)
	padRe    = regexp.MustCompile(`\)\s+= `)
	randRe   = regexp.MustCompile(`^(getrandom\()"[^"]*"(\.\.\.)?`)
	stampRe  = regexp.MustCompile(`/\* \d{4}-\d\d-\d\dT[^*]*\*/`)
	pidsRe   = regexp.MustCompile(`\b\d{2,7}\b`)
	ppidRe   = regexp.MustCompile(`^(getppid\(\)\s+= )\d+`)
	pidLines = regexp.MustCompile(`^(set_tid_address|getpid|gettid|getppid)\(.*\)\s+= (\d+)`)
)

// Normalize rewrites a trace so that two runs of the same program compare
// equal: addresses become 0x_, the result column's padding is one space,
// getrandom's bytes and timestamps are dropped, and the process's own pid
// (learnt from getpid/set_tid_address results) becomes PID.
func Normalize(trace string) []string {
	lines := strings.Split(strings.TrimRight(trace, "\n"), "\n")
	pids := map[string]bool{}
	for _, l := range lines {
		if m := pidLines.FindStringSubmatch(l); m != nil {
			pids[m[2]] = true
		}
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		l = ppidRe.ReplaceAllString(l, "${1}PPID")
		l = hexRe.ReplaceAllString(l, "0x_")
		l = padRe.ReplaceAllString(l, ") = ")
		l = randRe.ReplaceAllString(l, `${1}"_"`)
		l = stampRe.ReplaceAllString(l, "/* T */")
		l = pidsRe.ReplaceAllStringFunc(l, func(s string) string {
			if pids[s] {
				return "PID"
			}
			return s
		})
		out = append(out, l)
	}
	return out
}

// Diff returns a line diff of want and got ("-" for lines only in want,
// "+" for lines only in got), or "" when they are equal.
func Diff(want, got []string) string {
	n, m := len(want), len(got)
	// lcs[i][j] is the length of the longest common subsequence of
	// want[i:] and got[j:].
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if want[i] == got[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && want[i] == got[j]:
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			b.WriteString("+ " + got[j] + "\n")
			j++
		default:
			b.WriteString("- " + want[i] + "\n")
			i++
		}
	}
	return b.String()
}

var (
	int80Once sync.Once
	int80OK   bool
)

// NeedInt80 skips the test when the kernel does not run i386 system calls
// made with int $0x80 (IA32 emulation off, or a hypervisor that faults
// it): there is nothing of that ABI to trace then.
func NeedInt80(t testing.TB) {
	t.Helper()
	probe := BuildC(t, "int80probe")
	int80Once.Do(func() { int80OK = exec.Command(probe).Run() == nil })
	if !int80OK {
		t.Skip("this kernel does not run int $0x80 system calls (IA32 emulation unavailable)")
	}
}
