package main

import (
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gotrace/gotrace/tracer/tracetest"
)

// summaryRow matches a -c table row: the counts and the syscall.
var summaryRow = regexp.MustCompile(`^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(\d+)?\s*([a-z_0-9]+)$`)

// counts reads the calls and errors of each syscall of a -c table.
func summaryCounts(t *testing.T, table string) []string {
	t.Helper()
	var rows []string
	for _, l := range strings.Split(table, "\n") {
		if m := summaryRow.FindStringSubmatch(l); m != nil && m[3] != "total" {
			errs := m[2]
			if errs == "" {
				errs = "0"
			}
			rows = append(rows, m[3]+" calls="+m[1]+" errors="+errs)
		}
	}
	sort.Strings(rows)
	return rows
}

// TestSummaryMatchesStrace: -c on deterministic programs lists the same
// syscalls with the same call and error counts as strace -c.
func TestSummaryMatchesStrace(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace not installed")
	}
	progs := [][]string{
		{tracetest.BuildC(t, "basic")},
		{tracetest.BuildC(t, "families")},
		{tracetest.BuildC(t, "badptr")},
		{tracetest.BuildC(t, "killself")},
		{tracetest.BuildC(t, "compat")},
		{"/bin/true"},
	}
	for _, argv := range progs {
		dir := t.TempDir()
		run := func(tracer string) string {
			cmd := exec.Command(tracer, append([]string{"-c", "-o", dir + "/summary"}, argv...)...)
			cmd.Dir = dir
			cmd.Run() // killself dies of SIGTERM; the table is written anyway
			return readFile(t, dir+"/summary")
		}
		ref, got := summaryCounts(t, run("strace")), summaryCounts(t, run(gotraceBin))
		if len(ref) == 0 {
			t.Fatalf("%v: no rows in strace's table", argv)
		}
		if diff := tracetest.Diff(ref, got); diff != "" {
			t.Errorf("%v: -c differs from strace's (-strace +gotrace):\n%s", argv, diff)
		}
	}
}
