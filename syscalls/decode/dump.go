package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// AppendDump appends -e read= and -e write= hex dumps of the data a call
// moved, as strace prints them after the call's line: the buffer of a
// write to a descriptor in write (at any result), the data a read from a
// descriptor in read returned (on success). Vectored calls dump each
// buffer under " * N bytes in buffer I".
func (d *Decoder) AppendDump(dst []byte, c *syscalls.Call, read, write *syscalls.NumberSet) []byte {
	if c.Sys == nil || (read == nil && write == nil) {
		return dst
	}
	fd := int32(c.Args[0])
	if fd < 0 {
		return dst
	}
	d.b, d.c = dst, c
	defer func() { d.c = nil }()
	if write.Has(int(fd)) {
		switch c.Sys.Name {
		case "write", "pwrite64", "send", "sendto", "mq_timedsend":
			d.dumpStr(c.Args[1], d.ulong(c.Args[2]))
		case "writev", "pwritev", "pwritev2", "vmsplice":
			d.dumpIov(c.Args[1], int(int32(c.Args[2])), ^uint64(0))
		case "sendmsg":
			d.dumpMsghdr(c.Args[1], ^uint64(0))
		}
	}
	if c.Failed || !read.Has(int(fd)) {
		dst, d.b = d.b, nil
		return dst
	}
	switch c.Sys.Name {
	case "read", "pread64", "recv", "recvfrom", "mq_timedreceive":
		d.dumpStr(c.Args[1], uint64(c.Ret))
	case "readv", "preadv", "preadv2":
		d.dumpIov(c.Args[1], int(int32(c.Args[2])), uint64(c.Ret))
	case "recvmsg":
		d.dumpMsghdr(c.Args[1], uint64(c.Ret))
	}
	dst, d.b = d.b, nil
	return dst
}

// dumpMsghdr dumps the iovec array of a struct msghdr.
func (d *Decoder) dumpMsghdr(addr uint64, size uint64) {
	ps := uint64(d.c.ABI.PointerSize())
	// msg_name, msg_namelen (padded to a pointer), msg_iov, msg_iovlen.
	b := d.scratch(int(4 * ps))
	if n, _ := d.Mem.Read(d.ulong(addr), b); n != len(b) {
		return
	}
	iov := d.pointerAt(b[2*ps : 3*ps])
	iovlen := d.pointerAt(b[3*ps : 4*ps])
	d.dumpIov(iov, int(iovlen), size)
}

// dumpIov dumps up to size bytes of the buffers of an iovec array.
func (d *Decoder) dumpIov(addr uint64, n int, size uint64) {
	if n <= 0 || n > 1024 {
		return
	}
	ps := uint64(d.c.ABI.PointerSize())
	for i := 0; i < n && size > 0; i++ {
		e := d.scratch(int(2 * ps))
		if got, _ := d.Mem.Read(d.ulong(addr)+uint64(i)*2*ps, e); got != len(e) {
			return
		}
		base, l := d.pointerAt(e[:ps]), d.pointerAt(e[ps:])
		if l > size {
			l = size
		}
		if l == 0 {
			break
		}
		size -= l
		d.b = append(d.b, " * "...)
		d.b = strconv.AppendUint(d.b, l, 10)
		d.b = append(d.b, " bytes in buffer "...)
		d.b = strconv.AppendInt(d.b, int64(i), 10)
		d.b = append(d.b, '\n')
		d.dumpStr(base, l)
	}
}

// dumpStr dumps len bytes at addr, 16 a line, as strace's dumpstr:
// " | 00000  61 62 63 ...  abc... |".
func (d *Decoder) dumpStr(addr, length uint64) {
	if length == 0 {
		return
	}
	offsChars := 5
	if length > 1<<20 {
		offsChars = 1
		for v := length - 1; v >= 16; v >>= 4 {
			offsChars++
		}
	}
	var line [16]byte
	for off := uint64(0); off < length; off += 16 {
		n := length - off
		if n > 16 {
			n = 16
		}
		if got, _ := d.Mem.Read(d.ulong(addr)+off, line[:n]); uint64(got) != n {
			if off > 0 {
				d.b = append(d.b, " | <Cannot fetch "...)
				d.b = strconv.AppendUint(d.b, length-off, 10)
				d.b = append(d.b, " bytes from pid "...)
				d.b = strconv.AppendInt(d.b, int64(d.Tid), 10)
				d.b = append(d.b, " @0x"...)
				d.b = strconv.AppendUint(d.b, addr+off, 16)
				d.b = append(d.b, ">\n"...)
			}
			return
		}
		d.b = append(d.b, " | "...)
		var tmp [20]byte
		h := strconv.AppendUint(tmp[:0], off, 16)
		for i := len(h); i < offsChars; i++ {
			d.b = append(d.b, '0')
		}
		d.b = append(d.b, h...)
		d.b = append(d.b, "  "...)
		for i := uint64(0); i < 16; i++ {
			if i < n {
				d.b = append(d.b, hexDigit[line[i]>>4], hexDigit[line[i]&15])
			} else {
				d.b = append(d.b, ' ', ' ')
			}
			d.b = append(d.b, ' ')
			if i == 7 || i == 15 {
				d.b = append(d.b, ' ')
			}
		}
		for i := uint64(0); i < 16; i++ {
			switch {
			case i >= n:
				d.b = append(d.b, ' ')
			case line[i] >= ' ' && line[i] < 0x7f:
				d.b = append(d.b, line[i])
			default:
				d.b = append(d.b, '.')
			}
		}
		d.b = append(d.b, " |\n"...)
	}
}
