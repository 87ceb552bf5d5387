package syscalls

import "time"

// Call is one system call as the tracer saw it: what a syscall-entry (or
// seccomp) stop reports, completed by the syscall-exit stop. Decoders,
// printers and policies read it; the tracer owns and reuses it, so keep no
// pointer to it past the event.
type Call struct {
	// ABI is the convention the call was made in.
	ABI ABI
	// Nr is the number in that ABI, without X32SyscallBit.
	Nr uint64
	// Sys is the table row for Nr; nil for a number the ABI does not
	// define.
	Sys *Syscall
	// Args are the six argument registers, zero-extended.
	Args [6]uint64
	// IP and SP are the instruction and stack pointers at entry.
	IP, SP uint64
	// EnterTime and ExitTime are when the entry and exit stops were seen
	// (zero unless the tracer was asked for timestamps).
	EnterTime, ExitTime time.Time
	// EnterStime and ExitStime are the thread's system CPU time at those
	// stops (zero unless the tracer was asked for resource usage).
	EnterStime, ExitStime time.Duration

	// Via is the multiplexer the call was made through (i386's
	// socketcall), when Sys and Args are the subcall's, as strace shows
	// them; nil otherwise.
	Via *Syscall

	// Resuming is, for restart_syscall, the call it resumes (the last one
	// of the thread that returned ERESTART_RESTARTBLOCK), if known.
	Resuming *Syscall

	// Exited is set once the exit stop has filled Ret.
	Exited bool
	// Ret is the raw return value: on failure, minus the errno.
	Ret int64
	// Failed says the kernel flagged Ret as an error (-4095..-1).
	Failed bool

	// Resume is the decoder's bookmark between entry and exit: the index
	// of the first argument not yet printed.
	Resume int8
	// Saved holds values a decoder read at entry to show at exit (the
	// old value of a value-result argument, for example).
	Saved [2]uint64
}

// Name is the syscall's name, or "" if the number is unknown.
func (c *Call) Name() string {
	if c.Sys == nil {
		return ""
	}
	return c.Sys.Name
}

// Errno is the error number of a failed call, 0 otherwise.
func (c *Call) Errno() uint64 {
	if c.Failed && c.Ret < 0 {
		return uint64(-c.Ret)
	}
	return 0
}
