// Package tracer runs programs under ptrace and reports what they do as
// events.
//
// One goroutine, locked to its OS thread, forks the tracee (package
// forkexec) or attaches to running processes, then waits for stops and
// answers them: every ptrace and wait call comes from that thread, as
// ptrace requires. Each stop is classified (syscall entry or exit, signal
// delivery, group-stop, ptrace event, exit), turned into an Event for the
// Handler, and resumed according to the Handler's Action. Text output,
// JSON, summaries and policies are all Handlers.
package tracer

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer/policy"
)

// Options configures a Tracer.
type Options struct {
	// Handler receives every event. It must be set.
	Handler Handler
	// Follow traces the children and threads the tracees create (-f):
	// PTRACE_O_TRACECLONE, TRACEFORK and TRACEVFORK.
	Follow bool
	// Attach lists running processes to trace (-p), attached with
	// PTRACE_SEIZE; with Follow, every thread of each. Attached processes
	// are detached, not killed, when the trace is interrupted, and are not
	// killed if gotrace dies (no PTRACE_O_EXITKILL for them).
	Attach []int
	// Select, if set, is the set of syscalls to report (-e trace=); the
	// others are traced but not reported.
	Select *syscalls.Set
	// Prefilter loads a seccomp filter into the started program (and so
	// its descendants) that stops only at Select's syscalls: the others
	// never stop, and run at native speed. Attached processes cannot get
	// one; they stop at every call.
	Prefilter bool
	// Timestamps makes every event carry the time its stop was seen
	// (Event.Time, Call.EnterTime, Call.ExitTime): -t, -T, -r, JSON.
	Timestamps bool
	// Rusage makes syscall stops carry the thread's system CPU time
	// (Call.EnterStime, ExitStime), which wait4 reports with each stop: -c.
	// The Result then also has the first process's resource usage.
	Rusage bool
	// Policy, if set, is enforced on the started program: compiled into
	// its seccomp filter (the kernel decides; calls it does not allow
	// stop so that the tracer reports them first, as Violation events).
	// With a policy, Select says which allowed calls are also shown.
	Policy *policy.Policy
	// MaxTasks, if positive, is how many tasks (threads and processes)
	// may be alive at once: one more is reported as a LimitHit.
	MaxTasks int
}

// Result is how the traced program ended.
type Result struct {
	// ExitStatus is the first process's exit status, when it exited.
	ExitStatus int
	// Signal is the signal that killed the first process, or 0.
	Signal int
	// Core is set when that signal dumped core.
	Core bool
	// Rusage is the first process's resource usage at its end (its
	// threads and reaped children included), with Options.Rusage.
	Rusage unix.Rusage
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
	// stateNew: a task auto-attached by a clone, fork or vfork, or by
	// PTRACE_SEIZE, before its first stop (SIGSTOP, or PTRACE_EVENT_STOP
	// when seized), which is swallowed.
	stateNew
	// stateRunning: an ordinary tracee.
	stateRunning
	// stateExecFailed: our child's execve failed; it is about to report
	// the error and exit, which is not the program's doing either.
	stateExecFailed
	// stateExecSeized: our child started with forkexec's Vfork, seized
	// after its execve (seizeStarted): the PTRACE_EVENT_STOP and the
	// SIGCONT of the seizing are ours and not reported; the SIGCONT
	// makes it the program.
	stateExecSeized
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
	// Attached is set for tasks of processes attached with -p and their
	// descendants: they are detached, not killed, at an interrupt.
	Attached bool
	// Seized is set for tasks attached with PTRACE_SEIZE (and their
	// descendants), whose group-stops are held with PTRACE_LISTEN.
	Seized bool

	// interrupted is the syscall a restart_syscall would resume: the last
	// one that returned ERESTART_RESTARTBLOCK.
	interrupted *syscalls.Syscall
	// filtered: the task runs under our seccomp prefilter, so it is
	// resumed with PTRACE_CONT between calls and stops only at selected
	// ones (PTRACE_EVENT_SECCOMP).
	filtered bool
	// hidden: the current call is not selected; its stops are not
	// reported.
	hidden bool
	// silent: the task is traced only because it inherited the
	// prefilter (a child or thread when -f was not given): without a
	// tracer its selected calls would fail with ENOSYS. It is resumed at
	// every stop and nothing of it is reported.
	silent bool
	// needExit: the tracer must see the current call's exit (a memory
	// call under a memory limit, an errno the policy injects).
	needExit bool
	// memCheck: the current call's ENOMEM means the memory limit.
	memCheck bool
	// injectRet: the return value a policy's errno rule sets at the exit
	// (for ABIs where it cannot be set at the seccomp stop).
	injectRet    int64
	hasInjectRet bool
	state        taskState
	detaching    bool
	mem          procMemory
}

// Tracer traces one program and its descendants, or attached processes.
// Use a Tracer once.
type Tracer struct {
	opts    Options
	flusher Flusher
	tables  [syscalls.NumABIs]*syscalls.Table
	// lastYield is when the loop last went through the Go scheduler
	// (yieldNow).
	lastYield time.Time

	tasks map[int]*Task
	// firstPid is the process Run started, whose end is the Result.
	firstPid int
	started  *forkexec.Started
	// vfork: the first process was started with forkexec's Vfork; its
	// first stop is the SIGTRAP of its execve (canVfork).
	vfork bool
	// vforkStart keeps that child's Started until its execve, whose
	// stops the tracer could not see, is reported (reportStartExec);
	// vforkEnter and vforkExit* are the times of its entry (the fork) and
	// exit (the SIGTRAP).
	vforkStart     *forkexec.Started
	vforkEnter     time.Time
	vforkExit      time.Time
	vforkExitStime time.Duration
	result         Result
	// options are the PTRACE_O_* flags of started tracees; attached ones
	// get the same without EXITKILL.
	options int
	// sentinel is a child that does nothing; killing it wakes the loop
	// from wait4, which is how another goroutine asks it to detach.
	sentinel int
	// detaching is set once the loop has begun detaching attached tasks.
	detaching bool
	// silentChildren: a seccomp filter was loaded without Follow, so
	// children and threads are followed anyway, silently (Task.silent).
	silentChildren bool
	// compiled is the policy as compiled into the filter.
	compiled *policy.Compiled
	// ownPgid is the process group the program was started in, when it
	// got one of its own (Spec.Setpgid).
	ownPgid int

	// ev, si and siginfo are reused for every stop so the loop does not
	// allocate.
	ev      Event
	si      syscallInfo
	siginfo Siginfo
	// now and stime are the time of the stop being handled and the
	// stopped thread's system time, when asked for.
	now   time.Time
	stime time.Duration
	ru    unix.Rusage

	// Shared with Interrupt, which other goroutines call.
	mu sync.Mutex
	// live is the set of processes started by Run (and their
	// descendants): an interrupt signals them.
	live map[int]bool
	// interrupted is the signal an interrupt asked for, 0 if none.
	interrupted unix.Signal
	killing     bool
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
	// EXITKILL: if gotrace dies, every tracee it started dies with it
	// instead of running on untraced. TRACESYSGOOD tells syscall stops
	// from SIGTRAPs; TRACEEXEC turns exec's SIGTRAP into an event stop.
	t.options = unix.PTRACE_O_TRACESYSGOOD | unix.PTRACE_O_TRACEEXEC | unix.PTRACE_O_EXITKILL
	if opts.Follow {
		t.options |= unix.PTRACE_O_TRACECLONE | unix.PTRACE_O_TRACEFORK | unix.PTRACE_O_TRACEVFORK
	}
	return t
}

// Tables returns the syscall tables the tracer names calls with, by ABI.
func (t *Tracer) Tables() [syscalls.NumABIs]*syscalls.Table { return t.tables }

// Run starts the program described by spec as a tracee (spec may be nil
// when the tracer only attaches, see Options.Attach) and traces until
// every tracee is gone. It locks the calling goroutine to its OS thread
// for the duration; several Tracers may run at once on different
// goroutines.
//
// Run returns an error only when the program could not be started (after a
// StartFailed event), no process could be attached, or tracing broke down;
// the program's own failure is in the Result.
func (t *Tracer) Run(spec *forkexec.Spec) (*Result, error) {
	if t.opts.Handler == nil {
		return nil, errors.New("tracer: no handler")
	}
	if spec == nil && len(t.opts.Attach) == 0 {
		return nil, errors.New("tracer: nothing to trace")
	}
	defaultSIGCHLD()
	atLeastTwoPs()
	runtime.LockOSThread()
	// The thread is unlocked only once nothing is traced any more: if Run
	// gives up with tracees left, the goroutine ends still locked, the
	// runtime ends the thread, and the kernel ends (EXITKILL) or detaches
	// the tracees.
	if len(t.opts.Attach) > 0 {
		pid, err := forkexec.StartSentinel()
		if err != nil {
			runtime.UnlockOSThread()
			return nil, fmt.Errorf("tracer: %w", err)
		}
		t.sentinel = pid
		if err := t.attachAll(); err != nil && spec == nil {
			// Nothing attached and nothing to start. (With a program
			// to start, failed attachments were reported and the
			// trace goes on, as strace's does.)
			t.stopSentinel()
			runtime.UnlockOSThread()
			return nil, err
		}
	}
	if spec != nil {
		s := *spec
		s.Ptrace = true
		filter, err := t.filterProgram()
		if err != nil {
			t.cleanupAfterStartError()
			return nil, err
		}
		if filter != nil && !t.opts.Follow {
			// The filter is inherited by every child and thread, and a
			// SECCOMP_RET_TRACE with no tracer fails the call with
			// ENOSYS: follow them all, without reporting them (strace
			// instead turns --seccomp-bpf off without -f).
			t.silentChildren = true
			t.options |= unix.PTRACE_O_TRACECLONE | unix.PTRACE_O_TRACEFORK | unix.PTRACE_O_TRACEVFORK
		}
		if filter != nil {
			s.Seccomp = filter
			t.options |= unix.PTRACE_O_TRACESECCOMP
		}
		s.Vfork = t.canVfork(&s)
		t.vfork = s.Vfork
		if t.vfork {
			// Until seizeStarted has set EXITKILL (its DETACH and
			// SEIZE leave a moment untraced), our death must still
			// end the program.
			s.Pdeathsig = unix.SIGKILL
		}
		if t.vfork && t.opts.Timestamps {
			t.vforkEnter = time.Now()
		}
		started, err := forkexec.Start(&s)
		if err != nil {
			t.cleanupAfterStartError()
			return nil, err
		}
		t.started = started
		if t.vfork {
			t.vforkStart = started
		}
		t.firstPid = started.Pid
		if s.Setpgid {
			t.ownPgid = started.Pid
		}
		first := t.addTask(started.Pid, started.Pid, nil)
		first.state = stateStarting
		first.filtered = s.Seccomp != nil
		t.emitNewTask(first, nil)
	}

	var runErr error
	// A trace shorter than yieldPeriod never yields: each yield may make
	// the runtime start a thread, 0.2 ms here.
	t.lastYield = time.Now()
	for len(t.tasks) > 0 {
		tid, ws, err := t.wait()
		if err != nil {
			if err == unix.ECHILD {
				break
			}
			runErr = fmt.Errorf("tracer: wait4: %w", err)
			break
		}
		if e := t.dispatch(tid, ws); e != nil && runErr == nil {
			runErr = e
		}
		if !t.detaching && t.interruptRequested() {
			t.beginDetach()
		}
		t.yieldNow()
	}
	if t.flusher != nil {
		t.flusher.Flush()
	}
	if t.started != nil {
		t.started.Close()
	}
	t.stopSentinel()
	if len(t.tasks) > 0 {
		// wait4 broke down with tracees left: leave the thread locked so
		// that it ends with the goroutine.
		return &t.result, runErr
	}
	runtime.UnlockOSThread()
	return &t.result, runErr
}

// cleanupAfterStartError gives up after forkexec.Start failed: attached
// processes are let go of.
func (t *Tracer) cleanupAfterStartError() {
	if len(t.tasks) > 0 {
		t.requestInterrupt(0)
		t.beginDetach()
		for len(t.tasks) > 0 {
			tid, ws, err := t.wait()
			if err != nil {
				break
			}
			t.dispatch(tid, ws)
		}
	}
	t.stopSentinel()
	if len(t.tasks) == 0 {
		runtime.UnlockOSThread()
	}
}

// Interrupt asks the tracer to end the trace, as a signal to gotrace does:
// processes Run started (and their descendants) get sig; attached
// processes are detached and go on running. It is safe to call from any
// goroutine.
func (t *Tracer) Interrupt(sig unix.Signal) {
	t.requestInterrupt(sig)
}

func (t *Tracer) requestInterrupt(sig unix.Signal) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.interrupted == 0 {
		t.interrupted = sig
		if sig == 0 {
			t.interrupted = unix.SIGTERM
		}
	}
	if sig != 0 {
		for pid := range t.live {
			unix.Kill(pid, sig)
		}
	}
	if t.sentinel > 0 {
		// Wake the loop so that it detaches.
		unix.Kill(t.sentinel, unix.SIGKILL)
	}
}

func (t *Tracer) interruptRequested() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.interrupted != 0
}

// stopSentinel kills and reaps the sentinel child, if any.
func (t *Tracer) stopSentinel() {
	t.mu.Lock()
	pid := t.sentinel
	t.sentinel = 0
	t.mu.Unlock()
	if pid > 0 {
		unix.Kill(pid, unix.SIGKILL)
		var ws unix.WaitStatus
		for {
			_, err := unix.Wait4(pid, &ws, unix.WALL|unix.WNOTHREAD, nil)
			if err != unix.EINTR {
				break
			}
		}
	}
}

// yieldPeriod is how long the tracer loop runs before it yields to the Go
// scheduler once. The yield comes at the first stop after the period, so
// the period stays under the runtime's forcePreemptNS (10 ms) by a margin
// for the time between two stops; each yield costs two thread switches,
// so it is not much shorter.
const yieldPeriod = 8 * time.Millisecond

// yieldNow goes through the Go scheduler once every yieldPeriod.
//
// The loop never blocks in Go, so the runtime sees one goroutine running
// on the same scheduling tick for as long as the trace lasts. Once that
// passes 10 ms, sysmon treats it as a goroutine to preempt: at each of its
// ticks it takes the P away while the thread is in wait4 or ptrace, which
// keeps sysmon itself polling every 20 µs (its back-off resets at every
// retake) and sends each return from a syscall down the slow path. On a
// two-CPU machine those wake-ups compete with the tracee. A Gosched now
// and then starts a new tick and costs a few context switches.
func (t *Tracer) yieldNow() {
	// stamp has read the clock already when timestamps are on.
	now := t.now
	if !t.opts.Timestamps {
		now = time.Now()
	}
	if now.Sub(t.lastYield) < yieldPeriod {
		return
	}
	t.lastYield = now
	runtime.Gosched()
}

// atLeastTwoPs raises GOMAXPROCS to 2 when it is 1 (one CPU, or a CPU
// quota under 2).
//
// The tracer thread spends most of its time blocked in wait4. When no P
// is idle meanwhile, sysmon takes the tracer's P away at its next tick
// (20 µs), since it cannot tell a tracer waiting for its tracee from a
// goroutine stuck in a system call; every retake then resets sysmon's
// back-off, so it keeps polling every 20 µs for as long as the trace
// lasts. With a second P, one is idle while the tracer waits and sysmon
// leaves it alone. The extra P costs nothing while nothing else runs.
func atLeastTwoPs() {
	if runtime.GOMAXPROCS(0) < 2 {
		runtime.GOMAXPROCS(2)
	}
}

// wait returns the next stop or exit of a tracee: one wait4 per stop.
// (Handlers keep their output fresh on their own; see tracer/output.)
func (t *Tracer) wait() (int, unix.WaitStatus, error) {
	var ws unix.WaitStatus
	// __WALL: threads and non-SIGCHLD children too. __WNOTHREAD: only
	// this thread's tracees and children, so that several Tracers in one
	// process never take each other's stops.
	const flags = unix.WALL | unix.WNOTHREAD
	var ru *unix.Rusage
	if t.opts.Rusage {
		ru = &t.ru
	}
	for {
		pid, err := unix.Wait4(-1, &ws, flags, ru)
		if err == unix.EINTR {
			continue
		}
		t.stamp()
		return pid, ws, err
	}
}

// stamp records the time and system time of the stop just waited for.
func (t *Tracer) stamp() {
	if t.opts.Timestamps {
		t.now = time.Now()
	}
	if t.opts.Rusage {
		t.stime = time.Duration(t.ru.Stime.Nano())
	}
}

// dispatch classifies one wait result and handles it.
func (t *Tracer) dispatch(tid int, ws unix.WaitStatus) error {
	if tid == t.sentinel && t.sentinel > 0 && (ws.Exited() || ws.Signaled()) {
		t.mu.Lock()
		t.sentinel = 0
		t.mu.Unlock()
		return nil
	}
	task := t.tasks[tid]
	if task == nil {
		if !ws.Stopped() {
			// The end of a task we never saw stop: nothing to report.
			return nil
		}
		// A new child whose first stop came before its parent's clone
		// event.
		task = t.unannouncedTask(tid, ws)
	}
	switch {
	case ws.Exited():
		return t.exited(task, ws.ExitStatus())
	case ws.Signaled():
		t.killed(task, int(ws.Signal()), ws.CoreDump())
		return nil
	}
	if !ws.Stopped() {
		return nil
	}
	sig := ws.StopSignal()
	event := int(ws>>16) & 0xff
	if task.detaching {
		t.detach(task, sig, event)
		return nil
	}
	switch {
	case sig == unix.SIGTRAP|0x80:
		t.syscallStop(task)
	case event == unix.PTRACE_EVENT_STOP:
		t.eventStopStop(task, sig)
	case event == unix.PTRACE_EVENT_SECCOMP:
		// Our filter stopped a call at its entry: selected for display,
		// or judged by the policy.
		if err := getSyscallInfo(task.Tid, &t.si); err != nil {
			return nil
		}
		if t.si.Op != syscallInfoSeccomp {
			t.resume(task, 0)
			return nil
		}
		t.seccompStop(task, uint16(t.si.RetData))
	case event != 0:
		t.eventStop(task, event)
	default:
		t.signalStop(task, int(sig))
	}
	return nil
}

// unannouncedTask makes the task for a tid whose parent has not reported
// the clone yet. Its process id comes from /proc.
func (t *Tracer) unannouncedTask(tid int, ws unix.WaitStatus) *Task {
	pid := tgidOf(tid)
	if pid <= 0 {
		pid = tid
	}
	task := t.addTask(tid, pid, t.tasks[pid])
	task.state = stateNew
	task.Seized = int(ws>>16)&0xff == unix.PTRACE_EVENT_STOP
	t.emitNewTask(task, nil)
	return task
}

// tgidOf reads a thread's process id from /proc.
func tgidOf(tid int) int {
	f, err := os.Open("/proc/" + strconv.Itoa(tid) + "/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "Tgid:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	return 0
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
	t.fillCall(task)
	t.enterCall(task, false)
}

// fillCall sets task.Call from the entry (or seccomp) stop just read.
func (t *Tracer) fillCall(task *Task) {
	abi := syscalls.ABIFromAudit(t.si.Arch, t.si.Nr)
	nr := t.si.Nr
	if abi == syscalls.X32 {
		nr &^= syscalls.X32SyscallBit
	}
	c := &task.Call
	*c = syscalls.Call{ABI: abi, Nr: nr, Args: t.si.Args, IP: t.si.InstructionPointer, SP: t.si.StackPointer,
		EnterTime: t.now, EnterStime: t.stime}
	if tab := t.tables[abi]; tab != nil {
		c.Sys = tab.Lookup(nr)
	}
	if c.Name() == "restart_syscall" {
		c.Resuming = task.interrupted
	}
	t.demultiplex(task, c)
	task.InSyscall = true
	task.hidden = false
	task.needExit = false
}

// enterCall reports the call task is entering, unless it is not selected
// (force shows it anyway: a policy violation), and resumes the task.
func (t *Tracer) enterCall(task *Task, force bool) {
	c := &task.Call
	switch task.state {
	case statePreExec:
		if !isExec(c) {
			t.resume(task, 0)
			return
		}
		// The program's own first line: its execve.
		task.state = stateRunning
	case stateExecFailed:
		t.resume(task, 0)
		return
	}
	if !force && (task.silent || t.opts.Select != nil && !t.opts.Select.Has(c.ABI, c.Nr)) {
		task.hidden = true
		if task.filtered && !task.needExit {
			// Nothing to see at its exit either: run on to the next
			// selected call.
			task.InSyscall = false
		}
		t.resume(task, 0)
		return
	}
	t.apply(task, t.emit(SyscallEnter, task))
}

// erestartRestartblock is the kernel's ERESTART_RESTARTBLOCK: the call
// will be resumed by restart_syscall.
const erestartRestartblock = 516

func (t *Tracer) syscallExit(task *Task) {
	c := &task.Call
	if !task.InSyscall {
		// An exit whose entry we never saw (we attached during the
		// call): there is nothing to pair it with.
		t.resume(task, 0)
		return
	}
	if task.hasInjectRet {
		setReturn(task.Tid, task.injectRet)
		task.hasInjectRet = false
		t.si.Nr = uint64(task.injectRet)
		t.si.Args[0] = 1
	}
	c.Ret = t.si.rval()
	c.Failed = t.si.isError()
	c.Exited = true
	c.ExitTime, c.ExitStime = t.now, t.stime
	if task.memCheck && (c.Failed && c.Ret == -int64(unix.ENOMEM) || brkRefused(c)) {
		task.memCheck = false
		t.ev = Event{Kind: LimitHit, Task: task, Call: c, Limit: "memory"}
		if t.handle() == KillTree {
			t.killTree()
		}
	}
	task.InSyscall = false
	if c.Failed && c.Ret == -erestartRestartblock {
		task.interrupted = c.Sys
	}
	if task.state != stateRunning || task.hidden {
		t.resume(task, 0)
		return
	}
	act := t.emit(SyscallExit, task)
	if task.Tid == t.firstPid && t.started != nil && isExec(c) && c.Failed {
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

// eventStop handles a PTRACE_EVENT_* stop other than PTRACE_EVENT_STOP.
func (t *Tracer) eventStop(task *Task, event int) {
	switch event {
	case unix.PTRACE_EVENT_EXEC:
		task = t.execEvent(task)
	case unix.PTRACE_EVENT_CLONE, unix.PTRACE_EVENT_FORK, unix.PTRACE_EVENT_VFORK:
		t.cloneEvent(task, event)
	}
	t.resume(task, 0)
}

// cloneEvent registers the child a clone, fork or vfork made. The child's
// own first stop may already have been seen (unannouncedTask).
func (t *Tracer) cloneEvent(parent *Task, event int) {
	msg, err := ptraceGetEventMsg(parent.Tid)
	if err != nil || msg == 0 {
		return
	}
	tid := int(msg)
	if child := t.tasks[tid]; child != nil {
		// Its first stop came first; it only lacked its parent.
		child.Attached = parent.Attached
		child.Seized = parent.Seized
		return
	}
	pid := tid
	if event == unix.PTRACE_EVENT_CLONE && t.cloneIsThread(parent, tid) {
		pid = parent.Pid
	}
	child := t.addTask(tid, pid, parent)
	child.state = stateNew
	child.Attached = parent.Attached
	child.Seized = parent.Seized
	t.emitNewTask(child, parent)
}

// brkRefused reports whether a brk call was refused: brk does not fail,
// it returns the old break, below the one asked for.
func brkRefused(c *syscalls.Call) bool {
	return c.Name() == "brk" && c.Args[0] != 0 && uint64(c.Ret) < c.Args[0]
}

// cloneThread is CLONE_THREAD.
const cloneThread = 0x10000

// cloneIsThread reports whether the parent's current clone or clone3,
// which made child, creates a thread (CLONE_THREAD): from the call's flags
// (clone3's read from its struct) when the tracer saw the call's entry,
// else from /proc. Under a seccomp filter that does not select clone, the
// parent's Call is an earlier call's, and a thread taken for a process
// would be given a process id of its own (a policy would then see a
// signal to it as one to a process outside the traced ones).
func (t *Tracer) cloneIsThread(parent *Task, child int) bool {
	c := &parent.Call
	if parent.InSyscall {
		switch c.Name() {
		case "clone":
			return c.Args[0]&cloneThread != 0
		case "clone3":
			var b [8]byte
			if n, _ := parent.mem.Read(c.Args[0], b[:]); n == 8 {
				return binary.LittleEndian.Uint64(b[:])&cloneThread != 0
			}
		}
	}
	tgid := tgidOf(child)
	return tgid != 0 && tgid == parent.Pid
}

// execEvent handles PTRACE_EVENT_EXEC. When a thread other than the leader
// exec'd, the kernel has given it the leader's id and the leader is gone
// without an exit of its own; the returned task is the exec'ing one under
// its new id.
func (t *Tracer) execEvent(task *Task) *Task {
	if task.Tid == t.firstPid && t.started != nil {
		// The error pipe closed at the exec; nothing to report.
		t.started.Close()
		t.started = nil
	}
	if task.state == statePreExec {
		// Under a prefilter that does not select execve, the exec
		// event is the first sign of the program.
		task.state = stateRunning
	}
	former := task.Tid
	if msg, err := ptraceGetEventMsg(task.Tid); err == nil && msg != 0 {
		former = int(msg)
	}
	var leader *Task
	if former != task.Tid {
		if execer := t.tasks[former]; execer != nil {
			leader = task
			delete(t.tasks, leader.Tid)
			delete(t.tasks, former)
			execer.Tid = leader.Tid
			execer.Pid = leader.Pid
			execer.mem = procMemory{pid: leader.Tid}
			t.tasks[execer.Tid] = execer
			task = execer
		}
	}
	if task.state == stateRunning {
		t.ev = Event{Kind: Exec, Task: task, OldTid: former, Leader: leader, Mem: &task.mem}
		t.handle()
	}
	return task
}

// eventStopStop handles PTRACE_EVENT_STOP, the stops of seized tracees: a
// task's first stop, a group-stop, or a trap after PTRACE_INTERRUPT or
// SIGCONT.
func (t *Tracer) eventStopStop(task *Task, sig unix.Signal) {
	if task.state == statePreExec || task.state == stateExecSeized {
		// The stop PTRACE_SEIZE caused in our stopped child, or the
		// SIGCONT that ended it.
		t.resume(task, 0)
		return
	}
	if task.state == stateNew {
		task.state = stateRunning
		if t.detaching && task.Attached {
			t.detach(task, sig, unix.PTRACE_EVENT_STOP)
			return
		}
	}
	switch sig {
	case unix.SIGSTOP, unix.SIGTSTP, unix.SIGTTIN, unix.SIGTTOU:
		// A group-stop: report it and keep the tracee stopped until
		// SIGCONT, without letting it run (PTRACE_LISTEN).
		t.ev = Event{Kind: GroupStop, Task: task, Signal: int(sig)}
		t.handle()
		ptraceRestart(unix.PTRACE_LISTEN, task.Tid, 0)
		return
	}
	t.resume(task, 0)
}

// signalStop handles a stop for a signal: our child's own SIGSTOP, a new
// task's first SIGSTOP, a signal about to be delivered, or a group-stop of
// a tracee that was not seized.
func (t *Tracer) signalStop(task *Task, sig int) {
	switch {
	case task.state == stateStarting && (sig == int(unix.SIGSTOP) || t.vfork && sig == int(unix.SIGTRAP)):
		// forkexec's child stopped itself so we can set options before
		// it goes on; or, started with Vfork, it could not stop before
		// its execve and this is the SIGTRAP of that execve.
		if err := t.seizeStarted(task); err != nil {
			// Without EXITKILL and TRACESYSGOOD we cannot trace
			// safely: kill the child.
			unix.Kill(task.Tid, unix.SIGKILL)
		}
		return
	case task.state == stateNew && sig == int(unix.SIGSTOP):
		// An auto-attached child's first stop.
		task.state = stateRunning
		t.resume(task, 0)
		return
	}
	if err := ptraceGetSiginfo(task.Tid, &t.siginfo); err != nil {
		if err == unix.ESRCH {
			return
		}
		// EINVAL: a group-stop of a tracee that was not seized. Such a
		// tracee cannot be held stopped and still be told of SIGCONT,
		// so it is reported and resumed, as strace does without
		// PTRACE_SEIZE.
		if task.state == stateRunning {
			t.ev = Event{Kind: GroupStop, Task: task, Signal: sig}
			t.handle()
		}
		t.resume(task, 0)
		return
	}
	if task.state != stateRunning {
		if sig == int(unix.SIGCONT) || sig == int(unix.SIGSTOP) {
			// Ours, from seizeStarted: the program never sees them.
			sig = 0
		}
		if task.state == stateExecSeized && sig == 0 {
			// The end of the seizing: from here on it is the
			// program, which has exec'd already.
			task.state = stateRunning
			t.reportStartExec(task, 0)
		}
		t.resume(task, sig)
		return
	}
	t.ev = Event{Kind: SignalDelivery, Task: task, Signal: sig, Siginfo: &t.siginfo, Mem: &task.mem}
	if t.handle() == KillTree {
		t.killTree()
	}
	t.resume(task, sig)
}

// seizeStarted turns our child, a PTRACE_TRACEME tracee stopped by its own
// SIGSTOP, into a seized one with our options set. Only seized tracees can
// be held in a group-stop (PTRACE_LISTEN) and still be told of SIGCONT; a
// tracee that was not seized would have to be resumed from a SIGSTOP, so
// that job control would not stop it. Children it makes inherit the
// seized state.
//
// The child is detached into a group-stop (SIGSTOP), so it cannot run
// while it is untraced, then seized and sent SIGCONT; the stops that
// follow are its pre-exec ones, which are not reported.
func (t *Tracer) seizeStarted(task *Task) error {
	if err := ptraceRestart(unix.PTRACE_DETACH, task.Tid, int(unix.SIGSTOP)); err != nil {
		return err
	}
	var ws unix.WaitStatus
	for {
		_, err := unix.Wait4(task.Tid, &ws, unix.WALL|unix.WUNTRACED, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		break
	}
	if !ws.Stopped() {
		return fmt.Errorf("tracer: child did not stop: %v", ws)
	}
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_SEIZE, uintptr(task.Tid), 0, uintptr(t.options), 0, 0)
	if e != 0 {
		return e
	}
	task.Seized = true
	task.state = statePreExec
	if t.vfork {
		// The SIGTRAP was its execve's: the error pipe has closed.
		task.state = stateExecSeized
		t.vforkExit, t.vforkExitStime = t.now, t.stime
		if t.started != nil {
			t.started.Close()
			t.started = nil
		}
	}
	return unix.Kill(task.Tid, unix.SIGCONT)
}

// canVfork reports whether our child can be started with forkexec's
// Vfork, which does not copy our address space but gives the tracer no
// stop before or at the child's execve (reportStartExec shows it anyway):
// not when a prefilter would trace that execve (the kernel fails a
// SECCOMP_RET_TRACE with ENOSYS before PTRACE_O_TRACESECCOMP is set), nor
// when a policy is enforced (it wants PTRACE_O_EXITKILL in force before
// the program runs), nor for execveat from a descriptor.
func (t *Tracer) canVfork(s *forkexec.Spec) bool {
	if t.opts.Policy != nil || s.ExecFd > 0 {
		return false
	}
	if len(s.Seccomp) == 0 {
		return true
	}
	tab := t.tables[NativeABI]
	if tab == nil || t.opts.Select == nil {
		return false
	}
	for _, name := range []string{"execve", "execveat"} {
		if sc := tab.ByName(name); sc == nil || t.opts.Select.Has(NativeABI, uint64(sc.Nr)) {
			return false
		}
	}
	return true
}

// reportStartExec reports the execve of a child started with Vfork, which
// the tracer could not stop at: errno 0 once it has exec'd (its SIGTRAP),
// the error when it failed. Its arguments are read from our own memory,
// which the child shared until then, so they are what the kernel read.
func (t *Tracer) reportStartExec(task *Task, errno unix.Errno) {
	st := t.vforkStart
	t.vforkStart = nil
	var sc *syscalls.Syscall
	if tab := t.tables[NativeABI]; tab != nil {
		// By number: a lookup by name would build the table's name
		// index, which nothing else in a plain trace needs.
		sc = tab.Lookup(unix.SYS_EXECVE)
	}
	if st == nil || sc == nil {
		return
	}
	path, argv, envp := st.ExecArgs()
	c := &task.Call
	*c = syscalls.Call{ABI: NativeABI, Nr: uint64(sc.Nr), Sys: sc,
		Args: [6]uint64{uint64(path), uint64(argv), uint64(envp)}, EnterTime: t.vforkEnter}
	shown := !task.silent && (t.opts.Select == nil || t.opts.Select.Has(NativeABI, c.Nr))
	own := procMemory{pid: os.Getpid()}
	emitOwn := func(kind EventKind) {
		programs := task.mem
		task.mem = own
		t.emit(kind, task)
		task.mem = programs
	}
	task.hidden = false
	if shown {
		task.InSyscall = true
		emitOwn(SyscallEnter)
	}
	if errno == 0 {
		t.ev = Event{Kind: Exec, Task: task, OldTid: task.Tid, Mem: &task.mem}
		t.handle()
	}
	c.Exited = true
	c.Ret = -int64(errno)
	c.Failed = errno != 0
	c.ExitTime, c.ExitStime = t.vforkExit, t.vforkExitStime
	if errno != 0 {
		c.ExitTime, c.ExitStime = t.now, t.stime
	}
	if shown {
		emitOwn(SyscallExit)
		task.InSyscall = false
	}
	runtime.KeepAlive(st)
}

// exited handles a thread's exit.
func (t *Tracer) exited(task *Task, status int) error {
	if task.Tid == t.firstPid {
		// The program's end is reported even when a silent thread
		// exec'd and took the first process's id: strace, its parent,
		// reports it too.
		task.silent = false
	}
	var startErr error
	if task.Tid == t.firstPid && t.started != nil {
		// Our child died before a successful execve: it left the failed
		// step on the error pipe.
		startErr = t.started.Err()
		t.started = nil
		var ce *forkexec.ChildError
		if t.vfork && task.state == stateStarting && errors.As(startErr, &ce) && ce.Step == forkexec.StepExec {
			// Its execve failed, which the tracer could not stop at:
			// show it as strace does, then the error.
			t.reportStartExec(task, ce.Errno)
			task.state = stateExecFailed
		}
		if startErr != nil {
			t.ev = Event{Kind: StartFailed, Task: task, Err: startErr}
			t.handle()
			// As strace does, a program that could not be started
			// counts as one that exited with status 1.
			status = 1
		}
	}
	if task.state == stateRunning || task.state == stateExecFailed {
		t.ev = Event{Kind: Exited, Task: task, Status: status}
		t.handle()
	}
	if task.Tid == t.firstPid {
		t.result = Result{ExitStatus: status, Rusage: t.ru}
	}
	t.removeTask(task)
	return startErr
}

// killed handles a thread killed by a signal.
func (t *Tracer) killed(task *Task, sig int, core bool) {
	if task.Tid == t.firstPid {
		task.silent = false
	}
	if task.state == stateRunning {
		t.ev = Event{Kind: Killed, Task: task, Signal: sig, Core: core}
		t.handle()
	}
	if task.Tid == t.firstPid {
		t.result = Result{Signal: sig, Core: core, Rusage: t.ru}
	}
	t.removeTask(task)
}

// emit reports a syscall event for task.
func (t *Tracer) emit(kind EventKind, task *Task) Action {
	t.ev = Event{Kind: kind, Task: task, Call: &task.Call, Mem: &task.mem}
	return t.handle()
}

func (t *Tracer) emitNewTask(task, parent *Task) {
	t.ev = Event{Kind: NewTask, Task: task, Parent: parent}
	t.handle()
	if t.opts.MaxTasks > 0 && len(t.tasks) > t.opts.MaxTasks {
		// The new task is stopped at its first stop (or about to be):
		// it runs nothing before the handler decides.
		t.ev = Event{Kind: LimitHit, Task: task, Limit: "processes"}
		if t.handle() == KillTree {
			t.killTree()
		}
	}
}

// apply carries out a handler's action for task and resumes it.
func (t *Tracer) apply(task *Task, act Action) {
	if act == KillTree {
		t.killTree()
	}
	t.resume(task, 0)
}

// resume restarts task until its next stop, delivering sig: the next
// syscall stop, or for a task under our prefilter between calls, the next
// selected call's seccomp stop (PTRACE_CONT).
func (t *Tracer) resume(task *Task, sig int) {
	req := unix.PTRACE_SYSCALL
	if task.filtered && !task.InSyscall {
		req = unix.PTRACE_CONT
	}
	// ESRCH means the task died meanwhile (SIGKILL); its exit status is
	// on its way.
	ptraceRestart(req, task.Tid, sig)
}

// killTree kills every traced process.
func (t *Tracer) killTree() {
	t.mu.Lock()
	t.killing = true
	t.mu.Unlock()
	for _, task := range t.tasks {
		if task.Tid == task.Pid {
			unix.Kill(task.Pid, unix.SIGKILL)
		}
	}
}

// addTask registers a task; it inherits from parent whether it belongs to
// an attached process and whether it is seized.
func (t *Tracer) addTask(tid, pid int, parent *Task) *Task {
	return t.addTaskAttached(tid, pid, parent, parent != nil && parent.Attached)
}

func (t *Tracer) addTaskAttached(tid, pid int, parent *Task, attached bool) *Task {
	task := &Task{Tid: tid, Pid: pid, state: stateRunning, Attached: attached}
	task.silent = t.silentChildren && tid != t.firstPid
	task.mem.pid = tid
	if parent != nil {
		task.Seized = parent.Seized
		// Seccomp filters are inherited across clone, fork and vfork.
		task.filtered = parent.filtered
	}
	t.tasks[tid] = task
	if tid == pid && !task.Attached {
		t.mu.Lock()
		t.live[pid] = true
		t.mu.Unlock()
	}
	return task
}

func (t *Tracer) removeTask(task *Task) {
	if t.tasks[task.Tid] == task {
		delete(t.tasks, task.Tid)
	}
	if task.Tid == task.Pid {
		t.mu.Lock()
		delete(t.live, task.Pid)
		t.mu.Unlock()
	}
}

// handle passes t.ev, stamped with the stop's time, to the handler.
func (t *Tracer) handle() Action {
	if t.ev.Task != nil && t.ev.Task.silent {
		return Continue
	}
	t.ev.Time = t.now
	return t.opts.Handler.Handle(&t.ev)
}
