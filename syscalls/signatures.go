package syscalls

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

// Signatures are the argument signatures of system calls by name, shared
// by every ABI (an ABI's package overrides the few that differ, as clone's
// argument order). A name missing here prints its raw registers. Each
// family's file (signatures_*.go) registers its own; entries follow the
// kernel's prototype (include/linux/syscalls.h) and strace's way of
// printing it.
var Signatures = make(map[string]*Signature, 512) // sized for every family: no growth at init

// register adds a family's signatures; a name given twice is a bug.
func register(m map[string]*Signature) {
	for name, sig := range m {
		if _, dup := Signatures[name]; dup {
			panic("syscalls: two signatures for " + name)
		}
		Signatures[name] = sig
	}
}
