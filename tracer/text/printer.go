// Package text is the tracer handler that writes strace's text format:
// one line a syscall, "--- SIGx {...} ---" for signals and "+++ exited with
// N +++" for exits, with strace's column alignment, pid prefixes and
// "<unfinished ...>" / "<... resumed>" pairs when threads interleave.
package text

import (
	"io"
	"strconv"
	"time"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/output"
)

// PidPrefix says how lines name the thread they are about.
type PidPrefix uint8

const (
	// PrefixAuto prints "[pid N] " while more than one thread is traced
	// (strace's format on stderr).
	PrefixAuto PidPrefix = iota
	// PrefixAlways starts every line with the pid padded to five columns
	// (strace's format for -f with -o FILE).
	PrefixAlways
	// PrefixNever prints no prefix (one file per thread, -ff).
	PrefixNever
	// PrefixAutoPlain prints the PrefixAlways prefix while more than one
	// thread is traced (strace's format with -o FILE but without -f).
	PrefixAutoPlain
)

// Options configure a Printer.
type Options struct {
	// Column is -a: the column " = " aligns to (default 40).
	Column int
	// Prefix is how lines are prefixed with a pid.
	Prefix PidPrefix
	// Decode are the decoding options (-s, -v, -x).
	Decode decode.Options
	// PerThread, if set, gives each thread its own output (-ff): it is
	// called once for each thread id, when the thread first prints.
	PerThread func(tid int) (io.Writer, error)
	// Numbers is -n: each line starts with the number of the thread's
	// current (or last) syscall, [ 257].
	Numbers bool
	// DumpRead and DumpWrite are -e read= and -e write=: descriptors
	// whose data is hex-dumped after the call's line.
	DumpRead, DumpWrite *syscalls.NumberSet
	// Personality prints "[ Process PID=N runs in 32 bit mode. ]" when a
	// thread starts making calls in another ABI (strace does on stderr,
	// unless -q).
	Personality bool
	// NativeABI is the ABI threads start in (x86_64 on amd64).
	NativeABI syscalls.ABI
	// Stamps is -t (1: HH:MM:SS), -tt (2: with microseconds) or -ttt
	// (3: seconds since the epoch): each line starts with the time of its
	// event. The tracer must give events times.
	Stamps int
	// Relative is -r: each line starts with the time since the previous
	// line.
	Relative bool
	// Durations is -T: each call ends with its time from entry to exit,
	// <0.000123>.
	Durations bool
	// Status is -e status=: print only calls that ended so (0: all).
	// Each call's line is then held until it ends, never split by
	// another thread's output.
	Status Status
	// Signals is -e signal=: the signals whose delivery is shown (nil:
	// all).
	Signals *syscalls.NumberSet
	// QuietExit hides "+++ exited with N +++" and "+++ killed by ...
	// +++" (-e quiet=exit, -qq); QuietSuperseded hides "+++ superseded by
	// execve ... +++" (-e quiet=superseded).
	QuietExit, QuietSuperseded bool
}

// Status is a set of the ways a call can end, for -e status=.
type Status uint8

// The statuses strace knows.
const (
	StatusSuccessful  Status = 1 << iota // returned without error
	StatusFailed                         // returned an error
	StatusUnfinished                     // never returned (exit, execve elsewhere)
	StatusUnavailable                    // returned, but its result cannot be read
	StatusDetached                       // interrupted by a detach
)

// ParseStatus reads -e status='s list.
func ParseStatus(list []string) (Status, bool) {
	var st Status
	for _, name := range list {
		switch name {
		case "successful":
			st |= StatusSuccessful
		case "failed":
			st |= StatusFailed
		case "unfinished":
			st |= StatusUnfinished
		case "unavailable":
			st |= StatusUnavailable
		case "detached":
			st |= StatusDetached
		case "all":
			st |= StatusSuccessful | StatusFailed | StatusUnfinished | StatusUnavailable | StatusDetached
		case "none":
		default:
			return 0, false
		}
	}
	return st, true
}

// Printer is a tracer.Handler that writes strace-format text.
type Printer struct {
	opts Options
	dec  *decode.Decoder

	shared  *stream // the one output, unless PerThread
	threads map[int]*threadState
	live    int // threads being traced, for PrefixAuto
	err     error
	// now is the time of the event being printed; last the time of the
	// previous line, for -r.
	now, last time.Time
}

// stream is one output with the line being built on it. Only one line can
// be open on a stream: another thread's output ends it "<unfinished ...>".
type stream struct {
	w    *output.Writer
	open *threadState
	line []byte
}

// threadState is what the printer remembers of a thread.
type threadState struct {
	tid int
	out *stream
	// inCall: the syscall's entry was printed and its exit was not.
	inCall bool
	// nr is the number of the thread's current or last syscall, for -n;
	// hasNr says there was one.
	nr    uint64
	hasNr bool
	// abi is the ABI of the thread's last call, for Personality.
	abi syscalls.ABI
	// held is the line of a call whose printing waits for its end
	// (Options.Status).
	held []byte
}

// New returns a Printer writing to w (ignored with Options.PerThread).
func New(w io.Writer, opts Options) *Printer {
	if opts.Column <= 0 {
		opts.Column = 40
	}
	p := &Printer{
		opts:    opts,
		dec:     decode.NewDecoder(opts.Decode),
		threads: make(map[int]*threadState),
	}
	if opts.PerThread == nil {
		p.shared = newStream(w)
	}
	return p
}

func newStream(w io.Writer) *stream {
	return &stream{w: output.New(w), line: make([]byte, 0, 1024)}
}

// Err returns the first error opening a per-thread output, if any.
func (p *Printer) Err() error { return p.err }

// Close flushes and stops the outputs; per-thread files are closed.
func (p *Printer) Close() error {
	if p.shared != nil {
		return p.shared.w.Stop()
	}
	var first error
	for _, ts := range p.threads {
		if err := ts.out.w.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Flush writes out buffered output (tracer.Flusher).
func (p *Printer) Flush() error {
	if p.shared != nil {
		return p.shared.w.Flush()
	}
	var first error
	for _, ts := range p.threads {
		if err := ts.out.w.Flush(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// thread returns the state of tid, creating it (and, with -ff, its
// output) when tid is new.
func (p *Printer) thread(tid int) *threadState {
	ts := p.threads[tid]
	if ts != nil {
		return ts
	}
	ts = &threadState{tid: tid, out: p.shared}
	if p.shared == nil {
		w, err := p.opts.PerThread(tid)
		if err != nil {
			if p.err == nil {
				p.err = err
			}
			w = io.Discard
		}
		ts.out = newStream(w)
	}
	p.threads[tid] = ts
	return ts
}

// drop forgets a thread, closing its own output.
func (p *Printer) drop(ts *threadState) {
	delete(p.threads, ts.tid)
	if p.shared == nil {
		ts.out.w.Close()
	}
}

// Handle implements tracer.Handler.
func (p *Printer) Handle(ev *tracer.Event) tracer.Action {
	p.now = ev.Time
	switch ev.Kind {
	case tracer.NewTask:
		p.live++
		ts := p.thread(ev.Task.Tid)
		ts.abi = p.opts.NativeABI
		if ev.Parent != nil {
			if parent := p.threads[ev.Parent.Tid]; parent != nil {
				ts.abi = parent.abi
			}
		}
	case tracer.SyscallEnter:
		p.enter(ev)
	case tracer.SyscallExit:
		p.exit(ev)
	case tracer.SignalDelivery:
		p.signal(ev)
	case tracer.GroupStop:
		ts := p.thread(ev.Task.Tid)
		s := p.startLine(ts)
		s.line = append(s.line, "--- stopped by "...)
		s.line = decode.AppendSignal(s.line, ev.Signal)
		s.line = append(s.line, " ---\n"...)
		s.flushLine()
	case tracer.Exited, tracer.Killed:
		p.exitThread(ev)
	case tracer.Exec:
		p.exec(ev)
	case tracer.Detached:
		p.detached(ev)
	}
	return tracer.Continue
}

// endOpen ends a line another thread left open: "<unfinished ...>".
func (s *stream) endOpen() {
	if s.open == nil {
		return
	}
	s.line = append(s.line, " <unfinished ...>\n"...)
	s.w.Write(s.line)
	s.open = nil
	s.line = s.line[:0]
}

func (s *stream) flushLine() {
	s.w.Write(s.line)
	s.line = s.line[:0]
}

// startLine ends any open line of ts's stream and begins one for ts with
// its prefix.
func (p *Printer) startLine(ts *threadState) *stream {
	s := ts.out
	s.endOpen()
	s.line = p.prefix(s.line[:0], ts)
	return s
}

// prefix appends a line's prefix for ts: pid, time stamps, syscall number.
func (p *Printer) prefix(line []byte, ts *threadState) []byte {
	prefix := p.opts.Prefix
	if prefix == PrefixAutoPlain {
		prefix = PrefixNever
		if p.live > 1 {
			prefix = PrefixAlways
		}
	}
	switch prefix {
	case PrefixAlways:
		line = strconv.AppendInt(line, int64(ts.tid), 10)
		for len(line) < 5 {
			line = append(line, ' ')
		}
		line = append(line, ' ')
	case PrefixAuto:
		if p.live > 1 {
			line = append(line, "[pid "...)
			var tmp [12]byte
			n := strconv.AppendInt(tmp[:0], int64(ts.tid), 10)
			for i := len(n); i < 5; i++ {
				line = append(line, ' ')
			}
			line = append(line, n...)
			line = append(line, "] "...)
		}
	}
	if p.opts.Stamps > 0 || p.opts.Relative {
		line = p.appendStamp(line)
	}
	if p.opts.Numbers {
		line = append(line, '[')
		if ts.hasNr {
			var tmp [20]byte
			n := strconv.AppendUint(tmp[:0], ts.nr, 10)
			for i := len(n); i < 4; i++ {
				line = append(line, ' ')
			}
			line = append(line, n...)
		} else {
			line = append(line, '?')
		}
		line = append(line, "] "...)
	}
	return line
}

func (p *Printer) enter(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	ts.nr, ts.hasNr = ev.Call.Nr, true
	if ts.abi == syscalls.ABIUnknown {
		ts.abi = p.opts.NativeABI
	}
	if abi := ev.Call.ABI; abi != ts.abi && abi != syscalls.ABIUnknown {
		ts.abi = abi
		if p.opts.Personality {
			s := p.startLine(ts)
			s.line = append(s.line, "[ Process PID="...)
			s.line = strconv.AppendInt(s.line, int64(ts.tid), 10)
			s.line = append(s.line, " runs in "...)
			s.line = append(s.line, personalityName(abi)...)
			s.line = append(s.line, " mode. ]\n"...)
			s.flushLine()
		}
	}
	if p.opts.Status != 0 {
		// Hold the line until the call ends; another thread's output
		// does not cut it.
		ts.held = p.prefix(ts.held[:0], ts)
		p.dec.Mem, p.dec.Tid = ev.Mem, ev.Task.Tid
		ts.held = p.dec.Enter(ts.held, ev.Call)
		ts.inCall = true
		return
	}
	s := p.startLine(ts)
	p.dec.Mem, p.dec.Tid = ev.Mem, ev.Task.Tid
	s.line = p.dec.Enter(s.line, ev.Call)
	ts.inCall = true
	s.open = ts
}

func (p *Printer) exit(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	if !ts.inCall {
		// An exit without its entry: nothing to join it to.
		return
	}
	s := ts.out
	if p.opts.Status != 0 {
		want := StatusSuccessful
		if ev.Call.Failed {
			want = StatusFailed
		}
		ts.inCall = false
		if p.opts.Status&want == 0 {
			return
		}
		s.endOpen()
		s.line = append(s.line[:0], ts.held...)
	} else if s.open != ts {
		p.startLine(ts)
		resumed(s, ev.Call)
	}
	p.dec.Mem, p.dec.Tid = ev.Mem, ev.Task.Tid
	s.line = p.dec.Exit(s.line, ev.Call)
	p.align(s)
	s.line = p.dec.Return(s.line, ev.Call)
	if p.opts.Durations {
		s.line = appendDuration(s.line, ev.Call.ExitTime.Sub(ev.Call.EnterTime))
	}
	s.line = append(s.line, '\n')
	if p.opts.DumpRead != nil || p.opts.DumpWrite != nil {
		s.line = p.dec.AppendDump(s.line, ev.Call, p.opts.DumpRead, p.opts.DumpWrite)
	}
	s.flushLine()
	ts.inCall = false
	s.open = nil
}

// resumed begins the second half of an interrupted line.
func resumed(s *stream, c *syscalls.Call) {
	s.line = append(s.line, "<... "...)
	if name := c.Name(); name != "" {
		s.line = append(s.line, name...)
	} else {
		s.line = append(s.line, "syscall_0x"...)
		s.line = strconv.AppendUint(s.line, c.Nr, 16)
	}
	s.line = append(s.line, " resumed>"...)
}

// align pads the line to the " = " column as strace does: spaces up to
// the column, at least one, then "= ".
func (p *Printer) align(s *stream) {
	n := len(s.line)
	if n < p.opts.Column {
		for ; n < p.opts.Column; n++ {
			s.line = append(s.line, ' ')
		}
	} else {
		s.line = append(s.line, ' ')
	}
	s.line = append(s.line, '=', ' ')
}

func (p *Printer) signal(ev *tracer.Event) {
	if p.opts.Signals != nil && !p.opts.Signals.Has(ev.Signal) {
		return
	}
	ts := p.thread(ev.Task.Tid)
	s := p.startLine(ts)
	s.line = append(s.line, "--- "...)
	s.line = decode.AppendSignal(s.line, ev.Signal)
	s.line = append(s.line, ' ')
	s.line = p.dec.AppendSiginfo(s.line, ev.Siginfo[:], ev.Task.Call.ABI)
	s.line = append(s.line, " ---\n"...)
	s.flushLine()
}

// endCall finishes a call the thread will never return from (it exited,
// or vanished in another thread's execve): "= ?".
func (p *Printer) endCall(ts *threadState, c *syscalls.Call) {
	if !ts.inCall {
		return
	}
	s := ts.out
	if p.opts.Status != 0 {
		ts.inCall = false
		if p.opts.Status&StatusUnfinished == 0 {
			return
		}
		s.endOpen()
		s.line = append(s.line[:0], ts.held...)
		if !decode.EntryDone(c) {
			s.line = append(s.line, " <unfinished ...>"...)
		}
		s.line = append(s.line, ')')
		p.align(s)
		s.line = append(s.line, "?\n"...)
		s.flushLine()
		return
	}
	if s.open != ts {
		p.startLine(ts)
		resumed(s, c)
	} else if !decode.EntryDone(c) {
		s.line = append(s.line, " <unfinished ...>"...)
	}
	s.line = append(s.line, ')')
	p.align(s)
	s.line = append(s.line, "?\n"...)
	s.flushLine()
	s.open = nil
	ts.inCall = false
}

// exitThread prints how a thread ended.
func (p *Printer) exitThread(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	p.endCall(ts, &ev.Task.Call)
	if p.opts.QuietExit {
		p.drop(ts)
		p.live--
		return
	}
	s := p.startLine(ts)
	if ev.Kind == tracer.Exited {
		s.line = append(s.line, "+++ exited with "...)
		s.line = strconv.AppendInt(s.line, int64(ev.Status), 10)
		s.line = append(s.line, " +++\n"...)
	} else {
		s.line = append(s.line, "+++ killed by "...)
		s.line = decode.AppendSignal(s.line, ev.Signal)
		if ev.Core {
			s.line = append(s.line, " (core dumped)"...)
		}
		s.line = append(s.line, " +++\n"...)
	}
	s.flushLine()
	p.drop(ts)
	p.live--
}

// exec handles an execve by a thread that was not the leader: the leader's
// pending call ends, it is "superseded", and the thread carries on under
// the leader's id (and, with -ff, in the leader's output).
func (p *Printer) exec(ev *tracer.Event) {
	if ev.Leader == nil || ev.OldTid == ev.Task.Tid {
		return
	}
	leader := p.thread(ev.Leader.Tid)
	p.endCall(leader, &ev.Leader.Call)
	execer := p.thread(ev.OldTid)
	if p.shared == nil {
		// -ff: the thread's own file ends here; the leader's goes on.
		if execer.out.open == execer {
			execer.out.line = append(execer.out.line, " <pid changed to "...)
			execer.out.line = strconv.AppendInt(execer.out.line, int64(ev.Task.Tid), 10)
			execer.out.line = append(execer.out.line, " ...>\n"...)
			execer.out.flushLine()
			execer.out.open = nil
		}
		old := execer.out
		execer.out = leader.out
		old.w.Close()
	} else if execer.out.open == execer {
		execer.out.endOpen()
	}
	delete(p.threads, leader.tid)
	delete(p.threads, execer.tid)
	execer.tid = ev.Task.Tid
	p.threads[execer.tid] = execer
	p.live--
	if p.opts.QuietSuperseded {
		return
	}
	s := p.startLine(execer)
	s.line = append(s.line, "+++ superseded by execve in pid "...)
	s.line = strconv.AppendInt(s.line, int64(ev.OldTid), 10)
	s.line = append(s.line, " +++\n"...)
	s.flushLine()
}

// detached ends a thread's line with " <detached ...>" when the trace lets
// go of it in the middle of a call.
func (p *Printer) detached(ev *tracer.Event) {
	ts := p.thread(ev.Task.Tid)
	if ts.inCall && ts.out.open == ts {
		ts.out.line = append(ts.out.line, " <detached ...>\n"...)
		ts.out.flushLine()
		ts.out.open = nil
	}
	p.drop(ts)
	p.live--
}

// personalityName is strace's name for an ABI in personality notices.
func personalityName(abi syscalls.ABI) string {
	switch abi {
	case syscalls.I386:
		return "32 bit"
	case syscalls.X32:
		return "x32"
	}
	return "64 bit"
}

// appendStamp appends the -t/-tt/-ttt and -r fields of a line.
func (p *Printer) appendStamp(b []byte) []byte {
	now := p.now
	switch p.opts.Stamps {
	case 1:
		b = now.AppendFormat(b, "15:04:05 ")
	case 2:
		b = now.AppendFormat(b, "15:04:05.000000 ")
	case 3:
		b = strconv.AppendInt(b, now.Unix(), 10)
		b = append(b, '.')
		b = appendPadded(b, int64(now.Nanosecond()/1000), 6)
		b = append(b, ' ')
	}
	if p.opts.Relative {
		if p.last.IsZero() {
			p.last = now
		}
		d := now.Sub(p.last)
		p.last = now
		if d < 0 {
			d = 0
		}
		if p.opts.Stamps > 0 {
			b = append(b, "(+"...)
		}
		sec := strconv.AppendInt(nil, int64(d/time.Second), 10)
		for i := len(sec); i < 6; i++ {
			b = append(b, ' ')
		}
		b = append(b, sec...)
		b = append(b, '.')
		b = appendPadded(b, int64(d%time.Second/time.Microsecond), 6)
		if p.opts.Stamps > 0 {
			b = append(b, ") "...)
		} else {
			b = append(b, ' ')
		}
	}
	return b
}

// appendDuration appends -T's " <0.000123>".
func appendDuration(b []byte, d time.Duration) []byte {
	if d < 0 {
		d = 0
	}
	b = append(b, " <"...)
	b = strconv.AppendInt(b, int64(d/time.Second), 10)
	b = append(b, '.')
	b = appendPadded(b, int64(d%time.Second/time.Microsecond), 6)
	return append(b, '>')
}

// appendPadded appends v in decimal with leading zeros to width digits.
func appendPadded(b []byte, v int64, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], v, 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
