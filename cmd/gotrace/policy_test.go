package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// runPolicyProbe runs gotrace with args and the policy probe making the
// calls in calls, and returns the probe's output, gotrace's stderr and
// exit status.
func runPolicyProbe(t *testing.T, args []string, calls ...string) (stdout, stderr string, code int) {
	t.Helper()
	probe := tracetest.BuildC(t, "policy_probe")
	if len(calls) > 0 && strings.HasPrefix(calls[0], "stack:") {
		// policy_stack stacks a filter of its own first.
		probe = tracetest.BuildC(t, "policy_stack")
		calls = []string{strings.TrimPrefix(calls[0], "stack:")}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, gotraceBin, append(append(args, probe), calls...)...)
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("gotrace %v: did not finish", args)
	}
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return so.String(), se.String(), code
}

// TestPolicyActions: each action does to the call what it says, and the
// attempt is reported (except for allow).
func TestPolicyActions(t *testing.T) {
	policyFile := filepath.Join(t.TempDir(), "unix-only.json")
	os.WriteFile(policyFile, []byte(`{
  "default": "allow",
  "rules": [
    {"syscalls": ["socket"], "action": "allow", "args": [{"arg": 0, "op": "==", "value": "AF_UNIX"}]},
    {"syscalls": ["socket"], "action": "errno:EPERM"}
  ]
}
`), 0o644)
	cases := []struct {
		name   string
		args   []string
		calls  []string
		code   int
		stdout string // regexp, whole output
		stderr string // regexp
	}{
		{"errno", []string{"--deny", "socket=errno:EACCES"}, []string{"socket-inet", "getppid"}, 0,
			`^socket-inet -1 13\ngetppid \d+ 0\n$`,
			`gotrace: policy: socket \(x86_64\) by pid \d+: errno:EACCES \(--deny socket=errno:EACCES\)\n` +
				`socket\(AF_INET, SOCK_STREAM, IPPROTO_IP\) += -1 EACCES \(Permission denied\)\n`},
		{"kill", []string{"--deny", "socket"}, []string{"getppid", "socket-inet", "getppid"}, 159,
			`^getppid \d+ 0\n$`,
			`gotrace: policy: socket \(x86_64\) by pid \d+: kill \(--deny socket\)\n` +
				`socket\(AF_INET, SOCK_STREAM, IPPROTO_IP\) += \?\n\+\+\+ killed by SIGKILL \+\+\+`},
		{"log", []string{"--deny", "socket=log"}, []string{"socket-inet"}, 0,
			`^socket-inet [3-9] 0\n$`,
			`gotrace: policy: socket \(x86_64\) by pid \d+: log \(--deny socket=log\)\n`},
		{"allow-list", []string{"--allow", "%file,%memory,%process,%desc,getrandom,newfstatat,arch_prctl,set_tid_address,set_robust_list,rseq,prlimit64,getppid"},
			[]string{"getppid", "socket-inet"}, 159, `^getppid \d+ 0\n$`, `kill \(default\)`},
		{"allow-all", []string{"--allow", "all"}, []string{"seccomp"}, 0, `^Seccomp:\s+0\n$`, `^\+\+\+ exited with 0 \+\+\+\n$`},
		{"conditions", []string{"--policy", policyFile}, []string{"socket-unix", "socket-inet"}, 0,
			`^socket-unix [3-9] 0\nsocket-inet -1 1\n$`, `errno:EPERM \(rules\[1\]\)`},
		// A filter of the program's own answering SECCOMP_RET_TRACE
		// for everything: the kernel passes on its data, not ours.
		{"stacked-filter", []string{"--deny", "socket"}, []string{"stack:trace"}, 159, `^filter 0 0\n$`,
			`kill \(--deny socket\)\nsocket\(AF_INET, SOCK_STREAM, IPPROTO_IP\) += \?`},
		// A user-notification listener would outrank gotrace's stops.
		{"stacked-listener", []string{"--deny", "socket"}, []string{"stack:listener"}, 159, `^filter -1 1\n$`,
			`errno:EPERM \(gotrace: a seccomp listener would bypass the policy\)`},
		{"x32", []string{"--deny", "socket"}, []string{"x32-getpid", "getppid"}, 159, `^$`,
			`gotrace: policy: getpid \(x32\) by pid \d+: kill \(abi\)`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runPolicyProbe(t, tc.args, tc.calls...)
			if code != tc.code {
				t.Errorf("exit status %d, want %d\nstderr: %s", code, tc.code, stderr)
			}
			if !regexp.MustCompile(tc.stdout).MatchString(stdout) {
				t.Errorf("program printed %q, want %s", stdout, tc.stdout)
			}
			if !regexp.MustCompile(tc.stderr).MatchString(stderr) {
				t.Errorf("stderr %q, want %s", stderr, tc.stderr)
			}
		})
	}
}

// TestPolicyBadInput: a broken policy or limit is one line naming the
// file's line and field, and exit status 1; the program never runs.
func TestPolicyBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--policy", write("action.json", "{\n  \"default\": \"kill\",\n  \"rules\": [\n    {\"syscalls\": [\"read\"], \"action\": \"alow\"}\n  ]\n}\n")},
			`action.json:4: rules[0].action: unknown action "alow"`},
		{[]string{"--policy", write("name.json", "{\n  \"rules\": [\n    {\"syscalls\": [\"nosuchcall\"], \"action\": \"allow\"}\n  ]\n}\n")},
			`name.json:3: rules[0].syscalls[0]: unknown syscall "nosuchcall"`},
		{[]string{"--policy", write("syntax.json", "{\n  \"default\": \"kill\"\n  \"rules\": []\n}\n")}, `syntax.json:3: invalid character`},
		{[]string{"--policy", write("field.json", "{\"default\": \"allow\",\n \"bogus\": 1}")}, `field.json:2: bogus: unknown field`},
		{[]string{"--policy", write("limit.json", "{\"limits\": {\"cpu\": \"1x\"}}")}, `limit.json:1: limits.cpu: invalid duration "1x"`},
		{[]string{"--policy", write("empty.json", "")}, `empty.json:1: unexpected end of file`},
		{[]string{"--policy", filepath.Join(dir, "missing.json")}, `policy: open .*missing.json: no such file or directory`},
		{[]string{"--deny", "nosuch"}, `--deny nosuch: invalid system call 'nosuch'`},
		{[]string{"--deny", "read=errno:EFOO"}, `--deny read=errno:EFOO: unknown errno "EFOO"`},
		{[]string{"--allow", "read,,write"}, `--allow: empty syscall name`},
		{[]string{"--memory-limit", "12Q", "--judge"}, `--memory-limit: invalid size "12Q"`},
		{[]string{"--cpu-limit", "-1s", "--judge"}, `--cpu-limit: `},
		{[]string{"--judge", "--policy", write("ok.json", "{}")}, `--judge and --policy cannot be combined`},
		{[]string{"--process-limit", "-1"}, `--process-limit: must be at least 1`},
		{[]string{"--process-limit", "0", "--judge"}, `--process-limit: must be at least 1`},
		{[]string{"--verdict", filepath.Join(dir, "no", "such", "dir", "v.json"), "--judge"}, `--verdict: open `},
	}
	if os.Geteuid() == 0 {
		// Only root changes user.
		cases = append(cases, struct {
			args []string
			want string
		}{[]string{"--user", "nosuchuser", "--judge"}, `--user: no user "nosuchuser"`})
	}
	marker := filepath.Join(dir, "ran")
	for _, tc := range cases {
		cmd := exec.Command(gotraceBin, append(tc.args, "touch", marker)...)
		out, err := cmd.CombinedOutput()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 1 {
			t.Errorf("%v: %v, want exit status 1", tc.args, err)
		}
		msg := string(out)
		if strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "gotrace: ") || !regexp.MustCompile(regexp.QuoteMeta(tc.want)).MatchString(msg) &&
			!regexp.MustCompile(tc.want).MatchString(msg) {
			t.Errorf("%v: said %q, want one line with %q", tc.args, msg, tc.want)
		}
		if _, err := os.Stat(marker); err == nil {
			t.Fatalf("%v: the program ran", tc.args)
		}
	}
}
