package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// flags prints v as a set of the names in vs joined by "|", in the set's
// order, with leftover bits in hex; 0 prints as the set's zero name or
// "0". When no name matches, strace adds the set's unknown comment:
// 0x100 /* MAP_??? */.
func (d *Decoder) flags(vs *syscalls.Values, v uint64) { d.flagsIn(vs, v, true) }

// flagsIn is flags, with the unknown comment only if comment is set (strace
// leaves it out where it prints flags with no default, as in the notes
// after fcntl's return values).
func (d *Decoder) flagsIn(vs *syscalls.Values, v uint64, comment bool) {
	if d.Opts.Xlat != XlatAbbrev {
		d.xlatFlags(vs, v)
		return
	}
	if v == 0 {
		if vs != nil && vs.Zero != "" {
			d.b = append(d.b, vs.Zero...)
		} else if vs != nil && vs.ZeroEmpty {
			return
		} else {
			d.b = append(d.b, '0')
		}
		return
	}
	if vs == nil {
		d.hex(v)
		return
	}
	start := len(d.b)
	rest := d.flagNames(vs, v)
	if rest != 0 {
		if len(d.b) > start {
			d.b = append(d.b, '|')
			d.flagRest(vs, rest)
		} else {
			d.flagRest(vs, rest)
			if comment && vs.Unknown != "" {
				d.b = append(d.b, " /* "...)
				d.b = append(d.b, vs.Unknown...)
				d.b = append(d.b, " */"...)
			}
		}
	}
}

// xlatFlags prints a flag set under -X raw (0x22) or -X verbose
// (0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */).
func (d *Decoder) xlatFlags(vs *syscalls.Values, v uint64) {
	d.hex(v)
	if d.Opts.Xlat == XlatRaw || vs == nil || (v == 0 && vs.Zero == "") {
		return
	}
	mark := len(d.b)
	d.b = append(d.b, " /* "...)
	start := len(d.b)
	if v == 0 {
		d.b = append(d.b, vs.Zero...)
	} else if rest := d.flagNames(vs, v); rest != 0 {
		switch {
		case len(d.b) > start:
			d.b = append(d.b, '|')
			d.flagRest(vs, rest)
		case vs.Unknown != "":
			d.b = append(d.b, vs.Unknown...)
		default:
			d.b = d.b[:mark]
			return
		}
	}
	d.b = append(d.b, " */"...)
}

// xlatComment appends " /* text */" under -X verbose.
func (d *Decoder) xlatComment(text string) {
	if text == "" {
		return
	}
	d.b = append(d.b, " /* "...)
	d.b = append(d.b, text...)
	d.b = append(d.b, " */"...)
}

// flagNames appends the names of the bits of v found in vs, "|"-joined,
// and returns the bits left over.
func (d *Decoder) flagNames(vs *syscalls.Values, v uint64) uint64 {
	first := true
	for i := range vs.Vals {
		f := vs.Vals[i].Val
		if f == 0 || v&f != f {
			continue
		}
		if !first {
			d.b = append(d.b, '|')
		}
		first = false
		d.b = append(d.b, vs.Vals[i].Name...)
		v &^= f
		if v == 0 {
			break
		}
	}
	return v
}

func (d *Decoder) flagRest(vs *syscalls.Values, rest uint64) {
	if vs.Decimal {
		d.b = strconv.AppendUint(d.b, rest, 10)
	} else {
		d.hex(rest)
	}
}

// numFormat is how the number of a named constant prints.
type numFormat uint8

const (
	numHex      numFormat = iota // 0x10
	numSigned                    // -1
	numUnsigned                  // 18446744073709551615
)

// appendNum prints v in format f.
func (d *Decoder) appendNum(v uint64, f numFormat) {
	switch f {
	case numSigned:
		d.b = strconv.AppendInt(d.b, int64(v), 10)
	case numUnsigned:
		d.b = strconv.AppendUint(d.b, v, 10)
	default:
		d.hex(v)
	}
}

// named prints a constant as strace's printxval family does under each -X
// style: its name (abbrev), its number (raw), or the number with the name
// in a comment (verbose). Without a name, the number and the unknown
// comment (0x5 /* SEEK_??? */), except under -X raw.
func (d *Decoder) named(v uint64, f numFormat, name, unknown string) {
	d.namedStyle(d.Opts.Xlat, v, f, name, unknown)
}

// namedStyle is named in a style of its own, whatever -X says (strace's
// printxval_ex with an explicit XLAT_STYLE_*).
func (d *Decoder) namedStyle(style XlatStyle, v uint64, f numFormat, name, unknown string) {
	if style == XlatAbbrev && name != "" {
		d.b = append(d.b, name...)
		return
	}
	d.appendNum(v, f)
	if style == XlatRaw {
		return
	}
	if name == "" {
		name = unknown
	}
	d.xlatComment(name)
}

// enum prints the name of v in vs, or v in hex (decimal for a Decimal set)
// with the set's unknown comment: 0x5 /* SEEK_??? */.
func (d *Decoder) enum(vs *syscalls.Values, v uint64) {
	if vs == nil {
		d.named(v, numHex, "", "")
		return
	}
	f := numHex
	if vs.Decimal {
		f = numSigned
	}
	d.named(v, f, vs.Lookup(v), vs.Unknown)
}

// enum32 is enum for an int-sized value (sign bits above 32 dropped).
func (d *Decoder) enum32(vs *syscalls.Values, v uint64) {
	d.enum(vs, uint64(uint32(v)))
}

// openFlags prints open(2) flags: the access mode, then the other bits.
func (d *Decoder) openFlags(v uint64) {
	v = uint64(uint32(v))
	if d.Opts.Xlat != XlatAbbrev {
		d.hex(v)
		if d.Opts.Xlat == XlatVerbose {
			d.b = append(d.b, " /* "...)
			d.openFlagsSym(v)
			d.b = append(d.b, " */"...)
		}
		return
	}
	d.openFlagsSym(v)
}

func (d *Decoder) openFlagsSym(v uint64) {
	acc := v & 3
	switch acc {
	case 0:
		d.b = append(d.b, "O_RDONLY"...)
	case 1:
		d.b = append(d.b, "O_WRONLY"...)
	case 2:
		d.b = append(d.b, "O_RDWR"...)
	default:
		d.b = append(d.b, "O_ACCMODE"...)
	}
	rest := v &^ 3
	if rest == 0 {
		return
	}
	d.b = append(d.b, '|')
	left := d.flagNames(d.openFlagSet(), rest)
	if left != 0 {
		if left != rest {
			d.b = append(d.b, '|')
		}
		d.hex(left)
	}
}

// openFlagSet returns the O_* bits of the call's ABI (a few differ on
// arm64).
func (d *Decoder) openFlagSet() *syscalls.Values {
	if d.c != nil && d.c.ABI == syscalls.ARM64 {
		return syscalls.OpenFlagsARM64
	}
	return syscalls.OpenFlags
}

// File type bits of a mode.
const (
	sIFMT   = 0o170000
	sIFSOCK = 0o140000
	sIFLNK  = 0o120000
	sIFREG  = 0o100000
	sIFBLK  = 0o060000
	sIFDIR  = 0o040000
	sIFCHR  = 0o020000
	sIFIFO  = 0o010000
)

// fileType returns the S_IF* name of a mode's type bits.
func fileType(mode uint32) string {
	switch mode & sIFMT {
	case sIFSOCK:
		return "S_IFSOCK"
	case sIFLNK:
		return "S_IFLNK"
	case sIFREG:
		return "S_IFREG"
	case sIFBLK:
		return "S_IFBLK"
	case sIFDIR:
		return "S_IFDIR"
	case sIFCHR:
		return "S_IFCHR"
	case sIFIFO:
		return "S_IFIFO"
	}
	return ""
}

// mode prints a file type and permissions as strace does: S_IFREG|0644,
// with the set-id and sticky bits named (S_ISUID|S_ISGID|S_ISVTX).
func (d *Decoder) mode(m uint32) {
	if d.Opts.Xlat != XlatAbbrev {
		d.oct(uint64(m))
		if d.Opts.Xlat == XlatVerbose && m&sIFMT != 0 {
			d.b = append(d.b, " /* "...)
			d.modeSym(m)
			d.b = append(d.b, " */"...)
		}
		return
	}
	d.modeSym(m)
}

func (d *Decoder) modeSym(m uint32) {
	if t := fileType(m); t != "" {
		d.b = append(d.b, t...)
		d.b = append(d.b, '|')
	} else if m&sIFMT != 0 {
		d.oct(uint64(m))
		return
	}
	if m&0o4000 != 0 {
		d.b = append(d.b, "S_ISUID|"...)
	}
	if m&0o2000 != 0 {
		d.b = append(d.b, "S_ISGID|"...)
	}
	if m&0o1000 != 0 {
		d.b = append(d.b, "S_ISVTX|"...)
	}
	// Whatever is left, bits above the file type included.
	d.oct(uint64(m &^ (sIFMT | 0o7000)))
}
