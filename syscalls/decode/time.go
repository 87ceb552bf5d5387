package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders and struct printers of the time family: clocks, timers,
// interval timers and adjtimex, as strace 6.1's time.c, print_timespec.h,
// print_timeval.c and print_timex.c print them.

func init() {
	registerStruct(syscalls.TimeT, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxTimeTAt(addr) })
	registerStruct(syscalls.Timespec64, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxTimeStructAt(addr, 8, 1, tsNsec)
	})
	registerStruct(syscalls.Itimerspec, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxTimeStructAt(addr, d.c.ABI.PointerSize(), 2, tsNsec)
	})
	registerStruct(syscalls.Itimerspec64, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxTimeStructAt(addr, 8, 2, tsNsec)
	})
	registerStruct(syscalls.Itimerval, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxTimeStructAt(addr, d.c.ABI.PointerSize(), 2, tsUsec)
	})
	registerStruct(syscalls.Timex, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxTimexAt(addr, d.c.ABI.PointerSize() == 4)
	})
	registerStruct(syscalls.Timex64, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxTimexAt(addr, false)
	})

	specials.add(namedSpecial{"time", decodeTime})
	specials.add(namedSpecial{"stime", decodeTime})
	specials.add(namedSpecial{"adjtimex", decodeAdjtimex})
	specials.add(namedSpecial{"clock_adjtime", decodeAdjtimex})
	specials.add(namedSpecial{"clock_adjtime64", decodeAdjtimex})
	specials.add(namedSpecial{"clock_nanosleep_time64", decodeClockNanosleep64})
}

// The second field of a time struct: nanoseconds or microseconds.
const (
	tsNsec = "tv_nsec"
	tsUsec = "tv_usec"
)

// timeFields prints a timespec or timeval from b, whose two fields are w
// bytes wide: {tv_sec=1, tv_nsec=500}. strace prints the seconds signed
// and the fraction unsigned (zero-extended).
func (d *Decoder) pxTimeFields(b []byte, w int, frac string) {
	d.b = append(d.b, "{tv_sec="...)
	d.b = strconv.AppendInt(d.b, field{0, w}.signed(b), 10)
	d.b = append(d.b, ", "...)
	d.b = append(d.b, frac...)
	d.b = append(d.b, '=')
	d.b = strconv.AppendUint(d.b, field{w, w}.get(b), 10)
	d.b = append(d.b, '}')
}

// timeStructAt prints n (1 or 2) time structs of w-byte fields at addr:
// one as a timespec, two as an itimerspec or itimerval ({it_interval=...,
// it_value=...}). Memory that cannot be read whole prints as the address.
func (d *Decoder) pxTimeStructAt(addr uint64, w, n int, frac string) {
	b := d.scratch(4 * w)[:2*n*w]
	if !d.read(d.ulong(addr), b) {
		return
	}
	if n == 1 {
		d.pxTimeFields(b, w, frac)
		return
	}
	d.b = append(d.b, "{it_interval="...)
	d.pxTimeFields(b, w, frac)
	d.b = append(d.b, ", it_value="...)
	d.pxTimeFields(b[2*w:], w, frac)
	d.b = append(d.b, '}')
}

// timeTAt prints *(time_t *)addr with its date: [1700000000 /* ... */].
func (d *Decoder) pxTimeTAt(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(ps)
	if !d.read(d.ulong(addr), b) {
		return
	}
	t := field{0, ps}.signed(b)
	d.b = append(d.b, '[')
	d.b = strconv.AppendInt(d.b, t, 10)
	d.timeComment(t, 0)
	d.b = append(d.b, ']')
}

// time(tloc): the time it stored, and the one it returned with its date:
// = 1700000000 (2023-11-14T22:13:20+0000).
func decodeTime(d *Decoder, exiting bool) bool {
	if !exiting {
		return false
	}
	d.argAt(0)
	if !d.c.Failed {
		t := d.c.Ret
		if d.c.ABI.PointerSize() == 4 {
			t = int64(int32(t))
		}
		d.pxDateNote(t)
	}
	return true
}

// dateNote makes the return value print with its date, as strace's
// sprinttime in an auxstr: (2023-11-14T22:13:20+0000); nothing when strace
// prints no date (the epoch, or a date localtime cannot give).
func (d *Decoder) pxDateNote(t int64) {
	saved := d.b
	d.b = d.retNote[:0]
	d.timeComment(t, 0)
	note := d.b
	d.b = saved
	d.retNote = note[:0]
	// timeComment wrote " /* date */": keep the date, in parentheses.
	if len(note) > len(" /*  */") {
		date := note[len(" /* ") : len(note)-len(" */")]
		d.retNote = append(d.retNote, '(')
		d.retNote = append(d.retNote, date...)
		d.retNote = append(d.retNote, ')')
	}
}

// Timex layouts: struct __kernel_timex (64-bit fields, 208 bytes) and the
// 32-bit ABIs' struct timex (longs, 128 bytes).
const (
	timex64Size = 208
	timex32Size = 128
)

// timexAt prints struct timex as strace's print_timex: every field, the
// modes and status named. narrow selects the 32-bit layout.
func (d *Decoder) pxTimexAt(addr uint64, narrow bool) {
	size := timex64Size
	if narrow {
		size = timex32Size
	}
	b := d.buf[:size]
	if !d.read(d.ulong(addr), b) {
		return
	}
	// Offsets of modes, offset, freq, maxerror, esterror, status,
	// constant, precision, tolerance, time, tick, ppsfreq, jitter,
	// shift, stabil, jitcnt, calcnt, errcnt, stbcnt, tai.
	w := 8
	off := [...]int{0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160}
	if narrow {
		w = 4
		off = [...]int{0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80}
	}
	long := func(i int) int64 { return field{off[i], w}.signed(b) }
	int32At := func(i int) int64 { return int64(int32(le32(b[off[i]:]))) }
	d.b = append(d.b, "{modes="...)
	d.flags(syscalls.AdjtimexModes, uint64(le32(b)))
	d.fieldD("offset", long(1), false)
	d.fieldD("freq", long(2), false)
	d.fieldD("maxerror", long(3), false)
	d.fieldD("esterror", long(4), false)
	d.fieldName("status", false)
	d.flags(syscalls.AdjtimexStatus, uint64(le32(b[off[5]:])))
	d.fieldD("constant", long(6), false)
	d.fieldD("precision", long(7), false)
	d.fieldD("tolerance", long(8), false)
	d.fieldName("time", false)
	d.pxTimeFields(b[off[9]:], w, tsUsec)
	d.fieldD("tick", long(10), false)
	d.fieldD("ppsfreq", long(11), false)
	d.fieldD("jitter", long(12), false)
	d.fieldD("shift", int32At(13), false)
	d.fieldD("stabil", long(14), false)
	d.fieldD("jitcnt", long(15), false)
	d.fieldD("calcnt", long(16), false)
	d.fieldD("errcnt", long(17), false)
	d.fieldD("stbcnt", long(18), false)
	d.fieldD("tai", int32At(19), false)
	d.b = append(d.b, '}')
}

// adjtimex(buf) and clock_adjtime(clock, buf): the struct at exit, and the
// clock state the call returned: = 5 (TIME_ERROR). The note is left out
// when the struct could not be printed.
func decodeAdjtimex(d *Decoder, exiting bool) bool {
	i := 0
	if d.c.Sys.Name != "adjtimex" {
		i = 1
	}
	if !exiting {
		if i == 1 {
			d.argAt(0)
			d.sep()
		}
		return false
	}
	v := d.c.Args[i]
	d.argAt(i)
	if d.c.Failed || d.ulong(v) == 0 {
		return true
	}
	// argAt printed the address when it could not read the struct.
	if n := len(d.b); n > 0 && d.b[n-1] != '}' {
		return true
	}
	if name := syscalls.AdjtimexState.Lookup(uint64(d.c.Ret)); name != "" {
		d.retNote = append(d.retNote, '(')
		d.retNote = append(d.retNote, name...)
		d.retNote = append(d.retNote, ')')
	}
	return true
}

// clock_nanosleep_time64(clock, flags, request, remain): i386's
// clock_nanosleep with 64-bit timespecs.
func decodeClockNanosleep64(d *Decoder, exiting bool) bool {
	if !exiting {
		d.args(0, 3)
		d.sep()
		return false
	}
	if d.c.Args[1] == 0 && d.isRestart() && d.c.Args[3] != 0 {
		d.pxTimeStructAt(d.c.Args[3], 8, 1, tsNsec)
	} else {
		d.ptr(d.c.Args[3])
	}
	return true
}
