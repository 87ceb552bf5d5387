package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gotrace/gotrace/syscalls"
)

// qualifiers are the -e QUALIFIER=SET options.
type qualifiers struct {
	// trace: the calls to report (-e trace=), nil for all.
	trace *syscalls.Set
	// raw: calls printed undecoded (-e raw=).
	raw *syscalls.Set
	// unabbrev: calls whose structs print in full (the complement of
	// -e abbrev=).
	unabbrev *syscalls.Set
	// noDeref: calls whose structs print as addresses (the complement of
	// -e verbose=).
	noDeref *syscalls.Set
	// read, write: descriptors whose data is dumped (-e read=, write=).
	read, write *syscalls.NumberSet
}

// qualifierAliases maps strace's qualifier names and abbreviations to the
// canonical ones.
var qualifierAliases = map[string]string{
	"trace": "trace", "t": "trace",
	"abbrev": "abbrev", "a": "abbrev",
	"verbose": "verbose", "v": "verbose",
	"raw": "raw", "x": "raw",
	"read": "read", "reads": "read", "r": "read",
	"write": "write", "writes": "write", "w": "write",
}

// parseQualifiers reads every -e expression against the syscall tables.
func parseQualifiers(exprs []string, tables []*syscalls.Table) (*qualifiers, error) {
	q := &qualifiers{}
	for _, e := range exprs {
		name, value, ok := strings.Cut(e, "=")
		if !ok {
			// A bare set is a trace= set, as in strace.
			name, value = "trace", e
		}
		canon, known := qualifierAliases[name]
		if !known {
			return nil, fmt.Errorf("invalid qualifier '%s'", name)
		}
		switch canon {
		case "trace", "abbrev", "verbose", "raw":
			set, err := syscalls.ParseSet(value, tables)
			if err != nil {
				return nil, err
			}
			switch canon {
			case "trace":
				q.trace = set
			case "raw":
				q.raw = set
			case "abbrev":
				q.unabbrev = set.Complement(tables)
			case "verbose":
				q.noDeref = set.Complement(tables)
			}
		case "read", "write":
			set, err := syscalls.ParseNumberSet(value, parseFd)
			if err != nil {
				return nil, fmt.Errorf("invalid descriptor set '%s'", value)
			}
			if canon == "read" {
				q.read = set
			} else {
				q.write = set
			}
		}
	}
	return q, nil
}

// parseFd reads one descriptor number.
func parseFd(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0
}
