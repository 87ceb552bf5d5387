// Package seccomp compiles syscall rules into a classic BPF program for
// seccomp(2), with libseccomp, in the tracer's process. The program is
// loaded by forkexec's child with raw system calls, just before execve: no
// cgo runs between fork and exec.
//
// A Program names syscalls per ABI, so one filter judges x86_64, i386
// (int 0x80) and x32 calls of a 64-bit x86 process, each by its own table.
package seccomp

import (
	"errors"
	"fmt"
	"os"
	"unsafe"

	libseccomp "github.com/seccomp/libseccomp-golang"
	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
)

// Action is what the filter does with a call.
type Action struct {
	kind actionKind
	data uint16
}

type actionKind uint8

const (
	allow actionKind = iota
	trace
	errno
	killProcess
	log
)

// The actions.
var (
	// Allow lets the call run, unseen.
	Allow = Action{kind: allow}
	// Trace stops the tracee in a PTRACE_EVENT_SECCOMP stop before the
	// call (SECCOMP_RET_TRACE), so the tracer sees it; the tracer must
	// have set PTRACE_O_TRACESECCOMP.
	Trace = Action{kind: trace}
	// KillProcess kills the whole process at once (SECCOMP_RET_KILL_PROCESS).
	KillProcess = Action{kind: killProcess}
	// Log lets the call run and logs it to the audit log.
	Log = Action{kind: log}
)

// Errno makes the call fail with the error, without running.
func Errno(e unix.Errno) Action { return Action{kind: errno, data: uint16(e)} }

// TraceData is Trace with a value the tracer reads back from the stop
// (ptrace_syscall_info.seccomp.ret_data), to tell rules apart.
func TraceData(data uint16) Action { return Action{kind: trace, data: data} }

func (a Action) lib() libseccomp.ScmpAction {
	switch a.kind {
	case trace:
		return libseccomp.ActTrace.SetReturnCode(int16(a.data))
	case errno:
		return libseccomp.ActErrno.SetReturnCode(int16(a.data))
	case killProcess:
		return libseccomp.ActKillProcess
	case log:
		return libseccomp.ActLog
	}
	return libseccomp.ActAllow
}

// CondOp compares a syscall argument in a Cond.
type CondOp uint8

// Comparisons of an argument register with Cond.Value (after Cond.Mask
// for MaskedEqual).
const (
	Equal CondOp = iota + 1
	NotEqual
	Less
	LessOrEqual
	Greater
	GreaterOrEqual
	MaskedEqual
)

// Cond is a condition on an argument register: all of a rule's conds must
// hold for it to apply. Only registers can be checked: seccomp cannot read
// memory.
type Cond struct {
	Arg   uint
	Op    CondOp
	Value uint64
	Mask  uint64
}

// Rule is one syscall's action in one ABI.
type Rule struct {
	ABI    syscalls.ABI
	Name   string
	Action Action
	Conds  []Cond
}

// Program is a whole filter.
type Program struct {
	// ABIs are the ABIs the filter knows; calls of ABIs not listed get
	// BadABI.
	ABIs []syscalls.ABI
	// Default is the action for calls no rule names.
	Default Action
	// BadABI is the action for calls of ABIs not in ABIs.
	BadABI Action
	// Rules are applied to the calls they name.
	Rules []Rule
}

func arch(abi syscalls.ABI) (libseccomp.ScmpArch, bool) {
	switch abi {
	case syscalls.AMD64:
		return libseccomp.ArchAMD64, true
	case syscalls.I386:
		return libseccomp.ArchX86, true
	case syscalls.X32:
		return libseccomp.ArchX32, true
	case syscalls.ARM64:
		return libseccomp.ArchARM64, true
	}
	return libseccomp.ArchInvalid, false
}

// ErrUnknownSyscall wraps a rule naming a call libseccomp does not know in
// that ABI.
var ErrUnknownSyscall = errors.New("unknown syscall")

// Compile turns the program into a BPF filter.
//
// libseccomp applies a rule of a multi-arch filter to every arch, by name;
// so that each ABI gets only its own rules, each ABI's rules go in a
// filter of that arch alone (where rules take that arch's numbers as they
// are), and the filters are merged.
func Compile(p *Program) ([]unix.SockFilter, error) {
	if len(p.ABIs) == 0 {
		return nil, errors.New("seccomp: no ABI")
	}
	var merged *libseccomp.ScmpFilter
	for _, abi := range p.ABIs {
		f, err := archFilter(p, abi)
		if err != nil {
			if merged != nil {
				merged.Release()
			}
			return nil, err
		}
		if merged == nil {
			merged = f
			continue
		}
		if err := merged.Merge(f); err != nil {
			f.Release()
			merged.Release()
			return nil, fmt.Errorf("seccomp: merging %s: %w", abi, err)
		}
	}
	defer merged.Release()
	return export(merged)
}

// archFilter builds the filter of one ABI's rules.
func archFilter(p *Program, abi syscalls.ABI) (*libseccomp.ScmpFilter, error) {
	a, ok := arch(abi)
	if !ok {
		return nil, fmt.Errorf("seccomp: no libseccomp arch for %s", abi)
	}
	f, err := libseccomp.NewFilter(p.Default.lib())
	if err != nil {
		return nil, fmt.Errorf("seccomp: %w", err)
	}
	fail := func(err error) (*libseccomp.ScmpFilter, error) {
		f.Release()
		return nil, err
	}
	if err := f.SetBadArchAction(p.BadABI.lib()); err != nil {
		return fail(fmt.Errorf("seccomp: %w", err))
	}
	// The tracer's child sets PR_SET_NO_NEW_PRIVS itself.
	if err := f.SetNoNewPrivsBit(false); err != nil {
		return fail(fmt.Errorf("seccomp: %w", err))
	}
	// A new filter holds the native arch: swap it for abi's.
	if native, _ := libseccomp.GetNativeArch(); native != a {
		if err := f.AddArch(a); err != nil {
			return fail(fmt.Errorf("seccomp: add arch %s: %w", abi, err))
		}
		if err := f.RemoveArch(native); err != nil {
			return fail(fmt.Errorf("seccomp: %w", err))
		}
	}
	for _, r := range p.Rules {
		if r.ABI != abi {
			continue
		}
		// Rules take numbers in libseccomp's native numbering (with
		// its pseudo-numbers for calls the native arch lacks), which it
		// translates by name into the filter's one arch.
		if _, err := libseccomp.GetSyscallFromNameByArch(r.Name, a); err != nil {
			return fail(fmt.Errorf("seccomp: %s (%s): %w", r.Name, r.ABI, ErrUnknownSyscall))
		}
		sc, err := libseccomp.GetSyscallFromName(r.Name)
		if err != nil {
			return fail(fmt.Errorf("seccomp: %s (%s): %w", r.Name, r.ABI, ErrUnknownSyscall))
		}
		conds := make([]libseccomp.ScmpCondition, 0, len(r.Conds))
		for _, c := range r.Conds {
			var cond libseccomp.ScmpCondition
			if c.Op == MaskedEqual {
				// libseccomp takes the mask first, then the value.
				cond, err = libseccomp.MakeCondition(c.Arg, c.Op.lib(), c.Mask, c.Value)
			} else {
				cond, err = libseccomp.MakeCondition(c.Arg, c.Op.lib(), c.Value)
			}
			if err != nil {
				return fail(fmt.Errorf("seccomp: %s: condition: %w", r.Name, err))
			}
			conds = append(conds, cond)
		}
		if len(conds) == 0 {
			err = f.AddRule(sc, r.Action.lib())
		} else {
			err = f.AddRuleConditional(sc, r.Action.lib(), conds)
		}
		if err != nil {
			return fail(fmt.Errorf("seccomp: rule for %s (%s): %w", r.Name, r.ABI, err))
		}
	}
	return f, nil
}

func (op CondOp) lib() libseccomp.ScmpCompareOp {
	switch op {
	case Equal:
		return libseccomp.CompareEqual
	case NotEqual:
		return libseccomp.CompareNotEqual
	case Less:
		return libseccomp.CompareLess
	case LessOrEqual:
		return libseccomp.CompareLessOrEqual
	case Greater:
		return libseccomp.CompareGreater
	case GreaterOrEqual:
		return libseccomp.CompareGreaterEqual
	case MaskedEqual:
		return libseccomp.CompareMaskedEqual
	}
	return libseccomp.CompareInvalid
}

// export writes the filter's BPF through a memfd and reads it back as
// instructions.
func export(f *libseccomp.ScmpFilter) ([]unix.SockFilter, error) {
	fd, err := unix.MemfdCreate("gotrace-seccomp", unix.MFD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("seccomp: memfd_create: %w", err)
	}
	file := os.NewFile(uintptr(fd), "gotrace-seccomp")
	defer file.Close()
	if err := f.ExportBPF(file); err != nil {
		return nil, fmt.Errorf("seccomp: export: %w", err)
	}
	raw, err := os.ReadFile("/proc/self/fd/" + fmt.Sprint(fd))
	if err != nil {
		return nil, fmt.Errorf("seccomp: reading the program: %w", err)
	}
	const insn = int(unsafe.Sizeof(unix.SockFilter{}))
	if len(raw) == 0 || len(raw)%insn != 0 {
		return nil, fmt.Errorf("seccomp: exported program of %d bytes", len(raw))
	}
	prog := make([]unix.SockFilter, len(raw)/insn)
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&prog[0])), len(raw)), raw)
	if len(prog) > 4096 {
		return nil, fmt.Errorf("seccomp: program of %d instructions exceeds the kernel's 4096", len(prog))
	}
	return prog, nil
}

// Known reports whether libseccomp knows the call in abi (calls newer than
// the installed libseccomp are not).
func Known(abi syscalls.ABI, name string) bool {
	a, ok := arch(abi)
	if !ok {
		return false
	}
	_, err := libseccomp.GetSyscallFromNameByArch(name, a)
	return err == nil
}
