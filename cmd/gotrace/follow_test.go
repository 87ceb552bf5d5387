package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// getppidLine matches the start of a getppid call in -f -o output: the
// pid prefix and the name (entry lines, whole or unfinished).
var getppidLine = regexp.MustCompile(`^(\d+) +getppid\(`)

// TestFollowStress traces the stress program with -f 100 times (10 with
// -short): 16 threads, a fork, signals between threads and an execve from
// a thread that is not the leader. Every run must end in time, and every
// thread must show exactly the 100 getppid calls it made.
func TestFollowStress(t *testing.T) {
	prog := tracetest.BuildC(t, "stress", "-pthread")
	runs := 100
	if testing.Short() {
		runs = 10
	}
	for i := 0; i < runs; i++ {
		res := runTracerTimeout(t, 30*time.Second, gotraceBin, "-f", prog)
		if res.code != 0 {
			t.Fatalf("run %d: exit status %d, stderr %q", i, res.code, res.stderr)
		}
		counts := map[string]int{}
		for _, l := range strings.Split(res.trace, "\n") {
			if m := getppidLine.FindStringSubmatch(l); m != nil {
				counts[m[1]]++
			}
		}
		// 16 threads, the forked child, and the program after the
		// execve (under the leader's pid).
		if len(counts) != 18 {
			t.Fatalf("run %d: getppid seen from %d threads, want 18: %v", i, len(counts), counts)
		}
		for tid, n := range counts {
			if n != 100 {
				t.Fatalf("run %d: thread %s made %d getppid calls, want 100", i, tid, n)
			}
		}
		if !strings.Contains(res.trace, "+++ superseded by execve in pid ") {
			t.Fatalf("run %d: no superseded line", i)
		}
		lines := strings.Split(strings.TrimRight(res.trace, "\n"), "\n")
		if last := lines[len(lines)-1]; !strings.HasSuffix(last, "+++ exited with 0 +++") {
			t.Fatalf("run %d: last line %q", i, last)
		}
	}
}

// runTracerTimeout is runTracer with its own bound.
func runTracerTimeout(t *testing.T, d time.Duration, tracer string, args ...string) runResult {
	t.Helper()
	out := filepath.Join(t.TempDir(), "trace")
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	cmd := exec.CommandContext(ctx, tracer, append([]string{"-o", out}, args...)...)
	var se bytes.Buffer
	cmd.Stderr = &se
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s %v: did not finish in %v", tracer, args, d)
	}
	res := runResult{stderr: se.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		res.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	res.trace = string(b)
	return res
}

// TestFollowGo traces the go command, a many-threaded Go program that
// starts others, with -f.
func TestFollowGo(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not installed")
	}
	res := runTracerTimeout(t, 120*time.Second, gotraceBin, "-f", "-o", "/dev/null", goBin, "version")
	if res.code != 0 {
		t.Fatalf("go version: exit %d, stderr %q", res.code, res.stderr)
	}
	if testing.Short() {
		return
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/hello\n\ngo 1.21\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n"), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, gotraceBin, "-f", "-q", "-o", "/dev/null", goBin, "build", "-o", "hello", ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build under gotrace: %v\n%s", err, out)
	}
	out, err := exec.Command(filepath.Join(dir, "hello")).Output()
	if err != nil || string(out) != "hello\n" {
		t.Errorf("built program: %q, %v", out, err)
	}
}

// TestAttachDetach attaches to a running program with -p, sees its
// writes, detaches on SIGINT, and checks the program goes on running and
// writing, untraced.
func TestAttachDetach(t *testing.T) {
	prog := tracetest.BuildC(t, "ticker")
	target := exec.Command(prog)
	pipe, err := target.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := target.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		target.Process.Kill()
		target.Wait()
	}()
	ticks := bufio.NewReader(pipe)
	ticks.ReadString('\n') // it runs

	out := filepath.Join(t.TempDir(), "trace")
	tr := exec.Command(gotraceBin, "-o", out, "-p", strconv.Itoa(target.Process.Pid))
	var se bytes.Buffer
	tr.Stderr = &se
	if err := tr.Start(); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, ticks) // keep the pipe drained meanwhile
	// Wait until the trace shows writes.
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, _ := os.ReadFile(out)
		if strings.Count(string(b), `write(1, "tick\n", 5)`) >= 3 {
			break
		}
		if time.Now().After(deadline) {
			tr.Process.Kill()
			t.Fatalf("no writes traced; trace %q, stderr %q", b, se.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	tr.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- tr.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		tr.Process.Kill()
		t.Fatal("gotrace did not detach and exit after SIGINT")
	}
	pid := target.Process.Pid
	if !strings.Contains(se.String(), fmt.Sprintf("gotrace: Process %d attached", pid)) ||
		!strings.Contains(se.String(), fmt.Sprintf("gotrace: Process %d detached", pid)) {
		t.Errorf("stderr %q lacks the attach and detach messages", se.String())
	}
	// Still running, no longer traced, still writing.
	status, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if !strings.Contains(string(status), "TracerPid:\t0\n") {
		t.Errorf("still traced after detach:\n%s", status)
	}
	if m := regexp.MustCompile(`State:\s+(\S)`).FindSubmatch(status); m == nil || (string(m[1]) != "S" && string(m[1]) != "R") {
		t.Errorf("program not running after detach:\n%s", status)
	}
	before := procWrites(t, pid)
	time.Sleep(200 * time.Millisecond)
	if after := procWrites(t, pid); after <= before {
		t.Errorf("program stopped writing after detach (%d then %d writes)", before, after)
	}
}

// procWrites returns how many write calls the process has made so far.
func procWrites(t *testing.T, pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`syscw: (\d+)`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("no syscw in /proc/%d/io", pid)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// TestKillTracerKillsTracee: when gotrace is killed outright, the program
// it started must not go on untraced.
func TestKillTracerKillsTracee(t *testing.T) {
	prog := tracetest.BuildC(t, "sleeper")
	out := filepath.Join(t.TempDir(), "trace")
	tr := exec.Command(gotraceBin, "-o", out, prog, "30")
	if err := tr.Start(); err != nil {
		t.Fatal(err)
	}
	child := waitChild(t, tr.Process.Pid)
	// Kill gotrace once the program runs: before its execve the child is
	// still gotrace's own (between fork and PTRACE_SEIZE no tracer option
	// can hold it), as with strace.
	waitExec(t, child, prog)
	tr.Process.Kill()
	tr.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for alive(child) {
		if time.Now().After(deadline) {
			syscall.Kill(child, syscall.SIGKILL)
			t.Fatalf("traced program %d survived gotrace's death", child)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestInterruptKillsTree: SIGTERM to gotrace ends every process of the
// traced tree, and gotrace with them.
func TestInterruptKillsTree(t *testing.T) {
	prog := tracetest.BuildC(t, "sleeper")
	out := filepath.Join(t.TempDir(), "trace")
	script := prog + " 30 & " + prog + " 30 & wait"
	tr := exec.Command(gotraceBin, "-f", "-o", out, "sh", "-c", script)
	if err := tr.Start(); err != nil {
		t.Fatal(err)
	}
	shell := waitChild(t, tr.Process.Pid)
	// Wait for both sleepers to be running under the shell.
	var kids []int
	deadline := time.Now().Add(10 * time.Second)
	for len(kids) < 2 {
		if time.Now().After(deadline) {
			tr.Process.Kill()
			t.Fatalf("sleepers did not start")
		}
		time.Sleep(20 * time.Millisecond)
		kids = childrenOf(shell)
	}
	time.Sleep(100 * time.Millisecond)
	tr.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- tr.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		tr.Process.Kill()
		t.Fatal("gotrace did not end after SIGTERM")
	}
	for _, pid := range append(kids, shell) {
		if alive(pid) {
			syscall.Kill(pid, syscall.SIGKILL)
			t.Errorf("process %d of the traced tree survived", pid)
		}
	}
}

// waitChild waits for a process to have a child and returns it.
func waitChild(t *testing.T, pid int) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if kids := childrenOf(pid); len(kids) > 0 {
			return kids[0]
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d started no child", pid)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitExec waits until process pid runs prog.
func waitExec(t *testing.T, pid int, prog string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if exe, _ := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); exe == prog {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d never ran %s", pid, prog)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// childrenOf lists a process's children from /proc.
func childrenOf(pid int) []int {
	var kids []int
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
	for _, f := range tasks {
		b, _ := os.ReadFile(f)
		for _, s := range strings.Fields(string(b)) {
			if n, err := strconv.Atoi(s); err == nil {
				kids = append(kids, n)
			}
		}
	}
	return kids
}

// alive reports whether pid is a live process (a zombie counts as gone).
func alive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || (s[i+2] != 'Z' && s[i+2] != 'X')
}

// TestOutputSeparately: -ff writes FILE.TID per thread, without prefixes.
func TestOutputSeparately(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "trace")
	cmd := exec.Command(gotraceBin, "-ff", "-o", base, "sh", "-c", "/bin/true; /bin/true")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	files, _ := filepath.Glob(base + ".*")
	if len(files) != 3 {
		t.Fatalf("files %v, want 3 (the shell and two children)", files)
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		if !strings.HasPrefix(lines[0], "execve(") && !strings.Contains(string(b), `execve("/bin/true"`) {
			t.Errorf("%s: no execve: %q", f, lines[0])
		}
		for _, l := range lines {
			if regexp.MustCompile(`^(\[pid|\d+ )`).MatchString(l) {
				t.Errorf("%s: prefixed line %q", f, l)
			}
		}
		if !strings.HasPrefix(lines[len(lines)-1], "+++ exited with 0 +++") {
			t.Errorf("%s: last line %q", f, lines[len(lines)-1])
		}
	}
}

// TestGroupStopHeld: a traced program that stops itself stays stopped
// until SIGCONT, as it would untraced, and the trace shows the stop.
func TestGroupStopHeld(t *testing.T) {
	prog := tracetest.BuildC(t, "stopcont")
	res := runTracerTimeout(t, 30*time.Second, gotraceBin, "-f", prog)
	if res.code != 0 {
		t.Fatalf("exit status %d (the stop was not held until SIGCONT?), stderr %q", res.code, res.stderr)
	}
	for _, want := range []string{"--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER", "--- stopped by SIGSTOP ---", "--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER"} {
		if !strings.Contains(res.trace, want) {
			t.Errorf("trace lacks %q", want)
		}
	}
}
