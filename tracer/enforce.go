package tracer

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer/policy"
)

// seccompStop handles a PTRACE_EVENT_SECCOMP stop: data is the filter's
// SECCOMP_RET_DATA, which says why the call stopped (selected for display,
// a policy rule, a check).
//
// Under a policy the data is not trusted: the program may have stacked a
// filter of its own, and when several filters answer SECCOMP_RET_TRACE
// the kernel passes on the newest one's data. The verdict is computed
// again from the policy on the call's ABI, number and registers, which
// are what our filter judged and which cannot change while the thread is
// stopped.
func (t *Tracer) seccompStop(task *Task, data uint16) {
	t.fillCall(task)
	c := &task.Call
	if t.compiled == nil || task.state != stateRunning {
		// Display only, or our child before its program: the first
		// execve is forkexec's, which the policy does not judge.
		t.enterCall(task, false)
		return
	}
	var action policy.Action
	var rule string
	data, action, rule = t.compiled.Verdict(t.tables[c.ABI], c.ABI, c.Name(), &c.Args)
	if action.Kind != policy.Allow {
		t.violation(task, action, rule)
		return
	}
	switch data {
	case policy.DataSignal:
		if !t.signalTargetOK(task, c) {
			t.violation(task, policy.Action{Kind: policy.Kill}, "signal to a process outside the traced ones")
			return
		}
	case policy.DataMemory:
		task.needExit = true
		task.memCheck = true
	case policy.DataPath:
		if !t.pathAllowed(task, c) {
			if t.compiled.PathsInKernel {
				// Landlock refuses it (EACCES) whatever happens to the
				// string after this read: report the attempt only.
				t.violation(task, policy.Action{Kind: policy.Log}, "path outside the policy's (Landlock denies it)")
			} else {
				t.violation(task, policy.Action{Kind: policy.Kill}, "path outside the policy's")
			}
			return
		}
	}
	t.enterCall(task, false)
}

// violation reports a call that breaks the policy and carries out the
// action: kill ends every traced process before the call runs; errno
// skips the call and makes it fail; log lets it run.
func (t *Tracer) violation(task *Task, action policy.Action, rule string) {
	if action.Kind == policy.Errno {
		setAtExit, err := skipSyscall(task.Tid, -int64(action.Errno))
		if err != nil {
			// The call cannot be stopped from running: fail closed.
			action = policy.Action{Kind: policy.Kill}
		} else if setAtExit {
			task.injectRet, task.hasInjectRet = -int64(action.Errno), true
		}
		task.needExit = true
	}
	// The attempt is always shown.
	act := t.emit(SyscallEnter, task)
	t.ev = Event{Kind: Violation, Task: task, Call: &task.Call, Mem: &task.mem, Action: action.String(), Rule: rule}
	if a := t.handle(); a > act {
		act = a
	}
	if action.Kind == policy.Kill {
		act = KillTree
	}
	t.apply(task, act)
}

// signalTargetOK checks that a signal call targets traced processes only.
func (t *Tracer) signalTargetOK(task *Task, c *syscalls.Call) bool {
	a0, a1 := int(int32(c.Args[0])), int(int32(c.Args[1]))
	switch c.Name() {
	case "kill", "rt_sigqueueinfo":
		return t.pidInTree(task, a0)
	case "tkill":
		return t.tasks[a0] != nil
	case "tgkill", "rt_tgsigqueueinfo":
		return t.pidInTree(task, a0) && a0 > 0 && t.tasks[a1] != nil && t.tasks[a1].Pid == a0
	}
	// pidfd_send_signal's target is behind a descriptor: not allowed.
	return false
}

// pidInTree says whether kill's pid argument names only traced processes:
// a traced process, or the process group of the program when gotrace
// started it in a group of its own.
func (t *Tracer) pidInTree(task *Task, pid int) bool {
	switch {
	case pid > 0:
		leader := t.tasks[pid]
		return leader != nil && leader.Pid == pid
	case pid == 0:
		pgid, err := unix.Getpgid(task.Tid)
		return err == nil && t.ownGroup(pgid)
	case pid == -1:
		return false
	default:
		return t.ownGroup(-pid)
	}
}

// ownGroup says whether pgid is a process group only the program's
// processes are in: the group gotrace started it in (Spec.Setpgid).
func (t *Tracer) ownGroup(pgid int) bool {
	return t.ownPgid > 0 && pgid == t.ownPgid
}

// pathAllowed reports whether an open's path, resolved against its
// directory descriptor and the thread's working directory, lies beneath
// the policy's paths. What ptrace reads is only reported: Landlock makes
// the decision in the kernel.
func (t *Tracer) pathAllowed(task *Task, c *syscalls.Call) bool {
	paths := t.compiled.Paths
	if paths == nil {
		return true
	}
	var dirfd int32 = atFdCWD
	addr := c.Args[0]
	switch c.Name() {
	case "openat", "openat2":
		dirfd, addr = int32(c.Args[0]), c.Args[1]
	}
	var buf [4096]byte
	p, ok := ReadCString(&task.mem, addr, buf[:])
	if !ok {
		return true // unreadable: the kernel fails the call with EFAULT
	}
	resolved := resolvePath(task.Tid, dirfd, p)
	for _, list := range [][]string{paths.Read, paths.ReadExec, paths.Write} {
		for _, allowed := range list {
			if beneath(resolved, resolvePath(0, atFdCWD, allowed)) {
				return true
			}
		}
	}
	return false
}

// atFdCWD is AT_FDCWD.
const atFdCWD = -100

// resolvePath makes p absolute against the thread's dirfd or working
// directory (read from /proc while it is stopped) and resolves symbolic
// links and "..", as the kernel would at this moment. A tid of 0 means
// gotrace's own view.
func resolvePath(tid int, dirfd int32, p string) string {
	if !filepath.IsAbs(p) && tid > 0 {
		base := "/proc/" + strconv.Itoa(tid) + "/cwd"
		if dirfd != atFdCWD {
			base = "/proc/" + strconv.Itoa(tid) + "/fd/" + strconv.Itoa(int(dirfd))
		}
		if dir, err := os.Readlink(base); err == nil {
			p = filepath.Join(dir, p)
		}
	}
	p = filepath.Clean(p)
	// Resolve the longest existing prefix (the file may not exist).
	rest := ""
	for cur := p; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return p
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// beneath says whether p is dir or inside it.
func beneath(p, dir string) bool {
	return p == dir || dir == "/" || strings.HasPrefix(p, dir+"/")
}
