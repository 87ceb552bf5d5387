package tracer_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/tracetest"
)

// seccompMode is a recorder that also notes the Seccomp mode /proc shows
// for the tracee at each reported entry.
type seccompMode struct {
	recorder
	modes map[string]bool
}

func (s *seccompMode) Handle(ev *tracer.Event) tracer.Action {
	if ev.Kind == tracer.SyscallEnter {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", ev.Task.Tid))
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "Seccomp:") {
				s.modes[strings.TrimSpace(strings.TrimPrefix(l, "Seccomp:"))] = true
			}
		}
	}
	return s.recorder.Handle(ev)
}

// traceSelected traces prog with -e trace=expr, with or without the
// seccomp prefilter, and returns the names of the calls reported.
func traceSelected(t *testing.T, prog, expr string, prefilter bool) ([]string, *seccompMode, *tracer.Result) {
	t.Helper()
	set, err := syscalls.ParseSet(expr, tracer.NativeTables())
	if err != nil {
		t.Fatal(err)
	}
	rec := &seccompMode{modes: map[string]bool{}}
	tr := tracer.New(tracer.Options{Handler: rec, Select: set, Prefilter: prefilter})
	null, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	defer null.Close()
	res, err := tr.Run(&forkexec.Spec{Path: prog, Argv: []string{prog}, Files: []int{0, int(null.Fd()), 2}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range rec.events {
		switch e.kind {
		case tracer.SyscallEnter:
			names = append(names, e.name)
		case tracer.SyscallExit:
			names = append(names, "="+e.name)
		case tracer.SignalDelivery:
			names = append(names, fmt.Sprintf("signal %d", e.signal))
		}
	}
	return names, rec, res
}

// TestPrefilterReportsTheSame: with the prefilter, only selected calls
// stop, and what is reported is exactly what full tracing with the same
// selection reports.
func TestPrefilterReportsTheSame(t *testing.T) {
	prog := tracetest.BuildC(t, "basic")
	filtered, rec, res := traceSelected(t, prog, "openat,kill,pipe2", true)
	full, recFull, _ := traceSelected(t, prog, "openat,kill,pipe2", false)
	if strings.Join(filtered, " ") != strings.Join(full, " ") {
		t.Errorf("with prefilter:    %v\nwithout prefilter: %v", filtered, full)
	}
	if res.ExitStatus != 7 {
		t.Errorf("exit status %d, want 7", res.ExitStatus)
	}
	if !rec.modes["2"] || len(rec.modes) != 1 {
		t.Errorf("tracee's seccomp modes %v, want filter mode 2", rec.modes)
	}
	if recFull.modes["2"] {
		t.Errorf("seccomp filter loaded without the prefilter")
	}
	want := "openat =openat openat =openat openat =openat pipe2 =pipe2 kill =kill signal 10"
	if got := strings.Join(filtered, " "); got != want {
		t.Errorf("reported %q, want %q", got, want)
	}
}

// TestPrefilterPerABI: the prefilter names each ABI's calls by its own
// table (i386's 4 is write, x32's getpid has the x32 bit).
func TestPrefilterPerABI(t *testing.T) {
	tracetest.NeedInt80(t)
	prog := tracetest.BuildC(t, "compat")
	got, _, _ := traceSelected(t, prog, "write@32,getpid@x32", true)
	want := "write =write getpid =getpid"
	if strings.Join(got, " ") != want {
		t.Errorf("reported %v, want %q", got, want)
	}
	got, _, _ = traceSelected(t, prog, "getpid", true)
	if n := strings.Count(strings.Join(got, " "), "=getpid"); n != 3 {
		t.Errorf("getpid reported %d times, want 3 (i386, x32, x86_64): %v", n, got)
	}
}

// threadPids notes the process id the tracer gives each new task.
type threadPids struct {
	pids map[int]int // tid -> Pid
}

func (p *threadPids) Handle(ev *tracer.Event) tracer.Action {
	if ev.Kind == tracer.NewTask {
		p.pids[ev.Task.Tid] = ev.Task.Pid
	}
	return tracer.Continue
}

// TestThreadsUnderPrefilter: with a prefilter that does not select clone,
// the tracer never sees the clone's entry, yet each thread must still get
// its process's id (a policy judges signals between threads by it). Run
// a few times: which of the parent's clone event and the thread's first
// stop comes first varies.
func TestThreadsUnderPrefilter(t *testing.T) {
	prog := tracetest.BuildC(t, "threads_calls", "-pthread")
	set, err := syscalls.ParseSet("gettid", tracer.NativeTables())
	if err != nil {
		t.Fatal(err)
	}
	null, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	defer null.Close()
	for run := 0; run < 5; run++ {
		rec := &threadPids{pids: map[int]int{}}
		tr := tracer.New(tracer.Options{Handler: rec, Select: set, Prefilter: true, Follow: true})
		res, err := tr.Run(&forkexec.Spec{Path: prog, Argv: []string{prog}, Files: []int{0, int(null.Fd()), 2}})
		if err != nil {
			t.Fatal(err)
		}
		if res.ExitStatus != 0 || res.Signal != 0 {
			t.Fatalf("run %d: threads_calls exited %d (signal %d)", run, res.ExitStatus, res.Signal)
		}
		if len(rec.pids) != 5 {
			t.Fatalf("run %d: %d tasks reported, want 5 (the process and 4 threads): %v", run, len(rec.pids), rec.pids)
		}
		var pid int
		for tid, p := range rec.pids {
			if tid == p {
				pid = p
			}
		}
		for tid, p := range rec.pids {
			if p != pid {
				t.Fatalf("run %d: thread %d given process id %d, want %d: %v", run, tid, p, pid, rec.pids)
			}
		}
	}
}
