package decode

import "strconv"

// quote appends s as strace quotes a string: printable ASCII as is, \t \n
// \v \f \r \" \\ escaped, anything else in octal using as few digits as
// possible unless the next character is an octal digit (so "\0" then "1"
// prints as "\0001"). With -x, non-printable bytes go in hex; with -xx,
// every byte does. forceHex prints every byte in hex whatever the options
// (strace does so for getrandom's output).
func (d *Decoder) quote(s []byte, forceHex bool) {
	d.b = append(d.b, '"')
	hexAll := forceHex || d.Opts.Hex >= 2
	for i, c := range s {
		if hexAll {
			d.b = append(d.b, '\\', 'x', hexDigit[c>>4], hexDigit[c&15])
			continue
		}
		switch c {
		case '"':
			d.b = append(d.b, '\\', '"')
			continue
		case '\\':
			d.b = append(d.b, '\\', '\\')
			continue
		case '\f':
			d.b = append(d.b, '\\', 'f')
			continue
		case '\n':
			d.b = append(d.b, '\\', 'n')
			continue
		case '\r':
			d.b = append(d.b, '\\', 'r')
			continue
		case '\t':
			d.b = append(d.b, '\\', 't')
			continue
		case '\v':
			d.b = append(d.b, '\\', 'v')
			continue
		}
		if c >= ' ' && c < 0x7f {
			d.b = append(d.b, c)
			continue
		}
		if d.Opts.Hex == 1 {
			d.b = append(d.b, '\\', 'x', hexDigit[c>>4], hexDigit[c&15])
			continue
		}
		d.b = append(d.b, '\\')
		nextOctal := i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '7'
		if nextOctal || c >= 0100 {
			d.b = append(d.b, '0'+c>>6)
		}
		if nextOctal || c >= 010 {
			d.b = append(d.b, '0'+(c>>3)&7)
		}
		d.b = append(d.b, '0'+c&7)
	}
	d.b = append(d.b, '"')
}

const hexDigit = "0123456789abcdef"

// buffer prints n bytes at addr as a quoted string, at most -s of them,
// followed by "..." when there were more. An unreadable buffer prints as
// its address.
func (d *Decoder) buffer(addr uint64, n uint64) {
	d.bufferHex(addr, n, false)
}

func (d *Decoder) bufferHex(addr uint64, n uint64, forceHex bool) {
	if addr == 0 && n > 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	limit := uint64(d.Opts.StringLimit)
	show := n
	if show > limit {
		show = limit
	}
	if show > uint64(len(d.buf)) {
		show = uint64(len(d.buf))
	}
	if show == 0 {
		if n == 0 {
			d.b = append(d.b, `""`...)
			return
		}
		// -s 0: nothing of the contents, just that there was some.
		d.b = append(d.b, `""...`...)
		return
	}
	got, err := d.Mem.Read(addr, d.buf[:show])
	if err != nil || uint64(got) < show {
		d.ptr(addr)
		return
	}
	d.quote(d.buf[:show], forceHex)
	if n > show {
		d.b = append(d.b, "..."...)
	}
}

// pathMax is PATH_MAX: path names are shown up to it, whatever -s says,
// as strace does.
const pathMax = 4096

// path prints a NUL-terminated path name.
func (d *Decoder) path(addr uint64) { d.cstringLimit(addr, pathMax-1) }

// cstring prints the NUL-terminated string at addr: at most -s bytes, then
// "..." if it goes on. NULL prints as NULL, unreadable memory as the
// address.
func (d *Decoder) cstring(addr uint64) { d.cstringLimit(addr, d.Opts.StringLimit) }

func (d *Decoder) cstringLimit(addr uint64, limit int) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	s, complete, ok := d.readCString(addr, limit)
	if !ok {
		d.ptr(addr)
		return
	}
	d.quote(s, false)
	if !complete {
		d.b = append(d.b, "..."...)
	}
}

// readCString reads the string at addr into the scratch buffer, looking
// at most limit+1 bytes ahead for its NUL. It returns the string (without
// the NUL, at most limit bytes), whether it ended within limit, and
// whether memory could be read at all. Reads go page by page, so that a
// string ending just before an unmapped page is still read.
func (d *Decoder) readCString(addr uint64, limit int) (s []byte, complete bool, ok bool) {
	want := limit + 1
	if want > len(d.buf) {
		want = len(d.buf)
	}
	n := 0
	for n < want {
		a := addr + uint64(n)
		chunk := int(pageSize - a%pageSize)
		if chunk > want-n {
			chunk = want - n
		}
		got, err := d.Mem.Read(a, d.buf[n:n+chunk])
		if got > 0 {
			for i := n; i < n+got; i++ {
				if d.buf[i] == 0 {
					return d.buf[:i], true, true
				}
			}
			n += got
		}
		if err != nil || got < chunk {
			// Unreadable before the NUL.
			return nil, false, false
		}
	}
	if n > limit {
		return d.buf[:limit], false, true
	}
	return d.buf[:n], false, true
}

// pageSize is the unit memory is mapped in, for chunked string reads.
const pageSize = 4096

// strArray prints a NULL-terminated array of string pointers, as execve's
// argv: ["ls", "-l"]. Unless -v is given, at most -s elements are shown,
// then "...".
func (d *Decoder) strArray(addr uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	ps := uint64(d.c.ABI.PointerSize())
	var pb [8]byte
	d.b = append(d.b, '[')
	for i := 0; i < 1<<20; i++ {
		at := addr + uint64(i)*ps
		if got, _ := d.Mem.Read(at, pb[:ps]); uint64(got) != ps {
			if i == 0 {
				d.b = d.b[:len(d.b)-1]
				d.ptr(addr)
				return
			}
			d.b = append(d.b, ", "...)
			d.ptr(at)
			break
		}
		p := d.pointerAt(pb[:ps])
		if p == 0 {
			break
		}
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		if !d.Opts.Verbose && i >= d.Opts.StringLimit {
			d.b = append(d.b, "..."...)
			break
		}
		d.cstring(p)
	}
	d.b = append(d.b, ']')
}

// pointerAt decodes a pointer of the call's ABI from b.
func (d *Decoder) pointerAt(b []byte) uint64 {
	if len(b) == 4 {
		return uint64(le32(b))
	}
	return le64(b)
}

// envp prints an environment as strace does by default: its address and
// the number of variables; -v prints it like argv.
func (d *Decoder) envp(addr uint64) {
	if d.Opts.Verbose {
		d.strArray(addr)
		return
	}
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	ps := uint64(d.c.ABI.PointerSize())
	var pb [8]byte
	n := 0
	for ; n < 1<<16; n++ {
		got, _ := d.Mem.Read(addr+uint64(n)*ps, pb[:ps])
		if uint64(got) != ps {
			d.ptr(addr)
			return
		}
		if d.pointerAt(pb[:ps]) == 0 {
			break
		}
	}
	d.ptr(addr)
	d.b = append(d.b, " /* "...)
	d.b = strconv.AppendInt(d.b, int64(n), 10)
	if n == 1 {
		d.b = append(d.b, " var */"...)
	} else {
		d.b = append(d.b, " vars */"...)
	}
}
