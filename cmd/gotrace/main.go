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
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/spf13/pflag"
	"golang.org/x/sys/unix"

	_ "github.com/gotrace/gotrace/cmd/gotrace/internal/prefault"
	"github.com/gotrace/gotrace/cmd/gotrace/internal/sigcatch"
	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/summary"
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

Filtering:
  -e status=SET  print only calls that ended in SET: successful, failed,
                 unfinished, unavailable, detached (-z: successful,
                 -Z: failed)
  -e signal=SET  print only the signals in SET
  -e quiet=SET   suppress messages: attach, exit, path-resolution,
                 personality, thread-execve, superseded
  -P PATH, --trace-path=PATH
                 trace only syscalls touching PATH (repeatable)

Timing and statistics:
  -t, -tt, -ttt  prefix each line with the time of day (-tt: with
                 microseconds, -ttt: seconds since the epoch)
  -r             prefix each line with the time since the previous one
  -T             show the time spent in each syscall
  -c             count time, calls and errors per syscall; print a summary
                 instead of the trace (-C: the trace and the summary)
  -S SORTBY      sort the summary by time, calls, errors, name or nothing
  -U COLUMNS     summary columns (time-percent, total-time, avg-time,
                 calls, errors, name, ...)
  -w             summarise wall-clock time instead of system time
  --json         one JSON object per event instead of text
                 (schema: docs/json-schema.json)

Policies and judging:
  --allow LIST, --deny LIST
                 allow only / deny the syscalls in LIST (names, %class,
                 each optionally =kill, =errno[:NAME], =log, =allow)
  --policy FILE  enforce the JSON policy in FILE (docs/policy.md)
  --judge        the built-in policy for running contest solutions
  --user USER    run the program as USER when gotrace is root
                 (default with --judge: nobody; "-" keeps root)
  --cpu-limit T, --wall-limit T
                 stop the program after T of CPU / wall time (1s, 500ms)
  --memory-limit N, --output-limit N
                 limit memory / standard output + error (256M, 64K)
  --process-limit N
                 at most N tasks (threads included) alive at once
  --verdict FILE write the verdict as JSON to FILE

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
	stamps    int  // -t, -tt, -ttt
	relative  bool // -r
	durations bool // -T
	// count is -c (1: the summary only) or -C (2: trace and summary).
	count   int
	columns []summary.Column // -U
	sortBy  summary.Column   // -S
	sorted  bool             // -S given
	wall    bool             // -w
	json    bool             // --json
	paths   []string         // -P
	zflags  []string         // -z, -Z as status= lists
	policy  policyConfig
	follow  int
	attach  []int
	argv    []string
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
	fs.CountVarP(&cfg.stamps, "absolute-timestamps", "t", "")
	fs.BoolVarP(&cfg.relative, "relative-timestamps", "r", false, "")
	fs.BoolVarP(&cfg.durations, "syscall-times", "T", false, "")
	summaryOnly := fs.BoolP("summary-only", "c", false, "")
	summaryToo := fs.BoolP("summary", "C", false, "")
	sortBy := fs.StringP("summary-sort-by", "S", "", "")
	columns := fs.StringP("summary-columns", "U", "", "")
	fs.BoolVarP(&cfg.wall, "summary-wall-clock", "w", false, "")
	fs.BoolVar(&cfg.json, "json", false, "")
	fs.StringArrayVarP(&cfg.paths, "trace-path", "P", nil, "")
	fs.StringVar(&cfg.policy.file, "policy", "", "")
	fs.StringVar(&cfg.policy.allow, "allow", "", "")
	fs.StringVar(&cfg.policy.deny, "deny", "", "")
	fs.BoolVar(&cfg.policy.judge, "judge", false, "")
	fs.StringVar(&cfg.policy.user, "user", "", "")
	fs.StringVar(&cfg.policy.cpu, "cpu-limit", "", "")
	fs.StringVar(&cfg.policy.wall, "wall-limit", "", "")
	fs.StringVar(&cfg.policy.memory, "memory-limit", "", "")
	fs.StringVar(&cfg.policy.output, "output-limit", "", "")
	fs.IntVar(&cfg.policy.processes, "process-limit", 0, "")
	fs.StringVar(&cfg.policy.verdict, "verdict", "", "")
	successful := fs.BoolP("successful-only", "z", false, "")
	failed := fs.BoolP("failed-only", "Z", false, "")
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
	cfg.policy.processesSet = fs.Changed("process-limit")
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
	if *summaryOnly {
		cfg.count = 1
	}
	if *summaryToo {
		cfg.count = 2
	}
	if *sortBy != "" {
		c, err := summary.ParseSortBy(*sortBy)
		if err != nil {
			return nil, &usageError{err.Error()}
		}
		cfg.sortBy, cfg.sorted = c, true
	}
	if *columns != "" {
		cols, err := summary.ParseColumns(*columns)
		if err != nil {
			return nil, &usageError{err.Error()}
		}
		cfg.columns = cols
	}
	if *successful {
		cfg.exprs = append(cfg.exprs, "status=successful")
	}
	if *failed {
		cfg.exprs = append(cfg.exprs, "status=failed")
	}
	if cfg.stamps > 3 {
		cfg.stamps = 3
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

// forwardedSignals are the signals gotrace passes on to the traced program.
var forwardedSignals = []unix.Signal{unix.SIGINT, unix.SIGTERM, unix.SIGHUP, unix.SIGQUIT}

// signalForwarder passes SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to gotrace
// on to the traced program, and kills it if it is still there a second
// later, so that nothing gotrace started outlives it untraced.
//
// Processes attached with -p are detached instead (the tracer does that on
// the same Interrupt call), so they are never killed.
type signalForwarder struct {
	// tracer hands over the Tracer once it exists; signals caught
	// before then wait for it.
	tracer chan *tracer.Tracer
	// mu orders forwarding against stop: once stop has returned,
	// nothing more reaches the Tracer.
	mu      sync.Mutex
	stopped bool
}

// catchSignals starts catching the forwarded signals (with sigcatch, not
// os/signal, whose Notify costs a thread and a round trip to it per
// signal). A signal that comes before they are caught ends gotrace as it
// ends any program, and the traced program with it (PTRACE_O_EXITKILL);
// so does any signal if they cannot be caught (no descriptor left for
// sigcatch's pipe).
func catchSignals() *signalForwarder {
	f := &signalForwarder{tracer: make(chan *tracer.Tracer, 1)}
	caught, err := sigcatch.Catch(forwardedSignals...)
	if err == nil {
		go f.loop(caught)
	}
	return f
}

// forwardTo sets the Tracer the signals go to.
func (f *signalForwarder) forwardTo(t *tracer.Tracer) { f.tracer <- t }

// stop ends the forwarding without waking the forwarder, which would
// make the runtime start a thread on gotrace's way out: the forwarder
// stays parked, and the signals stay caught and are dropped. gotrace is
// about to exit.
func (f *signalForwarder) stop() {
	f.mu.Lock()
	f.stopped = true
	f.mu.Unlock()
}

func (f *signalForwarder) loop(caught <-chan unix.Signal) {
	var t *tracer.Tracer
	var pending []unix.Signal
	forward := func(sig unix.Signal) {
		f.mu.Lock()
		defer f.mu.Unlock()
		switch {
		case f.stopped:
		case t == nil:
			pending = append(pending, sig)
		default:
			t.Interrupt(sig)
		}
	}
	var deadline <-chan time.Time
	for {
		select {
		case t = <-f.tracer:
			for _, sig := range pending {
				forward(sig)
			}
			pending = nil
		case s := <-caught:
			forward(s)
			if deadline == nil {
				deadline = time.After(time.Second)
			}
		case <-deadline:
			forward(unix.SIGKILL)
			deadline = nil
		}
	}
}

// dieOfSignal ends gotrace with sig, as the traced program ended, so that
// a shell sees the same status. Core dumps are disabled first: the core
// would be gotrace's, not the program's.
func dieOfSignal(sig unix.Signal) {
	unix.Setrlimit(unix.RLIMIT_CORE, &unix.Rlimit{})
	// Put the default action back directly: the signal may be one
	// sigcatch caught, and the Go runtime keeps its own handlers for
	// others (SIGSEGV, SIGBUS...) and would turn them into a panic or
	// ignore them.
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
