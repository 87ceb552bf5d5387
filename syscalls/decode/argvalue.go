package decode

import "github.com/gotrace/gotrace/syscalls"

// ArgValue appends argument i of c decoded on its own by its kind, and
// reports whether it could be: arguments of kind Custom depend on others
// and are only printed by their call's own decoder (the line's text shows
// them). Call it at entry for arguments decoded at entry and at exit for
// the others (syscalls.Kind.AtExit).
func (d *Decoder) ArgValue(dst []byte, c *syscalls.Call, i int) ([]byte, bool) {
	if c.Sys == nil || c.Sys.Sig == nil || i >= len(c.Sys.Sig.Args) || c.Sys.Sig.Args[i].Kind == syscalls.Custom {
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
