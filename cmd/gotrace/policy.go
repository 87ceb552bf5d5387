package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/cmd/gotrace/internal/sigcatch"
	"github.com/gotrace/gotrace/forkexec"
	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer"
	"github.com/gotrace/gotrace/tracer/judge"
	"github.com/gotrace/gotrace/tracer/policy"
)

// policyConfig is the command line's policy and limit options.
type policyConfig struct {
	file      string // --policy
	allow     string // --allow
	deny      string // --deny
	judge     bool   // --judge
	user      string // --user
	cpu       string // --cpu-limit
	wall      string // --wall-limit
	memory    string // --memory-limit
	output    string // --output-limit
	processes int    // --process-limit
	// processesSet: --process-limit was given (0 and below are errors).
	processesSet bool
	verdict      string // --verdict
}

// active says whether gotrace runs in policy mode.
func (pc *policyConfig) active() bool {
	return pc.file != "" || pc.allow != "" || pc.deny != "" || pc.judge || pc.verdict != "" ||
		pc.cpu != "" || pc.wall != "" || pc.memory != "" || pc.output != "" || pc.processesSet
}

// Exit statuses in policy mode, for verdicts other than the program's own
// exit (documented in the README).
var verdictExit = map[string]int{
	judge.InternalError:        150,
	judge.TimeLimitExceeded:    152,
	judge.MemoryLimitExceeded:  153,
	judge.OutputLimitExceeded:  154,
	judge.ProcessLimitExceeded: 155,
	judge.DisallowedSyscall:    159,
}

// buildPolicy assembles the policy from the options.
func (pc *policyConfig) buildPolicy(prog string) (*policy.Policy, error) {
	tables := tracer.NativeTables()
	policy.KnownNames = func(name string) bool {
		for _, t := range tables {
			if t.ByName(name) != nil {
				return true
			}
		}
		return false
	}
	var p *policy.Policy
	switch {
	case pc.judge:
		cwd, _ := os.Getwd()
		p = policy.Judge(tracer.NativeABI, cwd, filepath.Dir(prog))
		if pc.file != "" {
			return nil, fmt.Errorf("--judge and --policy cannot be combined")
		}
	case pc.file != "":
		data, err := os.ReadFile(pc.file)
		if err != nil {
			return nil, fmt.Errorf("policy: %v", err)
		}
		if p, err = policy.ParseFile(pc.file, data); err != nil {
			return nil, err
		}
	default:
		p = &policy.Policy{Default: policy.Action{Kind: policy.Allow}, BadABI: policy.Action{Kind: policy.Kill}}
	}
	var extra []policy.Rule
	if pc.deny != "" {
		rules, err := policy.ParseList(pc.deny, policy.Action{Kind: policy.Kill}, "--deny")
		if err != nil {
			return nil, err
		}
		extra = append(extra, rules...)
	}
	if pc.allow != "" {
		if pc.allow == "all" {
			// Everything allowed: no rule, no filter.
			p.Default = policy.Action{Kind: policy.Allow}
			p.BadABI = policy.Action{Kind: policy.Allow}
		} else {
			rules, err := policy.ParseList(pc.allow, policy.Action{Kind: policy.Allow}, "--allow")
			if err != nil {
				return nil, err
			}
			extra = append(extra, rules...)
			if !pc.judge && pc.file == "" {
				p.Default = policy.Action{Kind: policy.Kill}
			}
		}
	}
	p.Rules = append(extra, p.Rules...)
	if pc.user != "" {
		p.User = pc.user
	}
	if err := p.Validate(tables); err != nil {
		return nil, err
	}
	var err error
	l := &p.Limits
	if pc.cpu != "" {
		if l.CPU, err = policy.ParseDuration(pc.cpu); err != nil {
			return nil, fmt.Errorf("--cpu-limit: %v", err)
		}
	}
	if pc.wall != "" {
		if l.Wall, err = policy.ParseDuration(pc.wall); err != nil {
			return nil, fmt.Errorf("--wall-limit: %v", err)
		}
	}
	if pc.memory != "" {
		if l.Memory, err = policy.ParseSize(pc.memory); err != nil {
			return nil, fmt.Errorf("--memory-limit: %v", err)
		}
	}
	if pc.output != "" {
		if l.Output, err = policy.ParseSize(pc.output); err != nil {
			return nil, fmt.Errorf("--output-limit: %v", err)
		}
	}
	switch {
	case !pc.processesSet:
	case pc.processes < 1:
		return nil, fmt.Errorf("--process-limit: must be at least 1")
	default:
		l.Processes = pc.processes
	}
	if p.User != "" && p.User != "-" && os.Geteuid() == 0 {
		if _, err := judge.LookupUser(p.User); err != nil {
			return nil, fmt.Errorf("--user: no user %q", p.User)
		}
	}
	if pc.verdict != "" {
		// Before the program runs: a verdict that cannot be written
		// would be lost after it.
		f, err := os.OpenFile(pc.verdict, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			return nil, fmt.Errorf("--verdict: %v", err)
		}
		f.Close()
	}
	return p, nil
}

// runPolicy runs the program under the policy, reports, writes the
// verdict, and returns gotrace's exit status.
func runPolicy(pc *policyConfig, p *policy.Policy, spec *judgeSpec, stderr io.Writer) int {
	v, err := judge.Run(contextWithSignals(), spec.Spec)
	var ce *forkexec.ChildError
	if err != nil && !errors.As(err, &ce) {
		// (A failed step of the child was reported as it happened, as
		// strace reports it.)
		fmt.Fprintf(stderr, "gotrace: %s\n", err)
	}
	spec.finish()
	if pc.verdict != "" {
		b, _ := json.MarshalIndent(v, "", "  ")
		if werr := os.WriteFile(pc.verdict, append(b, '\n'), 0o644); werr != nil {
			fmt.Fprintf(stderr, "gotrace: --verdict: %v\n", werr)
			return verdictExit[judge.InternalError]
		}
	}
	switch v.Status {
	case judge.OK, judge.NonzeroExit, judge.Signalled:
		return v.ExitCode
	}
	if pc.verdict == "" && v.Status != judge.DisallowedSyscall && ce == nil {
		fmt.Fprintf(stderr, "gotrace: %s\n", v.Status)
	}
	return verdictExit[v.Status]
}

// judgeSpec is a judge.Spec with what must happen after the run.
type judgeSpec struct {
	*judge.Spec
	finish func()
}

// displaySet is what policy mode shows besides violations: the -e trace=
// selection, or nothing.
func displaySet(sel *syscalls.Set) *syscalls.Set {
	if sel != nil {
		return sel
	}
	none, _ := syscalls.ParseSet("none", tracer.NativeTables())
	return none
}

// contextWithSignals is cancelled by SIGINT, SIGTERM or SIGHUP: the judged
// program is then killed. (If they cannot be caught, they end gotrace,
// and the judged program with it.)
func contextWithSignals() context.Context {
	caught, err := sigcatch.Catch(unix.SIGINT, unix.SIGTERM, unix.SIGHUP)
	if err != nil {
		return context.Background()
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-caught
		cancel()
	}()
	return ctx
}
