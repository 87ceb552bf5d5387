package syscalls

import (
	"fmt"
	"regexp"
	"strings"
)

// Set is a set of syscalls, per ABI, as strace's -e trace=, raw=,
// abbrev= and verbose= expressions select them.
type Set struct {
	// by[abi] has one bit per syscall number of that ABI.
	by [NumABIs][]uint64
}

// Has reports whether syscall nr of abi is in the set. Numbers no table
// knows are in the set only when the set is "all".
func (s *Set) Has(abi ABI, nr uint64) bool {
	if s == nil {
		return false
	}
	b := s.by[abi]
	if nr/64 >= uint64(len(b)) {
		return len(b) > 0 && b[len(b)-1]&(1<<63) != 0 // "all" sets the guard bit
	}
	return b[nr/64]&(1<<(nr%64)) != 0
}

// Empty reports whether no syscall is in the set.
func (s *Set) Empty() bool {
	if s == nil {
		return true
	}
	for _, b := range s.by {
		for _, w := range b {
			if w != 0 {
				return false
			}
		}
	}
	return true
}

// Names returns the names of the set's syscalls in abi, in number order.
func (s *Set) Names(t *Table) []string {
	var out []string
	for _, sc := range t.All() {
		if s.Has(t.ABI, uint64(sc.Nr)) {
			out = append(out, sc.Name)
		}
	}
	return out
}

// AllSet returns the set of every syscall of the tables.
func AllSet(tables []*Table) *Set {
	s := newSet(tables)
	for _, t := range tables {
		b := s.by[t.ABI]
		for i := range b {
			b[i] = ^uint64(0)
		}
	}
	return s
}

func newSet(tables []*Table) *Set {
	s := &Set{}
	for _, t := range tables {
		if t == nil {
			continue
		}
		// One guard word past the table, so that "all" can say it
		// holds numbers the table does not name.
		s.by[t.ABI] = make([]uint64, (t.Len()+63)/64+1)
	}
	return s
}

func (s *Set) add(abi ABI, nr int) { s.by[abi][nr/64] |= 1 << (uint(nr) % 64) }

// ParseSet parses a syscall set expression as strace does: a
// comma-separated list of names, %classes (%file, %net, ...), /regular
// expressions and the words all and none, optionally preceded by ! to
// take the complement. A name may be suffixed @64, @32 or @x32 to select
// one ABI, and prefixed ? to be ignored when unknown. tables are the ABIs
// the set applies to.
func ParseSet(expr string, tables []*Table) (*Set, error) {
	var live []*Table
	for _, t := range tables {
		if t != nil {
			live = append(live, t)
		}
	}
	s := newSet(live)
	negate := false
	if strings.HasPrefix(expr, "!") {
		negate = true
		expr = expr[1:]
	}
	if expr == "" {
		return nil, fmt.Errorf("invalid system call '%s'", expr)
	}
	for _, item := range strings.Split(expr, ",") {
		if err := s.addItem(item, live); err != nil {
			return nil, err
		}
	}
	if negate {
		for _, t := range live {
			b := s.by[t.ABI]
			for i := range b {
				b[i] = ^b[i]
			}
		}
	}
	return s, nil
}

func (s *Set) addItem(item string, tables []*Table) error {
	optional := false
	if strings.HasPrefix(item, "?") {
		optional = true
		item = item[1:]
	}
	switch item {
	case "all":
		all := AllSet(tables)
		for _, t := range tables {
			copy(s.by[t.ABI], all.by[t.ABI])
		}
		return nil
	case "none":
		return nil
	case "":
		return fmt.Errorf("invalid system call '%s'", item)
	}
	if strings.HasPrefix(item, "%") {
		class, ok := ParseClass(item[1:])
		if !ok {
			if optional {
				return nil
			}
			return fmt.Errorf("invalid system call '%s'", item)
		}
		for _, t := range tables {
			for _, sc := range t.All() {
				if ClassOf(sc.Name)&class != 0 {
					s.add(t.ABI, sc.Nr)
				}
			}
		}
		return nil
	}
	if strings.HasPrefix(item, "/") {
		re, err := regexp.Compile(item[1:])
		if err != nil {
			return fmt.Errorf("invalid system call '%s': %v", item, err)
		}
		found := false
		for _, t := range tables {
			for _, sc := range t.All() {
				if re.MatchString(sc.Name) {
					s.add(t.ABI, sc.Nr)
					found = true
				}
			}
		}
		if !found && !optional {
			return fmt.Errorf("invalid system call '%s'", item)
		}
		return nil
	}
	name, abiName, hasABI := strings.Cut(item, "@")
	found := false
	for _, t := range tables {
		if hasABI && !abiMatches(t.ABI, abiName) {
			continue
		}
		if sc := t.ByName(name); sc != nil {
			s.add(t.ABI, sc.Nr)
			found = true
		}
	}
	if !found && !optional {
		return fmt.Errorf("invalid system call '%s'", item)
	}
	return nil
}

// abiMatches reads strace's personality suffixes: 64 (the native 64-bit
// ABI), 32 (i386), x32.
func abiMatches(abi ABI, suffix string) bool {
	switch suffix {
	case "64":
		return abi == AMD64 || abi == ARM64
	case "32":
		return abi == I386
	case "x32":
		return abi == X32
	}
	return false
}

// NumberSet is a set of small non-negative numbers (descriptors for -e
// read= and write=, signals for -e signal=).
type NumberSet struct {
	all    bool
	negate bool
	nums   map[int]bool
}

// Has reports whether n is in the set.
func (s *NumberSet) Has(n int) bool {
	if s == nil {
		return false
	}
	return (s.all || s.nums[n]) != s.negate
}

// ParseNumberSet parses strace's number lists: "3,4", "all", "none",
// "!5". parse converts one element (a number, or a name such as a signal)
// and reports whether it is valid.
func ParseNumberSet(expr string, parse func(string) (int, bool)) (*NumberSet, error) {
	s := &NumberSet{nums: map[int]bool{}}
	if strings.HasPrefix(expr, "!") {
		s.negate = true
		expr = expr[1:]
	}
	for _, item := range strings.Split(expr, ",") {
		switch item {
		case "all":
			s.all = true
			continue
		case "none":
			continue
		}
		n, ok := parse(item)
		if !ok {
			return nil, fmt.Errorf("invalid value '%s'", item)
		}
		s.nums[n] = true
	}
	return s, nil
}

// Complement returns the set of the tables' syscalls (and unknown numbers)
// that s does not hold.
func (s *Set) Complement(tables []*Table) *Set {
	out := newSet(tables)
	for _, t := range tables {
		if t == nil {
			continue
		}
		b := out.by[t.ABI]
		for i := range b {
			var w uint64
			if s != nil && i < len(s.by[t.ABI]) {
				w = s.by[t.ABI][i]
			}
			b[i] = ^w
		}
	}
	return out
}
