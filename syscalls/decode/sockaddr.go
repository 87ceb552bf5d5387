package decode

import (
	"net/netip"
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Address families whose addresses are printed field by field.
const (
	afUnix    = 1
	afInet    = 2
	afInet6   = 10
	afNetlink = 16
	afPacket  = 17
)

// sockaddrArg prints a socket address argument; its length is the
// argument a.Len, or, when that argument is a socklen_t pointer (getsockname,
// accept), the value it points to after the call.
func (d *Decoder) sockaddrArg(addr uint64, a *syscalls.Arg) {
	args := d.c.Sys.Sig.Args
	var size uint64
	if int(a.Len) < len(args) && args[a.Len].Kind == syscalls.StructInOut {
		var b [4]byte
		if n, _ := d.Mem.Read(d.c.Args[a.Len], b[:]); n != 4 {
			d.ptr(addr)
			return
		}
		size = uint64(le32(b[:]))
	} else {
		size = uint64(uint32(d.c.Args[a.Len]))
	}
	d.sockaddr(addr, size)
}

// sockaddr prints the socket address of size bytes at addr as strace does:
// {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("1.2.3.4")}.
func (d *Decoder) sockaddr(addr uint64, size uint64) {
	if size < 2 {
		d.ptr(addr)
		return
	}
	if size > 128 {
		size = 128
	}
	b := d.buf[:size]
	if n, _ := d.Mem.Read(addr, b); uint64(n) != size {
		d.ptr(addr)
		return
	}
	family := uint64(uint16(b[0]) | uint16(b[1])<<8)
	d.b = append(d.b, "{sa_family="...)
	d.enum(syscalls.AddressFamilies, family)
	body := b[2:]
	switch {
	case family == afUnix:
		d.sockaddrUnix(body)
	case family == afInet && len(body) >= 14:
		d.b = append(d.b, ", sin_port=htons("...)
		d.b = strconv.AppendUint(d.b, uint64(uint16(body[0])<<8|uint16(body[1])), 10)
		d.b = append(d.b, "), sin_addr=inet_addr(\""...)
		d.b = netip.AddrFrom4([4]byte(body[2:6])).AppendTo(d.b)
		d.b = append(d.b, "\")"...)
	case family == afInet6 && len(body) >= 22:
		d.b = append(d.b, ", sin6_port=htons("...)
		d.b = strconv.AppendUint(d.b, uint64(uint16(body[0])<<8|uint16(body[1])), 10)
		d.b = append(d.b, "), sin6_flowinfo=htonl("...)
		d.b = strconv.AppendUint(d.b, uint64(uint32(body[2])<<24|uint32(body[3])<<16|uint32(body[4])<<8|uint32(body[5])), 10)
		d.b = append(d.b, "), inet_pton(AF_INET6, \""...)
		d.b = netip.AddrFrom16([16]byte(body[6:22])).AppendTo(d.b)
		d.b = append(d.b, "\", &sin6_addr)"...)
		if len(body) >= 26 {
			d.b = append(d.b, ", sin6_scope_id="...)
			d.b = strconv.AppendUint(d.b, uint64(le32(body[22:])), 10)
		}
	case family == afNetlink && len(body) >= 10:
		d.b = append(d.b, ", nl_pid="...)
		d.b = strconv.AppendUint(d.b, uint64(le32(body[2:])), 10)
		d.b = append(d.b, ", nl_groups="...)
		v := uint64(le32(body[6:]))
		var tmp [8]byte
		s := strconv.AppendUint(tmp[:0], v, 16)
		for i := len(s); i < 8; i++ {
			d.b = append(d.b, '0')
		}
		d.b = append(d.b, s...)
	default:
		d.b = append(d.b, ", sa_data="...)
		d.quote(body, false)
	}
	d.b = append(d.b, '}')
}

// sockaddrUnix prints sun_path: a NUL-terminated path, or for an abstract
// socket (leading NUL) the whole name with "@" as strace shows it.
func (d *Decoder) sockaddrUnix(path []byte) {
	if len(path) == 0 {
		return
	}
	d.b = append(d.b, ", sun_path="...)
	if path[0] == 0 {
		d.b = append(d.b, '@')
		d.quote(path[1:], false)
		return
	}
	end := 0
	for end < len(path) && path[end] != 0 {
		end++
	}
	d.quote(path[:end], false)
}
