package tracer

import (
	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/tracer/seccomp"
)

// prefilter compiles the seccomp filter that stops only at the selected
// syscalls, or returns nil when none is wanted or it would not help (no
// selection, or every call selected).
//
// The filter says SECCOMP_RET_TRACE for selected calls and allows the
// rest; calls of every ABI the architecture has are named by their own
// ABI's table. Calls the installed libseccomp does not know (newer than
// it) cannot be named: if selected, the filter cannot make them stop, so
// no filter is used at all (every call stops, and the tracer selects).
func (t *Tracer) prefilter() ([]unix.SockFilter, error) {
	if !t.opts.Prefilter || t.opts.Select == nil {
		return nil, nil
	}
	prog := &seccomp.Program{Default: seccomp.Allow, BadABI: seccomp.Allow}
	skipped := 0
	for _, tab := range t.tables {
		if tab == nil {
			continue
		}
		prog.ABIs = append(prog.ABIs, tab.ABI)
		for _, sc := range tab.All() {
			if !t.opts.Select.Has(tab.ABI, uint64(sc.Nr)) {
				skipped++
				continue
			}
			if !seccomp.Known(tab.ABI, sc.Name) {
				return nil, nil
			}
			prog.Rules = append(prog.Rules, seccomp.Rule{ABI: tab.ABI, Name: sc.Name, Action: seccomp.Trace})
		}
	}
	if skipped == 0 {
		return nil, nil
	}
	return seccomp.Compile(prog)
}
