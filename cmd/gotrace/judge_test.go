package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// hostileLimits are the limits of every hostile run unless a case sets its
// own.
var hostileLimits = []string{"--cpu-limit", "1s", "--wall-limit", "3s", "--memory-limit", "64M",
	"--output-limit", "64K", "--process-limit", "4"}

// cpuLimits are hostileLimits with a wall limit far past the CPU limit,
// for the cases the CPU limit must end however loaded the machine is.
var cpuLimits = []string{"--cpu-limit", "1s", "--wall-limit", "20s", "--memory-limit", "64M",
	"--output-limit", "64K", "--process-limit", "4"}

// hostileParallel is how many cases run at once (most of a case's time is
// waiting: for gotrace, for a wall limit).
const hostileParallel = 6

// judgeVerdict is the part of --verdict's JSON the tests read.
type judgeVerdict struct {
	Status      string `json:"status"`
	ExitCode    int    `json:"exit_code"`
	Signal      string `json:"signal"`
	CPUUserNs   int64  `json:"cpu_user_ns"`
	CPUSysNs    int64  `json:"cpu_sys_ns"`
	WallNs      int64  `json:"wall_ns"`
	MaxRSSKiB   int64  `json:"max_rss_kib"`
	OutputBytes int64  `json:"output_bytes"`
	Processes   int    `json:"processes"`
	Violation   *struct {
		Syscall string `json:"syscall"`
		Nr      uint64 `json:"nr"`
		ABI     string `json:"abi"`
		Rule    string `json:"rule"`
		Action  string `json:"action"`
	} `json:"violation"`
}

func (v *judgeVerdict) cpu() time.Duration { return time.Duration(v.CPUUserNs + v.CPUSysNs) }

// hostileCase is one attempt to get out of the judge.
type hostileCase struct {
	name string
	// prog is testdata/c/hostile_PROG.c, or one of the legitimate
	// programs the test writes itself: "python3", "cxx-thread".
	prog string
	// args follow the program's first argument (its marker directory,
	// which is also its working directory). Placeholders: {dir} that
	// directory, {pid} a process outside the judge (sleep, as nobody, in
	// a process group of its own), {port} a TCP and {uport} a UDP port
	// the test listens on at 127.0.0.1, {secret} a world-readable file
	// outside every path the judge grants, {etc} a file name for /etc,
	// {token} a string unique to the run, {suid} a set-user-ID program.
	args   []string
	stdin  string
	limits []string // nil: hostileLimits
	// status and code are the verdict and gotrace's exit status; for
	// DisallowedSyscall, syscall and abi (default x86_64) name the call.
	status  string
	code    int
	syscall string
	abi     string
	// stdout is the program's exact output (placeholders replaced),
	// checked when the program ran to its end (OK, NonzeroExit).
	stdout string
	// control runs the program once outside the judge first (as nobody,
	// same directory and arguments) and requires the forbidden effect
	// then: its absence under the judge is then no accident of the set-up.
	control bool
	// extraFD gives gotrace (and so, unless it closes it, the program) a
	// writable descriptor 3 on a file outside the working directory.
	extraFD bool
	// check is the case's own checks of a judged run.
	check func(t *testing.T, r *hostileRun)
}

// hostileRun is what one run of a case did.
type hostileRun struct {
	stdout, stderr string
	code           int
	want           string        // the case's stdout, placeholders replaced
	v              *judgeVerdict // nil outside the judge
	// effects are the forbidden effects seen: any is an escape.
	effects []string
}

// hostileEnv is the test's directory: /tmp/gotrace-hostile-*/ (0755, the
// program runs as nobody) with bin/ (the programs), secret/flag.txt, and a
// working directory per run.
type hostileEnv struct {
	root, bin  string
	secret     string // path of the secret file
	secretData string // its contents
	suid       string
	nobody     *syscall.Credential
	mu         sync.Mutex
	progs      map[string]string
}

func newHostileEnv(t *testing.T) *hostileEnv {
	u, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("no user nobody: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	root, err := os.MkdirTemp("", "gotrace-hostile-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	h := &hostileEnv{root: root, bin: filepath.Join(root, "bin"), progs: map[string]string{},
		nobody: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}}
	secretDir := filepath.Join(root, "secret")
	for _, d := range []string{h.bin, secretDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(root, 0o755); err != nil {
		t.Fatal(err)
	}
	h.secret = filepath.Join(secretDir, "flag.txt")
	h.secretData = "SECRET-" + randHex(8)
	writeFile(t, h.secret, h.secretData+"\n", 0o644)
	// The set-user-ID program hostile_exec tries: root's, mode 4755.
	h.suid = h.prog(t, "suid")
	if err := os.Chown(h.suid, 0, 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(h.suid, 0o755|os.ModeSetuid); err != nil {
		t.Fatal(err)
	}
	return h
}

// prog returns bin/hostile_NAME, built from testdata/c/hostile_NAME.c
// (BuildC's own directory is root's alone).
func (h *hostileEnv) prog(t *testing.T, name string) string {
	t.Helper()
	h.mu.Lock()
	defer h.mu.Unlock()
	if p, ok := h.progs[name]; ok {
		return p
	}
	built := tracetest.BuildC(t, "hostile_"+name)
	data, err := os.ReadFile(built)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(h.bin, "hostile_"+name)
	writeFile(t, p, string(data), 0o755)
	h.progs[name] = p
	return p
}

// cxxThread is a legitimate C++ solution with std::thread.
const cxxThread = `#include <iostream>
#include <thread>
#include <vector>

int main()
{
	std::vector<long long> part(3);
	std::vector<std::thread> threads;
	for (int i = 0; i < 3; i++)
		threads.emplace_back([&part, i] {
			for (long k = i + 1; k <= 1000000; k += 3)
				part[i] += k;
		});
	for (auto &t : threads)
		t.join();
	std::cout << "sum " << part[0] + part[1] + part[2] << std::endl;
}
`

// pythonSum is a legitimate python3 solution.
const pythonSum = `import sys

a, b = map(int, sys.stdin.read().split())
print(a + b)
`

// goSum is a legitimate Go solution (the Go runtime starts threads and
// sends itself SIGURG).
const goSum = `package main

import "fmt"

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	fmt.Println(a + b)
}
`

// argv returns the program and its leading arguments for a case.
func (h *hostileEnv) argv(t *testing.T, c *hostileCase, work string) []string {
	t.Helper()
	switch c.prog {
	case "python3":
		if _, err := os.Stat("/usr/bin/python3"); err != nil {
			t.Skip("no /usr/bin/python3")
		}
		writeFile(t, filepath.Join(work, "solution.py"), pythonSum, 0o644)
		return []string{"/usr/bin/python3", "solution.py"}
	case "cxx-thread":
		h.mu.Lock()
		defer h.mu.Unlock()
		p := filepath.Join(h.bin, "cxx_thread")
		if _, err := os.Stat(p); err != nil {
			if _, err := exec.LookPath("g++"); err != nil {
				t.Skip("g++ not installed")
			}
			src := filepath.Join(h.root, "cxx_thread.cc")
			writeFile(t, src, cxxThread, 0o644)
			if out, err := exec.Command("g++", "-O1", "-pthread", "-o", p, src).CombinedOutput(); err != nil {
				t.Fatalf("g++: %v\n%s", err, out)
			}
		}
		return []string{p}
	case "go-sum":
		h.mu.Lock()
		defer h.mu.Unlock()
		p := filepath.Join(h.bin, "go_sum")
		if _, err := os.Stat(p); err != nil {
			goBin, err := exec.LookPath("go")
			if err != nil {
				t.Skip("go not installed")
			}
			dir := filepath.Join(h.root, "gosum")
			os.MkdirAll(dir, 0o755)
			writeFile(t, filepath.Join(dir, "go.mod"), "module gosum\n\ngo 1.21\n", 0o644)
			writeFile(t, filepath.Join(dir, "main.go"), goSum, 0o644)
			cmd := exec.Command(goBin, "build", "-o", p, ".")
			cmd.Dir = dir
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go build: %v\n%s", err, out)
			}
		}
		return []string{p}
	}
	return []string{h.prog(t, c.prog), work}
}

// TestJudgeHostile runs hostile programs under --judge, each trying a
// different way out, and checks the verdict, gotrace's exit status, and
// that what the program tried did not happen: no marker file, no process
// that ran or survives, no connection, no signal or limit change reaching
// a process outside, no secret read. Legitimate programs must get OK with
// exactly their output.
func TestJudgeHostile(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root: the judge runs programs as nobody, and the tests check what nobody could do")
	}
	h := newHostileEnv(t)

	// int $0x80 kills the program with SIGSEGV before any system call
	// where the kernel does not run i386 calls (IA32 emulation off, some
	// hypervisors): there is no i386 call to judge then.
	int80 := exec.Command(tracetest.BuildC(t, "int80probe")).Run() == nil
	int80Case := func(mode, call string) hostileCase {
		c := hostileCase{name: "int80/" + mode, prog: "int80", args: []string{mode}}
		if int80 {
			c.status, c.code, c.syscall, c.abi = "DisallowedSyscall", 159, call, "i386"
		} else {
			c.status, c.code = "Signalled", 128+11
			c.check = func(t *testing.T, r *hostileRun) {
				if r.v.Signal != "SIGSEGV" {
					t.Errorf("signal %q, want SIGSEGV (int $0x80 faults on this kernel)", r.v.Signal)
				}
			}
		}
		return c
	}

	denied := func(name, prog, call string, control bool, args ...string) hostileCase {
		return hostileCase{name: name, prog: prog, args: args, status: "DisallowedSyscall", code: 159, syscall: call,
			control: control}
	}
	ok := func(name, prog, stdout string, control bool, args ...string) hostileCase {
		return hostileCase{name: name, prog: prog, args: args, status: "OK", code: 0, stdout: stdout, control: control}
	}
	spin := func(name, prog string, args ...string) hostileCase {
		return hostileCase{name: name, prog: prog, args: args, status: "TimeLimitExceeded", code: 152, limits: cpuLimits,
			check: func(t *testing.T, r *hostileRun) {
				// The CPU limit ended it, promptly.
				if r.v.cpu() < 900*time.Millisecond || r.v.cpu() > 1500*time.Millisecond {
					t.Errorf("CPU time %v, want about the 1s limit", r.v.cpu())
				}
			}}
	}
	sleep := func(name string) hostileCase {
		return hostileCase{name: "sleep/" + name, prog: "sleep", args: []string{name}, status: "TimeLimitExceeded",
			code: 152, check: func(t *testing.T, r *hostileRun) {
				if w := time.Duration(r.v.WallNs); w < 3*time.Second || w > 4500*time.Millisecond {
					t.Errorf("wall time %v, want the 3s limit", w)
				}
			}}
	}
	mle := func(name string) hostileCase {
		return hostileCase{name: "mem/" + name, prog: "mem", args: []string{name}, status: "MemoryLimitExceeded", code: 153,
			check: func(t *testing.T, r *hostileRun) {
				// Stopped near the limit, not after taking it all.
				if r.v.MaxRSSKiB > 2*64<<10 {
					t.Errorf("max_rss_kib %d: the program got far past the 64M limit", r.v.MaxRSSKiB)
				}
			}}
	}
	pathsDenied := []string{"../../../../../../../../etc/passwd", "../secret/flag.txt", "link", "{secret}",
		"/proc/self/root{secret}", "/proc/self/cwd/../secret/flag.txt", "@dirfd:../secret/flag.txt",
		"@ppid:cmdline", "@ppid:status", "/etc/passwd", "/etc/shadow"}
	var pathsOut strings.Builder
	for _, p := range pathsDenied {
		fmt.Fprintf(&pathsOut, "%s: denied (EACCES)\n", p)
	}
	pathsOut.WriteString("allowed.txt: READ 20 bytes: allowed, not secret\n\n")

	cases := []hostileCase{
		// Limits (first: the slowest cases).
		{name: "threads/many", prog: "threads", args: []string{"many", "10"}, status: "ProcessLimitExceeded", code: 155,
			check: func(t *testing.T, r *hostileRun) {
				if r.v.Processes > 5 {
					t.Errorf("processes %d: more than the limit of 4 (and the one that broke it)", r.v.Processes)
				}
			}},
		spin("threads/spin", "threads", "spin", "3"),
		spin("spin", "spin"),
		spin("spin/ignore", "spin", "ignore"),
		sleep("sleep"),
		sleep("stop"),
		sleep("pipe"),
		mle("malloc"),
		mle("brk"),
		mle("stack"),
		// Shared memory is not counted by RLIMIT_DATA: the resident
		// size watchdog catches it.
		mle("shared"),
		{name: "output/stdout", prog: "output", args: []string{"stdout"}, status: "OutputLimitExceeded", code: 154,
			check: func(t *testing.T, r *hostileRun) {
				if len(r.stdout) > 64<<10 {
					t.Errorf("%d bytes reached stdout, over the 64K limit", len(r.stdout))
				}
			}},
		{name: "output/stderr", prog: "output", args: []string{"stderr"}, status: "OutputLimitExceeded", code: 154,
			check: func(t *testing.T, r *hostileRun) {
				n := 0
				for _, run := range regexp.MustCompile(`x{64,}`).FindAllString(r.stderr, -1) {
					n += len(run)
				}
				if n > 64<<10 {
					t.Errorf("%d bytes reached stderr, over the 64K limit", n)
				}
			}},

		// New processes.
		denied("fork/raw", "fork", "fork", true, "raw"),
		denied("fork/libc", "fork", "clone", true, "libc"),
		denied("fork/bomb", "fork", "clone", true, "bomb"),
		denied("vfork", "vfork", "vfork", true),
		denied("clone/process", "clone", "clone", true, "process"),
		denied("clone/vm", "clone", "clone", true, "vm"),
		denied("clone/untraced", "clone", "clone", true, "untraced"),
		// clone3 fails with ENOSYS, and the program goes on.
		ok("clone3", "clone3", "clone3 fork: ENOSYS\nclone3 untraced: ENOSYS\n", true),

		// A second exec.
		denied("exec/sh", "exec", "execve", true, "sh", "{token}"),
		denied("exec/execveat", "exec", "execveat", true, "execveat", "{token}"),
		denied("exec/thread", "exec", "execve", true, "thread", "{token}"),
		denied("exec/setuid", "exec", "execve", true, "setuid", "{token}", "{suid}"),

		// Other ABIs.
		int80Case("fork", "fork"),
		int80Case("open", "open"),
		{name: "x32", prog: "x32", args: []string{"{port}"}, status: "DisallowedSyscall", code: 159,
			syscall: "socket", abi: "x32"},

		// io_uring, the network, debugging.
		denied("io_uring", "io_uring", "io_uring_setup", false),
		denied("connect/tcp", "connect", "socket", true, "tcp", "{port}"),
		denied("connect/udp", "connect", "socket", true, "udp", "{uport}"),
		denied("ptrace/traceme", "ptrace", "ptrace", true, "traceme"),
		denied("ptrace/attach", "ptrace", "ptrace", false, "attach", "{pid}"),
		denied("ptrace/vmread", "ptrace", "process_vm_readv", false, "vmread", "{pid}"),
		denied("ptrace/vmparent", "ptrace", "process_vm_readv", false, "vmparent"),

		// Signals outside the program.
		denied("kill/parent", "kill", "kill", false, "parent"),
		denied("kill/all", "kill", "kill", false, "all"),
		denied("kill/pid", "kill", "kill", true, "pid", "{pid}"),
		denied("kill/group", "kill", "kill", true, "group", "{pid}"),
		denied("kill/tkill", "kill", "tkill", true, "tkill", "{pid}"),
		denied("kill/tgkill", "kill", "tgkill", true, "tgkill", "{pid}"),
		denied("kill/sigqueue", "kill", "rt_sigqueueinfo", true, "sigqueue", "{pid}"),
		denied("kill/tgsigqueue", "kill", "rt_tgsigqueueinfo", true, "tgsigqueue", "{pid}"),
		denied("kill/pidfd", "kill", "pidfd_open", true, "pidfd", "{pid}"),
		denied("kill/sigio", "kill", "fcntl", true, "sigio", "{pid}"),
		// Its own process group is its own: allowed, and the program
		// dies of it.
		{name: "kill/self", prog: "kill", args: []string{"self"}, status: "Signalled", code: 128 + 9,
			check: func(t *testing.T, r *hostileRun) {
				if r.v.Signal != "SIGKILL" {
					t.Errorf("signal %q, want SIGKILL", r.v.Signal)
				}
			}},

		// Writing files.
		denied("write/cwd", "write", "openat", true, "cwd"),
		denied("write/etc", "write", "openat", false, "etc", "{etc}"),
		denied("write/creat", "write", "creat", true, "creat"),
		// (No control: O_TMPFILE depends on the file system under /tmp.)
		denied("write/tmpfile", "write", "openat", false, "tmpfile"),
		denied("write/rdwr", "write", "openat", true, "rdwr"),
		denied("write/mkdir", "write", "mkdir", true, "mkdir"),
		denied("write/symlink", "write", "symlink", true, "symlink"),
		denied("write/rename", "write", "rename", true, "rename"),
		denied("write/truncate", "write", "truncate", true, "truncate"),

		// Reading outside the granted paths: Landlock refuses (EACCES),
		// the tracer only reports, the program goes on.
		ok("path", "path", pathsOut.String(), true, append(slices.Clone(pathsDenied), "allowed.txt")...),
		{name: "path/race", prog: "race", args: []string{"{secret}", "3000"}, status: "OK", stdout: "secret reads: 0\n",
			control: true, limits: []string{"--cpu-limit", "5s", "--wall-limit", "10s", "--memory-limit", "64M",
				"--output-limit", "64K", "--process-limit", "4"}},
		// Descriptors gotrace inherited stay gotrace's.
		{name: "fdleak", prog: "fdleak", status: "OK", stdout: "no inherited descriptors\n", control: true, extraFD: true},
		// A crash leaves no core dump in the (writable) directory.
		{name: "crash/segv", prog: "crash", args: []string{"segv"}, status: "Signalled", code: 128 + 11},
		{name: "crash/abort", prog: "crash", args: []string{"abort"}, status: "Signalled", code: 128 + 6},

		// Legitimate programs.
		{name: "legit/sum", prog: "legit_sum", stdin: "123456789 987654321\n", status: "OK", stdout: "1111111110\n"},
		{name: "legit/python3", prog: "python3", stdin: "123456789 987654321\n", status: "OK", stdout: "1111111110\n"},
		// The Go runtime starts a few threads of its own (sysmon, one
		// per P, more around blocking calls): more than 4 at once.
		{name: "legit/go", prog: "go-sum", stdin: "123456789 987654321\n", status: "OK", stdout: "1111111110\n",
			limits: []string{"--cpu-limit", "1s", "--wall-limit", "3s", "--memory-limit", "64M",
				"--output-limit", "64K", "--process-limit", "32"}},
		// Threads under a memory limit: each thread's stack counts
		// against RLIMIT_DATA, so it must be glibc's default size.
		{name: "legit/threads", prog: "threads", args: []string{"ok", "3"}, status: "OK", stdout: "sum 500000500000\n"},
		{name: "legit/cxx-thread", prog: "cxx-thread", status: "OK", stdout: "sum 500000500000\n"},
		// A sleep interrupted by an ignored signal resumes with
		// restart_syscall.
		ok("legit/restart", "legit_sleep", "slept 0\n", false),

		// The policy's own machinery.
		denied("seccomp/spoof", "seccomp", "prctl", false, "spoof"),
		denied("seccomp/spoof0", "seccomp", "prctl", false, "spoof0"),
		denied("seccomp/syscall", "seccomp", "seccomp", false, "syscall"),
		ok("seccomp/nnp", "seccomp", "clear no_new_privs: EINVAL\nno_new_privs 1\n", false, "nnp"),
		denied("prlimit/other", "prlimit", "prlimit64", true, "other", "{pid}"),
		ok("prlimit/raise", "prlimit", "raise: EPERM\nraise: EPERM\nraise: EPERM\n", false, "raise"),
		ok("prlimit/self", "prlimit", "self: ok\n", false, "self"),

		// Namespaces, mounts, root.
		denied("ns/unshare", "ns", "unshare", false, "unshare"),
		denied("ns/mount", "ns", "mount", false, "mount"),
		denied("ns/chroot", "ns", "chroot", false, "chroot"),
		denied("ns/setns", "ns", "setns", false, "setns"),
	}
	// Calls with no place in a solution.
	for _, call := range []string{"bpf", "perf_event_open", "userfaultfd", "add_key", "keyctl", "personality", "setuid",
		"openat2", "name_to_handle_at", "chdir", "kcmp", "memfd_secret", "memfd_create", "setsid"} {
		cases = append(cases, denied("raw/"+call, "raw", call, false, call))
	}
	cases = append(cases,
		denied("raw/tiocsti", "raw", "ioctl", false, "tiocsti"),
		denied("raw/setpgid", "raw", "setpgid", false, "setpgid", "{pid}"),
		denied("raw/nr1000", "raw", "syscall_0x3e8", false, "nr1000"),
	)

	sem := make(chan struct{}, hostileParallel)
	for i := range cases {
		c := &cases[i]
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			sem <- struct{}{}
			defer func() { <-sem }()
			if c.control {
				r := h.run(t, c, false)
				if len(r.effects) == 0 {
					t.Fatalf("outside the judge the program had no effect to look for (exit %d, stdout %q, stderr %q)",
						r.code, r.stdout, r.stderr)
				}
			}
			r := h.run(t, c, true)
			h.checkVerdict(t, c, r)
			for _, e := range r.effects {
				t.Errorf("ESCAPE: %s", e)
			}
			if c.check != nil && r.v != nil {
				c.check(t, r)
			}
			if t.Failed() {
				t.Logf("stdout: %q", truncate(r.stdout, 2000))
				t.Logf("stderr: %q", truncate(r.stderr, 2000))
			}
		})
	}
}

func (h *hostileEnv) checkVerdict(t *testing.T, c *hostileCase, r *hostileRun) {
	t.Helper()
	v := r.v
	if v.Status != c.status {
		t.Errorf("verdict %s (exit_code %d, signal %q, violation %+v), want %s", v.Status, v.ExitCode, v.Signal,
			v.Violation, c.status)
	}
	if r.code != c.code {
		t.Errorf("gotrace exited %d, want %d", r.code, c.code)
	}
	if c.status == "DisallowedSyscall" {
		abi := c.abi
		if abi == "" {
			abi = "x86_64"
		}
		switch {
		case v.Violation == nil:
			t.Errorf("no violation in the verdict, want %s (%s)", c.syscall, abi)
		case v.Violation.Syscall != c.syscall || v.Violation.ABI != abi || v.Violation.Action != "kill":
			t.Errorf("violation %s (%s) action %s, want %s (%s) action kill", v.Violation.Syscall, v.Violation.ABI,
				v.Violation.Action, c.syscall, abi)
		}
	}
	if (c.status == "OK" || c.status == "NonzeroExit") && v.Status == c.status && r.stdout != r.want {
		t.Errorf("stdout %q, want %q", truncate(r.stdout, 2000), r.want)
	}
}

// run runs a case once, under the judge or (as a control) directly as
// nobody, in a fresh working directory, with a process outside to harm and
// ports to connect to, and collects the forbidden effects it had.
func (h *hostileEnv) run(t *testing.T, c *hostileCase, judged bool) *hostileRun {
	t.Helper()
	work, err := os.MkdirTemp(h.root, "work-")
	if err != nil {
		t.Fatal(err)
	}
	// Writable by anyone, so that only the judge keeps the program from
	// writing here.
	if err := os.Chmod(work, 0o777); err != nil {
		t.Fatal(err)
	}
	const allowedData = "allowed, not secret\n"
	allowed := filepath.Join(work, "allowed.txt")
	writeFile(t, allowed, allowedData, 0o666)
	if err := os.Symlink(h.secret, filepath.Join(work, "link")); err != nil {
		t.Fatal(err)
	}
	argv := h.argv(t, c, work)
	before := listDir(t, work)

	outside := startOutside(t, h.nobody)
	tcp := listenTCP(t)
	udp := listenUDP(t)
	token := "gotrace-hostile-" + randHex(8)
	etc := filepath.Join("/etc", token)
	repl := strings.NewReplacer("{dir}", work, "{pid}", strconv.Itoa(outside.pid), "{port}", tcp.port,
		"{uport}", udp.port, "{secret}", h.secret, "{etc}", token, "{token}", token, "{suid}", h.suid)
	for _, a := range c.args {
		argv = append(argv, repl.Replace(a))
	}

	var verdictFile string
	var cmd *exec.Cmd
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if judged {
		verdictFile = filepath.Join(h.root, "verdict-"+token+".json")
		args := []string{"--judge"}
		if c.limits != nil {
			args = append(args, c.limits...)
		} else {
			args = append(args, hostileLimits...)
		}
		args = append(args, "--verdict", verdictFile)
		cmd = exec.CommandContext(ctx, gotraceBin, append(args, argv...)...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	} else {
		cmd = exec.CommandContext(ctx, argv[0], argv[1:]...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: h.nobody, Setpgid: true}
	}
	cmd.Dir = work
	// The token in the environment marks every process of the run (the
	// judge passes the environment on), for the survivor check.
	cmd.Env = append(os.Environ(), "GOTRACE_HOSTILE_TOKEN="+token)
	if c.stdin != "" {
		cmd.Stdin = strings.NewReader(c.stdin)
	}
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	var leak string
	if c.extraFD {
		leakDir, err := os.MkdirTemp(h.root, "leak-")
		if err != nil {
			t.Fatal(err)
		}
		leak = filepath.Join(leakDir, "leak.txt")
		f, err := os.OpenFile(leak, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o666)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.ExtraFiles = []*os.File{f}
	}
	start := time.Now()
	err = cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%v: still running after %v", argv, time.Since(start))
	}
	r := &hostileRun{stdout: so.String(), stderr: se.String(), want: repl.Replace(c.stdout)}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.code = 128 + int(ws.Signal())
		}
	case err != nil:
		t.Fatalf("%v: %v", argv, err)
	}
	if judged {
		data, err := os.ReadFile(verdictFile)
		if err != nil {
			t.Fatalf("no verdict: %v (gotrace exited %d, stderr %q)", err, r.code, truncate(r.stderr, 2000))
		}
		r.v = &judgeVerdict{}
		if err := json.Unmarshal(data, r.v); err != nil {
			t.Fatalf("verdict: %v\n%s", err, data)
		}
	}

	// What the run left behind.
	add := func(format string, args ...any) { r.effects = append(r.effects, fmt.Sprintf(format, args...)) }
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, "ESCAPED") {
			add("the program reports: %s", truncate(l, 200))
			break
		}
	}
	if strings.Contains(r.stdout+r.stderr, h.secretData) {
		add("the secret's contents reached the program's output")
	}
	if after := listDir(t, work); !slices.Equal(before, after) {
		add("the working directory changed: %q, was %q", after, before)
	}
	if b, err := os.ReadFile(allowed); err != nil || string(b) != allowedData {
		add("allowed.txt changed: %q (%v)", b, err)
	}
	if _, err := os.Lstat(etc); err == nil {
		add("%s was created", etc)
		os.Remove(etc)
	}
	if leak != "" {
		if b, _ := os.ReadFile(leak); len(b) > 0 {
			add("the inherited descriptor was written to: %q", b)
		}
	}
	// Survivors: let a dying process finish dying first.
	var survivors []int
	for deadline := time.Now().Add(2 * time.Second); ; {
		survivors = findToken(token)
		if len(survivors) == 0 || time.Now().After(deadline) || !judged {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(survivors) > 0 {
		add("processes of the run outlived it: %v", survivors)
		for _, pid := range survivors {
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
	time.Sleep(20 * time.Millisecond) // signals and packets in flight
	if n := tcp.close(); n > 0 {
		add("%d TCP connection(s) reached 127.0.0.1:%s", n, tcp.port)
	}
	if n := udp.close(); n > 0 {
		add("%d UDP datagram(s) reached 127.0.0.1:%s", n, udp.port)
	}
	for _, e := range outside.check() {
		add("the process outside (pid %d): %s", outside.pid, e)
	}
	return r
}

// outsideProc is a process outside the judge, of the same user as the
// judged program, that it must not be able to touch.
type outsideProc struct {
	pid    int
	cmd    *exec.Cmd
	done   chan struct{}
	limits string
}

func startOutside(t *testing.T, cred *syscall.Credential) *outsideProc {
	t.Helper()
	cmd := exec.Command("sleep", "60")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	o := &outsideProc{pid: cmd.Process.Pid, cmd: cmd, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		close(o.done)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-o.done
	})
	// Wait for it to be sleep, not the forked test process: its limits
	// and state are what the program may go after.
	for i := 0; i < 200; i++ {
		if b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", o.pid)); string(b) == "sleep\n" {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	o.limits = readProc(o.pid, "limits")
	return o
}

// check says what happened to the process.
func (o *outsideProc) check() []string {
	select {
	case <-o.done:
		return []string{"it was killed: " + o.cmd.ProcessState.String()}
	default:
	}
	var got []string
	stat := readProc(o.pid, "stat")
	if i := strings.LastIndexByte(stat, ')'); i > 0 && i+2 < len(stat) && stat[i+2] != 'S' {
		got = append(got, fmt.Sprintf("its state is %c, not sleeping", stat[i+2]))
	}
	if l := readProc(o.pid, "limits"); l != o.limits {
		got = append(got, "its limits changed:\n"+l)
	}
	for _, l := range strings.Split(readProc(o.pid, "status"), "\n") {
		if strings.HasPrefix(l, "TracerPid:") && strings.TrimSpace(strings.TrimPrefix(l, "TracerPid:")) != "0" {
			got = append(got, "it is traced: "+l)
		}
	}
	return got
}

func readProc(pid int, name string) string {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/%s", pid, name))
	return string(b)
}

// findToken returns the processes whose environment or command line holds
// token.
func findToken(token string) []int {
	ents, _ := os.ReadDir("/proc")
	var pids []int
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		for _, f := range []string{"environ", "cmdline"} {
			if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/%s", pid, f)); err == nil && bytes.Contains(b, []byte(token)) {
				pids = append(pids, pid)
				break
			}
		}
	}
	return pids
}

// tcpListener counts the connections made to it.
type tcpListener struct {
	ln   *net.TCPListener
	port string
	n    atomic.Int64
	done chan struct{}
}

func listenTCP(t *testing.T) *tcpListener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := &tcpListener{ln: ln.(*net.TCPListener), done: make(chan struct{})}
	l.port = strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	go func() {
		defer close(l.done)
		for {
			c, err := l.ln.Accept()
			if err != nil {
				return
			}
			l.n.Add(1)
			c.Close()
		}
	}()
	t.Cleanup(func() { l.close() })
	return l
}

// close takes what is queued, stops listening and returns the count.
func (l *tcpListener) close() int64 {
	l.ln.SetDeadline(time.Now().Add(10 * time.Millisecond))
	<-l.done
	l.ln.Close()
	return l.n.Load()
}

// udpListener counts the datagrams sent to it.
type udpListener struct {
	pc   net.PacketConn
	port string
	n    atomic.Int64
	done chan struct{}
}

func listenUDP(t *testing.T) *udpListener {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := &udpListener{pc: pc, done: make(chan struct{})}
	l.port = strconv.Itoa(pc.LocalAddr().(*net.UDPAddr).Port)
	go func() {
		defer close(l.done)
		buf := make([]byte, 2048)
		for {
			if _, _, err := l.pc.ReadFrom(buf); err != nil {
				return
			}
			l.n.Add(1)
		}
	}()
	t.Cleanup(func() { l.close() })
	return l
}

func (l *udpListener) close() int64 {
	l.pc.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	<-l.done
	l.pc.Close()
	return l.n.Load()
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// writeFile writes a file and sets its mode exactly (whatever the umask).
func writeFile(t *testing.T, path, data string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func randHex(n int) string {
	b := make([]byte, n)
	if _, err := io.ReadFull(rand.Reader, b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
