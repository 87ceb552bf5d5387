package tracer

import (
	"time"

	"github.com/gotrace/gotrace/syscalls"
)

// EventKind says what happened to a tracee.
type EventKind uint8

// The events a Handler receives, each while the tracee is stopped (so that
// its memory and registers are as the event describes), except Exited and
// Killed, which come after the thread is gone.
const (
	// SyscallEnter: a thread is entering Event.Call; its arguments are
	// set, its return value is not.
	SyscallEnter EventKind = iota + 1
	// SyscallExit: Event.Call returned; Ret and Failed are set.
	SyscallExit
	// SignalDelivery: Event.Signal is about to be delivered to the
	// thread; Event.Siginfo describes it.
	SignalDelivery
	// GroupStop: the thread stopped for a stopping signal (SIGSTOP,
	// SIGTSTP, ...).
	GroupStop
	// Exited: the thread exited with Event.Status.
	Exited
	// Killed: the thread was killed by Event.Signal (Event.Core if it
	// dumped core).
	Killed
	// StartFailed: the program could not be started (Event.Err); for a
	// failed execve this follows the SyscallExit that shows the failure
	// and precedes the child's Exited.
	StartFailed
	// NewTask: a thread or process started being traced (Event.Task is
	// new; Event.Parent made it, nil for the first one, for attached ones
	// and for a child whose first stop came before its parent's clone
	// event).
	NewTask
	// Attached: the tracer attached to a running process (-p): Event.Task
	// is its thread Event.Task.Tid, Event.Threads how many of its threads
	// were attached.
	Attached
	// Detached: the tracer let go of Event.Task, which runs on untraced.
	Detached
	// Violation: Event.Call (just entered, and already reported) breaks
	// the policy: Event.Action says what is done about it (kill, errno,
	// log), Event.Rule which rule says so.
	Violation
	// LimitHit: a resource limit the tracer watches was reached
	// (Event.Limit: "memory" when a memory call failed with ENOMEM,
	// "processes" when a task beyond the limit appeared). The handler
	// decides; KillTree ends the program.
	LimitHit
	// Exec: Event.Task completed an execve. When a thread other than the
	// leader exec'd, Event.OldTid is the thread's former id and Event.Task
	// now has the leader's id; Event.Leader is the leader's former task,
	// which is gone without an exit of its own.
	Exec
)

// Action is a handler's answer to an event: what the tracer does next
// with the tracee.
type Action uint8

// Actions.
const (
	// Continue resumes the tracee as if nothing was watching.
	Continue Action = iota
	// KillTree kills every traced process, immediately (SIGKILL).
	KillTree
)

// Event is one thing a tracee did. The tracer reuses one Event for all of
// them: keep nothing from it beyond the Handle call.
type Event struct {
	Kind EventKind
	// Task is the thread the event is about.
	Task *Task
	// Call is the syscall of SyscallEnter and SyscallExit (the same as
	// Task.Call).
	Call *syscalls.Call
	// Signal is the signal of SignalDelivery, GroupStop and Killed.
	Signal int
	// Siginfo is the siginfo of SignalDelivery.
	Siginfo *Siginfo
	// Status is the exit status of Exited.
	Status int
	// Core is set on Killed when the process dumped core.
	Core bool
	// Err is the error of StartFailed.
	Err error
	// Parent is the task whose clone, fork or vfork made a NewTask.
	Parent *Task
	// Threads is the number of threads attached with an Attached process.
	Threads int
	// OldTid and Leader describe an Exec by a thread that was not the
	// leader.
	OldTid int
	Leader *Task
	// Action and Rule describe a Violation: the policy's action (kill,
	// errno:NAME, log) and the rule that decided it.
	Action string
	Rule   string
	// Limit names the limit of a LimitHit.
	Limit string
	// Mem reads the stopped tracee's memory (nil for Exited and Killed).
	Mem Memory
	// Time is when the stop (or exit) was seen, with Options.Timestamps.
	Time time.Time
}

// Handler consumes events. Text output, JSON, summaries and policies are
// all handlers; Multi runs several in order.
type Handler interface {
	// Handle is called for every event, on the tracer thread, while the
	// tracee waits. It must not keep ev.
	Handle(ev *Event) Action
}

// Flusher is implemented by handlers that buffer output: the tracer calls
// Flush when the trace ends.
type Flusher interface {
	Flush() error
}

// Multi is a Handler that passes each event to several handlers in order.
// The strongest action wins (KillTree over Continue).
type Multi []Handler

// Handle implements Handler.
func (m Multi) Handle(ev *Event) Action {
	act := Continue
	for _, h := range m {
		if a := h.Handle(ev); a > act {
			act = a
		}
	}
	return act
}

// Flush implements Flusher for the handlers that implement it.
func (m Multi) Flush() error {
	var first error
	for _, h := range m {
		if f, ok := h.(Flusher); ok {
			if err := f.Flush(); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}
