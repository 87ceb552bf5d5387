package judge_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gotrace/gotrace/tracer/judge"
	"github.com/gotrace/gotrace/tracer/policy"
	"github.com/gotrace/gotrace/tracer/tracetest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	tracetest.Cleanup()
	os.Exit(code)
}

// judgeCase is one program run through judge.Run and the verdict it must
// get.
type judgeCase struct {
	name   string
	prog   string
	args   []string
	stdin  string
	limits policy.Limits
	status string
	stdout string // checked when not empty
	// check looks at the verdict further.
	check func(t *testing.T, v *judge.Verdict)
}

func judgeCases(t *testing.T) []judgeCase {
	marker := filepath.Join(t.TempDir(), "forked")
	return []judgeCase{
		{name: "sum", prog: tracetest.BuildC(t, "judge_sum"), stdin: "3 4\n", status: judge.OK, stdout: "7\n"},
		{name: "sum-bad-input", prog: tracetest.BuildC(t, "judge_sum"), stdin: "x", status: judge.NonzeroExit,
			check: func(t *testing.T, v *judge.Verdict) {
				if v.ExitCode != 2 {
					t.Errorf("exit code %d, want 2", v.ExitCode)
				}
			}},
		{name: "spin", prog: tracetest.BuildC(t, "judge_spin"), limits: policy.Limits{CPU: 200 * time.Millisecond, Wall: 5 * time.Second},
			status: judge.TimeLimitExceeded,
			check: func(t *testing.T, v *judge.Verdict) {
				// The watchdog reads the CPU clock every 10ms: well
				// before RLIMIT_CPU's whole second.
				if cpu := time.Duration(v.CPUUserNs + v.CPUSysNs); cpu < 200*time.Millisecond || cpu > 900*time.Millisecond {
					t.Errorf("stopped after %v of CPU, want just over 200ms", cpu)
				}
			}},
		{name: "spin-wall", prog: tracetest.BuildC(t, "judge_spin"), limits: policy.Limits{Wall: 300 * time.Millisecond},
			status: judge.TimeLimitExceeded},
		{name: "flood", prog: tracetest.BuildC(t, "judge_flood"), limits: policy.Limits{Output: 64 << 10, Wall: 5 * time.Second},
			status: judge.OutputLimitExceeded,
			check: func(t *testing.T, v *judge.Verdict) {
				if v.OutputBytes <= 64<<10 {
					t.Errorf("output_bytes %d, want over the 64K limit", v.OutputBytes)
				}
			}},
		{name: "small-output", prog: tracetest.BuildC(t, "judge_flood"), args: []string{"4"}, limits: policy.Limits{Output: 64 << 10},
			status: judge.OK, stdout: strings.Repeat("x", 4<<12)},
		{name: "fork", prog: tracetest.BuildC(t, "judge_fork"), args: []string{marker}, status: judge.DisallowedSyscall,
			check: func(t *testing.T, v *judge.Verdict) {
				if v.Violation == nil || v.Violation.Syscall != "clone" || v.Violation.ABI != "x86_64" || v.Violation.Action != "kill" {
					t.Errorf("violation %+v, want clone (x86_64) killed", v.Violation)
				}
				if _, err := os.Stat(marker); err == nil {
					t.Errorf("the forked child ran: %s exists", marker)
				}
			}},
	}
}

// TestRunVerdicts: each program gets its verdict, with what it used.
func TestRunVerdicts(t *testing.T) {
	for _, tc := range judgeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			runCase(t, tc)
		})
	}
}

// TestRunConcurrently: judge.Run is safe to call many times at once in
// one process (run it with -race): each run gets its own verdict and its
// own output.
func TestRunConcurrently(t *testing.T) {
	cases := judgeCases(t)
	var wg sync.WaitGroup
	for round := 0; round < 2; round++ {
		for _, tc := range cases {
			wg.Add(1)
			go func() {
				defer wg.Done()
				t.Run(fmt.Sprintf("%s-%d", tc.name, round), func(t *testing.T) { runCase(t, tc) })
			}()
		}
	}
	wg.Wait()
}

func runCase(t *testing.T, tc judgeCase) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("the judge's tests run as root (the program runs as nobody)")
	}
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	v, err := judge.Run(ctx, &judge.Spec{
		Path:   tc.prog,
		Argv:   append([]string{tc.prog}, tc.args...),
		Stdin:  strings.NewReader(tc.stdin),
		Stdout: &out,
		Limits: tc.limits,
	})
	if err != nil {
		t.Fatalf("judge.Run: %v", err)
	}
	if v.Status != tc.status {
		t.Fatalf("status %s, want %s (verdict %+v, violation %+v)", v.Status, tc.status, v, v.Violation)
	}
	if tc.stdout != "" && out.String() != tc.stdout {
		t.Errorf("stdout %q, want %q", trim(out.String()), trim(tc.stdout))
	}
	if v.WallNs <= 0 || v.Processes < 1 {
		t.Errorf("verdict lacks what the program used: %+v", v)
	}
	if tc.check != nil {
		tc.check(t, v)
	}
}

func trim(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// TestRunPrivateDirectory: run as nobody, a program in a directory only
// root may search (0700, as mkdtemp makes them) still runs: gotrace opens it and
// the child executes the descriptor.
func TestRunPrivateDirectory(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("the judge's tests run as root (the program runs as nobody)")
	}
	dir := filepath.Join(t.TempDir(), "private")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(tracetest.BuildC(t, "judge_sum"))
	if err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(dir, "solution")
	if err := os.WriteFile(prog, src, 0o755); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	v, err := judge.Run(context.Background(), &judge.Spec{Path: prog, Argv: []string{"solution"},
		Stdin: strings.NewReader("20 22\n"), Stdout: &out})
	if err != nil || v.Status != judge.OK || out.String() != "42\n" {
		t.Fatalf("verdict %+v, error %v, output %q: want OK and 42", v, err, out.String())
	}
}

// TestRunBadProgram: a program that cannot be started is an internal
// error, with a reason, not a panic.
func TestRunBadProgram(t *testing.T) {
	v, err := judge.Run(context.Background(), &judge.Spec{Path: "/nonexistent/prog", Argv: []string{"prog"}, User: "-"})
	if err == nil || v.Status != judge.InternalError || v.Error == "" {
		t.Fatalf("verdict %+v, error %v: want InternalError with a reason", v, err)
	}
}
