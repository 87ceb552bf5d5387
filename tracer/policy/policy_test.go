package policy

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/amd64"
	"github.com/gotrace/gotrace/syscalls/i386"
	"github.com/gotrace/gotrace/tracer/seccomp"
)

func tables() []*syscalls.Table { return []*syscalls.Table{amd64.Table(), i386.Table()} }

// TestParseFile reads a policy with every field.
func TestParseFile(t *testing.T) {
	p, err := ParseFile("p.json", []byte(`{
  "default": "errno:EPERM",
  "abis": ["x86_64", "i386"],
  "bad_abi": "log",
  "rules": [
    {"syscalls": ["read", "%memory"], "action": "allow", "comment": "ok"},
    {"syscalls": ["clone"], "action": "allow",
     "args": [{"arg": 0, "op": "&=", "mask": "CLONE_THREAD|CLONE_UNTRACED", "value": "CLONE_THREAD"}]},
    {"syscalls": ["socket"], "action": "kill", "args": [{"arg": 0, "op": "!=", "value": 1}]}
  ],
  "paths": {"read": ["/usr"], "write": ["/tmp/x"]},
  "signals_in_tree": true,
  "no_network": true,
  "limits": {"cpu": "1.5s", "wall": "2", "memory": "256M", "output": "64K", "processes": 3},
  "user": "nobody"
}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.Default != (Action{Kind: Errno, Errno: unix.EPERM}) || p.BadABI.Kind != Log || len(p.ABIs) != 2 {
		t.Errorf("default %v, bad_abi %v, abis %v", p.Default, p.BadABI, p.ABIs)
	}
	if len(p.Rules) != 3 || p.Rules[1].Conds[0] != (Cond{Arg: 0, Op: 7, Mask: unix.CLONE_THREAD | unix.CLONE_UNTRACED, Value: unix.CLONE_THREAD}) {
		t.Errorf("rules %+v", p.Rules)
	}
	if p.Limits.CPU.Milliseconds() != 1500 || p.Limits.Wall.Seconds() != 2 || p.Limits.Memory != 256<<20 || p.Limits.Output != 64<<10 || p.Limits.Processes != 3 {
		t.Errorf("limits %+v", p.Limits)
	}
	if p.Paths == nil || p.Paths.Read[0] != "/usr" || p.Paths.Write[0] != "/tmp/x" || !p.SignalsInTree || !p.NoNetwork || p.User != "nobody" {
		t.Errorf("policy %+v", p)
	}
	if err := p.Validate(tables()); err != nil {
		t.Error(err)
	}
}

// TestDecide: the tracer's walk of conditional rules takes the first that
// holds, in order, and the default when none does.
func TestDecide(t *testing.T) {
	p := &Policy{Default: Action{Kind: Allow}, Rules: []Rule{
		{Syscalls: []string{"socket"}, Action: Action{Kind: Allow}, Source: "unix",
			Conds: []Cond{{Arg: 0, Op: 1, Value: unix.AF_UNIX}}},
		{Syscalls: []string{"socket"}, Action: Action{Kind: Errno, Errno: unix.EACCES}, Source: "inet",
			Conds: []Cond{{Arg: 0, Op: 1, Value: unix.AF_INET}}},
		{Syscalls: []string{"%network"}, Action: Action{Kind: Kill}, Source: "rest"},
	}}
	c, err := p.Compile(tables()[:1], nil)
	if err != nil {
		t.Fatal(err)
	}
	tab := amd64.Table()
	for _, tc := range []struct {
		family uint64
		want   string
	}{{unix.AF_UNIX, "unix"}, {unix.AF_INET, "inet"}, {unix.AF_INET6, "rest"}} {
		args := [6]uint64{tc.family, 1}
		if _, src := c.Decide(tab, "socket", &args); src != tc.want {
			t.Errorf("socket(%d): rule %q, want %q", tc.family, src, tc.want)
		}
	}
	args := [6]uint64{}
	if a, src := c.Decide(tab, "read", &args); a.Kind != Allow || src != "default" {
		t.Errorf("read: %v %q, want the default", a, src)
	}
	// socket needs the tracer's walk; connect is the kernel's alone.
	chain := seccomp.TraceData(DataChain)
	var socket, connect []seccomp.Action
	for _, r := range c.Program.Rules {
		switch r.Name {
		case "socket":
			socket = append(socket, r.Action)
		case "connect":
			connect = append(connect, r.Action)
		}
	}
	if len(socket) != 1 || socket[0] != chain {
		t.Errorf("socket compiled to %v, want one trace(DataChain)", socket)
	}
	rest := 0
	for i, r := range c.Rules {
		if r.Source == "rest" {
			rest = i + 1
		}
	}
	if len(connect) != 1 || connect[0] != seccomp.TraceData(uint16(rest)) {
		t.Errorf("connect compiled to %v, want rule %d's trace", connect, rest)
	}
}

// TestCompileAllowAll: a policy that allows everything needs no filter;
// naming no ABI allows the native one only.
func TestCompileAllowAll(t *testing.T) {
	c, err := (&Policy{BadABI: Action{Kind: Allow}}).Compile(tables(), nil)
	if err != nil || !c.None {
		t.Errorf("allow-all compiled to %+v, %v: want no filter", c, err)
	}
	c, err = (&Policy{Rules: []Rule{{Syscalls: []string{"socket"}, Action: Action{Kind: Kill}}}, BadABI: Action{Kind: Kill}}).Compile(tables(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Program.ABIs) != 1 || c.Program.ABIs[0] != NativeABI {
		t.Errorf("ABIs %v, want the native one only", c.Program.ABIs)
	}
}

// TestParseErrors: mistakes are reported with the line and the field.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"{\n\"default\": \"nope\"}", `^p:2: default: unknown action "nope"`},
		{"{\"rules\": [\n{\"syscalls\": \"read\"}]}", `^p:2: rules\[0\]\.syscalls: `},
		{"{\"rules\": [{\"syscalls\": [\"read\"],\n \"args\": [{\"arg\": 9, \"op\": \"==\", \"value\": 1}]}]}", `^p:2: rules\[0\]\.args\[0\]\.arg: `},
		{"{\"rules\": [{\"syscalls\": [\"read\"],\n \"args\": [{\"arg\": 0, \"op\": \"~\", \"value\": 1}]}]}", `^p:2: rules\[0\]\.args\[0\]\.op: `},
		{"{\"rules\": [{\"syscalls\": [\"read\"],\n \"args\": [{\"arg\": 0, \"op\": \"&=\", \"value\": 1}]}]}", `^p:2: rules\[0\]\.args\[0\]\.mask: `},
		{"{\"rules\": [{\"syscalls\": [\"read\"], \"args\": [{\"arg\": 0, \"op\": \"==\",\n \"value\": \"NO_SUCH\"}]}]}", `^p:2: rules\[0\]\.args\[0\]\.value: unknown constant "NO_SUCH"`},
		{"{\"abis\": [\n\"vax\"]}", `^p:2: abis\[0\]: `},
		{"{\"limits\": {\"memory\":\n \"lots\"}}", `^p:2: limits\.memory: `},
		{"{\"limits\": {\"processes\": -1}}", `^p:1: limits\.processes: `},
		{"[1, 2]", `^p:1: `},
		{"{\"default\": \"kill\"} trailing", `^p:1: `},
		{"{\"default\": \"kill\",\n\"default\": \"allow\"}", `^p:2: default: given twice`},
	} {
		_, err := ParseFile("p", []byte(tc.doc))
		if err == nil || !regexp.MustCompile(tc.want).MatchString(err.Error()) {
			t.Errorf("%q: error %v, want %s", tc.doc, err, tc.want)
		}
	}
}

// FuzzParseFile: no policy file panics the parser, every error names a
// line, and a policy that parses compiles or fails with an error.
func FuzzParseFile(f *testing.F) {
	f.Add([]byte(`{"default": "kill", "rules": [{"syscalls": ["read", "%memory"], "action": "allow"}]}`))
	f.Add([]byte(`{"rules": [{"syscalls": ["clone"], "action": "allow", "args": [{"arg": 0, "op": "&=", "mask": "CLONE_THREAD", "value": "CLONE_THREAD"}]}]}`))
	f.Add([]byte(`{"abis": ["x86_64", "i386"], "bad_abi": "log", "limits": {"cpu": "1s", "memory": "1M"}, "paths": {"read": ["/usr"]}}`))
	f.Add([]byte(`{"rules": [{"syscalls": ["socket"], "action": "allow", "args": [{"arg": 0, "op": "==", "value": "AF_UNIX"}]}, {"syscalls": ["socket"], "action": "errno:EACCES"}]}`))
	lineRe := regexp.MustCompile(`^f:\d+: `)
	f.Fuzz(func(t *testing.T, doc []byte) {
		p, err := ParseFile("f", doc)
		if err != nil {
			if !lineRe.MatchString(err.Error()) {
				t.Fatalf("error without a line: %v", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error of several lines: %q", err)
			}
			return
		}
		if p.Validate(tables()) != nil {
			return
		}
		c, err := p.Compile(tables(), nil)
		if err != nil {
			return
		}
		args := [6]uint64{1, 2, 3}
		for _, tab := range tables() {
			c.Decide(tab, "socket", &args)
		}
	})
}

// TestDocsExample: the policy file shown in docs/policy.md parses and
// compiles.
func TestDocsExample(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	doc, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "docs", "policy.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(\\{\n  \"default\".*?\n\\})\n```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("no policy example in docs/policy.md")
	}
	p, err := ParseFile("docs/policy.md", m[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Validate(tables()); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Compile(tables(), nil); err != nil {
		t.Fatal(err)
	}
}
