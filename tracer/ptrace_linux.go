package tracer

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// PTRACE_GET_SYSCALL_INFO (Linux 5.3) and its ops. x/sys has no wrapper, so
// it is called raw.
const (
	ptraceGetSyscallInfo = 0x420e

	syscallInfoNone    = 0
	syscallInfoEntry   = 1
	syscallInfoExit    = 2
	syscallInfoSeccomp = 3
)

// syscallInfo is struct ptrace_syscall_info. The union after the common
// header is entry {nr, args[6]}, exit {rval, is_error} or seccomp {nr,
// args[6], ret_data}; the first words overlap, so one layout serves all.
type syscallInfo struct {
	Op                 uint8
	_                  [3]uint8
	Arch               uint32
	InstructionPointer uint64
	StackPointer       uint64
	// Nr is entry.nr / seccomp.nr; for an exit stop it holds exit.rval.
	Nr uint64
	// Args is entry.args / seccomp.args; for an exit stop Args[0]'s low
	// byte is exit.is_error.
	Args [6]uint64
	// RetData is seccomp.ret_data: the SECCOMP_RET_DATA of the verdict.
	RetData uint32
	_       uint32
}

// rval is the return value of an exit stop.
func (si *syscallInfo) rval() int64 { return int64(si.Nr) }

// isError is exit.is_error of an exit stop.
func (si *syscallInfo) isError() bool { return si.Args[0]&0xff != 0 }

// getSyscallInfo fills si for the syscall stop tid is in: one call gives
// the op, ABI, number and arguments (entry, seccomp) or the return value
// (exit).
//
// Raw: ptrace on a stopped tracee does not block, so there is no need to
// hand the P to the scheduler.
func getSyscallInfo(tid int, si *syscallInfo) error {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, ptraceGetSyscallInfo, uintptr(tid),
		unsafe.Sizeof(*si), uintptr(unsafe.Pointer(si)), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// ptraceRestart resumes tid with request (PTRACE_SYSCALL, PTRACE_CONT,
// PTRACE_LISTEN, ...) delivering sig (0 for none).
func ptraceRestart(request int, tid int, sig int) error {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, uintptr(request), uintptr(tid), 0, uintptr(sig), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// ptraceSetOptions sets the PTRACE_O_* options of tid.
func ptraceSetOptions(tid int, options int) error {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_SETOPTIONS, uintptr(tid), 0, uintptr(options), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// ptraceGetSiginfo reads the siginfo of tid's signal-delivery stop. It
// fails with EINVAL in a group-stop, which is how the two are told apart
// for tracees that were not seized.
func ptraceGetSiginfo(tid int, si *Siginfo) error {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_GETSIGINFO, uintptr(tid), 0, uintptr(unsafe.Pointer(si)), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// ptraceGetEventMsg returns the message of tid's ptrace-event stop (the
// new child's pid for clone/fork/vfork, the former tid for exec, the exit
// status for exit).
func ptraceGetEventMsg(tid int) (uint64, error) {
	var msg uint64
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_GETEVENTMSG, uintptr(tid), 0, uintptr(unsafe.Pointer(&msg)), 0, 0)
	if e != 0 {
		return 0, e
	}
	return msg, nil
}

// Siginfo is the kernel's siginfo_t, 128 bytes, kept raw: the decoder
// reads the union members that the signal and code select.
type Siginfo [128]byte

// Signo is si_signo.
func (s *Siginfo) Signo() int { return int(int32(le32(s[0:]))) }

// Code is si_code.
func (s *Siginfo) Code() int { return int(int32(le32(s[8:]))) }

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}
