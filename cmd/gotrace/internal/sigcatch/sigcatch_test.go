package sigcatch

import (
	"os"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

func receive(t *testing.T, ch <-chan unix.Signal, want unix.Signal) {
	t.Helper()
	select {
	case got := <-ch:
		if got != want {
			t.Fatalf("got %v, want %v", got, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("%v not delivered within 5s", want)
	}
}

func nothing(t *testing.T, ch <-chan unix.Signal) {
	t.Helper()
	select {
	case got := <-ch:
		t.Fatalf("unexpected %v", got)
	case <-time.After(100 * time.Millisecond):
	}
}

// TestCatch sends signals to the test process itself: each reaches every
// channel that asked for it and no other, and none ends the process (the
// default action of SIGUSR1 and SIGUSR2 would).
func TestCatch(t *testing.T) {
	usr1, err := Catch(unix.SIGUSR1)
	if err != nil {
		t.Fatal(err)
	}
	both, err := Catch(unix.SIGUSR1, unix.SIGUSR2)
	if err != nil {
		t.Fatal(err)
	}
	pid := os.Getpid()

	if err := unix.Kill(pid, unix.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	receive(t, usr1, unix.SIGUSR1)
	receive(t, both, unix.SIGUSR1)

	if err := unix.Kill(pid, unix.SIGUSR2); err != nil {
		t.Fatal(err)
	}
	receive(t, both, unix.SIGUSR2)
	nothing(t, usr1)

	// Sent to this very thread, the handler runs on a Go-managed thread
	// mid-Go-code, the case SA_ONSTACK is for.
	if err := unix.Tgkill(pid, unix.Gettid(), unix.SIGUSR2); err != nil {
		t.Fatal(err)
	}
	receive(t, both, unix.SIGUSR2)
}

// TestCatchRestartsSyscalls checks that a blocking system call the signal
// interrupts goes on (SA_RESTART) rather than failing with EINTR, as it
// would under the runtime's handler.
func TestCatchRestartsSyscalls(t *testing.T) {
	ch, err := Catch(unix.SIGUSR1)
	if err != nil {
		t.Fatal(err)
	}
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(p[0])
	defer unix.Close(p[1])
	type result struct {
		n   int
		err error
	}
	tid := make(chan int, 1)
	done := make(chan result, 1)
	go func() {
		// A raw read, so that only the kernel's restart can hide the
		// interruption (Go's wrappers retry EINTR themselves).
		tid <- unix.Gettid()
		var b [1]byte
		n, _, e := unix.Syscall(unix.SYS_READ, uintptr(p[0]), uintptr(unsafePointer(&b[0])), 1)
		if e != 0 {
			done <- result{int(n), e}
			return
		}
		done <- result{int(n), nil}
	}()
	reader := <-tid
	time.Sleep(50 * time.Millisecond) // let it block in read
	if err := unix.Tgkill(os.Getpid(), reader, unix.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	receive(t, ch, unix.SIGUSR1)
	select {
	case r := <-done:
		t.Fatalf("read returned early: n=%d err=%v", r.n, r.err)
	case <-time.After(100 * time.Millisecond):
	}
	unix.Write(p[1], []byte{1})
	if r := <-done; r.err != nil || r.n != 1 {
		t.Fatalf("read: n=%d err=%v", r.n, r.err)
	}
}

func unsafePointer(b *byte) unsafe.Pointer { return unsafe.Pointer(b) }
