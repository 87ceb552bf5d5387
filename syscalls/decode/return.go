package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Restart codes: the kernel returns them when a signal interrupts a call
// that it will restart or turn into EINTR; strace shows them with "?"
// instead of -1, since the program never sees them.
const (
	erestartsys          = 512
	erestartnointr       = 513
	erestartnohand       = 514
	erestartRestartblock = 516
)

// Return appends the return value as strace prints it after " = ": 3,
// 0x7f..., -1 ENOENT (No such file or directory), ? ERESTARTSYS (...).
func (d *Decoder) Return(dst []byte, c *syscalls.Call) []byte {
	d.b, d.c = dst, c
	if d.Opts.Raw.Has(c.ABI, c.Nr) && !c.Failed {
		// -e raw=: the result in hex too.
		d.hex(d.ulong(uint64(c.Ret)))
		dst, d.b, d.c = d.b, nil, nil
		return dst
	}
	d.ret()
	dst, d.b, d.c = d.b, nil, nil
	return dst
}

func (d *Decoder) ret() {
	c := d.c
	if c.Failed {
		e := c.Errno()
		if syscalls.ErrnoName(e) == "" {
			// A number with no name: strace gives just the number.
			d.b = append(d.b, "-1 (errno "...)
			d.b = strconv.AppendUint(d.b, e, 10)
			d.b = append(d.b, ')')
			return
		}
		switch e {
		case erestartsys, erestartnointr, erestartnohand, erestartRestartblock:
			d.b = append(d.b, "? "...)
		default:
			d.b = append(d.b, "-1 "...)
		}
		d.errnoName(e)
		d.b = append(d.b, " ("...)
		d.b = append(d.b, errnoText(e)...)
		d.b = append(d.b, ')')
		return
	}
	style := syscalls.RetInt
	if c.Sys != nil && c.Sys.Sig != nil {
		style = c.Sys.Sig.Ret
	}
	if d.hasStyle {
		style = d.retStyle
	}
	v := c.Ret
	if c.ABI.PointerSize() == 4 {
		v = int64(int32(v))
	}
	switch style {
	case syscalls.RetHex:
		d.hex(d.ulong(uint64(v)))
	case syscalls.RetOct:
		d.oct(d.ulong(uint64(v)))
	case syscalls.RetNone:
		d.b = append(d.b, '?')
	case syscalls.RetUint:
		d.b = strconv.AppendUint(d.b, d.ulong(uint64(v)), 10)
	case syscalls.RetFd:
		d.fd(uint64(v))
	default:
		d.b = strconv.AppendInt(d.b, v, 10)
	}
	if len(d.retNote) > 0 {
		d.b = append(d.b, ' ')
		d.b = append(d.b, d.retNote...)
	}
}

// setReturn makes the return value print in style, followed by note (as
// "(flags FD_CLOEXEC)"), for decoders whose return value means more than
// a number.
func (d *Decoder) setReturn(style syscalls.Ret) {
	d.retStyle = style
	d.hasStyle = true
}

// errnoName prints an errno by name (ENOENT), or its number.
func (d *Decoder) errnoName(e uint64) {
	if name := syscalls.ErrnoName(e); name != "" {
		d.b = append(d.b, name...)
		return
	}
	d.b = strconv.AppendUint(d.b, e, 10)
}

// errnoText is the message strace prints after an errno's name.
func errnoText(e uint64) string {
	return syscalls.ErrnoText(e)
}
