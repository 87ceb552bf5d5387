package tracer

import (
	"fmt"
	"os"
	"sort"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
)

// AttachError is a process that could not be attached (-p).
type AttachError struct {
	Pid int
	Err error
}

func (e *AttachError) Error() string {
	text := e.Err.Error()
	if errno, ok := e.Err.(unix.Errno); ok {
		text = forkexec.ErrnoText(errno)
	}
	return fmt.Sprintf("attach: ptrace(PTRACE_SEIZE, %d): %s", e.Pid, text)
}

func (e *AttachError) Unwrap() error { return e.Err }

// attachAll seizes the processes of Options.Attach (every thread of each
// with Follow) and interrupts them, so that each reports a first stop
// from which it is traced. It fails only when nothing could be attached;
// each failure is reported as a StartFailed event with an *AttachError.
func (t *Tracer) attachAll() error {
	// Attached processes are not ours: if gotrace dies they must go on
	// running, detached by the kernel, not be killed.
	options := t.options &^ unix.PTRACE_O_EXITKILL
	var firstErr error
	attached := 0
	for _, pid := range t.opts.Attach {
		tids := []int{pid}
		if t.opts.Follow {
			if all := threadsOf(pid); len(all) > 0 {
				tids = all
			}
		}
		n := 0
		var leader *Task
		for _, tid := range tids {
			if t.tasks[tid] != nil {
				continue
			}
			_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_SEIZE, uintptr(tid), 0, uintptr(options), 0, 0)
			if e != 0 {
				if tid == pid {
					err := &AttachError{Pid: pid, Err: e}
					if firstErr == nil {
						firstErr = err
					}
					t.ev = Event{Kind: StartFailed, Err: err}
					t.handle()
				}
				continue
			}
			tgid := tgidOf(tid)
			if tgid <= 0 {
				tgid = tid
			}
			task := t.addTaskAttached(tid, tgid, nil, true)
			task.Seized = true
			task.state = stateNew
			// The first syscall seen may be restart_syscall resuming
			// whatever the task was blocked in, which nobody saw:
			// strace names it after syscall number 0.
			if tab := t.tables[NativeABI]; tab != nil {
				task.interrupted = tab.Lookup(0)
			}
			t.emitNewTask(task, nil)
			ptraceRestart(unix.PTRACE_INTERRUPT, tid, 0)
			if leader == nil || tid == pid {
				leader = task
			}
			n++
		}
		if n > 0 {
			attached++
			t.ev = Event{Kind: Attached, Task: leader, Threads: n}
			t.handle()
		}
	}
	if attached == 0 {
		if firstErr == nil {
			firstErr = fmt.Errorf("tracer: no process to attach")
		}
		return firstErr
	}
	return nil
}

// threadsOf lists the threads of a process from /proc/PID/task, the
// process's own id first.
func threadsOf(pid int) []int {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/task")
	if err != nil {
		return nil
	}
	defer f.Close()
	names, _ := f.Readdirnames(-1)
	tids := make([]int, 0, len(names))
	for _, n := range names {
		if tid, err := strconv.Atoi(n); err == nil {
			tids = append(tids, tid)
		}
	}
	sort.Slice(tids, func(i, j int) bool {
		if (tids[i] == pid) != (tids[j] == pid) {
			return tids[i] == pid
		}
		return tids[i] < tids[j]
	})
	return tids
}

// beginDetach starts letting go of attached tasks after an interrupt:
// each is interrupted, and detached at the stop that follows.
func (t *Tracer) beginDetach() {
	t.detaching = true
	for _, task := range t.tasks {
		if !task.Attached || task.detaching {
			continue
		}
		task.detaching = true
		ptraceRestart(unix.PTRACE_INTERRUPT, task.Tid, 0)
	}
}

// detach lets go of a stopped task. A signal it was about to receive is
// passed on, so that detaching loses nothing.
func (t *Tracer) detach(task *Task, sig unix.Signal, event int) {
	dsig := 0
	if event == 0 && sig != unix.SIGTRAP|0x80 {
		if ptraceGetSiginfo(task.Tid, &t.siginfo) == nil {
			dsig = int(sig)
		}
	}
	ptraceRestart(unix.PTRACE_DETACH, task.Tid, dsig)
	t.ev = Event{Kind: Detached, Task: task}
	t.handle()
	t.removeTask(task)
}
