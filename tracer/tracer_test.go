package tracer_test

import (
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/tracetest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	tracetest.Cleanup()
	os.Exit(code)
}

// recorder keeps a copy of every event it sees.
type recorder struct {
	events []recorded
	// killOn, if set, answers KillTree when a syscall of that name is
	// entered.
	killOn string
}

type recorded struct {
	kind   tracer.EventKind
	name   string
	ret    int64
	failed bool
	signal int
	status int
	err    error
}

func (r *recorder) Handle(ev *tracer.Event) tracer.Action {
	rec := recorded{kind: ev.Kind, signal: ev.Signal, status: ev.Status, err: ev.Err}
	if ev.Call != nil {
		rec.name = ev.Call.Name()
		rec.ret, rec.failed = ev.Call.Ret, ev.Call.Failed
	}
	r.events = append(r.events, rec)
	if ev.Kind == tracer.SyscallEnter && rec.name == r.killOn {
		return tracer.KillTree
	}
	return tracer.Continue
}

func (r *recorder) names(kind tracer.EventKind) []string {
	var out []string
	for _, e := range r.events {
		if e.kind == kind {
			out = append(out, e.name)
		}
	}
	return out
}

// run traces prog with args through the Go API, bounded by a timeout.
func run(t *testing.T, h tracer.Handler, spec *forkexec.Spec) (*tracer.Result, error) {
	t.Helper()
	type out struct {
		res *tracer.Result
		err error
	}
	done := make(chan out, 1)
	tr := tracer.New(tracer.Options{Handler: h})
	if spec.Files == nil {
		// Keep the programs' output out of the test log.
		null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer null.Close()
		spec.Files = []int{0, int(null.Fd()), 2}
	}
	go func() {
		res, err := tr.Run(spec)
		done <- out{res, err}
	}()
	select {
	case o := <-done:
		return o.res, o.err
	case <-time.After(60 * time.Second):
		t.Fatal("trace did not finish in 60s")
		return nil, nil
	}
}

func TestRunReportsProgramEvents(t *testing.T) {
	prog := tracetest.BuildC(t, "basic")
	rec := &recorder{}
	res, err := run(t, rec, &forkexec.Spec{Path: prog, Argv: []string{prog}})
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitStatus != 7 || res.Signal != 0 {
		t.Errorf("result %+v, want exit status 7", res)
	}
	enters := rec.names(tracer.SyscallEnter)
	if len(enters) == 0 || enters[0] != "execve" {
		t.Fatalf("first syscall %v, want the program's execve first", enters[:min(3, len(enters))])
	}
	// Entries and exits pair up, but for exit_group, which never returns.
	if n, m := len(enters), len(rec.names(tracer.SyscallExit)); n != m+1 {
		t.Errorf("%d entries, %d exits", n, m)
	}
	want := []string{"write", "openat", "pipe2", "write", "read", "close", "close"}
	if !containsRun(enters, want) {
		t.Errorf("syscalls %v do not contain %v in order", enters, want)
	}
	var sawSignal, sawExit bool
	for _, e := range rec.events {
		switch e.kind {
		case tracer.SignalDelivery:
			sawSignal = e.signal == int(unix.SIGUSR1)
		case tracer.Exited:
			sawExit = e.status == 7
		case tracer.SyscallExit:
			if e.name == "openat" && e.failed && e.ret != -int64(unix.ENOENT) {
				t.Errorf("failed openat returned %d, want -ENOENT", e.ret)
			}
		}
	}
	if !sawSignal || !sawExit {
		t.Errorf("signal seen %v, exit seen %v", sawSignal, sawExit)
	}
}

func containsRun(all, want []string) bool {
	for i := range all {
		if i+len(want) <= len(all) {
			ok := true
			for j := range want {
				if all[i+j] != want[j] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func TestExecFailureIsReported(t *testing.T) {
	f := t.TempDir() + "/not-a-program"
	os.WriteFile(f, []byte("\x00\x01 not an executable format"), 0o755)
	rec := &recorder{}
	res, err := run(t, rec, &forkexec.Spec{Path: f, Argv: []string{f}})
	var ce *forkexec.ChildError
	if !errors.As(err, &ce) || ce.Step != forkexec.StepExec || ce.Errno != unix.ENOEXEC {
		t.Fatalf("error %v, want execve ENOEXEC", err)
	}
	if res == nil || res.ExitStatus != 1 {
		t.Errorf("result %+v, want exit status 1", res)
	}
	// The failed execve is shown, then nothing of forkexec's child.
	enters := rec.names(tracer.SyscallEnter)
	if len(enters) != 1 || enters[0] != "execve" {
		t.Errorf("syscalls %v, want only the failed execve", enters)
	}
}

func TestChildStepFailure(t *testing.T) {
	rec := &recorder{}
	_, err := run(t, rec, &forkexec.Spec{Path: "/bin/true", Argv: []string{"true"}, Dir: "/nonexistent-dir"})
	var ce *forkexec.ChildError
	if !errors.As(err, &ce) || ce.Step != forkexec.StepChdir || ce.Errno != unix.ENOENT {
		t.Fatalf("error %v, want chdir ENOENT", err)
	}
	if n := len(rec.names(tracer.SyscallEnter)); n != 0 {
		t.Errorf("%d syscalls reported before the program ran", n)
	}
}

func TestKilledBySignal(t *testing.T) {
	prog := tracetest.BuildC(t, "killself")
	res, err := run(t, &recorder{}, &forkexec.Spec{Path: prog, Argv: []string{prog}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Signal != int(unix.SIGTERM) {
		t.Errorf("result %+v, want killed by SIGTERM", res)
	}
}

func TestKillTreeAction(t *testing.T) {
	prog := tracetest.BuildC(t, "basic")
	rec := &recorder{killOn: "pipe2"}
	res, err := run(t, rec, &forkexec.Spec{Path: prog, Argv: []string{prog}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Signal != int(unix.SIGKILL) {
		t.Errorf("result %+v, want killed by SIGKILL", res)
	}
	if enters := rec.names(tracer.SyscallEnter); enters[len(enters)-1] != "pipe2" {
		t.Errorf("program went on after KillTree: %v", enters)
	}
}

// TestInterrupt ends a blocked program from another goroutine, as a
// signal handler does (run with -race).
func TestInterrupt(t *testing.T) {
	prog := tracetest.BuildC(t, "sleeper")
	tr := tracer.New(tracer.Options{Handler: &recorder{}})
	done := make(chan *tracer.Result, 1)
	go func() {
		res, err := tr.Run(&forkexec.Spec{Path: prog, Argv: []string{prog, "30"}})
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	time.Sleep(200 * time.Millisecond)
	tr.Interrupt(unix.SIGTERM)
	select {
	case res := <-done:
		if res == nil || res.Signal != int(unix.SIGTERM) {
			t.Errorf("result %+v, want killed by SIGTERM", res)
		}
	case <-time.After(20 * time.Second):
		tr.Interrupt(unix.SIGKILL)
		t.Fatal("Interrupt did not end the program")
	}
}

// TestConcurrentTracers runs several tracers at once in one process: each
// must see only its own tracee's stops.
func TestConcurrentTracers(t *testing.T) {
	prog := tracetest.BuildC(t, "basic")
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := &recorder{}
			tr := tracer.New(tracer.Options{Handler: rec})
			res, err := tr.Run(&forkexec.Spec{Path: prog, Argv: []string{prog}})
			if err != nil {
				t.Error(err)
				return
			}
			if res.ExitStatus != 7 {
				t.Errorf("exit status %d, want 7", res.ExitStatus)
			}
			if n := len(rec.names(tracer.Exited)); n != 1 {
				t.Errorf("%d exits seen, want 1", n)
			}
		}()
	}
	wg.Wait()
}
