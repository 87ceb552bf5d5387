package tracer

import (
	"bytes"
	"runtime"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/forkexec"
)

// probe is memory the forked child has at the same address as this
// process.
var probe = []byte("the quick brown fox jumps over the lazy dog, twice over: the quick brown fox")

// TestMemoryReaders reads a stopped child's memory with process_vm_readv
// and with the PTRACE_PEEKDATA fallback, at aligned and unaligned
// addresses and across an unreadable end, and expects the same bytes.
func TestMemoryReaders(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st, err := forkexec.Start(&forkexec.Spec{Path: "/bin/true", Argv: []string{"true"}, Ptrace: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		unix.Kill(st.Pid, unix.SIGKILL)
		var ws unix.WaitStatus
		unix.Wait4(st.Pid, &ws, 0, nil)
		st.Close()
	}()
	var ws unix.WaitStatus
	if _, err := unix.Wait4(st.Pid, &ws, unix.WALL, nil); err != nil || !ws.Stopped() {
		t.Fatalf("child did not stop: %v %v", err, ws)
	}
	base := uint64(uintptr(unsafe.Pointer(&probe[0])))
	for _, c := range []struct{ off, n int }{{0, 8}, {3, 5}, {1, 40}, {7, len(probe) - 7}} {
		want := probe[c.off : c.off+c.n]
		vm := &procMemory{pid: st.Pid}
		peek := &procMemory{pid: st.Pid, noVMRead: true}
		for name, m := range map[string]*procMemory{"process_vm_readv": vm, "PTRACE_PEEKDATA": peek} {
			got := make([]byte, c.n)
			n, err := m.Read(base+uint64(c.off), got)
			if err != nil || n != c.n || !bytes.Equal(got, want) {
				t.Errorf("%s at +%d: %d %v %q, want %q", name, c.off, n, err, got[:n], want)
			}
		}
	}
	// An unmapped address fails with both.
	for _, m := range []*procMemory{{pid: st.Pid}, {pid: st.Pid, noVMRead: true}} {
		var b [8]byte
		if n, err := m.Read(8, b[:]); err == nil || n != 0 {
			t.Errorf("read at 8: %d %v, want an error", n, err)
		}
	}
}
