package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// TestJSONLinesValidate runs --json on programs that make every kind of
// event (syscalls, signals, exits, kills, threads, an exec from a
// thread) and validates each line against docs/json-schema.json.
func TestJSONLinesValidate(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(tracetest.RepoRoot(), "docs", "json-schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	schema, err := tracetest.ParseSchema(doc)
	if err != nil {
		t.Fatal(err)
	}
	runs := [][]string{
		{tracetest.BuildC(t, "basic")},
		{tracetest.BuildC(t, "killself")},
		{tracetest.BuildC(t, "badptr")},
		{"-f", tracetest.BuildC(t, "stress", "-pthread")},
		{"-f", "sh", "-c", "cat /etc/hostname | wc -c"},
		{"-e", "trace=openat,kill", "-T", tracetest.BuildC(t, "basic")},
		{"--deny", "kill", tracetest.BuildC(t, "basic")},
		{"--deny", "openat=errno:EACCES", "-e", "trace=openat", tracetest.BuildC(t, "basic")},
	}
	kinds := map[string]int{}
	for _, args := range runs {
		res := runTracerTimeout(t, 60e9, gotraceBin, append([]string{"--json"}, args...)...)
		lines := strings.Split(strings.TrimRight(res.trace, "\n"), "\n")
		if len(lines) < 2 {
			t.Fatalf("%v: %d lines", args, len(lines))
		}
		for i, l := range lines {
			if err := schema.Validate([]byte(l)); err != nil {
				t.Fatalf("%v line %d: %v\n%s", args, i+1, err, l)
			}
			kinds[strings.SplitN(strings.TrimPrefix(l, `{"type":"`), `"`, 2)[0]]++
		}
	}
	for _, k := range []string{"syscall", "signal", "exit", "killed", "superseded", "violation"} {
		if kinds[k] == 0 {
			t.Errorf("no %q event in any run: %v", k, kinds)
		}
	}
}

// TestJSONWithJq checks that jq can filter the stream.
func TestJSONWithJq(t *testing.T) {
	if _, err := exec.LookPath("jq"); err != nil {
		t.Skip("jq not installed")
	}
	res := runTracerTimeout(t, 60e9, gotraceBin, "--json", tracetest.BuildC(t, "basic"))
	cmd := exec.Command("jq", "-r", `select(.type == "syscall" and .name == "openat" and .errno == "ENOENT") | .args[1].value`)
	cmd.Stdin = strings.NewReader(res.trace)
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(out.String()); got != `"/nonexistent/gotrace-missing"` {
		t.Errorf("jq gave %q", got)
	}
}
