package prefault

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// populateSupported reports whether this kernel has MADV_POPULATE_READ
// (Linux 5.14); without it prefault does nothing, by design.
func populateSupported(t *testing.T) bool {
	t.Helper()
	b, err := unix.Mmap(-1, 0, 4096, unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(b)
	return unix.Madvise(b, unix.MADV_POPULATE_READ) == nil
}

// TestImagePopulated checks that the constructor populated the test
// binary's writable segment for writing: every page of it is then the
// process's own copy (Anonymous in smaps), where faults alone would have
// copied only the pages written so far.
func TestImagePopulated(t *testing.T) {
	if !populateSupported(t) {
		t.Skip("kernel without MADV_POPULATE_WRITE")
	}
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var inData bool
	var size, anon int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if strings.Contains(fields[0], "-") && len(fields) >= 6 {
			inData = fields[1] == "rw-p" && fields[5] == exe
			continue
		}
		if !inData || len(fields) < 2 {
			continue
		}
		n, _ := strconv.Atoi(fields[1])
		switch fields[0] {
		case "Size:":
			size += n
		case "Anonymous:":
			anon += n
		}
	}
	if size == 0 {
		t.Fatalf("no rw-p mapping of %s in /proc/self/smaps", exe)
	}
	if anon < size {
		t.Errorf("data of %s: %d kB of %d kB populated; want all of it", exe, anon, size)
	}
}

// TestHeapPopulated checks that populateHeap maps the heap pages above a
// fresh object, up to the end of the heap's mapped chunk.
func TestHeapPopulated(t *testing.T) {
	if !populateSupported(t) {
		t.Skip("kernel without MADV_POPULATE_WRITE")
	}
	populateHeap()
	p := new([64]byte)
	at := uintptr(unsafe.Pointer(p)) &^ 4095
	// The chunk holding p is mapped whole; pages past it may not be.
	end := min(at+heapAhead/2, (at+4<<20)&^(4<<20-1))
	vec := make([]byte, (end-at)/4096)
	if len(vec) == 0 {
		t.Skip("object at the very end of its heap chunk")
	}
	// x/sys has no mincore wrapper; the range is ours and p keeps the
	// page it starts on alive.
	_, _, errno := unix.Syscall(unix.SYS_MINCORE, at, end-at, uintptr(unsafe.Pointer(&vec[0])))
	if errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	missing := 0
	for _, v := range vec {
		if v&1 == 0 {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of the %d heap pages above %#x not resident after populateHeap", missing, len(vec), at)
	}
	probe = p // keep p, and so its page, live until here
}
