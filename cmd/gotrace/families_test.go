package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// familyCalls are the syscalls of testdata/c/families.c whose lines must
// equal strace's, at least two from each family.
var familyCalls = []string{
	// files
	"mkdir", "openat", "lseek", "pread64", "writev", "ftruncate", "renameat2", "readlinkat", "faccessat2", "unlinkat",
	// descriptors
	"dup3", "fcntl", "pipe2", "poll", "epoll_create1", "epoll_ctl", "eventfd2",
	// sockets
	"socketpair", "sendto", "recvfrom", "socket", "setsockopt", "bind", "listen", "shutdown",
	// processes
	"prctl", "uname", "setpgid", "wait4",
	// memory
	"mmap", "madvise", "mprotect", "mlock", "munmap",
	// signals
	"rt_sigaction", "rt_sigprocmask", "rt_sigpending", "kill",
	// IPC
	"shmget", "shmctl",
	// time
	"nanosleep", "clock_getres", "timerfd_create", "timerfd_settime",
	// system
	"prlimit64", "umask", "getcwd", "sched_getaffinity", "getrandom",
}

// TestSyscallFamiliesMatchStrace compares gotrace's line with strace's for
// each call of the families program, one deterministic call per syscall
// and at least two syscalls from every family.
func TestSyscallFamiliesMatchStrace(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace not installed")
	}
	prog := tracetest.BuildC(t, "families")
	dir := t.TempDir()
	ref := runIn(t, dir, "strace", prog)
	got := runIn(t, dir, gotraceBin, prog)
	r, g := afterStart(t, ref), afterStart(t, got)
	byName := func(lines []string) map[string][]string {
		m := map[string][]string{}
		re := regexp.MustCompile(`^([a-z0-9_]+)\(`)
		for _, l := range lines {
			if mm := re.FindStringSubmatch(l); mm != nil {
				m[mm[1]] = append(m[mm[1]], l)
			}
		}
		return m
	}
	rb, gb := byName(r), byName(g)
	for _, name := range familyCalls {
		if len(rb[name]) == 0 {
			t.Errorf("%s: strace shows no such call", name)
			continue
		}
		if strings.Join(rb[name], "\n") != strings.Join(gb[name], "\n") {
			t.Errorf("%s:\nstrace:  %s\ngotrace: %s", name, strings.Join(rb[name], "\n         "), strings.Join(gb[name], "\n         "))
		}
	}
	if diff := tracetest.Diff(r, g); diff != "" {
		t.Logf("whole trace differs (-strace +gotrace):\n%s", diff)
	}
}

// runIn runs a tracer on prog in dir, output to a file, and returns the
// trace.
func runIn(t *testing.T, dir, tracer, prog string) string {
	t.Helper()
	out := dir + "/trace-" + strings.ReplaceAll(tracer, "/", "_")
	cmd := exec.Command(tracer, "-o", out, prog)
	cmd.Dir = dir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", tracer, err, b)
	}
	return readFile(t, out)
}

// afterStart returns the normalised lines from the program's START write.
// The SysV shared memory id, global and growing from run to run, becomes
// SHMID.
func afterStart(t *testing.T, trace string) []string {
	t.Helper()
	lines := tracetest.Normalize(trace)
	if m := regexp.MustCompile(`(?m)^shmget\(.*\) += (\d+)$`).FindStringSubmatch(strings.Join(lines, "\n")); m != nil {
		// Only where the id stands: shmget's result, shmctl's first
		// argument (the id may be 0, like shmctl's own result).
		for i, l := range lines {
			if strings.HasPrefix(l, "shmget(") && strings.HasSuffix(l, "= "+m[1]) {
				lines[i] = strings.TrimSuffix(l, m[1]) + "SHMID"
			}
			if strings.HasPrefix(l, "shmctl("+m[1]+",") {
				lines[i] = "shmctl(SHMID," + strings.TrimPrefix(l, "shmctl("+m[1]+",")
			}
		}
	}
	for i, l := range lines {
		if strings.HasPrefix(l, `write(1, "START\n", 6)`) {
			return lines[i+1:]
		}
	}
	t.Fatalf("no START in trace:\n%s", trace)
	return nil
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
