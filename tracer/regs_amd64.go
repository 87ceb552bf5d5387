package tracer

import "golang.org/x/sys/unix"

// skipSyscall makes the call a tracee is entering (at a seccomp or entry
// stop) not run, and return ret: orig_rax -1 skips it, and rax is what it
// returns. It reports whether the return value still has to be set at the
// exit stop (not on x86_64).
func skipSyscall(tid int, ret int64) (setAtExit bool, err error) {
	var regs unix.PtraceRegs
	if err := unix.PtraceGetRegs(tid, &regs); err != nil {
		return false, err
	}
	regs.Orig_rax = ^uint64(0)
	regs.Rax = uint64(ret)
	return false, unix.PtraceSetRegs(tid, &regs)
}

// setReturn sets the return value of the call a tracee is leaving.
func setReturn(tid int, ret int64) error {
	var regs unix.PtraceRegs
	if err := unix.PtraceGetRegs(tid, &regs); err != nil {
		return err
	}
	regs.Rax = uint64(ret)
	return unix.PtraceSetRegs(tid, &regs)
}
