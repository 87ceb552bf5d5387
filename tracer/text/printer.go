// Package text is the tracer handler that writes strace's text format:
// one line a syscall, "--- SIGx {...} ---" for signals and "+++ exited with
// N +++" for exits, with strace's column alignment, pid prefixes and
// "<unfinished ...>" / "<... resumed>" pairs when threads interleave.
package text

import (
	"bufio"
	"io"
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer"
)

// PidPrefix says how lines name the thread they are about.
type PidPrefix uint8

const (
	// PrefixAuto prints "[pid N] " while more than one thread is traced
	// (strace's stderr format).
	PrefixAuto PidPrefix = iota
	// PrefixAlways starts every line with the pid padded to five columns
	// (strace's format for -f with -o FILE).
	PrefixAlways
	// PrefixNever prints no prefix (one file per process, -ff).
	PrefixNever
)

// Options configure a Printer.
type Options struct {
	// Column is -a: the column " = " aligns to (default 40).
	Column int
	// Prefix is how lines are prefixed with a pid.
	Prefix PidPrefix
	// Decode are the decoding options (-s, -v, -x).
	Decode decode.Options
}

// Printer is a tracer.Handler that writes strace-format text to w.
type Printer struct {
	w    *bufio.Writer
	opts Options
	dec  *decode.Decoder

	// open is the thread whose line was begun (its syscall entered) and
	// not yet ended; line holds that line's text so far.
	open *threadState
	line []byte

	threads map[int]*threadState
	live    int // threads being traced, for PrefixAuto
}

// threadState is what the printer remembers of a thread between a
// syscall's entry and exit.
type threadState struct {
	tid int
	// inCall: the syscall's entry was printed and its exit was not.
	inCall bool
	// unfinished: the entry's line was ended with "<unfinished ...>", so
	// the exit prints as "<... name resumed>".
	unfinished bool
}

// New returns a Printer writing to w.
func New(w io.Writer, opts Options) *Printer {
	if opts.Column <= 0 {
		opts.Column = 40
	}
	return &Printer{
		w:       bufio.NewWriterSize(w, 64<<10),
		opts:    opts,
		dec:     decode.NewDecoder(opts.Decode),
		line:    make([]byte, 0, 1024),
		threads: make(map[int]*threadState),
	}
}

// Flush writes out buffered output (tracer.Flusher).
func (p *Printer) Flush() error { return p.w.Flush() }

func (p *Printer) thread(tid int) *threadState {
	ts := p.threads[tid]
	if ts == nil {
		ts = &threadState{tid: tid}
		p.threads[tid] = ts
		p.live++
	}
	return ts
}

// Handle implements tracer.Handler.
func (p *Printer) Handle(ev *tracer.Event) tracer.Action {
	switch ev.Kind {
	case tracer.SyscallEnter:
		p.enter(ev)
	case tracer.SyscallExit:
		p.exit(ev)
	case tracer.SignalDelivery:
		p.signal(ev)
	case tracer.GroupStop:
		ts := p.thread(ev.Task.Tid)
		p.startLine(ts)
		p.line = append(p.line, "--- stopped by "...)
		p.line = decode.AppendSignal(p.line, ev.Signal)
		p.line = append(p.line, " ---\n"...)
		p.writeLine()
	case tracer.Exited, tracer.Killed:
		p.exitThread(ev)
	}
	return tracer.Continue
}

// endOpen ends a line another thread left open: "<unfinished ...>".
func (p *Printer) endOpen() {
	if p.open == nil {
		return
	}
	p.line = append(p.line, " <unfinished ...>\n"...)
	p.w.Write(p.line)
	p.open.unfinished = true
	p.open = nil
	p.line = p.line[:0]
}

// startLine ends any open line and begins one for ts with its prefix.
func (p *Printer) startLine(ts *threadState) {
	p.endOpen()
	p.line = p.line[:0]
	switch p.opts.Prefix {
	case PrefixAlways:
		n := len(p.line)
		p.line = strconv.AppendInt(p.line, int64(ts.tid), 10)
		for len(p.line)-n < 5 {
			p.line = append(p.line, ' ')
		}
		p.line = append(p.line, ' ')
	case PrefixAuto:
		if p.live > 1 {
			p.line = append(p.line, "[pid "...)
			n := len(p.line)
			var tmp [12]byte
			s := strconv.AppendInt(tmp[:0], int64(ts.tid), 10)
			for i := len(s); i < 5; i++ {
				p.line = append(p.line, ' ')
			}
			_ = n
			p.line = append(p.line, s...)
			p.line = append(p.line, "] "...)
		}
	}
}

func (p *Printer) writeLine() {
	p.w.Write(p.line)
	p.line = p.line[:0]
}

func (p *Printer) enter(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	p.startLine(ts)
	p.dec.Mem = ev.Mem
	p.line = p.dec.Enter(p.line, ev.Call)
	ts.inCall = true
	ts.unfinished = false
	p.open = ts
}

func (p *Printer) exit(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	if !ts.inCall {
		// An exit without its entry (the tracee was attached in the
		// middle of a call): nothing to join it to.
		return
	}
	if p.open != ts {
		p.startLine(ts)
		p.resumed(ev.Call)
	}
	p.dec.Mem = ev.Mem
	p.line = p.dec.Exit(p.line, ev.Call)
	p.align()
	p.line = p.dec.Return(p.line, ev.Call)
	p.line = append(p.line, '\n')
	p.writeLine()
	ts.inCall = false
	ts.unfinished = false
	p.open = nil
}

// resumed begins the second half of an interrupted line.
func (p *Printer) resumed(c *syscalls.Call) {
	p.line = append(p.line, "<... "...)
	if name := c.Name(); name != "" {
		p.line = append(p.line, name...)
	} else {
		p.line = append(p.line, "syscall_0x"...)
		p.line = strconv.AppendUint(p.line, c.Nr, 16)
	}
	p.line = append(p.line, " resumed>"...)
}

// align pads the line to the " = " column as strace does: spaces up to
// the column, at least one, then "= ".
func (p *Printer) align() {
	n := len(p.line)
	if n < p.opts.Column {
		for ; n < p.opts.Column; n++ {
			p.line = append(p.line, ' ')
		}
	} else {
		p.line = append(p.line, ' ')
	}
	p.line = append(p.line, '=', ' ')
}

func (p *Printer) signal(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	p.startLine(ts)
	p.line = append(p.line, "--- "...)
	p.line = decode.AppendSignal(p.line, ev.Signal)
	p.line = append(p.line, ' ')
	p.line = p.dec.AppendSiginfo(p.line, ev.Siginfo[:], ev.Task.Call.ABI)
	p.line = append(p.line, " ---\n"...)
	p.writeLine()
}

// exitThread prints how a thread ended, finishing a call it was in (as
// exit_group) with "= ?".
func (p *Printer) exitThread(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	if ts.inCall {
		if p.open != ts {
			p.startLine(ts)
			p.resumed(&ev.Task.Call)
		} else if !decode.EntryDone(&ev.Task.Call) {
			p.line = append(p.line, " <unfinished ...>"...)
		}
		p.line = append(p.line, ')')
		p.align()
		p.line = append(p.line, "?\n"...)
		p.writeLine()
		p.open = nil
		ts.inCall = false
	}
	p.startLine(ts)
	if ev.Kind == tracer.Exited {
		p.line = append(p.line, "+++ exited with "...)
		p.line = strconv.AppendInt(p.line, int64(ev.Status), 10)
		p.line = append(p.line, " +++\n"...)
	} else {
		p.line = append(p.line, "+++ killed by "...)
		p.line = decode.AppendSignal(p.line, ev.Signal)
		if ev.Core {
			p.line = append(p.line, " (core dumped)"...)
		}
		p.line = append(p.line, " +++\n"...)
	}
	p.writeLine()
	delete(p.threads, ts.tid)
	p.live--
}
