package tracer

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Memory reads a stopped tracee's memory. Decoders get it with each event.
// Reads never panic on bad addresses: they return what could be read and an
// error for the rest.
type Memory interface {
	// Read copies memory at addr into buf. It returns how many bytes it
	// read, which is short when the range runs into an unreadable page;
	// err is non-nil when nothing at all could be read.
	Read(addr uint64, buf []byte) (n int, err error)
}

// pageSize bounds the chunks that string reads take, so that a string
// ending just before an unmapped page is still read whole.
var pageSize = uint64(unix.Getpagesize())

// procMemory reads a tracee's memory with process_vm_readv, one system call
// per read, falling back to PTRACE_PEEKDATA (one call per word) where
// process_vm_readv is not permitted or not built into the kernel. The
// fallback must run on the tracer thread; every read happens during a stop,
// on that thread.
type procMemory struct {
	pid      int
	noVMRead bool // process_vm_readv failed with ENOSYS or EPERM once
	local    unix.Iovec
	remote   unix.RemoteIovec
}

func (m *procMemory) Read(addr uint64, buf []byte) (int, error) {
	if len(buf) == 0 {
		return 0, nil
	}
	if !m.noVMRead {
		n, err := m.vmRead(addr, buf)
		if err == nil {
			return n, nil
		}
		if err != unix.ENOSYS && err != unix.EPERM {
			return 0, err
		}
		m.noVMRead = true
	}
	return m.peekRead(addr, buf)
}

// vmRead is one process_vm_readv. The kernel stops at the first fault and
// returns the bytes before it, which is the short read the caller wants.
func (m *procMemory) vmRead(addr uint64, buf []byte) (int, error) {
	m.local.Base = &buf[0]
	m.local.SetLen(len(buf))
	m.remote.Base = uintptr(addr)
	m.remote.Len = len(buf)
	n, _, e := unix.RawSyscall6(unix.SYS_PROCESS_VM_READV, uintptr(m.pid),
		uintptr(unsafe.Pointer(&m.local)), 1, uintptr(unsafe.Pointer(&m.remote)), 1, 0)
	m.local.Base = nil // do not keep the caller's buffer alive
	if e != 0 {
		return 0, e
	}
	if n == 0 {
		return 0, unix.EFAULT
	}
	return int(n), nil
}

// peekRead reads word by word with PTRACE_PEEKDATA.
func (m *procMemory) peekRead(addr uint64, buf []byte) (int, error) {
	var word [8]byte
	n := 0
	for n < len(buf) {
		a := addr + uint64(n)
		aligned := a &^ 7
		got, err := unix.PtracePeekData(m.pid, uintptr(aligned), word[:])
		if err != nil || got != 8 {
			if n == 0 {
				if err == nil {
					err = unix.EFAULT
				}
				return 0, err
			}
			return n, nil
		}
		n += copy(buf[n:], word[a-aligned:])
	}
	return n, nil
}

// ReadCString reads the NUL-terminated string at addr in a tracee's
// memory, using buf (its length bounds the string): page by page, so that
// a string that ends just before an unmapped page is still read. It
// reports false for NULL, memory that cannot be read before the NUL, and
// a string longer than buf.
func ReadCString(mem Memory, addr uint64, buf []byte) (string, bool) {
	if addr == 0 || mem == nil {
		return "", false
	}
	n := 0
	for n < len(buf) {
		chunk := int(pageSize - (addr+uint64(n))%pageSize)
		if chunk > len(buf)-n {
			chunk = len(buf) - n
		}
		got, err := mem.Read(addr+uint64(n), buf[n:n+chunk])
		for i := n; i < n+got; i++ {
			if buf[i] == 0 {
				return string(buf[:i]), true
			}
		}
		n += got
		if err != nil || got < chunk {
			return "", false
		}
	}
	return "", false
}
