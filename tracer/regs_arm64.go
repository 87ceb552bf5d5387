package tracer

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// ntArmSystemCall is NT_ARM_SYSTEM_CALL, the regset holding the number of
// the call being entered.
const ntArmSystemCall = 0x404

// skipSyscall makes the call a tracee is entering not run: its number
// becomes -1. arm64 keeps the return in x0, which holds the first argument
// until the exit, so the return value is set at the exit stop.
func skipSyscall(tid int, ret int64) (setAtExit bool, err error) {
	nr := int32(-1)
	iov := unix.Iovec{Base: (*byte)(unsafe.Pointer(&nr))}
	iov.SetLen(4)
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_SETREGSET, uintptr(tid), ntArmSystemCall,
		uintptr(unsafe.Pointer(&iov)), 0, 0)
	if e != 0 {
		return false, e
	}
	return true, nil
}

// setReturn sets the return value of the call a tracee is leaving (x0).
func setReturn(tid int, ret int64) error {
	var regs unix.PtraceRegs
	if err := unix.PtraceGetRegs(tid, &regs); err != nil {
		return err
	}
	regs.Regs[0] = uint64(ret)
	return unix.PtraceSetRegs(tid, &regs)
}
