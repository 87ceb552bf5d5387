package forkexec

import (
	"encoding/binary"
	"errors"
	"fmt"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec/internal/nofile"
)

// These three hooks are the Go runtime's own fork protocol, the one
// syscall.forkExec uses: BeforeFork blocks signals and makes any stack growth
// throw (the child must not grow its stack), AfterFork undoes that in the
// parent, AfterForkInChild resets signal handlers in the child. The runtime
// exports them for this use (see go.dev/issue/67401).

//go:linkname runtimeBeforeFork syscall.runtime_BeforeFork
func runtimeBeforeFork()

//go:linkname runtimeAfterFork syscall.runtime_AfterFork
func runtimeAfterFork()

//go:linkname runtimeAfterForkInChild syscall.runtime_AfterForkInChild
func runtimeAfterForkInChild()

// Started is a child that Start forked.
type Started struct {
	// Pid is the child's process id.
	Pid int
	// errPipe is the read end of the error pipe; the child's write end
	// closes at a successful execve.
	errPipe int
	// args is what the child read, kept alive for ExecArgs.
	args *childArgs
}

// ExecArgs returns the arguments the child passed to execve (the path,
// argv and envp pointers), for a child started with Vfork: it ran in our
// memory, so they point into this process, where they stay readable as
// long as the Started is. A tracer that could not see that execve's stops
// can still show it, read from here, as the kernel read it.
func (s *Started) ExecArgs() (path, argv, envp uintptr) {
	a := s.args
	return uintptr(unsafe.Pointer(a.path)), uintptr(unsafe.Pointer(&a.argv[0])), uintptr(unsafe.Pointer(&a.envv[0]))
}

// childArgs is everything the child reads between fork and execve, built
// by the parent so that the child needs no allocation.
type childArgs struct {
	path    *byte
	argv    []*byte
	envv    []*byte
	dir     *byte
	fds     []int
	rlimits []rlimitReq
	groups  []uint32
	cred    *Credential
	filter  unix.SockFprog
	spec    *Spec
	pipe    int
	// landlock: the ruleset attribute and the rules, packed as the
	// kernel reads them (struct landlock_path_beneath_attr is 12 bytes).
	landlockAttr  []uint64
	landlockRules []byte
}

type rlimitReq struct {
	resource uintptr
	lim      unix.Rlimit
}

// Start forks and starts the child described by spec. It must be called on
// a locked OS thread, which becomes the tracer when spec.Ptrace is set.
//
// With spec.Ptrace, the child is left in its SIGSTOP stop: the caller waits
// for it, sets ptrace options and resumes it; a failure of a later step
// (including execve) reaches the caller as an exit of the child with status
// 253 and, from Err, the *ChildError. Without spec.Ptrace, Start waits for
// the execve and returns the child's error itself.
func Start(spec *Spec) (*Started, error) {
	if len(spec.Argv) == 0 {
		return nil, errors.New("forkexec: empty argument vector")
	}
	a, err := prepare(spec)
	if err != nil {
		return nil, err
	}

	// Take the fork lock as os/exec does: another goroutine forking while
	// our pipe is open would leak the write end into its child until that
	// child's execve, and we would then miss the EOF that means success.
	syscall.ForkLock.Lock()
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		syscall.ForkLock.Unlock()
		return nil, fmt.Errorf("forkexec: pipe2: %w", err)
	}
	a.pipe = p[1]
	pid, errno := forkChild(a)
	unix.Close(p[1])
	syscall.ForkLock.Unlock()
	if errno != 0 {
		unix.Close(p[0])
		return nil, fmt.Errorf("forkexec: clone: %w", errno)
	}
	s := &Started{Pid: pid, errPipe: p[0], args: a}
	if !spec.Ptrace {
		if err := s.Err(); err != nil {
			var ws unix.WaitStatus
			unix.Wait4(pid, &ws, 0, nil)
			return nil, err
		}
	}
	return s, nil
}

// Err reads the child's report from the error pipe and closes it. Call it
// once the child has exec'd or exited: it returns nil after a successful
// execve (the pipe closed on exec with nothing written) and the failed step
// otherwise. It blocks while the child is between fork and execve.
func (s *Started) Err() error {
	if s.errPipe < 0 {
		return nil
	}
	defer func() { unix.Close(s.errPipe); s.errPipe = -1 }()
	var r childReport
	buf := (*[unsafe.Sizeof(r)]byte)(unsafe.Pointer(&r))[:]
	n, err := readFull(s.errPipe, buf)
	if err != nil {
		return fmt.Errorf("forkexec: reading error pipe: %w", err)
	}
	if n == 0 {
		return nil
	}
	if n != len(buf) {
		return fmt.Errorf("forkexec: short report from child (%d bytes)", n)
	}
	return &ChildError{Step: r.step, Errno: unix.Errno(r.errno)}
}

// Close releases the error pipe without reading it.
func (s *Started) Close() {
	if s.errPipe >= 0 {
		unix.Close(s.errPipe)
		s.errPipe = -1
	}
}

func readFull(fd int, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := unix.Read(fd, buf[n:])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return n, err
		}
		if m == 0 {
			break
		}
		n += m
	}
	return n, nil
}

// prepare converts spec into the raw pointers the child uses.
func prepare(spec *Spec) (*childArgs, error) {
	a := &childArgs{spec: spec}
	var err error
	if a.path, err = unix.BytePtrFromString(spec.Path); err != nil {
		return nil, fmt.Errorf("forkexec: program path: %w", err)
	}
	if a.argv, err = slicePtrFromStrings(spec.Argv); err != nil {
		return nil, fmt.Errorf("forkexec: argument: %w", err)
	}
	if a.envv, err = slicePtrFromStrings(spec.Env); err != nil {
		return nil, fmt.Errorf("forkexec: environment: %w", err)
	}
	if spec.Dir != "" {
		if a.dir, err = unix.BytePtrFromString(spec.Dir); err != nil {
			return nil, fmt.Errorf("forkexec: directory: %w", err)
		}
	}
	a.fds = append([]int(nil), spec.Files...)
	nofileSet := false
	for _, r := range spec.Rlimits {
		if r.Resource == unix.RLIMIT_NOFILE {
			nofileSet = true
		}
		a.rlimits = append(a.rlimits, rlimitReq{uintptr(r.Resource), unix.Rlimit{Cur: r.Cur, Max: r.Max}})
	}
	if lim, ok := nofile.Original(); ok && !nofileSet {
		a.rlimits = append(a.rlimits, rlimitReq{unix.RLIMIT_NOFILE, lim})
	}
	if spec.Credential != nil {
		a.cred = spec.Credential
		a.groups = append([]uint32(nil), spec.Credential.Groups...)
	}
	if len(spec.Seccomp) > 0 {
		a.filter.Len = uint16(len(spec.Seccomp))
		a.filter.Filter = &spec.Seccomp[0]
	}
	if ll := spec.Landlock; ll != nil {
		if len(ll.Attr) == 0 {
			return nil, errors.New("forkexec: empty Landlock ruleset attribute")
		}
		a.landlockAttr = append([]uint64(nil), ll.Attr...)
		a.landlockRules = make([]byte, 12*len(ll.Rules))
		for i, r := range ll.Rules {
			b := a.landlockRules[12*i:]
			binary.LittleEndian.PutUint64(b, r.Access)
			binary.LittleEndian.PutUint32(b[8:], uint32(int32(r.Fd)))
		}
	}
	return a, nil
}

// slicePtrFromStrings converts ss to the NULL-terminated array of C strings
// that execve takes.
func slicePtrFromStrings(ss []string) ([]*byte, error) {
	ptrs := make([]*byte, len(ss)+1)
	for i, s := range ss {
		p, err := unix.BytePtrFromString(s)
		if err != nil {
			return nil, err
		}
		ptrs[i] = p
	}
	return ptrs, nil
}
