// Package output is the buffered writer behind gotrace's handlers: the
// tracer thread appends lines without a system call per line, and a
// background flush every few milliseconds keeps the output within that
// much of the trace, however quiet or busy the program is.
package output

import (
	"bufio"
	"io"
	"sync"
	"time"
)

// FlushInterval is how stale buffered output may get.
const FlushInterval = 20 * time.Millisecond

// Writer is a buffered writer that flushes itself every FlushInterval. It
// is safe for one writer goroutine and the background flush.
type Writer struct {
	mu     sync.Mutex
	w      *bufio.Writer
	closer io.Closer
	dirty  bool
	done   chan struct{}
	once   sync.Once
}

// New returns a Writer on w (closed by Close if it is an io.Closer).
func New(w io.Writer) *Writer {
	ow := &Writer{w: bufio.NewWriterSize(w, 64<<10), done: make(chan struct{})}
	ow.closer, _ = w.(io.Closer)
	go ow.flushLoop()
	return ow
}

func (ow *Writer) flushLoop() {
	t := time.NewTicker(FlushInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			ow.mu.Lock()
			if ow.dirty {
				ow.w.Flush()
				ow.dirty = false
			}
			ow.mu.Unlock()
		case <-ow.done:
			return
		}
	}
}

// Write implements io.Writer.
func (ow *Writer) Write(p []byte) (int, error) {
	ow.mu.Lock()
	n, err := ow.w.Write(p)
	ow.dirty = true
	ow.mu.Unlock()
	return n, err
}

// Flush writes out what is buffered.
func (ow *Writer) Flush() error {
	ow.mu.Lock()
	defer ow.mu.Unlock()
	ow.dirty = false
	return ow.w.Flush()
}

// Close flushes, stops the background flush, and closes the underlying
// writer if it is a Closer.
func (ow *Writer) Close() error {
	err := ow.Flush()
	ow.once.Do(func() { close(ow.done) })
	if ow.closer != nil {
		if cerr := ow.closer.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Stop flushes and stops the background flush, leaving the underlying
// writer open (for stderr).
func (ow *Writer) Stop() error {
	err := ow.Flush()
	ow.once.Do(func() { close(ow.done) })
	return err
}
