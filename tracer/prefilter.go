package tracer

import (
	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer/seccomp"
)

// filterProgram compiles the started program's seccomp filter: the
// policy's, if there is one (it includes the calls selected for display),
// or else the prefilter.
func (t *Tracer) filterProgram() ([]unix.SockFilter, error) {
	if t.opts.Policy == nil {
		return t.prefilter()
	}
	var tables []*syscalls.Table
	for _, tab := range t.tables {
		if tab != nil {
			tables = append(tables, tab)
		}
	}
	compiled, err := t.opts.Policy.Compile(tables, t.opts.Select)
	if err != nil {
		return nil, err
	}
	t.compiled = compiled
	if compiled.None {
		// The policy allows everything: no filter at all.
		t.compiled = nil
		return nil, nil
	}
	return seccomp.Compile(compiled.Program)
}

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
	// i386 socket calls may come through socketcall: trace it when a
	// subcall is selected (the tracer selects again after demultiplexing).
	if tab := t.tables[syscalls.I386]; tab != nil && !t.opts.Select.Has(syscalls.I386, socketcallNr(tab)) {
		for _, sub := range socketSubcalls {
			if sc := tab.ByName(sub.name); sc != nil && t.opts.Select.Has(syscalls.I386, uint64(sc.Nr)) {
				prog.Rules = append(prog.Rules, seccomp.Rule{ABI: syscalls.I386, Name: "socketcall", Action: seccomp.Trace})
				break
			}
		}
	}
	return seccomp.Compile(prog)
}

// socketcallNr is i386's socketcall number.
func socketcallNr(tab *syscalls.Table) uint64 {
	if sc := tab.ByName("socketcall"); sc != nil {
		return uint64(sc.Nr)
	}
	return ^uint64(0)
}
