// Package jsonout is the tracer handler behind --json: one JSON object a
// line for every event, for machines. The schema is documented in the
// README ("JSON output"); every object has "type", "time", "pid" and
// "tid".
package jsonout

import (
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/output"
)

// Options configure a Writer.
type Options struct {
	// Decode are the decoding options for the "text" and argument
	// "value" fields.
	Decode decode.Options
	// PerThread, if set, gives each thread its own output (-ff).
	PerThread func(tid int) (io.Writer, error)
}

// Writer is a tracer.Handler writing JSON lines.
type Writer struct {
	opts    Options
	dec     *decode.Decoder
	shared  *output.Writer
	outs    map[int]*output.Writer
	pending map[int]*pending
	line    []byte
	err     error
}

// pending is what a thread's call showed at entry.
type pending struct {
	enter  []byte   // the line's entry half
	values [][]byte // per-argument values decoded at entry
	has    []bool   // which values could be decoded
	split  bool     // the call has a signature to name its arguments
	inCall bool     // entered, not yet exited
}

// New returns a Writer to w (ignored with PerThread).
func New(w io.Writer, opts Options) *Writer {
	j := &Writer{
		opts:    opts,
		dec:     decode.NewDecoder(opts.Decode),
		outs:    map[int]*output.Writer{},
		pending: map[int]*pending{},
	}
	if opts.PerThread == nil {
		j.shared = output.New(w)
	}
	return j
}

// Err returns the first error opening a per-thread output.
func (j *Writer) Err() error { return j.err }

// Close flushes and stops the outputs; per-thread files are closed.
func (j *Writer) Close() error {
	if j.shared != nil {
		return j.shared.Stop()
	}
	var first error
	for _, w := range j.outs {
		if err := w.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Flush implements tracer.Flusher.
func (j *Writer) Flush() error {
	if j.shared != nil {
		return j.shared.Flush()
	}
	var first error
	for _, w := range j.outs {
		if err := w.Flush(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (j *Writer) out(tid int) *output.Writer {
	if j.shared != nil {
		return j.shared
	}
	w := j.outs[tid]
	if w == nil {
		f, err := j.opts.PerThread(tid)
		if err != nil {
			if j.err == nil {
				j.err = err
			}
			f = io.Discard
		}
		w = output.New(f)
		j.outs[tid] = w
	}
	return w
}

// Handle implements tracer.Handler.
func (j *Writer) Handle(ev *tracer.Event) tracer.Action {
	switch ev.Kind {
	case tracer.SyscallEnter:
		j.enter(ev)
	case tracer.SyscallExit:
		j.exit(ev)
	case tracer.SignalDelivery:
		j.start("signal", ev)
		j.str("signal", decode.SignalName(ev.Signal))
		j.num("signo", int64(ev.Signal))
		j.line = append(j.line, `,"siginfo":`...)
		info := j.dec.AppendSiginfo(nil, ev.Siginfo[:], ev.Task.Call.ABI)
		j.line = appendString(j.line, info)
		j.end(ev.Task.Tid)
	case tracer.GroupStop:
		j.start("stop", ev)
		j.str("signal", decode.SignalName(ev.Signal))
		j.end(ev.Task.Tid)
	case tracer.Exited:
		j.unfinished(ev)
		j.start("exit", ev)
		j.num("status", int64(ev.Status))
		j.end(ev.Task.Tid)
	case tracer.Killed:
		j.unfinished(ev)
		j.start("killed", ev)
		j.str("signal", decode.SignalName(ev.Signal))
		j.num("signo", int64(ev.Signal))
		j.line = append(j.line, `,"core":`...)
		j.line = strconv.AppendBool(j.line, ev.Core)
		j.end(ev.Task.Tid)
	case tracer.Exec:
		if ev.OldTid != ev.Task.Tid {
			j.start("superseded", ev)
			j.num("old_tid", int64(ev.OldTid))
			j.end(ev.Task.Tid)
			if p := j.pending[ev.OldTid]; p != nil {
				delete(j.pending, ev.OldTid)
				j.pending[ev.Task.Tid] = p
			}
		}
	case tracer.Attached:
		j.start("attach", ev)
		j.num("threads", int64(ev.Threads))
		j.end(ev.Task.Tid)
	case tracer.Detached:
		j.start("detach", ev)
		j.end(ev.Task.Tid)
	case tracer.Violation:
		// The call itself is its own syscall line; this says what the
		// policy made of it.
		c := ev.Call
		j.start("violation", ev)
		j.str("abi", c.ABI.String())
		j.num("nr", int64(c.Nr))
		name := c.Name()
		if name == "" {
			name = "syscall_0x" + strconv.FormatUint(c.Nr, 16)
		}
		j.str("name", name)
		j.str("action", ev.Action)
		j.str("rule", ev.Rule)
		j.end(ev.Task.Tid)
	case tracer.LimitHit:
		j.start("limit", ev)
		j.str("limit", ev.Limit)
		j.end(ev.Task.Tid)
	}
	return tracer.Continue
}

func (j *Writer) enter(ev *tracer.Event) {
	p := j.pending[ev.Task.Tid]
	if p == nil {
		p = &pending{}
		j.pending[ev.Task.Tid] = p
	}
	j.dec.Mem, j.dec.Tid = ev.Mem, ev.Task.Tid
	c := ev.Call
	p.enter = j.dec.Enter(p.enter[:0], c)
	p.inCall = true
	p.split = false
	n := 0
	if c.Sys != nil && c.Sys.Sig != nil {
		n = len(c.Sys.Sig.Args)
	}
	for len(p.values) < n {
		p.values = append(p.values, nil)
	}
	p.values = p.values[:n]
	p.has = append(p.has[:0], make([]bool, n)...)
	p.split = n > 0
	for i := 0; i < n; i++ {
		p.values[i] = p.values[i][:0]
		if c.Sys.Sig.Args[i].Kind.AtExit() {
			continue
		}
		p.values[i], p.has[i] = j.dec.ArgValue(p.values[i], c, i)
	}
}

func (j *Writer) exit(ev *tracer.Event) {
	p := j.pending[ev.Task.Tid]
	if p == nil || !p.inCall {
		return
	}
	p.inCall = false
	c := ev.Call
	j.dec.Mem, j.dec.Tid = ev.Mem, ev.Task.Tid
	text := j.dec.Exit(append([]byte(nil), p.enter...), c)
	text = append(text, " = "...)
	retAt := len(text)
	text = j.dec.Return(text, c)
	if p.split && c.Sys != nil && c.Sys.Sig != nil {
		for i := range p.values {
			if i < len(c.Sys.Sig.Args) && c.Sys.Sig.Args[i].Kind.AtExit() {
				p.values[i], p.has[i] = j.dec.ArgValue(p.values[i][:0], c, i)
			}
		}
	}
	j.start("syscall", ev)
	j.call(c, p, text, retAt)
	if !c.EnterTime.IsZero() && !c.ExitTime.IsZero() {
		j.num("duration_ns", int64(c.ExitTime.Sub(c.EnterTime)))
	}
	j.end(ev.Task.Tid)
}

// unfinished reports the call a thread was in when it ended, without a
// result.
func (j *Writer) unfinished(ev *tracer.Event) {
	p := j.pending[ev.Task.Tid]
	delete(j.pending, ev.Task.Tid)
	if p == nil || !p.inCall {
		return
	}
	j.start("syscall", ev)
	text := append(append([]byte(nil), p.enter...), ") = ?"...)
	j.call(&ev.Task.Call, p, text, -1)
	j.line = append(j.line, `,"unfinished":true`...)
	j.end(ev.Task.Tid)
}

// call writes a syscall's fields.
func (j *Writer) call(c *syscalls.Call, p *pending, text []byte, retAt int) {
	j.str("abi", c.ABI.String())
	j.num("nr", int64(c.Nr))
	j.line = append(j.line, `,"name":`...)
	if c.Sys != nil {
		j.line = appendString(j.line, []byte(c.Sys.Name))
	} else {
		j.line = append(j.line, "null"...)
	}
	n := 6
	var sig *syscalls.Signature
	if c.Sys != nil && c.Sys.Sig != nil {
		sig = c.Sys.Sig
		n = len(sig.Args)
	} else if c.Sys != nil {
		n = syscalls.ArgCount(c.ABI, c.Sys.Name)
	}
	j.line = append(j.line, `,"args":[`...)
	for i := 0; i < n && i < 6; i++ {
		if i > 0 {
			j.line = append(j.line, ',')
		}
		j.line = append(j.line, '{')
		if sig != nil {
			j.line = append(j.line, `"name":`...)
			j.line = appendString(j.line, []byte(sig.Args[i].Name))
			j.line = append(j.line, ',')
		}
		j.line = append(j.line, `"raw":"0x`...)
		j.line = strconv.AppendUint(j.line, c.Args[i], 16)
		j.line = append(j.line, '"')
		if p.split && sig != nil && i < len(p.values) && p.has[i] && (retAt >= 0 || !sig.Args[i].Kind.AtExit()) {
			j.line = append(j.line, `,"value":`...)
			j.line = appendString(j.line, p.values[i])
		}
		j.line = append(j.line, '}')
	}
	j.line = append(j.line, ']')
	if retAt >= 0 {
		j.num("ret", c.Ret)
		j.line = append(j.line, `,"retval":`...)
		j.line = appendString(j.line, text[retAt:])
		if e := c.Errno(); e != 0 {
			j.str("errno", syscalls.ErrnoName(e))
			j.str("error", syscalls.ErrnoText(e))
		}
	}
	j.line = append(j.line, `,"text":`...)
	j.line = appendString(j.line, text)
}

// start begins an object with the fields every event has.
func (j *Writer) start(kind string, ev *tracer.Event) {
	j.line = append(j.line[:0], `{"type":"`...)
	j.line = append(j.line, kind...)
	j.line = append(j.line, '"')
	if !ev.Time.IsZero() {
		j.line = append(j.line, `,"time":"`...)
		j.line = ev.Time.UTC().AppendFormat(j.line, time.RFC3339Nano)
		j.line = append(j.line, '"')
	}
	j.num("pid", int64(ev.Task.Pid))
	j.num("tid", int64(ev.Task.Tid))
}

func (j *Writer) end(tid int) {
	j.line = append(j.line, "}\n"...)
	j.out(tid).Write(j.line)
}

func (j *Writer) num(key string, v int64) {
	j.line = append(j.line, ',', '"')
	j.line = append(j.line, key...)
	j.line = append(j.line, '"', ':')
	j.line = strconv.AppendInt(j.line, v, 10)
}

func (j *Writer) str(key, v string) {
	j.line = append(j.line, ',', '"')
	j.line = append(j.line, key...)
	j.line = append(j.line, '"', ':')
	j.line = appendString(j.line, []byte(v))
}

// appendString appends s as a JSON string. Bytes that are not valid UTF-8
// become U+FFFD (strace-format text is ASCII anyway).
func appendString(b []byte, s []byte) []byte {
	b = append(b, '"')
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		switch {
		case r == '"':
			b = append(b, '\\', '"')
		case r == '\\':
			b = append(b, '\\', '\\')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[r>>4], "0123456789abcdef"[r&15])
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		default:
			b = append(b, s[:size]...)
		}
		s = s[size:]
	}
	return append(b, '"')
}
