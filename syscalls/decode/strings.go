package decode

import "strconv"

// quote appends s as strace quotes a string: printable ASCII as is, \t \n
// \v \f \r \" \\ escaped, anything else in octal using as few digits as
// possible unless the next character is an octal digit (so "\0" then "1"
// prints as "\0001"). With -xx every byte goes in hex; with -x the whole
// string does as soon as one byte is neither printable nor one of the
// whitespace escapes (strace decides for the string, not byte by byte:
// "ab\n" stays as is, "a\1b" becomes "\x61\x01\x62"). forceHex prints
// every byte in hex whatever the options (strace does so for getrandom's
// output).
func (d *Decoder) quote(s []byte, forceHex bool) {
	d.b = append(d.b, '"')
	d.quoteBytes(s, -1, d.useHex(s, forceHex))
	d.b = append(d.b, '"')
}

// useHex reports whether s prints in hex under the options.
func (d *Decoder) useHex(s []byte, forceHex bool) bool {
	return forceHex || d.Opts.Hex >= 2 || d.Opts.Hex == 1 && needsHex(s)
}

// quoteBytes appends the bytes of s escaped, without the quotes, in hex or
// not. next is the byte that follows s in the string, or -1 if none: the
// octal rule looks one byte ahead.
func (d *Decoder) quoteBytes(s []byte, next int, hex bool) {
	for i, c := range s {
		if hex {
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
		if c >= ' ' && c < 0x7f && !(d.escapeAngles && (c == '<' || c == '>')) {
			d.b = append(d.b, c)
			continue
		}
		d.b = append(d.b, '\\')
		n := next
		if i+1 < len(s) {
			n = int(s[i+1])
		}
		nextOctal := n >= '0' && n <= '7'
		if nextOctal || c >= 0100 {
			d.b = append(d.b, '0'+c>>6)
		}
		if nextOctal || c >= 010 {
			d.b = append(d.b, '0'+(c>>3)&7)
		}
		d.b = append(d.b, '0'+c&7)
	}
}

// needsHex reports whether -x prints s in hex: whether a byte of it is
// neither printable ASCII nor \t \n \v \f \r.
func needsHex(s []byte) bool {
	for _, c := range s {
		if c > 0x7e || c < ' ' && (c < '\t' || c > '\r') {
			return true
		}
	}
	return false
}

const hexDigit = "0123456789abcdef"

// buffer prints n bytes at addr as a quoted string, at most -s of them,
// followed by "..." when there were more. NULL prints as NULL and a buffer
// that cannot be read whole (its shown part) as its address.
func (d *Decoder) buffer(addr uint64, n uint64) { d.bufferEx(addr, n, false, false) }

// bufferHex is buffer, in hex whatever the options when forceHex is set.
func (d *Decoder) bufferHex(addr uint64, n uint64, forceHex bool) {
	d.bufferEx(addr, n, forceHex, false)
}

// bufferEx is buffer with two of strace's quoting styles: forceHex
// (QUOTE_FORCE_HEX) prints every byte in hex; omitNUL
// (QUOTE_OMIT_TRAILING_0, for xattr values) leaves out a NUL that is the
// last byte shown, and then no "..." follows, unless the string prints in
// hex.
func (d *Decoder) bufferEx(addr uint64, n uint64, forceHex, omitNUL bool) {
	if addr == 0 {
		// Even an empty buffer at NULL prints as NULL, as strace's
		// printstr does.
		d.b = append(d.b, "NULL"...)
		return
	}
	show := n
	if limit := uint64(d.Opts.StringLimit); show > limit {
		show = limit
	}
	if n == 0 {
		d.b = append(d.b, `""`...)
		return
	}
	// strace reads one byte more than it shows when there is more, and
	// prints the address if it cannot.
	need := show
	if n > show {
		need++
	}
	if need > uint64(len(d.buf)) {
		d.bigBuffer(addr, n, show, forceHex, omitNUL)
		return
	}
	if got, err := d.Mem.Read(addr, d.buf[:need]); err != nil || uint64(got) < need {
		d.ptr(addr)
		return
	}
	if show == 0 {
		// -s 0: nothing of the contents, just that there was some.
		d.b = append(d.b, `""...`...)
		return
	}
	s := d.buf[:show]
	hex := d.useHex(s, forceHex)
	ellipsis := n > show
	if omitNUL && !hex && s[len(s)-1] == 0 {
		s = s[:len(s)-1]
		ellipsis = false
	}
	d.b = append(d.b, '"')
	d.quoteBytes(s, -1, hex)
	d.b = append(d.b, '"')
	if ellipsis {
		d.b = append(d.b, "..."...)
	}
}

// bigBuffer prints a buffer whose shown part (show bytes, -s being large)
// does not fit the scratch buffer, a chunk at a time: a first pass checks
// that all of it can be read (or the address prints, as strace prints it
// when its one big read fails) and whether -x needs hex, a second quotes
// it.
func (d *Decoder) bigBuffer(addr, n, show uint64, forceHex, omitNUL bool) {
	chunk := uint64(len(d.buf)) - 1
	hex := forceHex || d.Opts.Hex >= 2
	if n > show {
		// The byte after the shown ones must be readable too. (Not
		// in the small scratch: an array element being printed may
		// be there.)
		if got, _ := d.Mem.Read(addr+show, d.buf[:1]); got != 1 {
			d.ptr(addr)
			return
		}
	}
	var last byte
	for off := uint64(0); off < show; off += chunk {
		m := min(chunk, show-off)
		s := d.buf[:m]
		if got, err := d.Mem.Read(addr+off, s); err != nil || uint64(got) < m {
			d.ptr(addr)
			return
		}
		if d.Opts.Hex == 1 && !hex && needsHex(s) {
			hex = true
		}
		last = s[m-1]
	}
	ellipsis := n > show
	if omitNUL && !hex && last == 0 {
		show--
		ellipsis = false
	}
	d.b = append(d.b, '"')
	for off := uint64(0); off < show; off += chunk {
		m := min(chunk, show-off)
		// One byte more, when there is one, for the octal rule.
		extra := uint64(0)
		if off+m < show {
			extra = 1
		}
		s := d.buf[:m+extra]
		d.Mem.Read(addr+off, s)
		next := -1
		if extra == 1 {
			next = int(s[m])
		}
		d.quoteBytes(s[:m], next, hex)
	}
	d.b = append(d.b, '"')
	if ellipsis {
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
	pb := d.scratch(8)
	d.b = append(d.b, '[')
	for i := 0; i < 1<<20; i++ {
		at := addr + uint64(i)*ps
		if got, _ := d.Mem.Read(at, pb[:ps]); uint64(got) != ps {
			if i == 0 {
				d.b = d.b[:len(d.b)-1]
				d.ptr(addr)
				return
			}
			// The rest of the array is unreadable: strace says so
			// and where.
			d.b = append(d.b, ", ... /* "...)
			d.ptr(at)
			d.b = append(d.b, " */"...)
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
	pb := d.scratch(8)
	n := 0
	unterminated := false
	for ; n < 1<<16; n++ {
		got, _ := d.Mem.Read(addr+uint64(n)*ps, pb[:ps])
		if uint64(got) != ps {
			if n == 0 {
				d.ptr(addr)
				return
			}
			// Counted up to an unreadable page: strace counts what
			// it could read and says the array did not end.
			unterminated = true
			break
		}
		if d.pointerAt(pb[:ps]) == 0 {
			break
		}
	}
	d.ptr(addr)
	d.b = append(d.b, " /* "...)
	d.b = strconv.AppendInt(d.b, int64(n), 10)
	if n == 1 {
		d.b = append(d.b, " var"...)
	} else {
		d.b = append(d.b, " vars"...)
	}
	if unterminated {
		d.b = append(d.b, ", unterminated"...)
	}
	d.b = append(d.b, " */"...)
}
