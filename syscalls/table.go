package syscalls

import (
	"sync"
	"sync/atomic"
)

// Table is the system calls of one ABI, by number and by name.
type Table struct {
	// ABI is the ABI whose numbers these are.
	ABI  ABI
	byNr []*Syscall
	// named is built once ByName has been called linearLookups times:
	// only parsing a syscall set or a policy looks calls up by name, a
	// few dozen times for a typical -e, and a scan of the table costs
	// less than building a map of every name (a few page faults per ABI
	// at every start).
	lookups   atomic.Int32
	namedOnce sync.Once
	named     map[string]*Syscall
	count     int
}

// NewTable builds the table of abi from its generated names (index =
// number, "" for unused numbers), attaching each name's signature. Calls
// whose arguments differ by ABI get theirs from overrides.
func NewTable(abi ABI, names []string, overrides map[string]*Signature) *Table {
	t := &Table{ABI: abi, byNr: make([]*Syscall, len(names))}
	// One allocation for every entry: tables are built at each start, and
	// hundreds of small objects cost more than the one array.
	n := 0
	for _, name := range names {
		if name != "" {
			n++
		}
	}
	all := make([]Syscall, 0, n)
	for nr, name := range names {
		if name == "" {
			continue
		}
		sig := overrides[name]
		if sig == nil {
			sig = SignatureOf(name)
		}
		all = append(all, Syscall{Nr: nr, Name: name, Sig: sig})
		sc := &all[len(all)-1]
		t.byNr[nr] = sc
	}
	t.count = n
	return t
}

// Lookup returns the syscall with number nr, or nil if the ABI has none.
func (t *Table) Lookup(nr uint64) *Syscall {
	if nr < uint64(len(t.byNr)) {
		return t.byNr[nr]
	}
	return nil
}

// ByName returns the syscall called name, or nil.
func (t *Table) ByName(name string) *Syscall {
	if t.lookups.Add(1) <= linearLookups {
		for _, sc := range t.byNr {
			if sc != nil && sc.Name == name {
				return sc
			}
		}
		return nil
	}
	t.namedOnce.Do(func() {
		t.named = make(map[string]*Syscall, t.count)
		for _, sc := range t.byNr {
			if sc == nil {
				continue
			}
			// A name given two numbers (an ABI's alias) is found
			// by its lowest, as by the scan.
			if _, dup := t.named[sc.Name]; !dup {
				t.named[sc.Name] = sc
			}
		}
	})
	return t.named[name]
}

// linearLookups is how many ByName calls scan the table before it builds
// its name index.
const linearLookups = 64

// Len is one more than the highest number in the table.
func (t *Table) Len() int { return len(t.byNr) }

// All returns the table's syscalls in number order.
func (t *Table) All() []*Syscall {
	out := make([]*Syscall, 0, t.count)
	for _, sc := range t.byNr {
		if sc != nil {
			out = append(out, sc)
		}
	}
	return out
}
