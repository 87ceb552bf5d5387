package syscalls

// Value is one named constant.
type Value struct {
	Val  uint64
	Name string
}

// Values is a set of named constants: the bits of a flag set or the values
// of an enum, as strace's xlat tables.
type Values struct {
	// Name is the set's name in documentation and errors.
	Name string
	// Vals lists the constants. For a flag set, multi-bit masks come before
	// the single bits they contain, so that the widest name wins.
	Vals []Value
	// Zero is what a flag set of value 0 prints as (PROT_NONE, F_OK); empty
	// prints "0".
	Zero string
	// Unknown is the comment strace adds after an unknown value, as
	// "SEEK_???".
	Unknown string
	// Decimal prints unknown enum values and leftover bits in decimal
	// rather than hex.
	Decimal bool
	// ZeroEmpty makes a flag set of value 0 print as nothing at all, as
	// strace does for sets it prints without a default (c_iflag=, ...).
	ZeroEmpty bool
}

// Lookup returns the name of v in an enum set, or "".
func (vs *Values) Lookup(v uint64) string {
	for i := range vs.Vals {
		if vs.Vals[i].Val == v {
			return vs.Vals[i].Name
		}
	}
	return ""
}

// ByName returns the value of the constant called name.
func (vs *Values) ByName(name string) (uint64, bool) {
	for i := range vs.Vals {
		if vs.Vals[i].Name == name {
			return vs.Vals[i].Val, true
		}
	}
	return 0, false
}
