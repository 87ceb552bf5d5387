package decode

import (
	"net"
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

// sockaddrArg prints a socket address argument; its length is the int
// argument a.Len.
func (d *Decoder) sockaddrArg(addr uint64, a *syscalls.Arg) {
	d.sockaddr(addr, int64(int32(d.lenArg(a))))
}

// sockaddrMax is sizeof(struct sockaddr_storage): strace shows no more of
// an address than that.
const sockaddrMax = 128

// sunPathMax is sizeof(sun_path).
const sunPathMax = 108

// sockaddr prints the socket address of size bytes at addr as strace does:
// {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("1.2.3.4")}.
// A size under 2 (negative included: addrlen is an int) or memory that
// cannot be read whole prints as the address. A family whose fields
// strace knows but whose address is shorter than they need prints its
// bytes as sa_data.
func (d *Decoder) sockaddr(addr uint64, size int64) {
	addr = d.ulong(addr)
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	if size < 2 {
		d.ptr(addr)
		return
	}
	if size > sockaddrMax {
		size = sockaddrMax
	}
	b := d.buf[:size]
	if n, _ := d.Mem.Read(addr, b); int64(n) != size {
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
		ip := [16]byte(body[6:22])
		d.b = netip.AddrFrom16(ip).AppendTo(d.b)
		d.b = append(d.b, "\", &sin6_addr)"...)
		if len(body) >= 26 {
			d.b = append(d.b, ", sin6_scope_id="...)
			d.scopeID(ip, le32(body[22:]))
		}
	case family == afNetlink && len(body) >= 10:
		d.b = append(d.b, ", nl_pid="...)
		d.b = strconv.AppendUint(d.b, uint64(le32(body[2:])), 10)
		d.b = append(d.b, ", nl_groups="...)
		// strace's %#08x: eight characters with the 0x, and no 0x
		// for zero.
		v := uint64(le32(body[6:]))
		var tmp [8]byte
		s := strconv.AppendUint(tmp[:0], v, 16)
		width := 8
		if v != 0 {
			d.b = append(d.b, "0x"...)
			width = 6
		}
		for i := len(s); i < width; i++ {
			d.b = append(d.b, '0')
		}
		d.b = append(d.b, s...)
	case len(body) > 0:
		d.b = append(d.b, ", sa_data="...)
		d.quote(body, false)
	}
	d.b = append(d.b, '}')
}

// InterfaceName names a network interface by index for sin6_scope_id, as
// strace's if_indextoname does on the tracer's host; "" when there is no
// such interface. Tests replace it.
var InterfaceName = func(index uint32) string {
	ifc, err := net.InterfaceByIndex(int(index))
	if err != nil {
		return ""
	}
	return ifc.Name
}

// scopeID prints sin6_scope_id: for a link-local address (fe80::/10, or
// multicast ff02::/16) an interface index, named when the host has it:
// if_nametoindex("lo"); otherwise a number.
func (d *Decoder) scopeID(ip [16]byte, id uint32) {
	linkLocal := ip[0] == 0xfe && ip[1]&0xc0 == 0x80 || ip[0] == 0xff && ip[1]&0xf == 2
	if linkLocal && id != 0 {
		if name := InterfaceName(id); name != "" {
			d.b = append(d.b, "if_nametoindex("...)
			d.quote([]byte(name), false)
			d.b = append(d.b, ')')
			return
		}
	}
	d.b = strconv.AppendUint(d.b, uint64(id), 10)
}

// sockaddrUnix prints sun_path: a NUL-terminated path, or for an abstract
// socket (leading NUL) the whole name with "@" as strace shows it, at most
// sizeof(sun_path) bytes either way and whatever -s says.
func (d *Decoder) sockaddrUnix(path []byte) {
	if len(path) == 0 {
		return
	}
	if len(path) > sunPathMax {
		path = path[:sunPathMax]
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

func init() {
	specials["getsockname"] = decodeSockname
	specials["getpeername"] = decodeSockname
}

// getsockname(fd, addr, addrlen) and getpeername: as strace's
// decode_sockname, the length is read at entry and again at exit, the
// address printed with the smaller of the two, and the length as
// [entry => exit] when the call changed it. Without an address, a length
// pointer or a readable length, both print as addresses at entry.
func decodeSockname(d *Decoder, exiting bool) bool {
	addr, lenp := d.ulong(d.c.Args[1]), d.ulong(d.c.Args[2])
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		b := d.scratch(4)
		if addr == 0 || lenp == 0 || !d.readQuiet(lenp, b) {
			d.ptr(addr)
			d.sep()
			d.ptr(lenp)
			return true
		}
		d.c.Saved[0] = uint64(le32(b))
		return false
	}
	ulen := int32(d.c.Saved[0])
	b := d.scratch(4)
	if d.c.Failed || !d.readQuiet(lenp, b) {
		d.ptr(addr)
		d.b = append(d.b, ", ["...)
		d.b = strconv.AppendInt(d.b, int64(ulen), 10)
		d.b = append(d.b, ']')
		return true
	}
	rlen := int32(le32(b))
	d.sockaddr(addr, int64(min(ulen, rlen)))
	d.b = append(d.b, ", ["...)
	if ulen != rlen {
		d.b = strconv.AppendInt(d.b, int64(ulen), 10)
		d.b = append(d.b, " => "...)
	}
	d.b = strconv.AppendInt(d.b, int64(rlen), 10)
	d.b = append(d.b, ']')
	return true
}
