package decode

import (
	"bytes"
	"testing"
)

// countingMem counts the reads that reach the tracee.
type countingMem struct {
	m     Memory
	reads int
}

func (c *countingMem) Read(addr uint64, buf []byte) (int, error) {
	c.reads++
	return c.m.Read(addr, buf)
}

// TestPageMemory checks that the page cache returns what the tracee holds,
// and reads each page once while a vector on one page is walked with its
// strings on others (execve's argv).
func TestPageMemory(t *testing.T) {
	pattern := func(seed byte, n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = seed + byte(i*7)
		}
		return b
	}
	const a, b, c, d, e = 0x10000, 0x20000, 0x30000, 0x40000, 0x50000
	mem := fakeMem{
		{addr: a, data: pattern(1, pageSize)},
		{addr: b, data: pattern(2, pageSize)},
		{addr: c, data: pattern(3, pageSize)},
		{addr: d, data: pattern(4, pageSize)},
		{addr: e, data: pattern(5, 100)}, // readable only in part
	}
	want := func(addr uint64, n int) []byte {
		buf := make([]byte, n)
		got, _ := mem.Read(addr, buf)
		return buf[:got]
	}
	cases := []struct {
		name  string
		reads []struct {
			addr uint64
			n    int
		}
		tracee int // reads that reach the tracee
	}{
		{"vector and its strings on three pages", []struct {
			addr uint64
			n    int
		}{{a, 8}, {b + 16, 32}, {a + 8, 8}, {c + 40, 32}, {a + 16, 8}, {b + 64, 32}, {a + 24, 8}}, 3},
		{"four pages stay", []struct {
			addr uint64
			n    int
		}{{a, 8}, {b, 8}, {c, 8}, {d, 8}, {a + 8, 8}, {d + 8, 8}}, 4},
		{"a fifth page replaces the oldest", []struct {
			addr uint64
			n    int
		}{{a, 8}, {b, 8}, {c, 8}, {d, 8}, {e, 8}, {a, 8}}, 6},
		{"across pages and large reads go direct", []struct {
			addr uint64
			n    int
		}{{a + pageSize - 4, 8}, {b, 1000}}, 3},
		{"past the readable part", []struct {
			addr uint64
			n    int
		}{{e + 96, 8}}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cm := &countingMem{m: mem}
			var pm pageMemory
			pm.next = cm
			pm.reset()
			for _, r := range tc.reads {
				buf := make([]byte, r.n)
				n, _ := pm.Read(r.addr, buf)
				if w := want(r.addr, r.n); !bytes.Equal(buf[:n], w) {
					t.Errorf("read %#x+%d: got %x, want %x", r.addr, r.n, buf[:n], w)
				}
			}
			if cm.reads != tc.tracee {
				t.Errorf("%d reads reached the tracee, want %d", cm.reads, tc.tracee)
			}
		})
	}
}
