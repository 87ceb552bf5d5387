package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer/text"
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
	// status: the endings of calls to show (-e status=, -z, -Z).
	status text.Status
	// signals: the signals to show (-e signal=).
	signals *syscalls.NumberSet
	// quiet*: the messages -e quiet= suppresses.
	quietAttach, quietExit, quietPersonality, quietSuperseded bool
}

// qualifierAliases maps strace's qualifier names and abbreviations to the
// canonical ones.
var qualifierAliases = map[string]string{
	"trace": "trace", "t": "trace",
	"abbrev": "abbrev", "a": "abbrev",
	"verbose": "verbose", "v": "verbose",
	"raw": "raw", "x": "raw",
	"read": "read", "reads": "read", "r": "read",
	"status": "status",
	"signal": "signal", "signals": "signal", "s": "signal",
	"quiet": "quiet", "silent": "quiet", "silence": "quiet", "q": "quiet",
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
		case "status":
			st, ok := text.ParseStatus(strings.Split(value, ","))
			if !ok {
				return nil, fmt.Errorf("invalid status '%s'", value)
			}
			// -z and -Z combine as the union of what they keep.
			q.status |= st
		case "signal":
			set, err := syscalls.ParseNumberSet(value, parseSignal)
			if err != nil {
				return nil, fmt.Errorf("invalid signal '%s'", value)
			}
			q.signals = set
		case "quiet":
			negate := strings.HasPrefix(value, "!")
			value = strings.TrimPrefix(value, "!")
			set := map[string]bool{}
			for _, n := range strings.Split(value, ",") {
				switch n {
				case "attach", "exit", "exits", "path-resolution", "personality", "personalities",
					"thread-execve", "superseded":
					set[n] = true
				case "all":
					for _, m := range []string{"attach", "exit", "personality", "superseded"} {
						set[m] = true
					}
				case "none":
				default:
					return nil, fmt.Errorf("invalid quiet '%s'", n)
				}
			}
			q.quietAttach = set["attach"] != negate
			q.quietExit = (set["exit"] || set["exits"]) != negate
			q.quietPersonality = (set["personality"] || set["personalities"]) != negate
			q.quietSuperseded = (set["superseded"] || set["thread-execve"]) != negate
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

// parseSignal reads a signal by name (SIGTERM, TERM) or number.
func parseSignal(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n > 0 && n <= 64
	}
	name := strings.ToUpper(s)
	if !strings.HasPrefix(name, "SIG") {
		name = "SIG" + name
	}
	for sig := 1; sig <= 64; sig++ {
		if decode.SignalName(sig) == name {
			return sig, true
		}
	}
	return 0, false
}

// parseFd reads one descriptor number.
func parseFd(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0
}
