package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/jsonout"
	"github.com/gotrace/gotrace/tracer/judge"
	"github.com/gotrace/gotrace/tracer/policy"
	"github.com/gotrace/gotrace/tracer/summary"
	"github.com/gotrace/gotrace/tracer/text"
)

// trace runs the program under the tracer and returns gotrace's exit
// status.
func trace(cfg *config, stderr io.Writer) int {
	signals := catchSignals()
	defer signals.stop()
	quals, err := parseQualifiers(cfg.exprs, tracer.NativeTables())
	if err != nil {
		fmt.Fprintf(stderr, "gotrace: %s\n", err)
		return 1
	}
	var pol *policy.Policy
	if cfg.policy.active() {
		if len(cfg.attach) > 0 {
			fmt.Fprintf(stderr, "gotrace: a policy cannot be applied to attached processes (-p)\n")
			return 1
		}
		if len(cfg.argv) == 0 {
			fmt.Fprintf(stderr, "gotrace: a policy needs PROG\n")
			return 1
		}
		if pol, err = cfg.policy.buildPolicy(cfg.argv[0]); err != nil {
			fmt.Fprintf(stderr, "gotrace: %s\n", err)
			return 1
		}
	}
	if pol != nil && quals.trace == nil && quals.signals == nil {
		// Policy mode shows violations; signals only when asked for.
		quals.signals = &syscalls.NumberSet{}
	}
	var spec *forkexec.Spec
	if len(cfg.argv) > 0 {
		path, err := forkexec.LookPath(cfg.argv[0])
		if err != nil {
			fmt.Fprintf(stderr, "gotrace: %s\n", err)
			return 1
		}
		spec = &forkexec.Spec{Path: path, Argv: cfg.argv, Env: os.Environ()}
	}

	// Where output goes: stderr, -o FILE, or with -ff FILE.TID per
	// thread.
	out := stderr
	prefix := text.PrefixAuto
	var perThread func(int) (io.Writer, error)
	if cfg.output != "" && cfg.follow >= 2 {
		prefix = text.PrefixNever
		base := cfg.output
		perThread = func(tid int) (io.Writer, error) {
			return os.OpenFile(base+"."+strconv.Itoa(tid), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
		}
	} else if cfg.output != "" {
		f, err := os.OpenFile(cfg.output, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
		if err != nil {
			fmt.Fprintf(stderr, "gotrace: Can't fopen '%s': %s\n", cfg.output, errText(err))
			return 1
		}
		defer f.Close()
		out = f
		prefix = text.PrefixAutoPlain
		if cfg.follow == 1 {
			prefix = text.PrefixAlways
		}
	}

	decodeOpts := decode.Options{
		StringLimit: cfg.strsize,
		Verbose:     cfg.verbose,
		Hex:         cfg.hex,
		Decorate:    cfg.decor,
		Xlat:        xlatStyles[cfg.xlat],
		Raw:         quals.raw,
		Unabbrev:    quals.unabbrev,
		NoDeref:     quals.noDeref,
	}
	var outputs tracer.Multi
	var printer tracer.Handler
	switch {
	case cfg.count == 1:
		// -c: the summary only.
	case cfg.json:
		printer = jsonout.New(out, jsonout.Options{Decode: decodeOpts, PerThread: perThread})
	default:
		printer = text.New(out, text.Options{
			Column:    cfg.column,
			Prefix:    prefix,
			Decode:    decodeOpts,
			PerThread: perThread,
			Numbers:   cfg.numbers,
			// strace tells of ABI switches on stderr only, and not
			// with -q.
			Personality:     cfg.output == "" && cfg.quiet == 0 && !quals.quietPersonality,
			NativeABI:       tracer.NativeABI,
			DumpRead:        quals.read,
			DumpWrite:       quals.write,
			Stamps:          cfg.stamps,
			Relative:        cfg.relative,
			Durations:       cfg.durations,
			Status:          quals.status,
			Signals:         quals.signals,
			QuietExit:       cfg.quiet >= 2 || quals.quietExit,
			QuietSuperseded: quals.quietSuperseded,
		})
	}
	if printer != nil {
		outputs = append(outputs, printer)
	}
	var sum *summary.Summary
	if cfg.count > 0 {
		sum = summary.New(summary.Options{
			Columns:   cfg.columns,
			SortBy:    cfg.sortBy,
			Sorted:    cfg.sorted,
			WallClock: cfg.wall,
		}, tracer.NativeTableArray())
		outputs = append(outputs, sum)
	}
	var shown tracer.Handler = outputs
	if len(cfg.paths) > 0 {
		shown = newPathFilter(outputs, cfg.paths)
	}

	h := &cliHandler{out: shown, stderr: stderr, quiet: cfg.quiet > 0 || quals.quietAttach, started: spec != nil}
	if pol != nil {
		if quals.trace == nil {
			// Only violations are shown: no thread's attach notice.
			h.quiet = true
		}
		decode.Tables = tracer.NativeTableArray()
		js := &judgeSpec{Spec: &judge.Spec{
			Path: spec.Path, Argv: spec.Argv, Env: spec.Env,
			Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
			Policy: pol, Handler: h, Select: displaySet(quals.trace),
			Warn: func(msg string) { h.message("%s", msg) },
		}}
		js.finish = func() {
			outputs.Flush()
			if c, ok := printer.(io.Closer); ok {
				c.Close()
			}
			if sum != nil {
				sum.Write(out, tracer.NativeABI)
			}
		}
		return runPolicy(&cfg.policy, pol, js, stderr)
	}
	t := tracer.New(tracer.Options{
		Handler:    h,
		Follow:     cfg.follow > 0,
		Attach:     cfg.attach,
		Select:     quals.trace,
		Prefilter:  cfg.prefilter,
		Timestamps: cfg.stamps > 0 || cfg.relative || cfg.durations || cfg.json || (cfg.count > 0 && cfg.wall),
		Rusage:     cfg.count > 0 && !cfg.wall,
	})
	decode.Tables = t.Tables()

	signals.forwardTo(t)

	res, err := t.Run(spec)
	if err != nil {
		var ce *forkexec.ChildError
		var ae *tracer.AttachError
		if errors.As(err, &ce) || errors.As(err, &ae) {
			// Already reported by the handler, as strace does.
			return 1
		}
		fmt.Fprintf(stderr, "gotrace: %s\n", err)
		return 1
	}
	outputs.Flush()
	if c, ok := printer.(io.Closer); ok {
		c.Close()
	}
	if sum != nil {
		if err := sum.Write(out, tracer.NativeABI); err != nil {
			fmt.Fprintf(stderr, "gotrace: %s\n", err)
		}
	}
	if res.Signal != 0 {
		dieOfSignal(unix.Signal(res.Signal))
		return 128 + res.Signal
	}
	return res.ExitStatus
}

// cliHandler passes events to the outputs and prints gotrace's own
// messages (attach, detach, start-up failures) the way strace does.
type cliHandler struct {
	out    tracer.Handler
	stderr io.Writer
	quiet  bool
	// started: gotrace started a program, whose first task is not
	// announced as attached.
	started bool
	seen    bool
}

// message prints one of gotrace's own messages to stderr, after the trace
// so far.
func (h *cliHandler) message(format string, args ...any) {
	h.Flush()
	fmt.Fprintf(h.stderr, "gotrace: "+format+"\n", args...)
}

// Handle implements tracer.Handler.
func (h *cliHandler) Handle(ev *tracer.Event) tracer.Action {
	switch ev.Kind {
	case tracer.NewTask:
		first := h.started && !h.seen
		h.seen = true
		if !first && !h.quiet && !(ev.Task.Attached && ev.Parent == nil) {
			h.message("Process %d attached", ev.Task.Tid)
		}
	case tracer.Attached:
		if !h.quiet {
			if ev.Threads > 1 {
				h.message("Process %d attached with %d threads", ev.Task.Tid, ev.Threads)
			} else {
				h.message("Process %d attached", ev.Task.Tid)
			}
		}
	case tracer.Detached:
		act := h.out.Handle(ev)
		if !h.quiet {
			h.message("Process %d detached", ev.Task.Tid)
		}
		return act
	case tracer.Violation:
		act := h.out.Handle(ev)
		c := ev.Call
		name := c.Name()
		if name == "" {
			name = "syscall_0x" + strconv.FormatUint(c.Nr, 16)
		}
		h.message("policy: %s (%s) by pid %d: %s (%s)", name, c.ABI, ev.Task.Tid, ev.Action, ev.Rule)
		return act
	case tracer.LimitHit:
		h.out.Handle(ev)
		return tracer.Continue
	case tracer.StartFailed:
		var ce *forkexec.ChildError
		if errors.As(ev.Err, &ce) && ce.Step == forkexec.StepExec {
			h.message("exec: %s", forkexec.ErrnoText(ce.Errno))
		} else {
			h.message("%s", ev.Err)
		}
		return tracer.Continue
	}
	return h.out.Handle(ev)
}

// Flush implements tracer.Flusher.
func (h *cliHandler) Flush() error {
	if f, ok := h.out.(tracer.Flusher); ok {
		return f.Flush()
	}
	return nil
}
