// Command gotrace-bench measures gotrace against strace, the untraced
// program and the kernel's floors, in one run (make bench).
//
// For each workload it times, alternating the commands run after run: the
// program alone; the program under a minimal seccomp filter (the floor
// for any filtered mode); under a minimal ptrace loop in C (the floor for
// full tracing); and strace and gotrace in each mode: full trace, -f,
// -e trace=openat (strace with --seccomp-bpf -f, its filtered mode) and
// -c; and, on the 5-million-call loop, gotrace --deny socket (a policy).
// It prints the median wall time of each with its ratios to native, to
// the floor of its kind and to strace in the same mode, and writes the
// same as JSON. A ratio is the median, over the rounds, of the two
// commands' ratio within a round: on a machine whose speed drifts from
// one second to the next, commands run back to back in the same round
// compare better than medians taken over the whole run. Each round runs
// the commands in the opposite order to the one before, so that neither
// of a pair always runs first.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/olekukonko/tablewriter"
)

// mode is one way of running a workload.
type mode struct {
	name string
	// kind says which floor and which strace mode it compares with.
	kind string // "native", "floor", "full", "follow", "filtered", "count"
	// tracer is "strace", "gotrace" or "" (native and floors).
	tracer string
}

var modes = []mode{
	{"native", "native", ""},
	{"seccomp-floor", "floor", ""},
	{"ptrace-floor", "floor", ""},
	{"strace", "full", "strace"},
	{"gotrace", "full", "gotrace"},
	{"strace -f", "follow", "strace"},
	{"gotrace -f", "follow", "gotrace"},
	{"strace -f --seccomp-bpf -e trace=openat", "filtered", "strace"},
	{"gotrace -e trace=openat", "filtered", "gotrace"},
	{"strace -c", "count", "strace"},
	{"gotrace -c", "count", "gotrace"},
	// A policy whose rules never match the workload: every call is the
	// kernel's to allow, against the seccomp floor (only where listed).
	{"gotrace --deny socket", "policy", "gotrace"},
}

// workload is a command to measure, and which modes it runs in.
type workload struct {
	name  string
	argv  []string
	modes []string // nil: all
}

// result is one workload in one mode.
type result struct {
	Workload string    `json:"workload"`
	Mode     string    `json:"mode"`
	Runs     []float64 `json:"runs_s"`
	Median   float64   `json:"median_s"`
	VsNative float64   `json:"vs_native,omitempty"`
	VsFloor  float64   `json:"vs_floor,omitempty"`
	Floor    string    `json:"floor,omitempty"`
	VsStrace float64   `json:"vs_strace,omitempty"`
	Failed   string    `json:"failed,omitempty"`
	// rounds holds each round's time (0 where the command did not run),
	// for the paired ratios.
	rounds []float64
}

func main() {
	gotrace := flag.String("gotrace", "bin/gotrace", "gotrace binary")
	strace := flag.String("strace", "strace", "strace binary")
	runs := flag.Int("runs", 3, "runs of each command (the median is reported)")
	jsonOut := flag.String("json", "bench.json", "file for the results as JSON")
	srcDir := flag.String("src", "testdata/bench", "directory of the C workloads")
	flag.Parse()

	gt, err := filepath.Abs(*gotrace)
	if err != nil {
		fatal(err)
	}
	dir, err := os.MkdirTemp("", "gotrace-bench-")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(dir)
	bin := func(name string) string { return filepath.Join(dir, name) }
	for _, c := range []string{"getppid", "writes", "openclose", "forkexec", "seccompfloor", "ptracefloor"} {
		out, err := exec.Command("gcc", "-O2", "-o", bin(c), filepath.Join(*srcDir, c+".c")).CombinedOutput()
		if err != nil {
			fatal(fmt.Errorf("building %s: %v\n%s", c, err, out))
		}
	}
	findDir := "/usr/include"
	if _, err := os.Stat(findDir); err != nil {
		findDir = "/usr/share"
	}
	python, _ := exec.LookPath("python3")

	workloads := []workload{
		{"getppid x20000", []string{bin("getppid"), "20000"}, nil},
		{"write x20000", []string{bin("writes"), "20000"}, nil},
		{"open/close x10000", []string{bin("openclose"), "10000"}, nil},
		{"fork+exec x50", []string{bin("forkexec"), "50"}, nil},
		{"find " + findDir, []string{"find", findDir}, nil},
		{"tar of /usr/share/doc", []string{"tar", "cf", "/dev/null", "-C", "/usr/share", "doc"}, nil},
		// The prefilter's case: 5 million calls, none of them selected.
		{"getppid x5000000", []string{bin("getppid"), "5000000"},
			[]string{"native", "seccomp-floor", "strace -f --seccomp-bpf -e trace=openat", "gotrace -e trace=openat", "gotrace --deny socket"}},
	}
	if python != "" {
		workloads = append(workloads, workload{"python3 -c pass", []string{python, "-c", "pass"}, nil})
	}

	command := func(w workload, m mode) []string {
		switch m.name {
		case "native":
			return w.argv
		case "seccomp-floor":
			if w.argv[0] == bin("getppid") {
				return append([]string{w.argv[0], "--seccomp-floor"}, w.argv[1:]...)
			}
			return append([]string{bin("seccompfloor")}, w.argv...)
		case "ptrace-floor":
			return append([]string{bin("ptracefloor")}, w.argv...)
		}
		exe := *strace
		if m.tracer == "gotrace" {
			exe = gt
		}
		args := strings.Fields(m.name)[1:]
		return append(append(append([]string{exe}, args...), "-o", "/dev/null", "--"), w.argv...)
	}

	var results []*result
	for _, w := range workloads {
		var ms []mode
		for _, m := range modes {
			if w.modes == nil && m.kind != "policy" || contains(w.modes, m.name) {
				ms = append(ms, m)
			}
		}
		rs := make([]*result, len(ms))
		for i, m := range ms {
			rs[i] = &result{Workload: w.name, Mode: m.name}
		}
		// Alternate the commands, so that drift in the machine's speed
		// falls on all of them alike.
		for _, r := range rs {
			r.rounds = make([]float64, *runs)
		}
		for round := 0; round < *runs; round++ {
			for k := range ms {
				i := k
				if round%2 == 1 {
					i = len(ms) - 1 - k
				}
				if rs[i].Failed != "" {
					continue
				}
				d, err := timeRun(command(w, ms[i]))
				if err != nil {
					rs[i].Failed = err.Error()
					continue
				}
				rs[i].Runs = append(rs[i].Runs, d.Seconds())
				rs[i].rounds[round] = d.Seconds()
			}
		}
		byName := map[string]*result{}
		for _, r := range rs {
			r.Median = median(r.Runs)
			byName[r.Mode] = r
		}
		for i, m := range ms {
			r := rs[i]
			if r.Failed != "" || m.kind == "native" {
				continue
			}
			if n := byName["native"]; n != nil {
				r.VsNative = pairedRatio(r, n)
			}
			floor := "ptrace-floor"
			if m.kind == "filtered" || m.kind == "policy" {
				floor = "seccomp-floor"
			}
			if m.kind != "floor" {
				if f := byName[floor]; f != nil {
					if q := pairedRatio(r, f); q > 0 {
						r.VsFloor, r.Floor = q, floor
					}
				}
			}
			if m.tracer == "gotrace" {
				if s := byName["strace"+strings.TrimPrefix(m.name, "gotrace")]; s != nil {
					r.VsStrace = pairedRatio(r, s)
				} else if m.kind == "filtered" {
					if s := byName["strace -f --seccomp-bpf -e trace=openat"]; s != nil {
						r.VsStrace = pairedRatio(r, s)
					}
				}
			}
		}
		results = append(results, rs...)
	}

	table := tablewriter.NewWriter(os.Stdout)
	table.SetHeader([]string{"workload", "mode", "median", "x native", "x floor", "x strace"})
	table.SetAutoWrapText(false)
	for _, r := range results {
		if r.Failed != "" {
			table.Append([]string{r.Workload, r.Mode, "failed: " + r.Failed, "", "", ""})
			continue
		}
		table.Append([]string{r.Workload, r.Mode, fmt.Sprintf("%.4fs", r.Median), ratio(r.VsNative),
			ratio(r.VsFloor) + floorTag(r.Floor), ratio(r.VsStrace)})
	}
	table.Render()
	b, _ := json.MarshalIndent(results, "", "  ")
	if err := os.WriteFile(*jsonOut, append(b, '\n'), 0o644); err != nil {
		fatal(err)
	}
	fmt.Printf("results written to %s\n", *jsonOut)
}

// timeRun runs argv with its output discarded and returns its wall time.
func timeRun(argv []string) (time.Duration, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = nil, nil
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", strings.Join(argv, " "), err)
	}
	return d, nil
}

// pairedRatio is the median over the rounds both ran in of a's time over
// b's; 0 when there is none.
func pairedRatio(a, b *result) float64 {
	var qs []float64
	for i := range a.rounds {
		if i < len(b.rounds) && a.rounds[i] > 0 && b.rounds[i] > 0 {
			qs = append(qs, a.rounds[i]/b.rounds[i])
		}
	}
	return median(qs)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ratio(r float64) string {
	if r == 0 {
		return ""
	}
	return fmt.Sprintf("%.2f", r)
}

func floorTag(f string) string {
	switch f {
	case "ptrace-floor":
		return " (ptrace)"
	case "seccomp-floor":
		return " (seccomp)"
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "gotrace-bench:", err)
	os.Exit(1)
}
