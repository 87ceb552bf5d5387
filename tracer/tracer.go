// Package tracer runs programs under ptrace and reports what they do as
// events.
//
// One goroutine, locked to its OS thread, forks the tracee (package
// forkexec), then waits for stops and answers them: every ptrace and wait
// call comes from that thread, as ptrace requires. Each stop is classified
// (syscall entry or exit, signal delivery, ptrace event, exit), turned into
// an Event for the Handler, and resumed according to the Handler's Action.
// Text output, JSON, summaries and policies are all Handlers.
package tracer

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls"
)

// Options configures a Tracer.
type Options struct {
	// Handler receives every event. It must be set.
	Handler Handler
}

// Result is how the traced program ended.
type Result struct {
	// ExitStatus is the first process's exit status, when it exited.
	ExitStatus int
	// Signal is the signal that killed the first process, or 0.
	Signal int
	// Core is set when that signal dumped core.
	Core bool
}

// taskState is where a task is in its life as a tracee.
type taskState uint8

const (
	// stateStarting: our forked child, before its self-SIGSTOP; ptrace
	// options are not set yet.
	stateStarting taskState = iota
	// statePreExec: our child after the options were set and before its
	// first execve: its syscalls are forkexec's, not the program's, and
	// are not reported.
	statePreExec
	// stateRunning: an ordinary tracee.
	stateRunning
	// stateExecFailed: our child's execve failed; it is about to report
	// the error and exit, which is not the program's doing either.
	stateExecFailed
)

// Task is one traced thread.
type Task struct {
	// Tid is the thread id.
	Tid int
	// Pid is the id of the thread group (process) the thread belongs to.
	Pid int
	// Call is the thread's current syscall (between SyscallEnter and
	// SyscallExit) or its last one.
	Call syscalls.Call
	// InSyscall is set between a syscall's entry and exit stops.
	InSyscall bool

	state taskState
	mem   procMemory
}

// Tracer traces one program and its descendants. Use a Tracer once.
type Tracer struct {
	opts    Options
	flusher Flusher
	tables  [syscalls.NumABIs]*syscalls.Table

	tasks   map[int]*Task
	first   *Task // the task forkexec started
	started *forkexec.Started
	result  Result
	// options are the PTRACE_O_* flags every tracee gets.
	options int

	// ev, si and siginfo are reused for every stop so the loop does not
	// allocate.
	ev      Event
	si      syscallInfo
	siginfo Siginfo

	// live is the set of traced pids, readable from other goroutines
	// (Interrupt) while the loop runs.
	mu   sync.Mutex
	live map[int]bool
	// killing is set once the whole tree is to be killed.
	killing bool
}

// New returns a Tracer with the given options.
func New(opts Options) *Tracer {
	t := &Tracer{
		opts:   opts,
		tables: nativeTables(),
		tasks:  make(map[int]*Task),
		live:   make(map[int]bool),
	}
	t.flusher, _ = opts.Handler.(Flusher)
	// EXITKILL: if gotrace dies, every tracee dies with it instead of
	// running on untraced. TRACESYSGOOD tells syscall stops from
	// SIGTRAPs; TRACEEXEC turns exec's SIGTRAP into an event stop.
	t.options = unix.PTRACE_O_TRACESYSGOOD | unix.PTRACE_O_TRACEEXEC | unix.PTRACE_O_EXITKILL
	return t
}

// Run starts the program described by spec as a tracee and traces it until
// every tracee is gone. It locks the calling goroutine to its OS thread for
// the duration; several Tracers may run at once on different goroutines.
//
// Run returns an error only when the program could not be started (after a
// StartFailed event) or tracing broke down; the program's own failure is
// in the Result.
func (t *Tracer) Run(spec *forkexec.Spec) (*Result, error) {
	if t.opts.Handler == nil {
		return nil, errors.New("tracer: no handler")
	}
	runtime.LockOSThread()
	// The thread is unlocked only once nothing is traced any more: if Run
	// gives up with tracees left, the goroutine ends still locked, the
	// runtime ends the thread, and PTRACE_O_EXITKILL ends the tracees.
	s := *spec
	s.Ptrace = true
	started, err := forkexec.Start(&s)
	if err != nil {
		runtime.UnlockOSThread()
		return nil, err
	}
	t.started = started
	t.first = t.addTask(started.Pid, started.Pid)
	t.first.state = stateStarting

	var startErr error
	for len(t.tasks) > 0 {
		tid, ws, err := t.wait()
		if err != nil {
			if err == unix.ECHILD {
				break
			}
			return nil, fmt.Errorf("tracer: wait4: %w", err)
		}
		if e := t.dispatch(tid, ws); e != nil && startErr == nil {
			startErr = e
		}
	}
	if t.flusher != nil {
		t.flusher.Flush()
	}
	if t.started != nil {
		t.started.Close()
	}
	runtime.UnlockOSThread()
	return &t.result, startErr
}

// Tables returns the syscall tables the tracer names calls with, by ABI.
func (t *Tracer) Tables() [syscalls.NumABIs]*syscalls.Table { return t.tables }

// Interrupt asks the tracer to end the traced programs: it sends sig to
// every traced process now. It is safe to call from any goroutine (a signal
// handler's, typically); the loop then reports their deaths as usual.
func (t *Tracer) Interrupt(sig unix.Signal) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for pid := range t.live {
		unix.Kill(pid, sig)
	}
}

// wait returns the next stop or exit of a tracee. Before it blocks it lets
// the handler flush buffered output, so output keeps up with a quiet
// program while a busy one costs one extra non-blocking wait per stop.
func (t *Tracer) wait() (int, unix.WaitStatus, error) {
	var ws unix.WaitStatus
	// __WALL: threads and non-SIGCHLD children too. __WNOTHREAD: only
	// this thread's tracees, so that several Tracers in one process never
	// take each other's stops.
	const flags = unix.WALL | unix.WNOTHREAD
	if t.flusher != nil {
		pid, err := unix.Wait4(-1, &ws, flags|unix.WNOHANG, nil)
		if pid > 0 || (err != nil && err != unix.EINTR) {
			return pid, ws, err
		}
		t.flusher.Flush()
	}
	for {
		pid, err := unix.Wait4(-1, &ws, flags, nil)
		if err == unix.EINTR {
			continue
		}
		return pid, ws, err
	}
}

// dispatch classifies one wait result and handles it.
func (t *Tracer) dispatch(tid int, ws unix.WaitStatus) error {
	task := t.tasks[tid]
	if task == nil {
		// Not ours (a stray child): nothing to do.
		return nil
	}
	switch {
	case ws.Exited():
		return t.exited(task, ws.ExitStatus())
	case ws.Signaled():
		t.killed(task, int(ws.Signal()), ws.CoreDump())
	case ws.Stopped():
		sig := ws.StopSignal()
		switch {
		case sig == unix.SIGTRAP|0x80:
			t.syscallStop(task)
		case sig == unix.SIGTRAP && ws.TrapCause() > 0:
			t.eventStop(task, ws.TrapCause())
		default:
			t.signalStop(task, int(sig))
		}
	}
	return nil
}

// syscallStop handles a syscall-entry or syscall-exit stop.
func (t *Tracer) syscallStop(task *Task) {
	if err := getSyscallInfo(task.Tid, &t.si); err != nil {
		// The task died under us (ESRCH); its exit will be reported.
		return
	}
	switch t.si.Op {
	case syscallInfoEntry:
		t.syscallEnter(task)
	case syscallInfoExit:
		t.syscallExit(task)
	default:
		// Not expected from a PTRACE_SYSCALL stop; keep the task going.
		t.resume(task, 0)
	}
}

func (t *Tracer) syscallEnter(task *Task) {
	abi := syscalls.ABIFromAudit(t.si.Arch, t.si.Nr)
	nr := t.si.Nr
	if abi == syscalls.X32 {
		nr &^= syscalls.X32SyscallBit
	}
	c := &task.Call
	*c = syscalls.Call{ABI: abi, Nr: nr, Args: t.si.Args, IP: t.si.InstructionPointer, SP: t.si.StackPointer}
	if tab := t.tables[abi]; tab != nil {
		c.Sys = tab.Lookup(nr)
	}
	task.InSyscall = true
	if task.state == statePreExec {
		if !isExec(c) {
			t.resume(task, 0)
			return
		}
		// The program's own first line: its execve.
		task.state = stateRunning
	}
	if task.state == stateExecFailed {
		t.resume(task, 0)
		return
	}
	t.apply(task, t.emit(SyscallEnter, task))
}

func (t *Tracer) syscallExit(task *Task) {
	c := &task.Call
	c.Ret = t.si.rval()
	c.Failed = t.si.isError()
	c.Exited = true
	task.InSyscall = false
	if task.state != stateRunning {
		t.resume(task, 0)
		return
	}
	act := t.emit(SyscallExit, task)
	if task == t.first && t.started != nil && isExec(c) && c.Failed {
		// The child reports the failure and exits; what it does until
		// then is forkexec's, not the program's.
		task.state = stateExecFailed
	}
	t.apply(task, act)
}

// isExec reports whether c is an execve or execveat.
func isExec(c *syscalls.Call) bool {
	switch c.Name() {
	case "execve", "execveat":
		return true
	}
	return false
}

// eventStop handles a PTRACE_EVENT_* stop.
func (t *Tracer) eventStop(task *Task, event int) {
	switch event {
	case unix.PTRACE_EVENT_EXEC:
		if task == t.first && t.started != nil {
			// The error pipe closed at the exec; nothing to report.
			t.started.Close()
			t.started = nil
		}
	}
	t.resume(task, 0)
}

// signalStop handles a stop for a signal: our child's own SIGSTOP, a
// signal about to be delivered, or a group-stop.
func (t *Tracer) signalStop(task *Task, sig int) {
	if task.state == stateStarting && sig == int(unix.SIGSTOP) {
		// forkexec's child stopped itself so we can set options before
		// it goes on. Swallow the SIGSTOP.
		if err := ptraceSetOptions(task.Tid, t.options); err != nil {
			// Without EXITKILL and TRACESYSGOOD we cannot trace
			// safely: kill the child.
			unix.Kill(task.Tid, unix.SIGKILL)
			return
		}
		task.state = statePreExec
		t.resume(task, 0)
		return
	}
	if err := ptraceGetSiginfo(task.Tid, &t.siginfo); err != nil {
		if err == unix.ESRCH {
			return
		}
		// EINVAL: a group-stop. A tracee that was not seized cannot be
		// left in it and be told of SIGCONT, so it is resumed.
		t.ev = Event{Kind: GroupStop, Task: task, Signal: sig}
		t.opts.Handler.Handle(&t.ev)
		t.resume(task, 0)
		return
	}
	if task.state != stateRunning {
		t.resume(task, sig)
		return
	}
	t.ev = Event{Kind: SignalDelivery, Task: task, Signal: sig, Siginfo: &t.siginfo, Mem: &task.mem}
	if t.opts.Handler.Handle(&t.ev) == KillTree {
		t.killTree()
	}
	t.resume(task, sig)
}

// exited handles a thread's exit.
func (t *Tracer) exited(task *Task, status int) error {
	var startErr error
	if task == t.first && t.started != nil {
		// Our child died before a successful execve: it left the failed
		// step on the error pipe.
		startErr = t.started.Err()
		t.started = nil
		if startErr != nil {
			t.ev = Event{Kind: StartFailed, Task: task, Err: startErr}
			t.opts.Handler.Handle(&t.ev)
			// As strace does, a program that could not be started
			// counts as one that exited with status 1.
			status = 1
		}
	}
	if task.state == stateRunning || task.state == stateExecFailed {
		t.ev = Event{Kind: Exited, Task: task, Status: status}
		t.opts.Handler.Handle(&t.ev)
	}
	if task == t.first {
		t.result = Result{ExitStatus: status}
	}
	t.removeTask(task)
	return startErr
}

// killed handles a thread killed by a signal.
func (t *Tracer) killed(task *Task, sig int, core bool) {
	if task.state == stateRunning {
		t.ev = Event{Kind: Killed, Task: task, Signal: sig, Core: core}
		t.opts.Handler.Handle(&t.ev)
	}
	if task == t.first {
		t.result = Result{Signal: sig, Core: core}
	}
	t.removeTask(task)
}

// emit reports a syscall event for task.
func (t *Tracer) emit(kind EventKind, task *Task) Action {
	t.ev = Event{Kind: kind, Task: task, Call: &task.Call, Mem: &task.mem}
	return t.opts.Handler.Handle(&t.ev)
}

// apply carries out a handler's action for task and resumes it.
func (t *Tracer) apply(task *Task, act Action) {
	if act == KillTree {
		t.killTree()
	}
	t.resume(task, 0)
}

// resume restarts task until its next syscall stop, delivering sig.
func (t *Tracer) resume(task *Task, sig int) {
	// ESRCH means the task died meanwhile (SIGKILL); its exit status is
	// on its way.
	ptraceRestart(unix.PTRACE_SYSCALL, task.Tid, sig)
}

// killTree kills every traced process.
func (t *Tracer) killTree() {
	t.mu.Lock()
	t.killing = true
	for pid := range t.live {
		unix.Kill(pid, unix.SIGKILL)
	}
	t.mu.Unlock()
}

func (t *Tracer) addTask(tid, pid int) *Task {
	task := &Task{Tid: tid, Pid: pid, state: stateRunning}
	task.mem.pid = tid
	t.tasks[tid] = task
	if tid == pid {
		t.mu.Lock()
		t.live[pid] = true
		t.mu.Unlock()
	}
	return task
}

func (t *Tracer) removeTask(task *Task) {
	delete(t.tasks, task.Tid)
	if task.Tid == task.Pid {
		t.mu.Lock()
		delete(t.live, task.Pid)
		t.mu.Unlock()
	}
}
