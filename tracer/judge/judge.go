// Package judge runs a program under a policy and resource limits and
// returns a verdict, for programming-contest judges and for anyone who
// must run untrusted code: one call, spec in, verdict out, safe to run
// many at once in one process.
//
// What the kernel can decide, it decides: the policy is a seccomp filter,
// files are limited with Landlock, CPU, memory and file sizes with
// rlimits, and the program runs with PR_SET_NO_NEW_PRIVS (as nobody when
// the caller is root). The tracer watches what the kernel cannot: it
// reports every violation with its arguments, counts processes and
// output, checks signal targets, and kills the whole program at the first
// forbidden act or exceeded limit.
package judge

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/user"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/decode"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/policy"
)

// Statuses of a verdict.
const (
	OK                   = "OK"
	NonzeroExit          = "NonzeroExit"
	Signalled            = "Signalled"
	TimeLimitExceeded    = "TimeLimitExceeded"
	MemoryLimitExceeded  = "MemoryLimitExceeded"
	OutputLimitExceeded  = "OutputLimitExceeded"
	ProcessLimitExceeded = "ProcessLimitExceeded"
	DisallowedSyscall    = "DisallowedSyscall"
	InternalError        = "InternalError"
)

// Spec is what to run and how.
type Spec struct {
	// Path is the program (see forkexec.LookPath); Argv its arguments
	// (Argv[0] its name); Env its environment; Dir its working directory
	// ("" keeps the caller's).
	Path string
	Argv []string
	Env  []string
	Dir  string
	// Stdin, Stdout and Stderr are the program's standard streams (nil:
	// /dev/null for input, discarded output). *os.File values are given
	// to the program as they are, unless an output limit needs counting.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Policy is enforced (nil: policy.Judge()). Its limits apply unless
	// Limits sets them.
	Policy *policy.Policy
	// Limits override the policy's, field by field.
	Limits policy.Limits
	// User overrides the policy's user ("-" runs as the caller).
	User string
	// Handler, if set, also receives every event (a text printer, say).
	Handler tracer.Handler
	// Select is the calls to show besides violations (nil: none).
	Select *syscalls.Set
	// Warn receives warnings (Landlock missing); nil drops them.
	Warn func(string)
}

// LimitsJSON are the limits applied, in a verdict.
type LimitsJSON struct {
	CPUNs       int64 `json:"cpu_ns,omitempty"`
	WallNs      int64 `json:"wall_ns,omitempty"`
	MemoryBytes int64 `json:"memory_bytes,omitempty"`
	OutputBytes int64 `json:"output_bytes,omitempty"`
	Processes   int   `json:"processes,omitempty"`
	OpenFiles   int   `json:"open_files,omitempty"`
}

// Violation is the first call that broke the policy.
type Violation struct {
	Syscall string   `json:"syscall"`
	Nr      uint64   `json:"nr"`
	ABI     string   `json:"abi"`
	Args    []string `json:"args"`
	Pid     int      `json:"pid"`
	Tid     int      `json:"tid"`
	Rule    string   `json:"rule"`
	Action  string   `json:"action"`
}

// Verdict is how the program ended, and what it used.
type Verdict struct {
	Status      string     `json:"status"`
	ExitCode    int        `json:"exit_code"`
	Signal      string     `json:"signal,omitempty"`
	CPUUserNs   int64      `json:"cpu_user_ns"`
	CPUSysNs    int64      `json:"cpu_sys_ns"`
	WallNs      int64      `json:"wall_ns"`
	MaxRSSKiB   int64      `json:"max_rss_kib"`
	OutputBytes int64      `json:"output_bytes"`
	Processes   int        `json:"processes"`
	Limits      LimitsJSON `json:"limits"`
	Violation   *Violation `json:"violation,omitempty"`
	Error       string     `json:"error,omitempty"`
}

// Run runs the program and returns its verdict. An error is returned only
// with an InternalError verdict (the program could not be run).
func Run(ctx context.Context, spec *Spec) (*Verdict, error) {
	r := &run{spec: spec, pol: spec.Policy}
	if r.pol == nil {
		r.pol = policy.Judge(tracer.NativeABI)
	}
	r.limits = merge(r.pol.Limits, spec.Limits)
	v, err := r.run(ctx)
	if err != nil {
		v = &Verdict{Status: InternalError, Error: err.Error(), ExitCode: -1}
		v.Limits = r.limitsJSON()
	}
	return v, err
}

// run is one judged run's state.
type run struct {
	spec   *Spec
	pol    *policy.Policy
	limits policy.Limits

	mu        sync.Mutex
	violation *Violation
	memHit    bool
	procHit   bool
	tasks     int
	maxTasks  int

	// firstPid is the program's first process, for the CPU watchdog.
	firstPid atomic.Int64
	cpuHit   atomic.Bool
	// pids are the live processes (for the memory watchdog, which
	// keeps its copy in pidsBuf); peakRSS is the most they held at once.
	pids    []int
	pidsBuf []int
	peakRSS atomic.Int64

	outBytes atomic.Int64
	outHit   atomic.Bool
	wallHit  atomic.Bool
	// tracer is set once the tracer exists, for the output copiers to
	// interrupt it.
	tracer atomic.Pointer[tracer.Tracer]
	// dec decodes a violation's arguments (on the tracer's thread).
	dec *decode.Decoder
}

func merge(a, b policy.Limits) policy.Limits {
	if b.CPU > 0 {
		a.CPU = b.CPU
	}
	if b.Wall > 0 {
		a.Wall = b.Wall
	}
	if b.Memory > 0 {
		a.Memory = b.Memory
	}
	if b.Output > 0 {
		a.Output = b.Output
	}
	if b.Processes > 0 {
		a.Processes = b.Processes
	}
	if b.OpenFiles > 0 {
		a.OpenFiles = b.OpenFiles
	}
	return a
}

func (r *run) limitsJSON() LimitsJSON {
	return LimitsJSON{CPUNs: int64(r.limits.CPU), WallNs: int64(r.limits.Wall), MemoryBytes: r.limits.Memory,
		OutputBytes: r.limits.Output, Processes: r.limits.Processes, OpenFiles: r.limits.OpenFiles}
}

func (r *run) warn(msg string) {
	if r.spec.Warn != nil {
		r.spec.Warn(msg)
	}
}

func (r *run) run(ctx context.Context) (*Verdict, error) {
	spec := r.spec
	if len(spec.Argv) == 0 {
		return nil, errors.New("judge: empty argument vector")
	}
	pol := *r.pol
	pol.Limits = r.limits
	fs := &forkexec.Spec{Path: spec.Path, Argv: spec.Argv, Env: spec.Env, Dir: spec.Dir, Setpgid: true, NoNewPrivs: true,
		// Only the three standard streams reach the program.
		CloseOtherFds: true}

	// Identity.
	username := pol.User
	if spec.User != "" {
		username = spec.User
	}
	if username != "" && username != "-" && os.Geteuid() == 0 {
		cred, err := LookupUser(username)
		if err != nil {
			return nil, err
		}
		fs.Credential = cred
		// Run the program from a descriptor opened here, as root: the
		// user need not be able to search the directories it lies in
		// (private temporary directories are 0700), only to execute
		// the file. #! scripts are run by path: their interpreter is
		// handed the path, which a close-on-exec descriptor would not
		// outlive.
		if f, err := os.Open(spec.Path); err == nil {
			defer f.Close()
			var magic [2]byte
			n, _ := f.ReadAt(magic[:], 0)
			// (Above 0-2, which the child's standard streams take.)
			if fd := int(f.Fd()); fd > 2 && (n < 2 || string(magic[:]) != "#!") {
				fs.ExecFd = fd
			}
		}
	}

	// Limits the kernel enforces.
	fs.Rlimits = append(fs.Rlimits, forkexec.Rlimit{Resource: unix.RLIMIT_CORE})
	if r.limits.CPU > 0 {
		// SIGXCPU at the soft limit, SIGKILL a second later.
		sec := uint64(math.Ceil(r.limits.CPU.Seconds()))
		fs.Rlimits = append(fs.Rlimits, forkexec.Rlimit{Resource: unix.RLIMIT_CPU, Cur: sec, Max: sec + 1})
	}
	if r.limits.Memory > 0 {
		// Data, not address space: language runtimes reserve address
		// space they never use. The stack may grow as far as memory
		// allows (deep recursion is common in solutions): no stack
		// limit, which also makes glibc give threads its own default
		// stack size (it uses a finite RLIMIT_STACK for every thread,
		// and each such stack would count against RLIMIT_DATA). What no
		// rlimit counts (shared memory, the stack) the watchdog sees in
		// the resident size.
		m := uint64(r.limits.Memory)
		fs.Rlimits = append(fs.Rlimits, forkexec.Rlimit{Resource: unix.RLIMIT_DATA, Cur: m, Max: m})
		var stack unix.Rlimit
		if unix.Getrlimit(unix.RLIMIT_STACK, &stack) == nil {
			fs.Rlimits = append(fs.Rlimits, forkexec.Rlimit{Resource: unix.RLIMIT_STACK, Cur: stack.Max, Max: stack.Max})
		}
	}
	if r.limits.OpenFiles > 0 {
		n := uint64(r.limits.OpenFiles)
		fs.Rlimits = append(fs.Rlimits, forkexec.Rlimit{Resource: unix.RLIMIT_NOFILE, Cur: n, Max: n})
	}
	if r.limits.Output > 0 {
		o := uint64(r.limits.Output)
		fs.Rlimits = append(fs.Rlimits, forkexec.Rlimit{Resource: unix.RLIMIT_FSIZE, Cur: o, Max: o})
	}

	// Files, with Landlock.
	if pol.Paths != nil {
		if forkexec.LandlockABI() == 0 {
			r.warn("Landlock is not available in this kernel: file access is not limited (opens are still checked and reported)")
		} else {
			var paths []forkexec.LandlockPath
			add := func(list []string, access uint64) {
				for _, p := range list {
					paths = append(paths, forkexec.LandlockPath{Path: p, Access: access})
				}
			}
			add(pol.Paths.Read, forkexec.LandlockRead)
			add(pol.Paths.ReadExec, forkexec.LandlockReadExec)
			add(pol.Paths.Write, forkexec.LandlockRead|forkexec.LandlockWriteFile|forkexec.LandlockTruncate|
				forkexec.LandlockMakeReg|forkexec.LandlockRemoveFile)
			add([]string{spec.Path}, forkexec.LandlockReadExec)
			ll, closeFds, err := forkexec.NewLandlock(forkexec.LandlockOptions{Paths: paths, NoTCP: pol.NoNetwork, Scoped: pol.SignalsInTree})
			if err != nil {
				return nil, err
			}
			defer closeFds()
			fs.Landlock = ll
			pol.PathsInKernel = true
		}
	}

	// Standard streams.
	files, cleanup, err := r.streams()
	if err != nil {
		return nil, err
	}
	defer cleanup()
	fs.Files = files

	handlers := tracer.Multi{r}
	if spec.Handler != nil {
		handlers = append(handlers, spec.Handler)
	}
	sel := spec.Select
	if sel == nil {
		sel, _ = syscalls.ParseSet("none", tracer.NativeTables())
	}
	t := tracer.New(tracer.Options{
		Handler:   handlers,
		Follow:    true,
		Select:    sel,
		Prefilter: true,
		Policy:    &pol,
		MaxTasks:  r.limits.Processes,
		Rusage:    true,
	})
	r.tracer.Store(t)

	start := time.Now()
	stopWall := func() bool { return true }
	if r.limits.Wall > 0 {
		timer := time.AfterFunc(r.limits.Wall, func() {
			r.wallHit.Store(true)
			t.Interrupt(unix.SIGKILL)
		})
		stopWall = timer.Stop
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			t.Interrupt(unix.SIGKILL)
		case <-done:
		}
	}()
	if r.limits.CPU > 0 || r.limits.Memory > 0 {
		go r.watch(t, done)
	}
	res, err := t.Run(fs)
	close(done)
	stopWall()
	wall := time.Since(start)
	cleanup()
	if err != nil {
		var ce *forkexec.ChildError
		if errors.As(err, &ce) {
			return nil, fmt.Errorf("starting the program: %w", err)
		}
		return nil, err
	}
	return r.verdict(res, wall), nil
}

// watchPeriod is how often the watchdog reads the program's CPU time and
// resident memory: the limits are kept to within about this much.
const watchPeriod = 10 * time.Millisecond

// watch kills the program once its CPU time (all threads) or the resident
// memory of its processes passes the limit. RLIMIT_CPU counts whole
// seconds only and stays as the kernel's backstop should gotrace itself
// be starved; RLIMIT_DATA fails allocations at once but does not count
// shared memory or stacks.
func (r *run) watch(t *tracer.Tracer, done <-chan struct{}) {
	tick := time.NewTicker(watchPeriod)
	defer tick.Stop()
	var statm [128]byte
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		if pid := int(r.firstPid.Load()); pid != 0 && r.limits.CPU > 0 {
			var ts unix.Timespec
			// The process's CPU clock: MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED).
			clock := int32(^uint32(pid)<<3) | 2
			if err := unix.ClockGettime(clock, &ts); err == nil && time.Duration(ts.Nano()) > r.limits.CPU {
				r.cpuHit.Store(true)
				t.Interrupt(unix.SIGKILL)
				return
			}
		}
		if r.limits.Memory > 0 {
			var rss int64
			r.mu.Lock()
			pids := append(r.pidsBuf[:0], r.pids...)
			r.mu.Unlock()
			r.pidsBuf = pids
			for _, pid := range pids {
				rss += residentBytes(pid, statm[:])
			}
			if rss > r.peakRSS.Load() {
				r.peakRSS.Store(rss)
			}
			if rss > r.limits.Memory {
				r.mu.Lock()
				r.memHit = true
				r.mu.Unlock()
				t.Interrupt(unix.SIGKILL)
				return
			}
		}
	}
}

// residentBytes reads a process's resident size from /proc/PID/statm
// (its second field, in pages), 0 if it is gone.
func residentBytes(pid int, buf []byte) int64 {
	fd, err := unix.Open("/proc/"+strconv.Itoa(pid)+"/statm", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return 0
	}
	n, _ := unix.Read(fd, buf)
	unix.Close(fd)
	if n <= 0 {
		return 0
	}
	fields := strings.Fields(string(buf[:n]))
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(fields[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// streams sets up the program's descriptors 0, 1, 2: files are passed as
// they are; other readers and writers, and any output under a limit, go
// through pipes that gotrace copies (counting output bytes, and killing
// the program past the limit).
func (r *run) streams() ([]int, func(), error) {
	var closers []func()
	var wg sync.WaitGroup
	cleanupOnce := sync.Once{}
	cleanup := func() {
		cleanupOnce.Do(func() {
			for _, c := range closers {
				c()
			}
			wg.Wait()
		})
	}
	fail := func(err error) ([]int, func(), error) {
		cleanup()
		return nil, nil, err
	}
	files := make([]int, 3)

	// Input.
	switch in := r.spec.Stdin.(type) {
	case nil:
		null, err := os.Open(os.DevNull)
		if err != nil {
			return fail(err)
		}
		closers = append(closers, func() { null.Close() })
		files[0] = int(null.Fd())
	case *os.File:
		files[0] = int(in.Fd())
	default:
		pr, pw, err := os.Pipe()
		if err != nil {
			return fail(err)
		}
		files[0] = int(pr.Fd())
		// The read end is the child's; ours closes once it started.
		closers = append(closers, func() { pr.Close() })
		wg.Add(1)
		go func() {
			defer wg.Done()
			io.Copy(pw, in)
			pw.Close()
		}()
	}

	// Output.
	for i, w := range []io.Writer{r.spec.Stdout, r.spec.Stderr} {
		fd := i + 1
		if f, ok := w.(*os.File); ok && r.limits.Output == 0 {
			files[fd] = int(f.Fd())
			continue
		}
		if w == nil {
			w = io.Discard
		}
		pr, pw, err := os.Pipe()
		if err != nil {
			return fail(err)
		}
		files[fd] = int(pw.Fd())
		closers = append(closers, func() { pw.Close() })
		wg.Add(1)
		go func(w io.Writer) {
			defer wg.Done()
			defer pr.Close()
			buf := make([]byte, 32<<10)
			for {
				n, err := pr.Read(buf)
				if n > 0 {
					total := r.outBytes.Add(int64(n))
					if r.limits.Output > 0 && total > r.limits.Output {
						r.outHit.Store(true)
						if t := r.tracer.Load(); t != nil {
							t.Interrupt(unix.SIGKILL)
						}
						io.Copy(io.Discard, pr)
						return
					}
					w.Write(buf[:n])
				}
				if err != nil {
					return
				}
			}
		}(w)
	}
	// Our copies of the child's pipe ends close once it started, so that
	// the readers see EOF when the program's last process is gone: the
	// caller closes them after Run, the child having inherited them.
	return files, cleanup, nil
}

// Handle implements tracer.Handler: it records violations and limits.
func (r *run) Handle(ev *tracer.Event) tracer.Action {
	switch ev.Kind {
	case tracer.NewTask:
		if ev.Parent == nil {
			r.firstPid.CompareAndSwap(0, int64(ev.Task.Pid))
		}
		r.mu.Lock()
		r.tasks++
		r.maxTasks = max(r.maxTasks, r.tasks)
		if ev.Task.Tid == ev.Task.Pid {
			r.pids = append(r.pids, ev.Task.Pid)
		}
		r.mu.Unlock()
	case tracer.Exited, tracer.Killed:
		r.mu.Lock()
		r.tasks--
		if ev.Task.Tid == ev.Task.Pid {
			for i, pid := range r.pids {
				if pid == ev.Task.Pid {
					r.pids = append(r.pids[:i], r.pids[i+1:]...)
					break
				}
			}
		}
		r.mu.Unlock()
	case tracer.Violation:
		r.mu.Lock()
		replace := r.violation == nil || (r.violation.Action != "kill" && ev.Action == "kill")
		if replace && ev.Action != "log" {
			c := ev.Call
			v := &Violation{Syscall: c.Name(), Nr: c.Nr, ABI: c.ABI.String(), Pid: ev.Task.Pid, Tid: ev.Task.Tid,
				Rule: ev.Rule, Action: ev.Action}
			if v.Syscall == "" {
				v.Syscall = "syscall_0x" + strconv.FormatUint(c.Nr, 16)
			}
			v.Args = r.decodeArgs(ev)
			// A kill wins over an errno rule's violation, after which
			// the program went on.
			r.violation = v
		}
		r.mu.Unlock()
	case tracer.LimitHit:
		r.mu.Lock()
		switch ev.Limit {
		case "memory":
			r.memHit = true
		case "processes":
			r.procHit = true
		}
		r.mu.Unlock()
		return tracer.KillTree
	}
	return tracer.Continue
}

// decodeArgs returns a violating call's arguments as strace prints them
// at entry (the call never ran: arguments it would have written are
// shown as their addresses).
func (r *run) decodeArgs(ev *tracer.Event) []string {
	c := ev.Call
	if r.dec == nil {
		r.dec = decode.NewDecoder(decode.DefaultOptions)
	}
	r.dec.Mem, r.dec.Tid = ev.Mem, ev.Task.Tid
	n := syscalls.ArgCount(c.ABI, c.Name())
	if c.Sys != nil && c.Sys.Sig != nil {
		n = len(c.Sys.Sig.Args)
	}
	var args []string
	var buf []byte
	for i := 0; i < n && i < 6; i++ {
		var ok bool
		buf, ok = buf[:0], false
		if c.Sys != nil && c.Sys.Sig != nil && !c.Sys.Sig.Args[i].Kind.AtExit() {
			buf, ok = r.dec.ArgValue(buf, c, i)
		}
		if !ok {
			buf = append(buf[:0], "0x"...)
			buf = strconv.AppendUint(buf, c.Args[i], 16)
		}
		args = append(args, string(buf))
	}
	return args
}

// verdict turns the run's end into a verdict.
func (r *run) verdict(res *tracer.Result, wall time.Duration) *Verdict {
	ru := res.Rusage
	v := &Verdict{
		ExitCode:    res.ExitStatus,
		CPUUserNs:   ru.Utime.Nano(),
		CPUSysNs:    ru.Stime.Nano(),
		WallNs:      int64(wall),
		MaxRSSKiB:   max(ru.Maxrss, r.peakRSS.Load()/1024),
		OutputBytes: r.outBytes.Load(),
		Processes:   r.maxTasks,
		Limits:      r.limitsJSON(),
	}
	if res.Signal != 0 {
		v.Signal = decodeSignal(res.Signal)
		v.ExitCode = 128 + res.Signal
	}
	cpu := time.Duration(v.CPUUserNs + v.CPUSysNs)
	r.mu.Lock()
	defer r.mu.Unlock()
	v.Violation = r.violation
	killedByPolicy := r.violation != nil && r.violation.Action == "kill"
	switch {
	case killedByPolicy:
		v.Status = DisallowedSyscall
	case r.wallHit.Load(), r.cpuHit.Load(), r.limits.CPU > 0 && (cpu > r.limits.CPU || res.Signal == int(unix.SIGXCPU)):
		v.Status = TimeLimitExceeded
	case r.memHit, r.limits.Memory > 0 && v.MaxRSSKiB*1024 > r.limits.Memory:
		v.Status = MemoryLimitExceeded
	case r.outHit.Load(), r.limits.Output > 0 && res.Signal == int(unix.SIGXFSZ):
		v.Status = OutputLimitExceeded
	case r.procHit:
		v.Status = ProcessLimitExceeded
	case res.Signal != 0:
		v.Status = Signalled
	case res.ExitStatus != 0:
		v.Status = NonzeroExit
	default:
		v.Status = OK
	}
	return v
}

func decodeSignal(sig int) string {
	return unix.SignalName(unix.Signal(sig))
}

// LookupUser finds a user's ids (and primary group) for the child: a name
// from the user database, or a number.
func LookupUser(name string) (*forkexec.Credential, error) {
	u, err := user.Lookup(name)
	if err != nil {
		if id, err2 := strconv.Atoi(name); err2 == nil {
			return &forkexec.Credential{Uid: uint32(id), Gid: uint32(id)}, nil
		}
		return nil, fmt.Errorf("judge: user %q: %w", name, err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &forkexec.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}
