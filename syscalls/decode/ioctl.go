package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// ioctl requests decoded beyond their name.
const (
	tcgets     = 0x5401
	tcsets     = 0x5402
	tcsetsw    = 0x5403
	tcsetsf    = 0x5404
	tiocgpgrp  = 0x540f
	tiocspgrp  = 0x5410
	tiocgwinsz = 0x5413
	tiocswinsz = 0x5414
	fionread   = 0x541b
	fionbio    = 0x5421
	fionclex   = 0x5450
	fioclex    = 0x5451
	fioasync   = 0x5452
	tiocgsid   = 0x5429
	ficlone    = 0x40049409
)

// ioctl(fd, request, arg): the request by name (or as _IOC(...)), the
// argument as the request defines it, printed at entry for inputs and at
// exit for outputs.
func decodeIoctl(d *Decoder, exiting bool) bool {
	req := uint32(d.c.Args[1])
	arg := d.c.Args[2]
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		d.ioctlRequest(req)
		switch req {
		case fioclex, fionclex:
			return true
		case tcsets, tcsetsw, tcsetsf:
			d.sep()
			d.termios(arg)
			return true
		case tiocswinsz:
			d.sep()
			d.winsize(arg)
			return true
		case fionbio, fioasync, tiocspgrp:
			d.sep()
			d.intAtOrAddr(arg)
			return true
		case tcgets, tiocgwinsz, fionread, tiocgpgrp, tiocgsid:
			return false
		case ficlone:
			// strace prints the source descriptor as a plain int.
			d.sep()
			d.b = strconv.AppendInt(d.b, int64(int32(arg)), 10)
			return true
		}
		d.sep()
		d.hex(d.ulong(arg))
		return true
	}
	d.sep()
	if d.c.Failed {
		d.ptr(arg)
		return true
	}
	switch req {
	case tcgets:
		d.termios(arg)
	case tiocgwinsz:
		d.winsize(arg)
	case fionread, tiocgpgrp, tiocgsid:
		d.intAtOrAddr(arg)
	}
	return true
}

func (d *Decoder) intAtOrAddr(addr uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	d.intAt(addr)
}

// ioctlRequest prints a request by name, or decoded into its _IOC parts.
func (d *Decoder) ioctlRequest(req uint32) {
	// Several drivers may share a number: strace names them all.
	found := false
	for _, v := range syscalls.IoctlRequests.Vals {
		if v.Val == uint64(req) {
			if found {
				d.b = append(d.b, " or "...)
			}
			d.b = append(d.b, v.Name...)
			found = true
		}
	}
	if found {
		return
	}
	dir := req >> 30
	size := req >> 16 & 0x3fff
	typ := req >> 8 & 0xff
	nr := req & 0xff
	d.b = append(d.b, "_IOC("...)
	switch dir {
	case 0:
		d.b = append(d.b, "_IOC_NONE"...)
	case 1:
		d.b = append(d.b, "_IOC_WRITE"...)
	case 2:
		d.b = append(d.b, "_IOC_READ"...)
	default:
		d.b = append(d.b, "_IOC_READ|_IOC_WRITE"...)
	}
	d.b = append(d.b, ", "...)
	d.hex(uint64(typ))
	d.b = append(d.b, ", "...)
	d.hex(uint64(nr))
	d.b = append(d.b, ", "...)
	d.hex(uint64(size))
	d.b = append(d.b, ')')
}

// winsize prints struct winsize.
func (d *Decoder) winsize(addr uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	b := d.scratch(8)
	if !d.read(addr, b) {
		return
	}
	u16 := func(o int) uint64 { return uint64(uint16(b[o]) | uint16(b[o+1])<<8) }
	d.fieldU("{ws_row", u16(0), true)
	d.fieldU("ws_col", u16(2), false)
	d.fieldU("ws_xpixel", u16(4), false)
	d.fieldU("ws_ypixel", u16(6), false)
	d.b = append(d.b, '}')
}

// Names of the c_cc slots strace shows with -v.
var ccNames = [...]string{"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN", "VSWTC",
	"VSTART", "VSTOP", "VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE", "VLNEXT", "VEOL2"}

// termios prints the kernel's struct termios (four tcflag_t, c_line, 19
// c_cc bytes) as strace does.
func (d *Decoder) termios(addr uint64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	b := d.scratch(36)
	if !d.read(addr, b) {
		return
	}
	cflag := le32(b[8:])
	d.b = append(d.b, "{c_iflag="...)
	d.flags(syscalls.TermiosIflags, uint64(le32(b[0:])))
	d.b = append(d.b, ", c_oflag="...)
	d.termiosOflag(le32(b[4:]))
	d.b = append(d.b, ", c_cflag="...)
	d.termiosCflag(cflag)
	d.b = append(d.b, ", c_lflag="...)
	d.flags(syscalls.TermiosLflags, uint64(le32(b[12:])))
	if !d.Opts.Verbose {
		d.b = append(d.b, ", ...}"...)
		return
	}
	d.b = append(d.b, ", c_line="...)
	d.enum(syscalls.TermiosLineDisciplines, uint64(b[16]))
	d.b = append(d.b, ", c_cc=["...)
	for i := 0; i < 19; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, '[')
		if i < len(ccNames) {
			d.b = append(d.b, ccNames[i]...)
		} else {
			d.b = strconv.AppendInt(d.b, int64(i), 10)
		}
		d.b = append(d.b, "]="...)
		d.hex(uint64(b[17+i]))
	}
	d.b = append(d.b, "]}"...)
}

// termiosOflag prints c_oflag: each delay field by value (NL0|CR0|...),
// then the flags, as strace does.
func (d *Decoder) termiosOflag(v uint32) {
	fields := [...]struct {
		mask uint32
		vs   *syscalls.Values
	}{
		{0o000400, syscalls.TermiosNLDelays},
		{0o003000, syscalls.TermiosCRDelays},
		{0o014000, syscalls.TermiosTabDelays},
		{0o020000, syscalls.TermiosBSDelays},
		{0o040000, syscalls.TermiosVTDelays},
		{0o100000, syscalls.TermiosFFDelays},
	}
	for _, f := range fields {
		d.enum(f.vs, uint64(v&f.mask))
		d.b = append(d.b, '|')
		v &^= f.mask
	}
	d.flags(syscalls.TermiosOflags, uint64(v))
}

// termiosCflag prints c_cflag: the baud rate, the input baud rate if set,
// the character size, then the flags.
func (d *Decoder) termiosCflag(v uint32) {
	const (
		cbaud   = 0o010017
		csize   = 0o000060
		cibaud  = 0o02003600000
		ibshift = 16
	)
	d.enum(syscalls.TermiosBaud, uint64(v&cbaud))
	d.b = append(d.b, '|')
	if ib := v & cibaud; ib != 0 {
		d.enum(syscalls.TermiosBaud, uint64(ib>>ibshift))
		d.b = append(d.b, "<<IBSHIFT|"...)
	}
	d.enum(syscalls.TermiosCsize, uint64(v&csize))
	d.b = append(d.b, '|')
	d.flags(syscalls.TermiosCflags, uint64(v&^(cbaud|csize|cibaud)))
}
