package output

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// sink is an io.Writer the test can read while the timer writes to it.
type sink struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	closed bool
}

func (s *sink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *sink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

func (s *sink) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor polls until s holds want, for at most a second.
func waitFor(t *testing.T, s *sink, want string) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for s.String() != want {
		if time.Now().After(deadline) {
			t.Fatalf("output %q, want %q within a second", s.String(), want)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestTimedFlush: lines reach the writer without a Flush, each burst
// within about FlushInterval, and the timer re-arms after each flush.
func TestTimedFlush(t *testing.T) {
	s := &sink{}
	w := New(s)
	defer w.Close()
	w.Write([]byte("one\n"))
	if got := s.String(); got != "" {
		t.Fatalf("written through at once: %q (want it buffered)", got)
	}
	waitFor(t, s, "one\n")
	w.Write([]byte("two\n"))
	w.Write([]byte("three\n"))
	waitFor(t, s, "one\ntwo\nthree\n")
}

// TestStop: Stop flushes at once, and writes after it wait for an
// explicit Flush; Close also closes the underlying writer.
func TestStop(t *testing.T) {
	s := &sink{}
	w := New(s)
	w.Write([]byte("before\n"))
	if err := w.Stop(); err != nil {
		t.Fatal(err)
	}
	if got := s.String(); got != "before\n" {
		t.Fatalf("after Stop: %q", got)
	}
	w.Write([]byte("after\n"))
	time.Sleep(3 * FlushInterval)
	if got := s.String(); got != "before\n" {
		t.Fatalf("flushed by the timer after Stop: %q", got)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := s.String(); got != "before\nafter\n" || !s.closed {
		t.Fatalf("after Close: %q, closed %v", got, s.closed)
	}
}

// TestConcurrentFlush writes while the timer flushes (run with -race):
// nothing is lost or reordered.
func TestConcurrentFlush(t *testing.T) {
	s := &sink{}
	w := New(s)
	var want strings.Builder
	deadline := time.Now().Add(5 * FlushInterval)
	for i := 0; time.Now().Before(deadline) && i < 1_000_000; i++ {
		line := []byte("line\n")
		w.Write(line)
		want.Write(line)
		if i%1000 == 0 {
			time.Sleep(100 * time.Microsecond)
		}
	}
	w.Close()
	if s.String() != want.String() {
		t.Fatalf("got %d bytes, want %d", len(s.String()), want.Len())
	}
}
