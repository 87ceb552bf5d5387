package main

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// TestPrefilterWithoutFollow: without -f the prefilter is still inherited
// by the program's children and threads, whose selected calls would fail
// with ENOSYS if nobody traced them. gotrace follows them silently: they
// work, and the trace shows the first process only, as strace's does.
func TestPrefilterWithoutFollow(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace not installed")
	}
	script := "cat /etc/hostname; ls /etc/hostname"
	want, err := exec.Command("sh", "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"-e", "trace=openat,write,execve", "sh", "-c", script}
	for _, threads := range []bool{false, true} {
		if threads {
			prog := tracetest.BuildC(t, "threads_calls", "-pthread")
			args = []string{"-e", "trace=getpid,gettid,write", prog}
		}
		got := runTracerTimeout(t, 60*time.Second, gotraceBin, args...)
		ref := runTracerTimeout(t, 60*time.Second, "strace", args...)
		if got.code != ref.code {
			t.Errorf("%v: exit status %d, strace's %d\n%s", args, got.code, ref.code, got.stderr)
		}
		if diff := tracetest.Diff(normalizeSiPid(ref.trace), normalizeSiPid(got.trace)); diff != "" {
			t.Errorf("%v: trace differs from strace's (-strace +gotrace):\n%s", args, diff)
		}
		if strings.Contains(got.trace, "ENOSYS") {
			t.Errorf("%v: a call failed with ENOSYS:\n%s", args, got.trace)
		}
	}
	out, err := exec.Command(gotraceBin, "-o", "/dev/null", "-e", "trace=openat", "sh", "-c", script).Output()
	if err != nil || string(out) != string(want) {
		t.Errorf("the program's output under the prefilter: %q, %v; want %q", out, err, want)
	}
}

// normalizeSiPid normalises a trace, and the pids of SIGCHLD's siginfo
// (children's pids differ from run to run).
func normalizeSiPid(trace string) []string {
	lines := tracetest.Normalize(trace)
	for i, l := range lines {
		lines[i] = siPidRe.ReplaceAllString(l, "si_pid=PID")
	}
	return lines
}

var siPidRe = regexp.MustCompile(`si_pid=\d+`)
