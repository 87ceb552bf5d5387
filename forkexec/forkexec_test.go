package forkexec

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec/internal/nofile"
)

// startAndWait starts spec (untraced) and waits for it, returning its exit
// status.
func startAndWait(t *testing.T, spec *Spec) (int, error) {
	t.Helper()
	st, err := Start(spec)
	if err != nil {
		return -1, err
	}
	var ws unix.WaitStatus
	if _, err := unix.Wait4(st.Pid, &ws, 0, nil); err != nil {
		t.Fatal(err)
	}
	return ws.ExitStatus(), nil
}

// forkModes runs f with a plain fork and with a vfork: every step must
// work the same in both.
func forkModes(t *testing.T, f func(t *testing.T, vfork bool)) {
	for _, vfork := range []bool{false, true} {
		name := "fork"
		if vfork {
			name = "vfork"
		}
		t.Run(name, func(t *testing.T) { f(t, vfork) })
	}
}

func TestStartFilesDirAndLimits(t *testing.T) {
	forkModes(t, func(t *testing.T, vfork bool) {
		dir := t.TempDir()
		out, err := os.Create(filepath.Join(dir, "out"))
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		// stdout and stderr both to the file; stdin closed. The shell
		// prints its working directory, its file size limit and whether
		// fd 0 is open.
		script := `pwd; ulimit -f; if [ -e /proc/self/fd/0 ]; then echo open; else echo closed; fi; echo err >&2`
		code, err := startAndWait(t, &Spec{
			Path:    "/bin/sh",
			Argv:    []string{"sh", "-c", script},
			Env:     []string{"PATH=/bin:/usr/bin"},
			Files:   []int{-1, int(out.Fd()), int(out.Fd())},
			Dir:     dir,
			Rlimits: []Rlimit{{Resource: unix.RLIMIT_FSIZE, Cur: 4 << 20, Max: 4 << 20}},
			Vfork:   vfork,
		})
		if err != nil || code != 0 {
			t.Fatalf("exit %d, %v", code, err)
		}
		b, _ := os.ReadFile(out.Name())
		want := dir + "\n8192\nclosed\nerr\n"
		if string(b) != want {
			t.Errorf("output %q, want %q", b, want)
		}
	})
}

func TestStartReportsFailedStep(t *testing.T) {
	forkModes(t, func(t *testing.T, vfork bool) {
		_, err := Start(&Spec{Path: "/bin/true", Argv: []string{"true"}, Dir: "/nonexistent-dir", Vfork: vfork})
		var ce *ChildError
		if !errors.As(err, &ce) || ce.Step != StepChdir || !errors.Is(err, unix.ENOENT) {
			t.Fatalf("error %v, want chdir ENOENT", err)
		}
		if got := err.Error(); got != "chdir: No such file or directory" {
			t.Errorf("message %q", got)
		}
		_, err = Start(&Spec{Path: "/nonexistent-program", Argv: []string{"x"}, Vfork: vfork})
		if !errors.As(err, &ce) || ce.Step != StepExec || ce.Errno != unix.ENOENT {
			t.Fatalf("error %v, want execve ENOENT", err)
		}
		// The parent goes on with its frame intact after the child
		// ran in it (vfork): a second start works and sees its own
		// arguments.
		code, err := startAndWait(t, &Spec{Path: "/bin/sh", Argv: []string{"sh", "-c", "exit 7"}, Vfork: vfork})
		if err != nil || code != 7 {
			t.Fatalf("exit %d, %v; want 7", code, err)
		}
	})
}

func TestStartRestoresNofile(t *testing.T) {
	lim, ok := nofile.Original()
	if !ok {
		t.Skip("original RLIMIT_NOFILE unknown without cgo")
	}
	dir := t.TempDir()
	out, _ := os.Create(filepath.Join(dir, "out"))
	defer out.Close()
	code, err := startAndWait(t, &Spec{
		Path:  "/bin/sh",
		Argv:  []string{"sh", "-c", "ulimit -Sn"},
		Files: []int{0, int(out.Fd()), 2},
	})
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v", code, err)
	}
	b, _ := os.ReadFile(out.Name())
	want := "unlimited"
	if lim.Cur != unix.RLIM_INFINITY {
		want = strings.TrimSpace(uintString(lim.Cur))
	}
	if strings.TrimSpace(string(b)) != want {
		t.Errorf("child's soft RLIMIT_NOFILE %q, want the original %q", b, want)
	}
}

func uintString(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	return string(b)
}

func TestLookPath(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain")
	os.WriteFile(plain, []byte("x"), 0o644)
	t.Setenv("PATH", "/nonexistent:"+dir+":/bin:/usr/bin")
	cases := []struct {
		prog, want, err string
	}{
		{"sh", "/bin/sh", ""},
		{"/bin/sh", "/bin/sh", ""},
		{"no-such-prog", "", "Can't stat 'no-such-prog': No such file or directory"},
		{"/nonexistent", "", "Can't stat '/nonexistent': No such file or directory"},
		{dir, "", "Can't exec '" + dir + "': Permission denied"},
		// A non-executable file on $PATH is skipped, as strace does.
		{"plain", "", "Can't stat 'plain': No such file or directory"},
		// Even root may not execute a file without an execute bit.
		{plain, "", "Can't exec '" + plain + "': Permission denied"},
	}
	for _, c := range cases {
		got, err := LookPath(c.prog)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("LookPath(%q) = %q, %v; want error %q", c.prog, got, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("LookPath(%q) = %q, %v; want %q", c.prog, got, err, c.want)
		}
	}
}

func TestLandlock(t *testing.T) {
	if LandlockABI() == 0 {
		t.Skip("no Landlock in this kernel")
	}
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret")
	os.WriteFile(secret, []byte("s3cret\n"), 0o644)
	base := []LandlockPath{
		{"/usr", LandlockReadExec}, {"/lib", LandlockReadExec}, {"/lib64", LandlockReadExec},
		{"/bin", LandlockReadExec}, {"/etc/ld.so.cache", LandlockRead},
	}
	run := func(paths []LandlockPath) int {
		ll, closeFds, err := NewLandlock(LandlockOptions{Paths: paths, Scoped: true, NoTCP: true})
		if err != nil {
			t.Fatal(err)
		}
		defer closeFds()
		null, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		defer null.Close()
		code, err := startAndWait(t, &Spec{Path: "/bin/cat", Argv: []string{"cat", secret},
			Files: []int{0, int(null.Fd()), int(null.Fd())}, Landlock: ll})
		if err != nil {
			t.Fatal(err)
		}
		return code
	}
	if code := run(base); code == 0 {
		t.Errorf("cat read a file outside the ruleset")
	}
	if code := run(append(base, LandlockPath{dir, LandlockRead})); code != 0 {
		t.Errorf("cat could not read a file the ruleset allows: exit %d", code)
	}
}
