package decode

import "github.com/gotrace/gotrace/syscalls"

// ArgValue appends argument i of c decoded on its own, as it appears in
// the call's line, and reports whether the call's arguments can be
// decoded one by one (calls with a decoder of their own print their
// arguments together, and are not). Call it at entry for arguments decoded
// at entry and at exit for the others (syscalls.Kind.AtExit).
func (d *Decoder) ArgValue(dst []byte, c *syscalls.Call, i int) ([]byte, bool) {
	if c.Sys == nil || c.Sys.Sig == nil || i >= len(c.Sys.Sig.Args) {
		return dst, false
	}
	if _, special := specials[c.Sys.Name]; special {
		return dst, false
	}
	d.b, d.c = dst, c
	saved := d.qualify()
	if d.rawCall {
		d.hex(d.ulong(c.Args[i]))
	} else {
		d.arg(i, &c.Sys.Sig.Args[i])
	}
	d.unqualify(saved)
	dst, d.b, d.c = d.b, nil, nil
	return dst, true
}
