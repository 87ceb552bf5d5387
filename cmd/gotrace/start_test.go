package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestStartExecLine checks the program's own execve line however gotrace
// started it: with a vfork (no stop before the execve: the line is read
// from gotrace's memory, which the child shared) or with a fork and a
// SIGSTOP (a prefilter that traces execve). Successful and failed execs
// print as strace prints them.
func TestStartExecLine(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad")
	if err := os.WriteFile(bad, []byte("not a program\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	modes := []struct {
		name string
		args []string
	}{
		{"vfork", nil},
		{"vfork-selected", []string{"--seccomp-bpf=false", "-e", "trace=execve"}},
		{"fork-prefilter", []string{"-e", "trace=execve"}},
	}
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			res := runTracer(t, gotraceBin, append(m.args, "/bin/true")...)
			lines := strings.Split(strings.TrimRight(res.trace, "\n"), "\n")
			want := regexp.MustCompile(`^execve\("/bin/true", \["/bin/true"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = 0$`)
			if res.code != 0 || !want.MatchString(lines[0]) {
				t.Errorf("exit %d, first line %q, want %v", res.code, lines[0], want)
			}
			if last := lines[len(lines)-1]; last != "+++ exited with 0 +++" {
				t.Errorf("last line %q", last)
			}

			res = runTracer(t, gotraceBin, append(append([]string{"-s", "256"}, m.args...), bad)...)
			lines = strings.Split(strings.TrimRight(res.trace, "\n"), "\n")
			want = regexp.MustCompile(`^execve\("` + regexp.QuoteMeta(bad) + `", \["` + regexp.QuoteMeta(bad) +
				`"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = -1 ENOEXEC \(Exec format error\)$`)
			if res.code != 1 || len(lines) != 2 || !want.MatchString(lines[0]) || lines[1] != "+++ exited with 1 +++" {
				t.Errorf("exit %d, trace %q, want %v then the exit", res.code, res.trace, want)
			}
			if !strings.Contains(res.stderr, "gotrace: exec: Exec format error") {
				t.Errorf("stderr %q", res.stderr)
			}
		})
	}
	// With -v the environment is read in full: from gotrace's memory when
	// the child was vforked.
	for _, m := range modes {
		out := runShell(t, "env -i A=1 B='two words' "+gotraceBin+" -v -o /dev/stdout "+shellQuote(m.args)+" /bin/true")
		want := `execve("/bin/true", ["/bin/true"], ["A=1", "B=two words"]) = 0`
		if first, _, _ := strings.Cut(out, "\n"); first != want {
			t.Errorf("%s: -v: first line %q, want %q", m.name, first, want)
		}
	}
}
