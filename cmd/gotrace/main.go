// Command gotrace traces the system calls and signals of a program, with
// strace's flags and strace's output.
//
//	gotrace [-o FILE] [-s N] [-a N] [-q] [--] PROG [ARGS...]
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/spf13/pflag"
	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/text"
)

// version is gotrace's version, printed by -V.
const version = "0.1.0"

const usage = `Usage: gotrace [-fqV] [-a COLUMN] [-o FILE] [-s STRSIZE] [-p PID]... [--] PROG [ARGS]
   or: gotrace [-fqV] [-a COLUMN] [-o FILE] [-s STRSIZE] -p PID[,PID...]...

Trace the system calls and signals of PROG, as strace does.

Tracing:
  -f, --follow-forks
                 follow forks, vforks and clones (threads too)
  -ff, --output-separately
                 with -o FILE, write each thread's trace to FILE.TID
  -p PID, --attach=PID
                 trace process PID (comma-separated or repeated for several);
                 on SIGINT, SIGTERM or SIGHUP gotrace detaches and they run on

Output format:
  -v, --no-abbrev
                 print structures, arrays and environments in full
  -x, --strings-in-hex
                 print non-ASCII strings in hex; -xx: all strings in hex
  -X STYLE, --const-print-style=STYLE
                 print named constants as raw numbers, abbrev (names, the
                 default) or verbose (both)
  -n, --syscall-number
                 print the syscall number before each line
  -e abbrev=SET, -e verbose=SET, -e raw=SET
                 abbreviate structures, dereference structures, or print
                 raw arguments only for the syscalls in SET (names, %class,
                 /regex, all, none, !SET)
  -e trace=SET   trace only the syscalls in SET
  --seccomp-bpf=false
                 stop at every syscall even when -e trace= selects some
                 (by default a seccomp filter lets the others run unstopped)
  -e read=FDS, -e write=FDS
                 hex-dump all data read from / written to descriptors FDS
  -y, --decode-fds
                 print the path of each file descriptor; -yy: also socket
                 endpoints and device numbers
  -a COLUMN, --columns=COLUMN
                 alignment COLUMN for printing syscall results (default 40)
  -o FILE, --output=FILE
                 send trace output to FILE instead of stderr
  -q, --quiet    suppress messages about attaching and detaching;
                 -qq also suppresses messages about process exit status
  -s STRSIZE, --string-limit=STRSIZE
                 limit length of print strings to STRSIZE chars (default 32)

Miscellaneous:
  -h, --help     print this help message
  -V, --version  print version
`

// xlatStyles maps -X's arguments to styles.
var xlatStyles = map[string]decode.XlatStyle{"abbrev": decode.XlatAbbrev, "raw": decode.XlatRaw, "verbose": decode.XlatVerbose}

// config is the parsed command line.
type config struct {
	output  string
	strsize int
	column  int
	quiet   int
	decor   int      // -y, -yy
	verbose bool     // -v
	hex     int      // -x, -xx
	numbers bool     // -n
	xlat    string   // -X
	exprs   []string // -e
	// prefilter is --seccomp-bpf: stop only at selected calls.
	prefilter bool
	follow    int
	attach    []int
	argv      []string
}

// usageError is a command-line mistake: reported with a hint, exit 1.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is gotrace's main, returning the exit status (unless the traced
// program died of a signal, in which case gotrace dies of it too).
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseArgs(args, stdout, stderr)
	if err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "gotrace: %s\n", err)
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "Try 'gotrace -h' for more information.")
		}
		return 1
	}
	if cfg == nil {
		return 0
	}
	return trace(cfg, stderr)
}

// parseArgs parses strace-style flags. Flags stop at the first program
// argument, so the program's own flags are left alone.
func parseArgs(args []string, stdout, stderr io.Writer) (*config, error) {
	fs := pflag.NewFlagSet("gotrace", pflag.ContinueOnError)
	fs.SetInterspersed(false)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	cfg := &config{}
	fs.StringVarP(&cfg.output, "output", "o", "", "")
	fs.IntVarP(&cfg.strsize, "string-limit", "s", 32, "")
	fs.IntVarP(&cfg.column, "columns", "a", 40, "")
	fs.CountVarP(&cfg.quiet, "quiet", "q", "")
	fs.CountVarP(&cfg.follow, "follow-forks", "f", "")
	fs.CountVarP(&cfg.decor, "decode-fds", "y", "")
	fs.BoolVarP(&cfg.verbose, "no-abbrev", "v", false, "")
	fs.CountVarP(&cfg.hex, "strings-in-hex", "x", "")
	fs.BoolVarP(&cfg.numbers, "syscall-number", "n", false, "")
	fs.StringVarP(&cfg.xlat, "const-print-style", "X", "abbrev", "")
	fs.StringArrayVarP(&cfg.exprs, "expr", "e", nil, "")
	fs.BoolVar(&cfg.prefilter, "seccomp-bpf", true, "")
	separately := fs.Bool("output-separately", false, "")
	attach := fs.StringArrayP("attach", "p", nil, "")
	help := fs.BoolP("help", "h", false, "")
	showVersion := fs.BoolP("version", "V", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			io.WriteString(stderr, usage)
			return nil, nil
		}
		return nil, &usageError{err.Error()}
	}
	if *help {
		io.WriteString(stdout, usage)
		return nil, nil
	}
	if *showVersion {
		fmt.Fprintf(stdout, "gotrace -- version %s\n", version)
		return nil, nil
	}
	switch cfg.xlat {
	case "raw", "abbrev", "verbose":
	default:
		return nil, &usageError{fmt.Sprintf("invalid xlat style '%s'", cfg.xlat)}
	}
	if cfg.strsize < 0 {
		return nil, &usageError{fmt.Sprintf("invalid -s argument: '%d'", cfg.strsize)}
	}
	if cfg.column < 0 {
		return nil, &usageError{fmt.Sprintf("invalid -a argument: '%d'", cfg.column)}
	}
	if *separately && cfg.follow < 2 {
		cfg.follow = 2
	}
	for _, list := range *attach {
		for _, f := range strings.Split(list, ",") {
			pid, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || pid <= 0 {
				return nil, &usageError{fmt.Sprintf("Invalid process id: '%s'", f)}
			}
			if pid == os.Getpid() {
				return nil, &usageError{"I'm sorry, I can't let you do that, Dave."}
			}
			cfg.attach = append(cfg.attach, pid)
		}
	}
	cfg.argv = fs.Args()
	if len(cfg.argv) == 0 && len(cfg.attach) == 0 {
		io.WriteString(stderr, usage)
		return nil, &usageError{"must have PROG [ARGS] or -p PID"}
	}
	return cfg, nil
}

// trace runs the program under the tracer and returns gotrace's exit
// status.
func trace(cfg *config, stderr io.Writer) int {
	quals, err := parseQualifiers(cfg.exprs, tracer.NativeTables())
	if err != nil {
		fmt.Fprintf(stderr, "gotrace: %s\n", err)
		return 1
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

	out := stderr
	prefix := text.PrefixAuto
	var perThread func(int) (io.Writer, error)
	if cfg.output != "" && cfg.follow >= 2 {
		// -ff: one file per thread, FILE.TID, no prefixes.
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

	printer := text.New(out, text.Options{
		Column: cfg.column,
		Prefix: prefix,
		Decode: decode.Options{
			StringLimit: cfg.strsize,
			Verbose:     cfg.verbose,
			Hex:         cfg.hex,
			Decorate:    cfg.decor,
			Xlat:        xlatStyles[cfg.xlat],
			Raw:         quals.raw,
			Unabbrev:    quals.unabbrev,
			NoDeref:     quals.noDeref,
		},
		PerThread: perThread,
		Numbers:   cfg.numbers,
		// strace tells of ABI switches on stderr only, and not with -q.
		Personality: cfg.output == "" && cfg.quiet == 0,
		NativeABI:   tracer.NativeABI,
		DumpRead:    quals.read,
		DumpWrite:   quals.write,
	})
	h := &cliHandler{printer: printer, stderr: stderr, quiet: cfg.quiet, started: spec != nil}
	t := tracer.New(tracer.Options{
		Handler:   h,
		Follow:    cfg.follow > 0,
		Attach:    cfg.attach,
		Select:    quals.trace,
		Prefilter: cfg.prefilter,
	})
	decode.Tables = t.Tables()

	stop := forwardSignals(t)
	defer stop()

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
	printer.Flush()
	if res.Signal != 0 {
		dieOfSignal(unix.Signal(res.Signal))
		return 128 + res.Signal
	}
	return res.ExitStatus
}

// cliHandler prints the trace and reports start-up failures the way
// strace does.
type cliHandler struct {
	printer *text.Printer
	stderr  io.Writer
	quiet   int
	// started: gotrace started a program, whose first task is not
	// announced as attached.
	started bool
	seen    bool
}

// message prints one of gotrace's own messages to stderr, after the trace
// so far.
func (h *cliHandler) message(format string, args ...any) {
	h.printer.Flush()
	fmt.Fprintf(h.stderr, "gotrace: "+format+"\n", args...)
}

func (h *cliHandler) Handle(ev *tracer.Event) tracer.Action {
	switch ev.Kind {
	case tracer.NewTask:
		first := h.started && !h.seen
		h.seen = true
		if !first && h.quiet == 0 && !(ev.Task.Attached && ev.Parent == nil) {
			h.message("Process %d attached", ev.Task.Tid)
		}
	case tracer.Attached:
		if h.quiet == 0 {
			if ev.Threads > 1 {
				h.message("Process %d attached with %d threads", ev.Task.Tid, ev.Threads)
			} else {
				h.message("Process %d attached", ev.Task.Tid)
			}
		}
		return tracer.Continue
	case tracer.Detached:
		act := h.printer.Handle(ev)
		if h.quiet == 0 {
			h.message("Process %d detached", ev.Task.Tid)
		}
		return act
	case tracer.StartFailed:
		var ce *forkexec.ChildError
		if errors.As(ev.Err, &ce) && ce.Step == forkexec.StepExec {
			h.message("exec: %s", forkexec.ErrnoText(ce.Errno))
		} else {
			h.message("%s", ev.Err)
		}
		return tracer.Continue
	case tracer.Exited, tracer.Killed:
		if h.quiet >= 2 {
			return tracer.Continue
		}
	}
	return h.printer.Handle(ev)
}

func (h *cliHandler) Flush() error { return h.printer.Flush() }

// forwardSignals passes SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to gotrace
// on to the traced program, and kills it if it is still there a second
// later, so that nothing gotrace started outlives it untraced.
//
// Processes attached with -p are detached instead (the tracer does that on
// the same Interrupt call), so they are never killed.
func forwardSignals(t *tracer.Tracer) (stop func()) {
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, unix.SIGINT, unix.SIGTERM, unix.SIGHUP, unix.SIGQUIT)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var deadline <-chan time.Time
		for {
			select {
			case s := <-ch:
				t.Interrupt(s.(unix.Signal))
				if deadline == nil {
					deadline = time.After(time.Second)
				}
			case <-deadline:
				t.Interrupt(unix.SIGKILL)
				deadline = nil
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
		wg.Wait()
	}
}

// dieOfSignal ends gotrace with sig, as the traced program ended, so that
// a shell sees the same status. Core dumps are disabled first: the core
// would be gotrace's, not the program's.
func dieOfSignal(sig unix.Signal) {
	unix.Setrlimit(unix.RLIMIT_CORE, &unix.Rlimit{})
	signal.Reset(sig)
	// The Go runtime keeps its own handlers for some signals (SIGSEGV,
	// SIGBUS...) and would turn them into a panic or ignore them; put
	// the default action back directly.
	var act [4]uint64 // struct sigaction: handler SIG_DFL, flags, restorer, mask
	unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	var set uint64 = 1 << (uint(sig) - 1)
	unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_UNBLOCK, uintptr(unsafe.Pointer(&set)), 0, 8, 0, 0)
	unix.Tgkill(unix.Getpid(), unix.Gettid(), sig)
	// Still here: the signal is not fatal by default. Exit as a shell
	// would report it.
}

func errText(err error) string {
	var errno unix.Errno
	if errors.As(err, &errno) {
		return forkexec.ErrnoText(errno)
	}
	return err.Error()
}
