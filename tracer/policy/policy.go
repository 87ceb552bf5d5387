// Package policy is gotrace's allow/deny syscall policies: their JSON
// format, the --allow and --deny short forms, the judge preset, and their
// compilation into a seccomp program whose verdicts the kernel enforces
// and the tracer observes.
//
// Every decision the policy makes is taken in the kernel: calls a rule
// allows never stop; calls a rule kills, fails or logs stop the tracee
// with SECCOMP_RET_TRACE (tagged with the rule) so that gotrace can report
// the attempt before acting. If gotrace itself is gone, such calls fail
// with ENOSYS and do not run: the policy fails closed.
package policy

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer/seccomp"
)

// ActionKind is what a rule does with a call.
type ActionKind uint8

// The actions.
const (
	// Allow lets the call run, unseen.
	Allow ActionKind = iota
	// Kill reports the call and kills every traced process; the call
	// does not run.
	Kill
	// Errno reports the call and makes it fail with Action.Errno without
	// running.
	Errno
	// Log reports the call and lets it run.
	Log
)

// Action is a rule's action.
type Action struct {
	Kind  ActionKind
	Errno unix.Errno
	// Quiet makes an errno rule the kernel's alone: the call fails
	// without stopping and is not reported (the judge's clone3, which
	// the C library answers by falling back to clone).
	Quiet bool
}

// String is the action as policies write it: allow, kill, log, errno:NAME.
func (a Action) String() string {
	switch a.Kind {
	case Kill:
		return "kill"
	case Errno:
		return "errno:" + syscalls.ErrnoName(uint64(a.Errno))
	case Log:
		return "log"
	}
	return "allow"
}

// ParseAction reads allow, kill, log, errno (EPERM) or errno:NAME.
func ParseAction(s string) (Action, error) {
	switch s {
	case "allow":
		return Action{Kind: Allow}, nil
	case "kill":
		return Action{Kind: Kill}, nil
	case "log":
		return Action{Kind: Log}, nil
	case "errno":
		return Action{Kind: Errno, Errno: unix.EPERM}, nil
	}
	if name, ok := strings.CutPrefix(s, "errno:"); ok {
		if e := errnoByName(name); e != 0 {
			return Action{Kind: Errno, Errno: e}, nil
		}
		return Action{}, fmt.Errorf("unknown errno %q", name)
	}
	return Action{}, fmt.Errorf("unknown action %q (allow, kill, log, errno or errno:NAME)", s)
}

func errnoByName(name string) unix.Errno {
	for e := uint64(1); e < 4096; e++ {
		if syscalls.ErrnoName(e) == name {
			return unix.Errno(e)
		}
	}
	return 0
}

// Cond is a condition on an argument register of the call. Seccomp reads
// registers only: arguments in memory (paths, clone3's struct) cannot be
// judged, which is why the judge answers clone3 with ENOSYS.
type Cond struct {
	// Arg is the argument's index (0-5).
	Arg uint
	// Op compares the register with Value (for MaskedEqual, after
	// masking with Mask).
	Op    seccomp.CondOp
	Value uint64
	Mask  uint64
}

// Rule gives an action to the calls it names, when its conditions hold.
type Rule struct {
	// Syscalls are names and %classes (as -e trace= takes them).
	Syscalls []string
	Action   Action
	// Conds must all hold for the rule to apply; a call they do not
	// match falls to the policy's default.
	Conds []Cond
	// Source says where the rule comes from, for reports: "rules[2]",
	// "--deny socket", "judge: no new processes".
	Source string
}

// Paths are file system rules, enforced by Landlock: everything not
// granted is denied, whatever paths the program passes.
type Paths struct {
	// Read, ReadExec and Write are granted (and everything beneath a
	// directory).
	Read, ReadExec, Write []string
}

// Limits are resource limits (zero: none).
type Limits struct {
	CPU       time.Duration
	Wall      time.Duration
	Memory    int64 // bytes
	Output    int64 // bytes
	Processes int   // tasks alive at once, threads included
	// OpenFiles is RLIMIT_NOFILE: open descriptors hold kernel memory
	// (pipe buffers) that no resident size shows.
	OpenFiles int
}

// Policy is a whole policy.
type Policy struct {
	// Default is the action for calls no rule names.
	Default Action
	// ABIs are the ABIs the program may use; calls of others get
	// BadABI. Nil allows the native ABI only.
	ABIs []syscalls.ABI
	// BadABI is the action for calls of ABIs not in ABIs (kill by
	// default: an i386 call from a 64-bit program is how a filter
	// written for x86_64 numbers is escaped).
	BadABI Action
	// Rules, in order.
	Rules []Rule
	// Paths, if set, are enforced with Landlock.
	Paths *Paths
	// PathsInKernel is set by whoever loads the Landlock ruleset for
	// Paths: opens outside them are then only reported (the kernel
	// refuses them with EACCES, whatever the tracer read). Without it the
	// tracer's own check is all there is, and an open outside the paths
	// kills (fail closed).
	PathsInKernel bool
	// SignalsInTree allows signals only to traced processes: kill,
	// tkill, tgkill and the sigqueue calls stop so gotrace can check the
	// target, and Landlock scopes them in the kernel where it can.
	SignalsInTree bool
	// NoNetwork also denies TCP in the kernel with Landlock (ABI 4).
	NoNetwork bool
	// Limits are the resource limits.
	Limits Limits
	// User is the user the program runs as, when gotrace runs as root
	// ("" keeps gotrace's).
	User string
}

// listenerRule makes seccomp(SECCOMP_SET_MODE_FILTER) with
// SECCOMP_FILTER_FLAG_NEW_LISTENER fail with EPERM under every policy.
var listenerRule = Rule{
	Syscalls: []string{"seccomp"},
	Action:   Action{Kind: Errno, Errno: unix.EPERM},
	Conds: []Cond{
		{Arg: 0, Op: seccomp.Equal, Value: 1 /* SECCOMP_SET_MODE_FILTER */},
		{Arg: 1, Op: seccomp.MaskedEqual, Mask: 8, Value: 8 /* SECCOMP_FILTER_FLAG_NEW_LISTENER */},
	},
	Source: "gotrace: a seccomp listener would bypass the policy",
}

// NativeABI is the ABI of the machine gotrace runs on: the one a policy
// allows when it names none.
var NativeABI = func() syscalls.ABI {
	if runtime.GOARCH == "arm64" {
		return syscalls.ARM64
	}
	return syscalls.AMD64
}()

// Ret data of SECCOMP_RET_TRACE verdicts, telling the tracer why it
// stopped. Rules are numbered from 1; the others sit at the top.
const (
	DataDisplay = 0      // selected for display only (-e trace=)
	DataChain   = 0xfffa // rules with conditions the tracer evaluates in order
	DataSignal  = 0xfffb // a signal whose target must be checked
	DataMemory  = 0xfffc // a memory call whose failure means the limit
	DataPath    = 0xfffd // an open whose path is reported
	DataBadABI  = 0xfffe // a call in an ABI the policy does not allow
	DataDefault = 0xffff // the policy's default action
)

// signalCalls are the calls that send a signal to another process or
// thread.
var signalCalls = []string{"kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_send_signal"}

// memoryCalls are the calls that fail with ENOMEM (brk: return the old
// break) when a memory limit bites; mprotect too, when it makes private
// memory writable (malloc's arenas grow so).
var memoryCalls = []string{"brk", "mmap", "mmap2", "mremap", "mprotect"}

// Compiled is a policy compiled for a set of ABIs: the seccomp program
// and how to read its verdicts back.
type Compiled struct {
	Program *seccomp.Program
	// Rules are the policy's rules, Rules[i] tagged i+1.
	Rules []Rule
	// Default and BadABI are the policy's.
	Default, BadABI Action
	// SignalsInTree and CheckPaths say the tracer must check signal
	// targets and report opens.
	SignalsInTree bool
	CheckPaths    bool
	// MemoryLimit says memory calls' failures must be checked.
	MemoryLimit bool
	// Paths are the policy's path rules, for reporting opens;
	// PathsInKernel says Landlock enforces them.
	Paths         *Paths
	PathsInKernel bool
	// None is set when the policy allows everything: no filter is
	// needed at all.
	None bool
	// abis are the ABIs the program may use.
	abis map[syscalls.ABI]bool
	// byName lists per ABI and call the rules naming it, in order.
	byName map[syscalls.ABI]map[string][]int
}

// Compile turns the policy into a seccomp program over the tables' ABIs.
// display, if set, are calls the user wants to see (-e trace=): allowed
// ones among them stop too, tagged DataDisplay. Calls libseccomp does not
// know (newer than it) cannot be named: they get the default action.
func (p *Policy) Compile(tables []*syscalls.Table, display *syscalls.Set) (*Compiled, error) {
	c := &Compiled{Rules: p.Rules, Default: p.Default, BadABI: p.BadABI, SignalsInTree: p.SignalsInTree,
		CheckPaths: p.Paths != nil, Paths: p.Paths, PathsInKernel: p.PathsInKernel,
		MemoryLimit: p.Limits.Memory > 0}
	prog := &seccomp.Program{
		Default: traceOr(p.Default, DataDefault),
		BadABI:  traceOr(p.BadABI, DataBadABI),
	}
	if display != nil && display.Empty() {
		display = nil
	}
	everything := p.Default.Kind == Allow && !p.SignalsInTree && display == nil &&
		p.Limits.Memory == 0 && p.Paths == nil
	for _, r := range p.Rules {
		if r.Action.Kind != Allow {
			everything = false
		}
	}
	abis := p.ABIs
	if abis == nil {
		// Fail closed: a filter written for one ABI's numbers is
		// escaped through another's.
		abis = []syscalls.ABI{NativeABI}
	}
	if everything && (p.BadABI.Kind == Allow || coversAll(abis, tables)) {
		c.None = true
		return c, nil
	}
	// First comes a rule of gotrace's own: a seccomp filter with a
	// user-notification listener would outrank ours
	// (SECCOMP_RET_USER_NOTIF before SECCOMP_RET_TRACE), and its
	// supervisor could let any call run unseen.
	withOwn := *p
	withOwn.Rules = append([]Rule{listenerRule}, p.Rules...)
	p = &withOwn
	c.Rules = p.Rules
	allowed := map[syscalls.ABI]bool{}
	for _, abi := range abis {
		allowed[abi] = true
	}
	c.abis = allowed
	c.byName = map[syscalls.ABI]map[string][]int{}
	for _, t := range tables {
		if t == nil || !allowed[t.ABI] {
			continue
		}
		prog.ABIs = append(prog.ABIs, t.ABI)
		rules, byName, err := p.compileABI(t, display)
		if err != nil {
			return nil, err
		}
		c.byName[t.ABI] = byName
		prog.Rules = append(prog.Rules, rules...)
	}
	if len(prog.ABIs) == 0 {
		return nil, fmt.Errorf("policy: no ABI allowed")
	}
	c.Program = prog
	return c, nil
}

func coversAll(abis []syscalls.ABI, tables []*syscalls.Table) bool {
	have := map[syscalls.ABI]bool{}
	for _, a := range abis {
		have[a] = true
	}
	for _, t := range tables {
		if t != nil && !have[t.ABI] {
			return false
		}
	}
	return true
}

// traceOr is the seccomp action of a policy action: allow stays allow;
// the others stop for the tracer with data.
func traceOr(a Action, data uint16) seccomp.Action {
	switch {
	case a.Kind == Allow:
		return seccomp.Allow
	case a.Kind == Errno && a.Quiet:
		return seccomp.Errno(a.Errno)
	}
	return seccomp.TraceData(data)
}

// compileABI makes the seccomp rules of one ABI: for each call, the first
// unconditional rule naming it decides; conditional rules before it add
// their conditions; special checks (signals, memory, display) stop calls
// that would otherwise be allowed.
func (p *Policy) compileABI(t *syscalls.Table, display *syscalls.Set) ([]seccomp.Rule, map[string][]int, error) {
	// names[i] is the set of call names rule i selects in this ABI.
	type ruleCalls struct {
		names map[string]bool
	}
	sel := make([]ruleCalls, len(p.Rules))
	// byName lists, for each call, the rules naming it, in order: what
	// Decide walks.
	byName := map[string][]int{}
	for i, r := range p.Rules {
		set, err := syscalls.ParseSet("?"+strings.Join(r.Syscalls, ",?"), []*syscalls.Table{t})
		if err != nil {
			return nil, nil, fmt.Errorf("policy: %s: %w", r.Source, err)
		}
		sel[i].names = map[string]bool{}
		for _, n := range set.Names(t) {
			sel[i].names[n] = true
			byName[n] = append(byName[n], i)
		}
	}
	special := map[string]uint16{}
	if p.SignalsInTree {
		for _, n := range signalCalls {
			special[n] = DataSignal
		}
	}
	if p.Limits.Memory > 0 {
		for _, n := range memoryCalls {
			special[n] = DataMemory
		}
	}
	if p.Paths != nil {
		// Opens are reported against the path rules (Landlock decides;
		// the tracer tells what was tried).
		for _, n := range []string{"open", "openat", "openat2"} {
			special[n] = DataPath
		}
	}
	var out []seccomp.Rule
	for _, sc := range t.All() {
		if !seccomp.Known(t.ABI, sc.Name) {
			continue
		}
		// The rules naming the call, in order, up to the first without
		// conditions (which decides whatever follows).
		var chain []int
		for i, r := range p.Rules {
			if sel[i].names[sc.Name] {
				chain = append(chain, i)
				if len(r.Conds) == 0 {
					break
				}
			}
		}
		if len(chain) == 0 {
			// The default, unless the call must stop for a check or
			// for display.
			if p.Default.Kind == Allow {
				if d, ok := special[sc.Name]; ok {
					out = append(out, seccomp.Rule{ABI: t.ABI, Name: sc.Name, Action: seccomp.TraceData(d)})
				} else if display != nil && display.Has(t.ABI, uint64(sc.Nr)) {
					out = append(out, seccomp.Rule{ABI: t.ABI, Name: sc.Name, Action: seccomp.TraceData(DataDisplay)})
				}
			}
			continue
		}
		last := p.Rules[chain[len(chain)-1]]
		if len(chain) == 1 && len(last.Conds) == 0 {
			act := ruleAction(last.Action, uint16(chain[0]+1), sc.Name, special, display, t.ABI, sc.Nr)
			out = append(out, seccomp.Rule{ABI: t.ABI, Name: sc.Name, Action: act})
			continue
		}
		// Conditional rules. libseccomp has no order among a call's
		// rules: it can only say "any of these conditions gives this
		// action, else the default". When that is what the rules say,
		// the kernel decides alone; otherwise the call stops and the
		// tracer walks the rules in order on the registers the filter
		// saw (a stopped thread's registers cannot change under it).
		if p.kernelDecidable(chain, sc.Name, special, display, t, sc.Nr) {
			for _, i := range chain {
				r := p.Rules[i]
				act := ruleAction(r.Action, uint16(i+1), sc.Name, special, display, t.ABI, sc.Nr)
				out = append(out, seccomp.Rule{ABI: t.ABI, Name: sc.Name, Action: act, Conds: seccompConds(r.Conds)})
			}
			continue
		}
		out = append(out, seccomp.Rule{ABI: t.ABI, Name: sc.Name, Action: seccomp.TraceData(DataChain)})
	}
	return out, byName, nil
}

// kernelDecidable says whether a call's chain of rules (all conditional)
// means "any condition holds: one action; else the default", which a
// seccomp filter can say without order, and that the default needs no
// stop of its own for the call.
func (p *Policy) kernelDecidable(chain []int, name string, special map[string]uint16, display *syscalls.Set, t *syscalls.Table, nr int) bool {
	first := p.Rules[chain[0]].Action
	for _, i := range chain {
		r := p.Rules[i]
		if len(r.Conds) == 0 || r.Action != first {
			return false
		}
	}
	if first == p.Default {
		return false
	}
	if p.Default.Kind == Allow {
		// The default's own stops (checks, display) cannot be added
		// beside conditional rules.
		if _, ok := special[name]; ok {
			return false
		}
		if display != nil && display.Has(t.ABI, uint64(nr)) {
			return false
		}
	}
	return true
}

func seccompConds(conds []Cond) []seccomp.Cond {
	out := make([]seccomp.Cond, len(conds))
	for k, cd := range conds {
		out[k] = seccomp.Cond{Arg: cd.Arg, Op: cd.Op, Value: cd.Value, Mask: cd.Mask}
	}
	return out
}

// Decide walks the rules naming a call in order, as the tracer does for a
// DataChain stop: the first rule whose conditions all hold on args gives
// the action (and its source); none gives the default.
func (c *Compiled) Decide(t *syscalls.Table, name string, args *[6]uint64) (Action, string) {
	for _, i := range c.byName[t.ABI][name] {
		if r := &c.Rules[i]; r.holds(args, t.ABI) {
			return r.Action, r.Source
		}
	}
	return c.Default, "default"
}

// holds says whether all of the rule's conditions hold on args (32-bit
// ABIs' registers compare as 32 bits, as seccomp sees them).
func (r *Rule) holds(args *[6]uint64, abi syscalls.ABI) bool {
	for _, cd := range r.Conds {
		if cd.Arg > 5 {
			return false
		}
		v := args[cd.Arg]
		if abi.PointerSize() == 4 {
			v &= 0xffffffff
		}
		var ok bool
		switch cd.Op {
		case seccomp.Equal:
			ok = v == cd.Value
		case seccomp.NotEqual:
			ok = v != cd.Value
		case seccomp.Less:
			ok = v < cd.Value
		case seccomp.LessOrEqual:
			ok = v <= cd.Value
		case seccomp.Greater:
			ok = v > cd.Value
		case seccomp.GreaterOrEqual:
			ok = v >= cd.Value
		case seccomp.MaskedEqual:
			ok = v&cd.Mask == cd.Value
		}
		if !ok {
			return false
		}
	}
	return true
}

// Verdict is what the policy makes of a call, as the filter computes it:
// the action and its rule when the call is not allowed; for an allowed
// call, the check it still needs (DataSignal, DataMemory, DataPath) or
// DataDisplay. t is the call's ABI's table (nil for an ABI without one).
func (c *Compiled) Verdict(t *syscalls.Table, abi syscalls.ABI, name string, args *[6]uint64) (uint16, Action, string) {
	if !c.abis[abi] || t == nil {
		return DataBadABI, c.BadABI, "abi"
	}
	action, rule := c.Default, "default"
	if name != "" && seccomp.Known(abi, name) {
		action, rule = c.Decide(t, name, args)
	}
	if action.Kind != Allow {
		return DataDefault, action, rule
	}
	return c.Special(abi, name), action, rule
}

// Special is the check a call allowed by a DataChain decision still needs
// (DataSignal, DataMemory, DataPath), or DataDisplay.
func (c *Compiled) Special(abi syscalls.ABI, name string) uint16 {
	switch {
	case c.SignalsInTree && contains(signalCalls, name):
		return DataSignal
	case c.MemoryLimit && contains(memoryCalls, name):
		return DataMemory
	case c.CheckPaths && (name == "open" || name == "openat" || name == "openat2"):
		return DataPath
	}
	return DataDisplay
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ruleAction is the seccomp action of rule data for one call.
func ruleAction(a Action, data uint16, name string, special map[string]uint16, display *syscalls.Set, abi syscalls.ABI, nr int) seccomp.Action {
	if a.Kind != Allow {
		return traceOr(a, data)
	}
	if d, ok := special[name]; ok {
		return seccomp.TraceData(d)
	}
	if display != nil && display.Has(abi, uint64(nr)) {
		return seccomp.TraceData(DataDisplay)
	}
	return seccomp.Allow
}

// Lookup returns what a SECCOMP_RET_TRACE stop's data means: the action
// and where it comes from.
func (c *Compiled) Lookup(data uint16) (Action, string) {
	switch {
	case data == DataDefault:
		return c.Default, "default"
	case data == DataBadABI:
		return c.BadABI, "abi"
	case data >= 1 && int(data) <= len(c.Rules):
		r := c.Rules[data-1]
		return r.Action, r.Source
	}
	return Action{Kind: Allow}, ""
}

// ParseList parses --allow and --deny lists: comma-separated syscall
// names and %classes, each optionally =ACTION.
func ParseList(list string, action Action, flag string) ([]Rule, error) {
	var rules []Rule
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			return nil, fmt.Errorf("%s: empty syscall name", flag)
		}
		name, act, hasAct := strings.Cut(item, "=")
		a := action
		if hasAct {
			var err error
			if a, err = ParseAction(act); err != nil {
				return nil, fmt.Errorf("%s %s: %w", flag, item, err)
			}
		}
		rules = append(rules, Rule{Syscalls: []string{name}, Action: a, Source: flag + " " + item})
	}
	return rules, nil
}

// Validate checks that every name and class of the rules exists in one of
// the tables.
func (p *Policy) Validate(tables []*syscalls.Table) error {
	for _, r := range p.Rules {
		for _, n := range r.Syscalls {
			if n == "all" {
				continue
			}
			if _, err := syscalls.ParseSet(n, tables); err != nil {
				return fmt.Errorf("%s: %w", r.Source, err)
			}
		}
	}
	return nil
}

// Names lists the calls a rule selects in a table, sorted.
func (r *Rule) Names(t *syscalls.Table) []string {
	set, err := syscalls.ParseSet("?"+strings.Join(r.Syscalls, ",?"), []*syscalls.Table{t})
	if err != nil {
		return nil
	}
	n := set.Names(t)
	sort.Strings(n)
	return n
}
