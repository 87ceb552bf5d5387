// Package output is the buffered writer behind gotrace's handlers: the
// tracer thread appends lines without a system call per line, and a
// timed flush keeps the output within a few milliseconds of the trace,
// however quiet or busy the program is.
package output

import (
	"bufio"
	"io"
	"sync"
	"time"
)

// FlushInterval is how stale buffered output may get.
const FlushInterval = 20 * time.Millisecond

// Writer is a buffered writer that flushes itself at most FlushInterval
// after a write. It is safe for one writer goroutine and the timed flush.
//
// The flush is a timer armed by the first write into an empty buffer, not
// a goroutine on a ticker: nothing runs while nothing is written, and
// stopping it wakes no goroutine (at exit, waking one could make the
// runtime start a thread just to end it).
type Writer struct {
	mu     sync.Mutex
	w      *bufio.Writer
	closer io.Closer
	// timer runs timedFlush; armed says it is due to.
	timer   *time.Timer
	armed   bool
	stopped bool
}

// New returns a Writer on w (closed by Close if it is an io.Closer).
func New(w io.Writer) *Writer {
	ow := &Writer{w: bufio.NewWriterSize(w, 64<<10)}
	ow.closer, _ = w.(io.Closer)
	return ow
}

// timedFlush is the timer's flush.
func (ow *Writer) timedFlush() {
	ow.mu.Lock()
	if ow.armed {
		ow.w.Flush()
		ow.armed = false
	}
	ow.mu.Unlock()
}

// Write implements io.Writer.
func (ow *Writer) Write(p []byte) (int, error) {
	ow.mu.Lock()
	n, err := ow.w.Write(p)
	if !ow.armed && !ow.stopped && ow.w.Buffered() > 0 {
		ow.armed = true
		if ow.timer == nil {
			ow.timer = time.AfterFunc(FlushInterval, ow.timedFlush)
		} else {
			ow.timer.Reset(FlushInterval)
		}
	}
	ow.mu.Unlock()
	return n, err
}

// Flush writes out what is buffered.
func (ow *Writer) Flush() error {
	ow.mu.Lock()
	defer ow.mu.Unlock()
	return ow.w.Flush()
}

// Close flushes, stops the timed flush, and closes the underlying writer
// if it is a Closer.
func (ow *Writer) Close() error {
	err := ow.Stop()
	if ow.closer != nil {
		if cerr := ow.closer.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Stop flushes and stops the timed flush, leaving the underlying writer
// open (for stderr). Later writes are buffered until the next Flush.
func (ow *Writer) Stop() error {
	ow.mu.Lock()
	defer ow.mu.Unlock()
	ow.stopped = true
	ow.armed = false
	if ow.timer != nil {
		ow.timer.Stop()
	}
	return ow.w.Flush()
}
