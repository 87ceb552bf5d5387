package syscalls

import "sync"

// Argument constructors keep the table below readable: each says the
// argument's name and kind, and for kinds that need it, where the length
// lives or which values name it.

func aInt(name string) Arg   { return Arg{Name: name, Kind: Int} }
func aUint(name string) Arg  { return Arg{Name: name, Kind: Uint} }
func aLong(name string) Arg  { return Arg{Name: name, Kind: Long} }
func aUlong(name string) Arg { return Arg{Name: name, Kind: Ulong} }
func aHex(name string) Arg   { return Arg{Name: name, Kind: Hex} }
func aOct(name string) Arg   { return Arg{Name: name, Kind: Oct} }
func aPtr(name string) Arg   { return Arg{Name: name, Kind: Ptr} }
func aFd(name string) Arg    { return Arg{Name: name, Kind: Fd} }
func aAtFd(name string) Arg  { return Arg{Name: name, Kind: AtFd} }
func aPath(name string) Arg  { return Arg{Name: name, Kind: Path} }
func aStr(name string) Arg   { return Arg{Name: name, Kind: Str} }
func aSig(name string) Arg   { return Arg{Name: name, Kind: Signal} }
func aMode(name string) Arg  { return Arg{Name: name, Kind: Mode} }
func aUid(name string) Arg   { return Arg{Name: name, Kind: Uid} }

func aFlags(name string, vs *Values) Arg { return Arg{Name: name, Kind: Flags, Values: vs} }
func aEnum(name string, vs *Values) Arg  { return Arg{Name: name, Kind: Enum, Values: vs} }

// aBufIn is an input buffer whose length is argument lenArg.
func aBufIn(name string, lenArg int8) Arg { return Arg{Name: name, Kind: BufIn, Len: lenArg} }

// aBufOut is an output buffer shown with the return value's length,
// capped by argument lenArg (LenRet for no cap).
func aBufOut(name string, lenArg int8) Arg { return Arg{Name: name, Kind: BufOut, Len: lenArg} }

func aIn(name string, s Struct) Arg  { return Arg{Name: name, Kind: StructIn, Struct: s} }
func aOut(name string, s Struct) Arg { return Arg{Name: name, Kind: StructOut, Struct: s} }

// aInLen and aOutLen are structs whose size or count is argument lenArg.
func aInLen(name string, s Struct, lenArg int8) Arg {
	return Arg{Name: name, Kind: StructIn, Struct: s, Len: lenArg}
}
func aOutLen(name string, s Struct, lenArg int8) Arg {
	return Arg{Name: name, Kind: StructOut, Struct: s, Len: lenArg}
}

func sig(ret Ret, args ...Arg) *Signature { return &Signature{Args: args, Ret: ret} }

// signatures are the argument signatures of system calls by name, shared
// by every ABI (an ABI's package overrides the few that differ, as clone's
// argument order). A name missing here prints its raw registers. Each
// family's file (signatures_*.go) registers its own; entries follow the
// kernel's prototype (include/linux/syscalls.h) and strace's way of
// printing it. Read them through SignatureOf and AllSignatures.
var signatures = make(map[string]*Signature, 512) // sized for every family

// families are the signature files' registrations, run once, by
// loadSignatures.
var (
	families       []func()
	signaturesOnce sync.Once
)

// family records a file's registration for loadSignatures. (It returns a
// value so that a file can call it from a package-level declaration.)
func family(register func()) bool {
	families = append(families, register)
	return true
}

// loadSignatures builds the signature tables, once.
func loadSignatures() {
	signaturesOnce.Do(func() {
		for _, register := range families {
			register()
		}
	})
}

func init() {
	// Building the tables takes about a millisecond (hundreds of small
	// allocations): gotrace's other packages initialise and its flags
	// are parsed meanwhile, on another thread, and the first lookup
	// waits for what is left.
	go loadSignatures()
}

// SignatureOf returns the signature of the system call called name, or nil.
func SignatureOf(name string) *Signature {
	loadSignatures()
	return signatures[name]
}

// AllSignatures returns every signature by name. The map is shared: do not
// change it.
func AllSignatures() map[string]*Signature {
	loadSignatures()
	return signatures
}

// register adds a family's signatures; a name given twice is a bug.
func register(m map[string]*Signature) {
	for name, sig := range m {
		if _, dup := signatures[name]; dup {
			panic("syscalls: two signatures for " + name)
		}
		signatures[name] = sig
	}
}
