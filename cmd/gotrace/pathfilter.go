package main

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer"
)

// pathFilter is -P: it passes on only the calls that touch one of the
// paths, by a path argument or through a descriptor that refers to it
// (resolved in /proc while the tracee is stopped), as strace's -P does.
// Other events pass unchanged.
type pathFilter struct {
	next  tracer.Handler
	paths map[string]bool
	// hidden[tid] is set while a thread is in a call that did not match.
	hidden map[int]bool
	buf    []byte
}

func newPathFilter(next tracer.Handler, paths []string) *pathFilter {
	f := &pathFilter{next: next, paths: map[string]bool{}, hidden: map[int]bool{}, buf: make([]byte, 4096)}
	for _, p := range paths {
		f.paths[p] = true
		// strace matches the path as given and as the links of the
		// file it names resolve.
		if real, err := filepath.EvalSymlinks(p); err == nil {
			if abs, err := filepath.Abs(real); err == nil {
				f.paths[abs] = true
			}
		}
	}
	return f
}

// Handle implements tracer.Handler.
func (f *pathFilter) Handle(ev *tracer.Event) tracer.Action {
	switch ev.Kind {
	case tracer.SyscallEnter:
		if !f.matches(ev) {
			f.hidden[ev.Task.Tid] = true
			return tracer.Continue
		}
		delete(f.hidden, ev.Task.Tid)
	case tracer.SyscallExit:
		if f.hidden[ev.Task.Tid] {
			delete(f.hidden, ev.Task.Tid)
			return tracer.Continue
		}
	case tracer.Exited, tracer.Killed, tracer.Detached:
		// A hidden call the thread was in was never shown, so the
		// printer has nothing to end.
		delete(f.hidden, ev.Task.Tid)
	}
	return f.next.Handle(ev)
}

// matches reports whether the call names one of the paths.
func (f *pathFilter) matches(ev *tracer.Event) bool {
	c := ev.Call
	if c.Sys == nil {
		return false
	}
	if c.Sys.Sig == nil {
		return false
	}
	for i, a := range c.Sys.Sig.Args {
		switch a.Kind {
		case syscalls.Path:
			if p, ok := f.readPath(ev.Mem, c.Args[i]); ok && f.paths[p] {
				return true
			}
		case syscalls.Fd, syscalls.AtFd:
			if f.fdMatches(ev.Task.Tid, int32(c.Args[i])) {
				return true
			}
		}
	}
	// Calls whose descriptor is not in a plain Fd argument.
	if c.Sys.Name == "mmap" && f.fdMatches(ev.Task.Tid, int32(c.Args[4])) {
		return true
	}
	return false
}

func (f *pathFilter) fdMatches(tid int, fd int32) bool {
	if fd < 0 {
		return false
	}
	p, err := os.Readlink("/proc/" + strconv.Itoa(tid) + "/fd/" + strconv.Itoa(int(fd)))
	return err == nil && f.paths[p]
}

// readPath reads a NUL-terminated path from the tracee.
func (f *pathFilter) readPath(mem tracer.Memory, addr uint64) (string, bool) {
	return tracer.ReadCString(mem, addr, f.buf)
}

// Flush implements tracer.Flusher.
func (f *pathFilter) Flush() error {
	if fl, ok := f.next.(tracer.Flusher); ok {
		return fl.Flush()
	}
	return nil
}
