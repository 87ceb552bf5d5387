// Package forkexec starts a program as a ptrace tracee of the calling OS
// thread.
//
// It is gotrace's own fork/exec, written in the spirit of Go's
// syscall/exec_linux.go (forkAndExecInChild): everything the child needs is
// prepared in the parent, and between fork and execve the child runs raw
// system calls only (no allocation, no locks, no cgo, no stack growth). A
// failing child step is reported back over a close-on-exec pipe as the step
// and the errno, and becomes a *ChildError in the parent.
//
// The caller must hold a locked OS thread (runtime.LockOSThread) and must make
// every later ptrace and wait call for the child from that same thread: with
// PTRACE_TRACEME the tracer is the thread that forked, not the process.
package forkexec

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"
)

// Rlimit is one resource limit the child sets on itself with prlimit64
// before execve.
type Rlimit struct {
	Resource int // RLIMIT_* constant
	Cur, Max uint64
}

// Credential is the identity the child switches to (setgroups, setgid,
// setuid, in that order) before execve. Only root can start a child under
// another identity.
type Credential struct {
	Uid    uint32
	Gid    uint32
	Groups []uint32 // supplementary groups; empty clears them
}

// Spec describes the child to start. Each field names the system call it
// causes in the child and when; steps run in the order the fields are listed.
type Spec struct {
	// Path is the program passed to execve, already resolved (see LookPath).
	Path string
	// ExecFd, if positive, is an open descriptor of the program to run
	// instead of Path: the child calls execveat(ExecFd, "", ...,
	// AT_EMPTY_PATH). The program is then found whatever the child's
	// identity may search (a judge run as nobody of a binary in root's
	// private directory). It must be above the descriptors Files places;
	// close-on-exec is fine for a binary, not for a #! script.
	ExecFd int
	// Argv is the argument vector; Argv[0] is what the program sees as its
	// name.
	Argv []string
	// Env is the environment, "KEY=value" strings. Nil means an empty
	// environment, not the parent's.
	Env []string

	// Files maps the child's descriptors: child fd i is a dup of Files[i]
	// (dup3 in the child), -1 closes fd i. Nil keeps the parent's 0, 1
	// and 2 as they are. Descriptors not listed are closed at execve only
	// if they are close-on-exec, as with os/exec.
	Files []int

	// Setpgid puts the child in a new process group of its own (setpgid).
	Setpgid bool
	// CloseOtherFds makes every descriptor above those of Files
	// close-on-exec (close_range(CLOSE_RANGE_CLOEXEC)), so that the
	// program inherits only what Files gives it, whatever gotrace itself
	// inherited without close-on-exec. Descriptors the child still needs
	// before execve (the error pipe, Landlock's, the filter) stay open
	// until then.
	CloseOtherFds bool

	// Dir is the working directory for the child (chdir), if not empty.
	Dir string

	// Rlimits are applied with prlimit64 after chdir. RLIMIT_NOFILE is
	// restored to the value gotrace was started with unless listed here:
	// the Go runtime raises its own soft limit, and the tracee must not
	// see that.
	Rlimits []Rlimit

	// Credential, if set, switches the child's identity (setgroups, setgid,
	// setuid) after the limits.
	Credential *Credential

	// Ptrace makes the child a tracee of the calling thread
	// (PTRACE_TRACEME) and then stop itself with SIGSTOP, so that the
	// tracer can set its ptrace options before the child runs anything
	// else. The tracer must resume the child from that stop.
	Ptrace bool

	// Pdeathsig, if not zero, is the signal the child gets when the thread
	// that started it ends (prctl(PR_SET_PDEATHSIG), after PTRACE_TRACEME;
	// it lasts across execve). With Vfork and Ptrace it closes the moment
	// between the execve and the tracer's PTRACE_O_EXITKILL: a tracer that
	// dies then takes the program with it.
	Pdeathsig unix.Signal

	// Vfork starts the child with clone(CLONE_VM|CLONE_VFORK), as os/exec
	// does: it shares the parent's memory until its execve, and the
	// calling thread waits in clone until then. Nothing of the parent's
	// address space is copied, which on a Go process is the most costly
	// part of starting a short program.
	//
	// The calling thread cannot answer a stop while it waits, so with
	// Ptrace the child does not stop before execve: its first stop is the
	// SIGTRAP of its execve (or its exit, when a step failed), and the
	// tracer sets its options only then. Use it only when nothing must
	// stop at that execve: a Seccomp filter that returns
	// SECCOMP_RET_TRACE for it would fail it with ENOSYS, as the tracer
	// has not set PTRACE_O_TRACESECCOMP yet; and without PTRACE_O_EXITKILL
	// set before it, a tracer killed in that moment would leave the
	// program running untraced.
	Vfork bool

	// NoNewPrivs sets PR_SET_NO_NEW_PRIVS after the ptrace stop, so that a
	// set-uid program cannot gain privileges by execve. A seccomp filter
	// and a Landlock ruleset always imply it.
	NoNewPrivs bool

	// Landlock, if set, is a Landlock ruleset the child creates and
	// enforces on itself (landlock_create_ruleset, landlock_add_rule,
	// landlock_restrict_self) after NoNewPrivs and before the seccomp
	// filter, so that file system access is limited by the kernel, beyond
	// the reach of anything that rewrites paths in memory.
	Landlock *Landlock

	// Seccomp, if not empty, is a classic BPF program the child loads with
	// seccomp(SECCOMP_SET_MODE_FILTER) as its last step before execve, after
	// the ptrace stop: the tracer has then set PTRACE_O_TRACESECCOMP, so a
	// SECCOMP_RET_TRACE verdict reaches it (without a tracer the kernel
	// would fail such calls with ENOSYS). The filter applies to execve
	// itself, and must let it through.
	Seccomp []unix.SockFilter
	// SeccompFlags are passed to seccomp(2) with the filter
	// (SECCOMP_FILTER_FLAG_*).
	SeccompFlags uintptr
}

// Landlock is a ruleset: the access rights it handles (everything not
// granted by a rule is denied) and the rules granting some of them beneath
// directories or on files.
type Landlock struct {
	// Attr is struct landlock_ruleset_attr as the running kernel's
	// Landlock ABI knows it: handled_access_fs, then (ABI 4)
	// handled_access_net, then (ABI 6) scoped. Its length is the size
	// passed to landlock_create_ruleset.
	Attr []uint64
	// Rules grant access beneath a file or directory.
	Rules []LandlockRule
}

// LandlockRule is a path-beneath rule.
type LandlockRule struct {
	// Fd is an O_PATH descriptor of the file or directory, opened by the
	// caller with O_CLOEXEC (it closes at execve).
	Fd int
	// Access is the rights granted beneath it (LANDLOCK_ACCESS_FS_*).
	Access uint64
}

// Step names one step of the child between fork and execve; a *ChildError
// says which one failed.
type Step uint32

// The child's steps, in the order it takes them.
const (
	StepDup Step = iota + 1
	StepCloseFds
	StepSetpgid
	StepChdir
	StepRlimit
	StepSetgroups
	StepSetgid
	StepSetuid
	StepPtraceMe
	StepPdeathsig
	StepStop
	StepNoNewPrivs
	StepLandlock
	StepSeccomp
	StepExec
)

var stepNames = [...]string{
	StepDup:        "dup3",
	StepCloseFds:   "close_range",
	StepSetpgid:    "setpgid",
	StepChdir:      "chdir",
	StepRlimit:     "prlimit64",
	StepSetgroups:  "setgroups",
	StepSetgid:     "setgid",
	StepSetuid:     "setuid",
	StepPtraceMe:   "ptrace(PTRACE_TRACEME)",
	StepPdeathsig:  "prctl(PR_SET_PDEATHSIG)",
	StepStop:       "kill(SIGSTOP)",
	StepNoNewPrivs: "prctl(PR_SET_NO_NEW_PRIVS)",
	StepLandlock:   "landlock",
	StepSeccomp:    "seccomp(SECCOMP_SET_MODE_FILTER)",
	StepExec:       "execve",
}

// String returns the system call that the step makes.
func (s Step) String() string {
	if int(s) < len(stepNames) && stepNames[s] != "" {
		return stepNames[s]
	}
	return fmt.Sprintf("step %d", uint32(s))
}

// ChildError is a failure of one of the child's steps, reported over the
// error pipe before the child exited.
type ChildError struct {
	Step  Step
	Errno unix.Errno
}

func (e *ChildError) Error() string {
	return fmt.Sprintf("%s: %s", e.Step, ErrnoText(e.Errno))
}

// Unwrap lets errors.Is(err, unix.ENOENT) and the like see the errno.
func (e *ChildError) Unwrap() error { return e.Errno }

// ErrnoText is the C library's message for an errno ("No such file or
// directory"), which is what strace and shells print; Go's own messages are
// lower-case.
func ErrnoText(e unix.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// childReport is what the child writes on the error pipe. Its layout is
// shared by both sides of the fork.
type childReport struct {
	step  Step
	errno uint32
}

// LookPath finds prog as strace does: a name containing a slash is used as
// it is; otherwise the first regular file with an execute bit in a directory
// of $PATH is taken. The program must then be a regular file this process may
// execute. Errors read like strace's: "Can't stat 'prog': No such file or
// directory".
func LookPath(prog string) (string, error) {
	path := prog
	if !strings.Contains(prog, "/") {
		path = ""
		dirs := os.Getenv("PATH")
		if dirs == "" {
			dirs = "/bin:/usr/bin"
		}
		for _, dir := range filepath.SplitList(dirs) {
			if dir == "" {
				dir = "."
			}
			var st unix.Stat_t
			full := dir + "/" + prog
			if unix.Stat(full, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG && st.Mode&0o111 != 0 {
				path = full
				break
			}
		}
		if path == "" {
			return "", fmt.Errorf("Can't stat '%s': %s", prog, ErrnoText(unix.ENOENT))
		}
	}
	var st unix.Stat_t
	if err := unix.Stat(path, &st); err != nil {
		return "", fmt.Errorf("Can't stat '%s': %s", prog, errText(err))
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return "", fmt.Errorf("Can't exec '%s': %s", prog, ErrnoText(unix.EACCES))
	}
	if err := unix.Access(path, unix.X_OK); err != nil {
		return "", fmt.Errorf("Can't exec '%s': %s", prog, errText(err))
	}
	return path, nil
}

func errText(err error) string {
	if errno, ok := err.(unix.Errno); ok {
		return ErrnoText(errno)
	}
	return err.Error()
}
