package syscalls

// Class is a set of syscall classes, the groups strace's -e trace=%class
// selects.
type Class uint32

// The classes, as strace names them.
const (
	ClassDesc       Class = 1 << iota // %desc: takes or returns a file descriptor
	ClassFile                         // %file: takes a file name
	ClassIPC                          // %ipc: SysV IPC
	ClassNetwork                      // %network, %net: sockets
	ClassProcess                      // %process: process lifecycle
	ClassSignal                       // %signal: signals
	ClassMemory                       // %memory: memory mappings
	ClassStat                         // %stat: stat variants
	ClassLstat                        // %lstat: lstat variants
	ClassFstat                        // %fstat: fstat variants
	ClassStatLike                     // %%stat: every stat variant
	ClassStatfs                       // %statfs: statfs variants
	ClassFstatfs                      // %fstatfs: fstatfs variants
	ClassStatfsLike                   // %%statfs: every statfs variant
	ClassPure                         // %pure: no arguments, always succeeds
	ClassCreds                        // %creds: user and group ids, capabilities
	ClassClock                        // %clock: clocks and time
	ClassNeverFails                   // (not selectable) never returns an error
)

// classNames maps strace's class names to classes.
var classNames = map[string]Class{
	"desc":    ClassDesc,
	"file":    ClassFile,
	"ipc":     ClassIPC,
	"network": ClassNetwork,
	"net":     ClassNetwork,
	"process": ClassProcess,
	"signal":  ClassSignal,
	"memory":  ClassMemory,
	"stat":    ClassStat,
	"lstat":   ClassLstat,
	"fstat":   ClassFstat,
	"%stat":   ClassStatLike,
	"statfs":  ClassStatfs,
	"fstatfs": ClassFstatfs,
	"%statfs": ClassStatfsLike,
	"pure":    ClassPure,
	"creds":   ClassCreds,
	"clock":   ClassClock,
}

// ParseClass returns the class named as in strace's -e trace=%NAME
// (without the leading %).
func ParseClass(name string) (Class, bool) {
	c, ok := classNames[name]
	return c, ok
}

// newerClasses classes the calls added to the kernel after strace 6.1, as
// later strace versions do.
var newerClasses = map[string]Class{
	"cachestat":         ClassDesc,
	"fchmodat2":         ClassDesc | ClassFile,
	"map_shadow_stack":  ClassMemory,
	"futex_wake":        0,
	"futex_wait":        0,
	"futex_requeue":     0,
	"statmount":         0,
	"listmount":         0,
	"lsm_get_self_attr": 0,
	"lsm_set_self_attr": 0,
	"lsm_list_modules":  0,
	"mseal":             ClassMemory,
	"setxattrat":        ClassDesc | ClassFile,
	"getxattrat":        ClassDesc | ClassFile,
	"listxattrat":       ClassDesc | ClassFile,
	"removexattrat":     ClassDesc | ClassFile,
	"open_tree_attr":    ClassDesc | ClassFile,
	"file_getattr":      ClassDesc | ClassFile,
	"file_setattr":      ClassDesc | ClassFile,
	"uretprobe":         0,
	"uprobe":            0,
	"listns":            0,
	"rseq_slice_yield":  0,
}

// ClassOf returns the classes of the syscall called name.
func ClassOf(name string) Class {
	if c, ok := straceClasses()[name]; ok {
		return c
	}
	return newerClasses[name]
}

// ArgCount returns how many arguments the syscall takes in abi, as strace
// counts them (6 for a call it does not know).
func ArgCount(abi ABI, name string) int {
	if m := straceArgCountsOther()[abi]; m != nil {
		if n, ok := m[name]; ok {
			return int(n)
		}
	}
	if n, ok := straceArgCounts64()[name]; ok {
		return int(n)
	}
	return 6
}
