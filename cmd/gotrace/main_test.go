package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// gotraceBin is the gotrace binary built for these tests.
var gotraceBin string

// staticTags and staticLdflags are the Makefile's STATIC build flags.
const (
	staticTags    = "osusergo,netgo"
	staticLdflags = `-linkmode external -extldflags "-static"`
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gotrace-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	gotraceBin = filepath.Join(dir, "gotrace")
	// The binary make builds: static where the archives are there,
	// dynamic otherwise (see the Makefile's build).
	build := exec.Command("go", "build", "-tags", staticTags, "-ldflags", staticLdflags, "-o", gotraceBin, ".")
	if _, err := build.CombinedOutput(); err != nil {
		build = exec.Command("go", "build", "-o", gotraceBin, ".")
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building gotrace: %v\n%s", err, out)
			os.Exit(2)
		}
	}
	code := m.Run()
	tracetest.Cleanup()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runResult is what one gotrace run left behind.
type runResult struct {
	trace  string // the -o file
	stdout string
	stderr string
	code   int // exit status, or 128+signal
}

// runTracer runs tracer (gotrace or strace) with args, output to a file,
// bounded by a timeout.
func runTracer(t *testing.T, tracer string, args ...string) runResult {
	t.Helper()
	out := filepath.Join(t.TempDir(), "trace")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, tracer, append([]string{"-o", out}, args...)...)
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s %v: timed out", tracer, args)
	}
	res := runResult{stdout: so.String(), stderr: se.String()}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		res.code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			res.code = 128 + int(ws.Signal())
		}
	} else if err != nil {
		t.Fatalf("%s %v: %v", tracer, args, err)
	}
	b, _ := os.ReadFile(out)
	res.trace = string(b)
	return res
}

// tail returns the lines of trace from the first line matching start.
func tail(t *testing.T, lines []string, start string) []string {
	t.Helper()
	for i, l := range lines {
		if strings.HasPrefix(l, start) {
			return lines[i:]
		}
	}
	t.Fatalf("no line starts with %q in:\n%s", start, strings.Join(lines, "\n"))
	return nil
}

// TestBasicExactLines checks the exact lines of deterministic syscalls.
func TestBasicExactLines(t *testing.T) {
	prog := tracetest.BuildC(t, "basic")
	res := runTracer(t, gotraceBin, prog)
	if res.code != 7 {
		t.Errorf("exit status %d, want 7 (stderr %q)", res.code, res.stderr)
	}
	lines := strings.Split(strings.TrimRight(res.trace, "\n"), "\n")
	if !strings.HasPrefix(lines[0], `execve("`+prog+`", ["`) || !strings.HasSuffix(lines[0], `vars */) = 0`) {
		t.Errorf("first line %q is not the program's execve", lines[0])
	}
	got := tail(t, lines, "write(1, ")
	pid := regexp.MustCompile(`^getpid\(\)\s+= (\d+)$`)
	var pidStr string
	for _, l := range got {
		if m := pid.FindStringSubmatch(l); m != nil {
			pidStr = m[1]
		}
	}
	want := []string{
		`write(1, "hello, gotrace\n\t\"\\\1\377", 20) = 20`,
		`openat(AT_FDCWD, "/nonexistent/gotrace-missing", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)`,
		`pipe2([3, 4], O_CLOEXEC)                = 0`,
		`write(4, "abc", 3)                      = 3`,
		`read(3, "abc", 100)                     = 3`,
		`close(3)                                = 0`,
		`close(4)                                = 0`,
		`rt_sigaction(SIGUSR1, {sa_handler=0x_, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x_}, NULL, 8) = 0`,
		`getpid()                                = ` + pidStr,
		`kill(` + pidStr + `, SIGUSR1)                    = 0`,
		`--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=` + pidStr + `, si_uid=` + fmt.Sprint(os.Getuid()) + `} ---`,
		`rt_sigreturn({mask=[]})                 = 0`,
		`exit_group(7)                           = ?`,
		`+++ exited with 7 +++`,
	}
	hex := regexp.MustCompile(`0x[0-9a-f]+`)
	for i := range got {
		got[i] = hex.ReplaceAllString(got[i], "0x_")
	}
	// kill's line is padded from the pid's width; compare it exactly but
	// rebuild the padding.
	for i, w := range want {
		if strings.HasPrefix(w, "kill(") {
			head := "kill(" + pidStr + ", SIGUSR1)"
			want[i] = head + strings.Repeat(" ", max(40-len(head), 1)) + "= 0"
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("trace differs:\n--- got\n%s\n--- want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMatchesStrace traces the testdata programs with strace and with
// gotrace and compares the normalised traces line by line.
func TestMatchesStrace(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace not installed")
	}
	for _, name := range []string{"basic", "badptr", "killself"} {
		t.Run(name, func(t *testing.T) {
			prog := tracetest.BuildC(t, name)
			ref := runTracer(t, "strace", prog)
			got := runTracer(t, gotraceBin, prog)
			if got.code != ref.code {
				t.Errorf("exit status %d, strace's %d", got.code, ref.code)
			}
			r, g := tracetest.Normalize(ref.trace), tracetest.Normalize(got.trace)
			if diff := tracetest.Diff(r, g); diff != "" {
				t.Errorf("gotrace differs from strace (-strace +gotrace):\n%s", diff)
			}
		})
	}
}

// TestCompatMatchesStrace: i386 calls made with int $0x80 and an
// x32-numbered call from an x86_64 program are named and decoded with
// their own ABI's table, as strace does (i386's 4 is write, its 102
// socketcall, shown as the socket call it makes).
func TestCompatMatchesStrace(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace not installed")
	}
	tracetest.NeedInt80(t)
	prog := tracetest.BuildC(t, "compat")
	ref := runTracer(t, "strace", prog)
	got := runTracer(t, gotraceBin, prog)
	if got.code != ref.code {
		t.Errorf("exit status %d, strace's %d", got.code, ref.code)
	}
	r, g := tracetest.Normalize(ref.trace), tracetest.Normalize(got.trace)
	if diff := tracetest.Diff(r, g); diff != "" {
		t.Errorf("gotrace differs from strace (-strace +gotrace):\n%s", diff)
	}
	for _, want := range []string{`write(1, "hello from int 0x80\n", 20) = 20`, "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = "} {
		if !strings.Contains(strings.Join(g, "\n"), want) {
			t.Errorf("no %q in gotrace's trace:\n%s", want, got.trace)
		}
	}
}

// TestExitStatus checks that gotrace exits as the traced program did.
func TestExitStatus(t *testing.T) {
	cases := []struct {
		args []string
		code int
		last string
	}{
		{[]string{"sh", "-c", "exit 3"}, 3, "+++ exited with 3 +++"},
		{[]string{"sh", "-c", "kill -TERM $$"}, 128 + 15, "+++ killed by SIGTERM +++"},
		{[]string{"true"}, 0, "+++ exited with 0 +++"},
	}
	for _, c := range cases {
		res := runShell(t, gotraceBin+" -o /dev/stdout "+shellQuote(c.args)+" >/dev/null; echo status=$?")
		if !strings.Contains(res, fmt.Sprintf("status=%d", c.code)) {
			t.Errorf("%v: %q, want status=%d", c.args, res, c.code)
		}
		out := runTracer(t, gotraceBin, c.args...)
		lines := strings.Split(strings.TrimRight(out.trace, "\n"), "\n")
		if lines[len(lines)-1] != c.last {
			t.Errorf("%v: last line %q, want %q", c.args, lines[len(lines)-1], c.last)
		}
	}
}

// TestBadInput checks one-line errors and exit status 1 for what a user
// can get wrong.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	noexec := filepath.Join(dir, "noexec")
	os.WriteFile(noexec, []byte("#!/bin/sh\n"), 0o644)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"/nonexistent"}, "gotrace: Can't stat '/nonexistent': No such file or directory"},
		{[]string{"no-such-program-xyz"}, "gotrace: Can't stat 'no-such-program-xyz': No such file or directory"},
		{[]string{"-j", "true"}, "gotrace: unknown shorthand flag: 'j' in -j"},
		{[]string{"-s", "x", "true"}, `gotrace: invalid argument "x" for "-s, --string-limit" flag: strconv.ParseInt: parsing "x": invalid syntax`},
		{[]string{"-o", "/nonexistent/dir/out", "true"}, "gotrace: Can't fopen '/nonexistent/dir/out': No such file or directory"},
		{[]string{noexec}, "gotrace: Can't exec '" + noexec + "': Permission denied"},
		{[]string{dir}, "gotrace: Can't exec '" + dir + "': Permission denied"},
	}
	for _, c := range cases {
		cmd := exec.Command(gotraceBin, c.args...)
		var se bytes.Buffer
		cmd.Stderr = &se
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("%v: %v, want exit status 1", c.args, err)
		}
		first := strings.SplitN(se.String(), "\n", 2)[0]
		if first != c.want {
			t.Errorf("%v: stderr %q, want first line %q", c.args, se.String(), c.want)
		}
	}
	// No arguments: usage and status 1.
	cmd := exec.Command(gotraceBin)
	var se bytes.Buffer
	cmd.Stderr = &se
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(se.String(), "Usage: gotrace") {
		t.Errorf("no arguments: %v, stderr %q", err, se.String())
	}
}

func runShell(t *testing.T, script string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	out, _ := exec.CommandContext(ctx, "sh", "-c", script).CombinedOutput()
	return string(out)
}

func shellQuote(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

// FuzzParseArgs feeds arbitrary command lines (NUL-separated arguments) to
// the flag parser: it must return a configuration or an error, never
// panic, and never accept a command line without a program or a -p.
func FuzzParseArgs(f *testing.F) {
	for _, s := range []string{"ls", "-o\x00out\x00ls\x00-l", "-s64\x00-a\x0020\x00cat\x00x", "-qq\x00--\x00true",
		"-h", "-V", "-s\x00-1\x00ls", "--string-limit=5\x00ls", "-o", "", "-x\x00ls", "--\x00--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Split(s, "\x00")
		var stdout, stderr bytes.Buffer
		cfg, err := parseArgs(args, &stdout, &stderr)
		if err == nil && cfg != nil && len(cfg.argv) == 0 && len(cfg.attach) == 0 {
			t.Fatalf("accepted %q without a program or -p", args)
		}
		if cfg != nil && (cfg.strsize < 0 || cfg.column < 0) {
			t.Fatalf("accepted negative sizes: %+v", cfg)
		}
	})
}
