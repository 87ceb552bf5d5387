package decode

import (
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders of the socket calls: socket and socketpair, recvfrom, the
// message calls (sendmsg, recvmsg, sendmmsg, recvmmsg) with their control
// messages, socket options, and i386's socketcall multiplexer. Socket
// addresses are sockaddr.go's; getsockname, getpeername and accept are
// decoded there.

func init() {
	specials.add(namedSpecial{"socket", decodeSocket})
	specials.add(namedSpecial{"socketpair", decodeSocketpair})
	specials.add(namedSpecial{"recvfrom", decodeRecvfrom})
	specials.add(namedSpecial{"sendmsg", decodeSendmsg})
	specials.add(namedSpecial{"recvmsg", decodeRecvmsg})
	specials.add(namedSpecial{"sendmmsg", decodeSendmmsg})
	specials.add(namedSpecial{"recvmmsg", decodeRecvmmsg})
	specials.add(namedSpecial{"recvmmsg_time64", decodeRecvmmsg})
	specials.add(namedSpecial{"setsockopt", decodeSetsockopt})
	specials.add(namedSpecial{"getsockopt", decodeGetsockopt})
	specials.add(namedSpecial{"socketcall", decodeSocketcall})
}

// socket(family, type, protocol): the type's base and flags, and the
// protocol named in the family's terms.
func decodeSocket(d *Decoder, exiting bool) bool {
	d.enum32(syscalls.AddressFamilies, d.c.Args[0])
	d.sep()
	d.socketType(uint32(d.c.Args[1]))
	d.sep()
	d.socketProtocol(d.ulong(d.c.Args[0]), d.c.Args[2])
	return true
}

// socketType prints socket's type as strace does: a known base type by
// name, then its flags; with an unknown base, the whole value as flags
// (SOCK_NONBLOCK|0x9, or 0x71000000 /* SOCK_??? */ with none known).
func (d *Decoder) socketType(t uint32) {
	if name := syscalls.SocketTypes.Lookup(uint64(t & 0xf)); name != "" {
		d.xlatName(uint64(t&0xf), name, false)
		t &^= 0xf
		if t == 0 {
			return
		}
		d.b = append(d.b, '|')
	}
	d.flags(syscalls.SocketFlags, uint64(t))
}

// socketProtocols are the protocol tables of the families whose
// protocols strace names with a plain lookup.
var socketProtocols = map[uint64]*syscalls.Values{
	afInet:      syscalls.IPProtocols,
	afInet6:     syscalls.IPProtocols,
	afNetlink:   syscalls.NetlinkProtocols,
	afIrda:      syscalls.IrdaProtocols,
	afCan:       syscalls.CanProtocols,
	afBluetooth: syscalls.BtProtocols,
	afRxrpc:     syscalls.AddressFamilies,
	afIsdn:      syscalls.IsdnProtocols,
	afPhonet:    syscalls.PhonetProtocols,
	afCaif:      syscalls.CaifProtocols,
	afNfc:       syscalls.NfcProtocols,
	afKcm:       syscalls.KcmProtocols,
	afSmc:       syscalls.SmcProtocols,
}

// socketProtocol prints socket's protocol for family (the whole register,
// as strace compares it): named for the families strace knows, in
// network order for AF_PACKET (htons(ETH_P_ALL)), in strace's verbose style
// for AF_AX25, else as a number.
func (d *Decoder) socketProtocol(family, proto uint64) {
	if vs, ok := socketProtocols[family]; ok {
		d.enum32(vs, proto)
		return
	}
	switch family {
	case afAX25:
		d.enumVerboseAlways(syscalls.AX25Protocols, d.ulong(proto), "AX25_P_???")
	case afPacket:
		d.b = append(d.b, "htons("...)
		p := uint16(proto)
		d.enum(syscalls.EthernetProtocols, uint64(p>>8|p<<8))
		d.b = append(d.b, ')')
	default:
		d.b = strconv.AppendUint(d.b, d.ulong(proto), 10)
	}
}

// socketpair(family, type, protocol, sv): the pair at exit.
func decodeSocketpair(d *Decoder, exiting bool) bool {
	if !exiting {
		d.enum32(syscalls.AddressFamilies, d.c.Args[0])
		d.sep()
		d.socketType(uint32(d.c.Args[1]))
		d.sep()
		d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[2]), 10)
		d.sep()
		return false
	}
	if d.c.Failed {
		d.ptr(d.c.Args[3])
	} else {
		d.intPair(d.ulong(d.c.Args[3]))
	}
	return true
}

// socklenAt reads the int a socklen_t pointer points to.
func (d *Decoder) socklenAt(addr, lenp uint64) (int32, bool) {
	b := d.scratch(4)
	if addr == 0 || lenp == 0 || !d.readQuiet(lenp, b) {
		return 0, false
	}
	return int32(le32(b)), true
}

// recvfrom(fd, buf, len, flags, addr, addrlen): the length is read at entry
// and at exit, as getsockname's is.
func decodeRecvfrom(d *Decoder, exiting bool) bool {
	addr, lenp := d.ulong(d.c.Args[4]), d.ulong(d.c.Args[5])
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		ulen, _ := d.socklenAt(addr, lenp)
		d.c.Saved[0] = uint64(uint32(ulen))
		return false
	}
	if d.c.Failed {
		d.ptr(d.c.Args[1])
	} else {
		d.buffer(d.ulong(d.c.Args[1]), min(uint64(d.c.Ret), d.ulong(d.c.Args[2])))
	}
	d.sep()
	d.b = strconv.AppendUint(d.b, d.ulong(d.c.Args[2]), 10)
	d.sep()
	d.flags(syscalls.MsgFlags, uint64(uint32(d.c.Args[3])))
	d.sep()
	ulen := int32(d.c.Saved[0])
	rlen, ok := d.socklenAt(addr, lenp)
	switch {
	case !ok:
		d.ptr(addr)
		d.sep()
		d.ptr(lenp)
	case d.c.Failed:
		d.ptr(addr)
		d.b = append(d.b, ", ["...)
		d.b = strconv.AppendInt(d.b, int64(ulen), 10)
		d.b = append(d.b, ']')
	default:
		d.sockaddr(addr, int64(min(ulen, rlen)))
		d.b = append(d.b, ", ["...)
		d.valueResult(int64(ulen), int64(rlen))
		d.b = append(d.b, ']')
	}
	return true
}

// msghdr is struct msghdr, read in the call's ABI.
type msghdr struct {
	name       uint64
	namelen    uint32
	iov        uint64
	iovlen     uint64
	control    uint64
	controllen uint64
	flags      uint32
}

// msghdrSize is sizeof(struct msghdr) in the call's ABI.
func (d *Decoder) msghdrSize() int {
	if d.c.ABI.PointerSize() == 4 {
		return 28
	}
	return 56
}

// parseMsghdr decodes a struct msghdr from b (msghdrSize bytes).
func (d *Decoder) parseMsghdr(b []byte) msghdr {
	if d.c.ABI.PointerSize() == 4 {
		return msghdr{name: uint64(le32(b)), namelen: le32(b[4:]), iov: uint64(le32(b[8:])), iovlen: uint64(le32(b[12:])),
			control: uint64(le32(b[16:])), controllen: uint64(le32(b[20:])), flags: le32(b[24:])}
	}
	return msghdr{name: le64(b), namelen: le32(b[8:]), iov: le64(b[16:]), iovlen: le64(b[24:]),
		control: le64(b[32:]), controllen: le64(b[40:]), flags: le32(b[48:])}
}

// fetchMsghdr reads the struct msghdr at addr.
func (d *Decoder) fetchMsghdr(addr uint64) (msghdr, bool) {
	b := d.scratch(d.msghdrSize())
	if addr == 0 || !d.readQuiet(addr, b) {
		return msghdr{}, false
	}
	return d.parseMsghdr(b), true
}

// noLimit is strace's (kernel_ulong_t) -1 data size: iovec buffers shown
// in full (up to -s).
const noLimit = ^uint64(0)

// msghdrAt prints the struct msghdr at addr, or its address when it cannot
// be read.
func (d *Decoder) msghdrAt(addr uint64, userNamelen int32, haveUser bool, dataSize uint64) {
	m, ok := d.fetchMsghdr(d.ulong(addr))
	if !ok {
		d.ptr(addr)
		return
	}
	d.msghdr(&m, userNamelen, haveUser, dataSize)
}

// msghdr prints a struct msghdr as strace's print_struct_msghdr: the
// address by the smaller of its length and the one the caller gave
// (msg_namelen as [given => returned] when they differ), the iovec
// buffers up to dataSize bytes in all, the control messages.
func (d *Decoder) msghdr(m *msghdr, userNamelen int32, haveUser bool, dataSize uint64) {
	namelen := int32(m.namelen)
	if haveUser && namelen > userNamelen {
		namelen = userNamelen
	}
	d.b = append(d.b, "{msg_name="...)
	d.sockaddr(m.name, int64(namelen))
	d.b = append(d.b, ", msg_namelen="...)
	before := int64(int32(m.namelen))
	if haveUser {
		before = int64(userNamelen)
	}
	d.valueResult(before, int64(int32(m.namelen)))
	d.b = append(d.b, ", msg_iov="...)
	d.iovUpto(m.iov, m.iovlen, dataSize, false)
	d.b = append(d.b, ", msg_iovlen="...)
	d.b = strconv.AppendUint(d.b, m.iovlen, 10)
	if m.controllen != 0 {
		d.b = append(d.b, ", msg_control="...)
		d.msgControl(m.control, m.controllen)
	}
	d.b = append(d.b, ", msg_controllen="...)
	d.b = strconv.AppendUint(d.b, m.controllen, 10)
	d.b = append(d.b, ", msg_flags="...)
	d.flags(syscalls.MsgFlags, uint64(m.flags))
	d.b = append(d.b, '}')
}

// iovUpto prints n struct iovec at addr as strace's tprint_iov_upto: each
// buffer's contents, dataSize bytes in all (noLimit for all of them), or
// only their addresses when addrsOnly.
func (d *Decoder) iovUpto(addr, n, dataSize uint64, addrsOnly bool) {
	ps := uint64(d.c.ABI.PointerSize())
	left := dataSize
	d.arrayOf(d.ulong(addr), n, 2*ps, func(e []byte) {
		base := d.pointerAt(e[:ps])
		length := d.pointerAt(e[ps : 2*ps])
		d.b = append(d.b, "{iov_base="...)
		if addrsOnly {
			d.ptr(base)
		} else {
			show := min(length, left)
			if dataSize != noLimit {
				left -= show
			}
			d.buffer(base, show)
		}
		d.b = append(d.b, ", iov_len="...)
		d.b = strconv.AppendUint(d.b, length, 10)
		d.b = append(d.b, '}')
	})
}

// optmemMax is the most control message data strace reads, the host's
// /proc/sys/net/core/optmem_max rounded up to 8 (strace's default when it
// cannot read it is 8*(2*1024+512)). It is read at the first control
// message, not at every start.
var optmemMax = sync.OnceValue(func() uint64 {
	n, ok := netReadProcInt("/proc/sys/net/core/optmem_max")
	if !ok || n <= 0 {
		return 8 * (2*1024 + 512)
	}
	return (uint64(n) + 7) &^ 7
})

// Levels and types of the control messages strace decodes.
const (
	solIP     = 0
	solSocket = 1

	scmRights      = 1
	scmCredentials = 2
	scmSecurity    = 3

	soTimestampOld    = 29
	soTimestampNSOld  = 35
	soTimestampingOld = 37
	soTimestampNew    = 63
	soTimestampNSNew  = 64
	soTimestampingNew = 65

	ipTOS         = 1
	ipTTL         = 2
	ipRecvOpts    = 6
	ipRetOpts     = 7
	ipPktinfo     = 8
	ipRecvErr     = 11
	ipOrigDstAddr = 20
	ipChecksum    = 23
)

// msgControl prints control messages (cmsghdr, data) as strace's
// decode_msg_control: the whole buffer (at most optmemMax bytes) must be
// readable, or its address prints.
func (d *Decoder) msgControl(addr, inLen uint64) {
	addr = d.ulong(addr)
	ps := uint64(d.c.ABI.PointerSize())
	hdr := 2*ps + 4 // cmsg_len (size_t), cmsg_level, cmsg_type
	if ps == 8 {
		hdr = 16
	}
	controlLen := min(inLen, optmemMax())
	if controlLen < hdr || addr == 0 || !d.readableRange(addr, controlLen) {
		d.ptr(addr)
		return
	}
	bufLen := controlLen
	p := addr
	d.b = append(d.b, '[')
	h := d.scratch(int(hdr))
	for bufLen >= hdr {
		d.Mem.Read(p, h)
		cmsgLen := d.pointerAt(h[:ps])
		level := int32(le32(h[ps:]))
		typ := int32(le32(h[ps+4:]))
		if p != addr {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, "{cmsg_len="...)
		d.b = strconv.AppendUint(d.b, cmsgLen, 10)
		d.b = append(d.b, ", cmsg_level="...)
		d.enumDflt(syscalls.SocketLevels, uint64(uint32(level)), "SOL_???")
		d.b = append(d.b, ", cmsg_type="...)
		n := min(cmsgLen, bufLen)
		dataLen := uint64(0)
		if n > hdr {
			dataLen = n - hdr
		}
		d.cmsgData(level, typ, p+hdr, dataLen)
		d.b = append(d.b, '}')
		if n < hdr {
			bufLen -= hdr
			break
		}
		n = (cmsgLen + ps - 1) &^ (ps - 1)
		if n >= bufLen {
			bufLen = 0
			break
		}
		p += n
		bufLen -= n
		h = d.scratch(int(hdr))
	}
	if bufLen != 0 {
		d.b = append(d.b, ", ... /* "...)
		d.ptr(addr + (controlLen - bufLen))
		d.b = append(d.b, " */"...)
	} else if controlLen < inLen {
		d.b = append(d.b, ", ..."...)
	}
	d.b = append(d.b, ']')
}

// readableRange reports whether all of [addr, addr+n) can be read.
func (d *Decoder) readableRange(addr, n uint64) bool {
	if addr+n < addr {
		return false
	}
	chunk := uint64(len(d.buf))
	for off := uint64(0); off < n; off += chunk {
		m := min(chunk, n-off)
		if got, err := d.Mem.Read(addr+off, d.buf[:m]); err != nil || uint64(got) != m {
			return false
		}
	}
	return true
}

// cmsgData prints a control message's type and, for the types strace
// decodes with enough data, ", cmsg_data=...".
func (d *Decoder) cmsgData(level, typ int32, data, n uint64) {
	utyp := uint32(typ)
	switch level {
	case solSocket:
		d.enum32(syscalls.ScmTypes, uint64(utyp))
		if need := scmMinLen(utyp); need == 0 || n < need {
			return
		}
		d.b = append(d.b, ", cmsg_data="...)
		switch utyp {
		case scmRights:
			d.cmsgInts(data, n/4, func(b []byte) { d.fd(uint64(le32(b))) })
		case scmCredentials:
			b := d.scratch(12)
			d.Mem.Read(data, b)
			d.b = append(d.b, "{pid="...)
			d.b = strconv.AppendInt(d.b, int64(int32(le32(b))), 10)
			d.b = append(d.b, ", uid="...)
			d.id(le32(b[4:]))
			d.b = append(d.b, ", gid="...)
			d.id(le32(b[8:]))
			d.b = append(d.b, '}')
		case scmSecurity:
			d.cmsgString(data, n)
		case soTimestampOld:
			d.cmsgTimes(data, n, 1, d.c.ABI.PointerSize(), false, false)
		case soTimestampNSOld:
			d.cmsgTimes(data, n, 1, d.c.ABI.PointerSize(), true, false)
		case soTimestampingOld:
			d.cmsgTimes(data, n, 3, d.c.ABI.PointerSize(), true, true)
		case soTimestampNew:
			d.cmsgTimes(data, n, 1, 8, false, false)
		case soTimestampNSNew:
			d.cmsgTimes(data, n, 1, 8, true, false)
		case soTimestampingNew:
			d.cmsgTimes(data, n, 3, 8, true, true)
		}
	case solIP:
		d.enum32(syscalls.IPCmsgTypes, uint64(utyp))
		if need := ipCmsgMinLen(utyp); need == 0 || n < need {
			return
		}
		d.b = append(d.b, ", cmsg_data="...)
		switch utyp {
		case ipPktinfo:
			b := d.scratch(12)
			d.Mem.Read(data, b)
			d.b = append(d.b, "{ipi_ifindex="...)
			d.netIfindex(le32(b))
			d.b = append(d.b, ", "...)
			d.inetAddr("ipi_spec_dst", b[4:])
			d.b = append(d.b, ", "...)
			d.inetAddr("ipi_addr", b[8:])
			d.b = append(d.b, '}')
		case ipTTL, ipChecksum:
			d.cmsgInts(data, n/4, func(b []byte) { d.b = strconv.AppendUint(d.b, uint64(le32(b)), 10) })
		case ipTOS, ipRecvOpts, ipRetOpts:
			d.cmsgBytes(data, n)
		case ipRecvErr:
			b := d.scratch(16)
			d.Mem.Read(data, b)
			d.b = append(d.b, "{ee_errno="...)
			d.b = strconv.AppendUint(d.b, uint64(le32(b)), 10)
			for i, name := range [...]string{"ee_origin", "ee_type", "ee_code"} {
				d.fieldU(name, uint64(b[4+i]), false)
			}
			d.fieldU("ee_info", uint64(le32(b[8:])), false)
			d.fieldU("ee_data", uint64(le32(b[12:])), false)
			d.b = append(d.b, ", offender="...)
			d.sockaddrFrom(data+16, 16)
			d.b = append(d.b, '}')
		case ipOrigDstAddr:
			d.sockaddrFrom(data, min(n, sockaddrMax))
		case scmSecurity:
			d.cmsgString(data, n)
		}
	default:
		d.hex(uint64(utyp))
	}
}

// enumDflt is enum with another unknown comment than the table's: strace
// names cmsg_level with its socket level table but SOL_??? for the rest.
func (d *Decoder) enumDflt(vs *syscalls.Values, v uint64, dflt string) {
	d.named(v, numHex, vs.Lookup(v), dflt)
}

// scmMinLen is how much data a SOL_SOCKET control message of type typ
// needs for strace to decode it; 0 for the types it does not decode.
func scmMinLen(typ uint32) uint64 {
	switch typ {
	case scmRights:
		return 4
	case scmCredentials:
		return 12
	case scmSecurity, soTimestampOld, soTimestampNSOld, soTimestampingOld, soTimestampNew, soTimestampNSNew, soTimestampingNew:
		return 1
	}
	return 0
}

// ipCmsgMinLen is scmMinLen for SOL_IP control messages.
func ipCmsgMinLen(typ uint32) uint64 {
	switch typ {
	case ipPktinfo:
		return 12
	case ipTTL, ipChecksum:
		return 4
	case ipTOS, ipRecvOpts, ipRetOpts, scmSecurity:
		return 1
	case ipRecvErr:
		return 32
	case ipOrigDstAddr:
		return 16
	}
	return 0
}

// sockaddrFrom prints a socket address of size bytes (readable, at most
// sockaddrMax) that is part of a larger struct.
func (d *Decoder) sockaddrFrom(addr, size uint64) {
	b := d.buf[:sockaddrMax+1]
	d.Mem.Read(addr, b[:size])
	clear(b[size:])
	d.sockaddrData(b, int(size))
}

// cmsgInts prints n 4-byte elements of control message data (known to be
// readable) as strace's print_local_array.
func (d *Decoder) cmsgInts(addr, n uint64, elem func(b []byte)) {
	d.netArray(addr, n, 4, elem)
}

// cmsgBytes prints control message bytes as an array of hex numbers.
func (d *Decoder) cmsgBytes(addr, n uint64) {
	d.netArray(addr, n, 1, func(b []byte) { d.hex(uint64(b[0])) })
}

// netArray prints n elements of size bytes at addr (readable) as strace's
// print_local_array: at most -s of them, then "...", unless -v.
func (d *Decoder) netArray(addr, n, size uint64, elem func(b []byte)) {
	e := d.scratch(int(size))
	d.localArray(int(n), func(i int) {
		d.Mem.Read(addr+uint64(i)*size, e)
		elem(e)
	})
}

// cmsgString prints control message data (readable) as a quoted string
// of all its bytes, whatever -s says (strace's print_quoted_string).
func (d *Decoder) cmsgString(addr, n uint64) {
	hex := d.Opts.Hex >= 2
	if d.Opts.Hex == 1 && !hex {
		for off := uint64(0); off < n && !hex; off += uint64(len(d.buf)) {
			m := min(uint64(len(d.buf)), n-off)
			d.Mem.Read(addr+off, d.buf[:m])
			hex = needsHex(d.buf[:m])
		}
	}
	d.b = append(d.b, '"')
	chunk := uint64(len(d.buf)) - 1
	for off := uint64(0); off < n; off += chunk {
		m := min(chunk, n-off)
		extra := uint64(0)
		if off+m < n {
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
}

// cmsgTimes prints count timevals or timespecs (nsec) of word-byte fields
// from control message data of n bytes: ??? when there are too few, an
// array when array.
func (d *Decoder) cmsgTimes(addr, n uint64, count, word int, nsec, array bool) {
	size := uint64(2 * word)
	if n < size*uint64(count) {
		d.b = append(d.b, "???"...)
		return
	}
	if array {
		d.b = append(d.b, '[')
	}
	b := d.scratch(int(size))
	for i := 0; i < count; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.Mem.Read(addr+uint64(i)*size, b)
		var sec int64
		var frac uint64
		if word == 4 {
			sec, frac = int64(int32(le32(b))), uint64(le32(b[4:]))
		} else {
			sec, frac = int64(le64(b)), le64(b[8:])
		}
		d.b = append(d.b, "{tv_sec="...)
		d.b = strconv.AppendInt(d.b, sec, 10)
		if nsec {
			d.b = append(d.b, ", tv_nsec="...)
		} else {
			d.b = append(d.b, ", tv_usec="...)
		}
		d.b = strconv.AppendUint(d.b, frac, 10)
		d.b = append(d.b, '}')
	}
	if array {
		d.b = append(d.b, ']')
	}
}

// sendmsg(fd, msg, flags), all at entry.
func decodeSendmsg(d *Decoder, exiting bool) bool {
	d.fd(d.c.Args[0])
	d.sep()
	d.msghdrAt(d.c.Args[1], 0, false, noLimit)
	d.sep()
	d.flags(syscalls.MsgFlags, uint64(uint32(d.c.Args[2])))
	return true
}

// recvmsg(fd, msg, flags): the message at exit, shown with as much iovec
// data as the call returned, and msg_namelen as given => returned; when the
// message cannot be read at entry, its address and the flags at entry.
func decodeRecvmsg(d *Decoder, exiting bool) bool {
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		if m, ok := d.fetchMsghdr(d.ulong(d.c.Args[1])); ok {
			d.c.Saved[0] = uint64(m.namelen)
			return false
		}
		d.ptr(d.c.Args[1])
		d.sep()
		d.flags(syscalls.MsgFlags, uint64(uint32(d.c.Args[2])))
		return true
	}
	namelen := int32(d.c.Saved[0])
	if d.c.Failed {
		d.b = append(d.b, "{msg_namelen="...)
		d.b = strconv.AppendInt(d.b, int64(namelen), 10)
		d.b = append(d.b, '}')
	} else {
		d.msghdrAt(d.c.Args[1], namelen, true, uint64(d.c.Ret))
	}
	d.sep()
	d.flags(syscalls.MsgFlags, uint64(uint32(d.c.Args[2])))
	return true
}

// iovMax is IOV_MAX: strace shows no more messages of a vector than that.
const iovMax = 1024

// mmsghdrSize is sizeof(struct mmsghdr) in the call's ABI.
func (d *Decoder) mmsghdrSize() uint64 {
	if d.c.ABI.PointerSize() == 4 {
		return 32
	}
	return 64
}

// mmsgvec prints vlen struct mmsghdr at addr as strace's decode_mmsgvec:
// at most count messages (then "..."), msg_len for the first lenCount of
// them, each message's iovec data limited to its msg_len when useLen.
// Failed calls print the address (fetchFailed).
func (d *Decoder) mmsgvec(addr uint64, vlen uint32, lenCount, count uint32, useLen, fetchFailed bool, user []int32) {
	addr = d.ulong(addr)
	size := d.mmsghdrSize()
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	if vlen == 0 {
		d.b = append(d.b, "[]"...)
		return
	}
	if addr+uint64(vlen)*size <= addr || fetchFailed {
		d.ptr(addr)
		return
	}
	limit := uint64(vlen)
	if !d.Opts.Verbose && uint64(d.Opts.StringLimit) < limit {
		limit = uint64(d.Opts.StringLimit)
	}
	hs := d.msghdrSize()
	for i := uint64(0); i < uint64(vlen); i++ {
		at := addr + i*size
		e := d.scratch(int(size))
		if !d.readQuiet(at, e) {
			if i == 0 {
				d.ptr(addr)
				return
			}
			d.b = append(d.b, ", ... /* "...)
			d.ptr(at)
			d.b = append(d.b, " */"...)
			break
		}
		m := d.parseMsghdr(e[:hs])
		msgLen := le32(e[hs:])
		if i == 0 {
			d.b = append(d.b, '[')
		} else {
			d.b = append(d.b, ", "...)
		}
		if i >= limit || i >= maxArray {
			d.b = append(d.b, "..."...)
			break
		}
		if count == 0 {
			d.b = append(d.b, "..."...)
			break
		}
		count--
		dataSize := noLimit
		if useLen {
			dataSize = uint64(msgLen)
		}
		d.b = append(d.b, "{msg_hdr="...)
		if i < uint64(len(user)) {
			d.msghdr(&m, user[i], true, dataSize)
		} else {
			d.msghdr(&m, 0, false, dataSize)
		}
		if lenCount > 0 {
			d.b = append(d.b, ", msg_len="...)
			d.b = strconv.AppendUint(d.b, uint64(msgLen), 10)
			lenCount--
		}
		d.b = append(d.b, '}')
	}
	d.b = append(d.b, ']')
}

// sendmmsg(fd, msgvec, vlen, flags): the vector at exit, with msg_len for
// the messages sent.
func decodeSendmmsg(d *Decoder, exiting bool) bool {
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		return false
	}
	lenCount := uint32(0)
	if !d.c.Failed {
		lenCount = uint32(d.c.Ret)
	}
	d.mmsgvec(d.c.Args[1], uint32(d.c.Args[2]), lenCount, iovMax, false, false, nil)
	d.sep()
	d.b = strconv.AppendUint(d.b, uint64(uint32(d.c.Args[2])), 10)
	d.sep()
	d.flags(syscalls.MsgFlags, uint64(uint32(d.c.Args[3])))
	return true
}

// Call.Resume values recvmmsg's decoder keeps between entry and exit: how
// its timeout was at entry (Call.Saved holds it when read).
const (
	timeoutNull = iota + 1
	timeoutUnreadable
	timeoutRead
)

// mmsgNamelens keeps, for each recvmmsg in progress, the msg_namelen its
// messages had at entry: strace shows them as given => returned. Call.Saved
// has no room for them; the tracer keeps a call's Call where it is from
// entry to exit.
var mmsgNamelens = struct {
	sync.Mutex
	m map[*syscalls.Call][]int32
}{m: map[*syscalls.Call][]int32{}}

// saveNamelens reads the msg_namelen of the (at most IOV_MAX) messages of
// recvmmsg's vector that can be read at entry.
func (d *Decoder) saveNamelens() {
	vlen := min(uint32(d.c.Args[2]), iovMax)
	size := d.mmsghdrSize()
	base := d.ulong(d.c.Args[1])
	var lens []int32
	e := d.scratch(int(size))
	for i := uint32(0); i < vlen && base != 0 && d.readQuiet(base+uint64(i)*size, e); i++ {
		lens = append(lens, int32(le32(e[d.c.ABI.PointerSize():])))
	}
	mmsgNamelens.Lock()
	// A call that never returned (its thread died in it) leaves its
	// entry behind: keep the table small, whatever it forgets.
	for k := range mmsgNamelens.m {
		if len(mmsgNamelens.m) < mmsgNamelensMax {
			break
		}
		delete(mmsgNamelens.m, k)
	}
	mmsgNamelens.m[d.c] = lens
	mmsgNamelens.Unlock()
}

// mmsgNamelensMax bounds the recvmmsg calls in progress whose messages'
// msg_namelen are kept.
const mmsgNamelensMax = 256

// takeNamelens returns what saveNamelens kept for the call, and forgets
// it; ok is false when it kept nothing.
func (d *Decoder) takeNamelens() (lens []int32, ok bool) {
	mmsgNamelens.Lock()
	lens, ok = mmsgNamelens.m[d.c]
	delete(mmsgNamelens.m, d.c)
	mmsgNamelens.Unlock()
	return lens, ok
}

// recvmmsg(fd, msgvec, vlen, flags, timeout): the vector at exit, as many
// messages as received, msg_namelen as given => returned; the timeout as it
// was at entry, and the time left after the return value.
func decodeRecvmmsg(d *Decoder, exiting bool) bool {
	time64 := d.c.Sys.Name == "recvmmsg_time64" || d.c.ABI.PointerSize() == 8
	tsAddr := d.ulong(d.c.Args[4])
	if !exiting {
		d.fd(d.c.Args[0])
		d.sep()
		switch sec, nsec, ok := d.timespecRead(tsAddr, time64); {
		case tsAddr == 0:
			d.c.Resume = timeoutNull
		case !ok:
			d.c.Resume = timeoutUnreadable
		default:
			d.c.Resume = timeoutRead
			d.c.Saved[0], d.c.Saved[1] = uint64(sec), nsec
		}
		d.saveNamelens()
		return false
	}
	// The messages that could be read at entry bound the ones shown.
	user, ok := d.takeNamelens()
	if !ok {
		// Not seen at entry: read them again (the kernel changes
		// msg_namelen, not what can be read).
		d.saveNamelens()
		user, _ = d.takeNamelens()
	}
	rval := uint32(d.c.Ret)
	d.mmsgvec(d.c.Args[1], rval, rval, uint32(len(user)), true, d.c.Failed, user)
	d.sep()
	d.b = strconv.AppendUint(d.b, uint64(uint32(d.c.Args[2])), 10)
	d.sep()
	d.flags(syscalls.MsgFlags, uint64(uint32(d.c.Args[3])))
	d.sep()
	switch d.c.Resume {
	case timeoutRead:
		d.timespecText(int64(d.c.Saved[0]), d.c.Saved[1])
	default:
		d.ptr(tsAddr)
	}
	if d.c.Failed {
		return true
	}
	if d.c.Ret == 0 {
		d.retNote = append(d.retNote, "(Timeout)"...)
		return true
	}
	if tsAddr == 0 {
		return true
	}
	saved := d.b
	d.b = append(d.retNote, "(left "...)
	if sec, nsec, ok := d.timespecRead(tsAddr, time64); ok {
		d.timespecText(sec, nsec)
	} else {
		d.ptr(tsAddr)
	}
	d.retNote = append(d.b, ')')
	d.b = saved
	return true
}

// timespecRead reads a struct timespec: 64-bit fields, or the ABI's longs
// for a time32 call.
func (d *Decoder) timespecRead(addr uint64, time64 bool) (sec int64, nsec uint64, ok bool) {
	if addr == 0 {
		return 0, 0, false
	}
	if time64 {
		b := d.scratch(16)
		if !d.readQuiet(addr, b) {
			return 0, 0, false
		}
		return int64(le64(b)), le64(b[8:]), true
	}
	b := d.scratch(8)
	if !d.readQuiet(addr, b) {
		return 0, 0, false
	}
	return int64(int32(le32(b))), uint64(le32(b[4:])), true
}

// timespecText prints {tv_sec=1, tv_nsec=2}.
func (d *Decoder) timespecText(sec int64, nsec uint64) {
	d.b = append(d.b, "{tv_sec="...)
	d.b = strconv.AppendInt(d.b, sec, 10)
	d.b = append(d.b, ", tv_nsec="...)
	d.b = strconv.AppendUint(d.b, nsec, 10)
	d.b = append(d.b, '}')
}

// netReadProcInt reads a number from a /proc file of the tracer's host.
func netReadProcInt(path string) (int64, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	return n, err == nil
}

// Socket option levels strace decodes names or values of.
const (
	solTCP       = 6
	solUDP       = 17
	solIPv6      = 41
	solCanRaw    = 101
	solSCTP      = 132
	solRaw       = 255
	solIPX       = 256
	solAX25      = 257
	solPacket    = 263
	solIrda      = 266
	solLLC       = 268
	solDCCP      = 269
	solNetlink   = 270
	solTIPC      = 271
	solRxrpc     = 272
	solPPPOL2TP  = 273
	solBluetooth = 274
	solPnpipe    = 275
	solRDS       = 276
	solIUCV      = 277
	solCAIF      = 278
	solALG       = 279
	solNFC       = 280
	solKCM       = 281
	solTLS       = 282
	solXDP       = 283
)

// sockoptNames are the option name tables of the levels with a single
// table (SOL_SOCKET, SOL_IP and SOL_IPV6 have one more for getsockopt or
// setsockopt). AF_VSOCK is a level for vsock sockets.
var sockoptNames = map[uint32]*syscalls.Values{
	afVsock:      syscalls.VsockOptions,
	solIPX:       syscalls.IPXOptions,
	solAX25:      syscalls.AX25Options,
	solPacket:    syscalls.PacketOptions,
	solTCP:       syscalls.TCPOptions,
	solCanRaw:    syscalls.CanRawOptions,
	solSCTP:      syscalls.SCTPOptions,
	solRaw:       syscalls.RawOptions,
	solNetlink:   syscalls.NetlinkOptions,
	solUDP:       syscalls.UDPOptions,
	solIrda:      syscalls.IrdaOptions,
	solLLC:       syscalls.LLCOptions,
	solDCCP:      syscalls.DCCPOptions,
	solTIPC:      syscalls.TIPCOptions,
	solRxrpc:     syscalls.RxrpcOptions,
	solPPPOL2TP:  syscalls.PPPOL2TPOptions,
	solBluetooth: syscalls.BluetoothOptions,
	solPnpipe:    syscalls.PnpipeOptions,
	solRDS:       syscalls.RDSOptions,
	solIUCV:      syscalls.IUCVOptions,
	solCAIF:      syscalls.CAIFOptions,
	solALG:       syscalls.ALGOptions,
	solNFC:       syscalls.NFCLLCPOptions,
	solKCM:       syscalls.KCMOptions,
	solTLS:       syscalls.TLSOptions,
	solXDP:       syscalls.XDPOptions,
}

// sockoptHead prints the descriptor, level and option name of getsockopt
// and setsockopt, and the separator after them.
func (d *Decoder) sockoptHead(level, name uint32, get bool) {
	d.fd(d.c.Args[0])
	d.sep()
	d.enum(syscalls.SocketLevels, uint64(level))
	d.sep()
	var first, second *syscalls.Values
	switch level {
	case solSocket:
		first, second = syscalls.SocketOptions, syscalls.SetsockoptOptions
		if get {
			second = syscalls.GetsockoptOptions
		}
	case solIP:
		first, second = syscalls.IPOptions, syscalls.SetsockoptIPOptions
		if get {
			second = syscalls.GetsockoptIPOptions
		}
	case solIPv6:
		first, second = syscalls.IPv6Options, syscalls.SetsockoptIPv6Options
		if get {
			second = syscalls.GetsockoptIPv6Options
		}
	default:
		first = sockoptNames[level]
	}
	switch {
	case first == nil:
		d.b = strconv.AppendUint(d.b, uint64(name), 10)
	case first.Lookup(uint64(name)) == "" && second != nil && second.Lookup(uint64(name)) != "":
		d.enum(second, uint64(name))
	default:
		d.enum(first, uint64(name))
	}
	d.sep()
}

// SOL_SOCKET options whose values strace decodes.
const (
	soError               = 4
	soLinger              = 13
	soPeercred            = 17
	soAttachFilter        = 26
	soAttachReuseportCBPF = 51
	soTxrehash            = 74
)

// sockoptIsInt reports whether a SOL_SOCKET option is one strace shows
// as an int.
func sockoptIsInt(name uint32) bool {
	switch name {
	case 1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 27, 29, 30, 32, 33, 34, 35, 36, 37,
		40, 41, 42, 43, 44, 45, 46, 49, 53, 56, 60, 63, 64, 65, 68, 69, 70, 73, 75:
		return true
	}
	return false
}

// Option names with values of their own in other levels.
const (
	ipAddMembership     = 35
	ipDropMembership    = 36
	mcastJoinGroup      = 42
	mcastLeaveGroup     = 45
	ipv6AddMembership   = 20
	ipv6DropMembership  = 21
	ipv6JoinAnycast     = 27
	ipv6LeaveAnycast    = 28
	packetAddMembership = 1
	packetDropMember    = 2
	packetRxRing        = 5
	packetStatistics    = 6
	packetTxRing        = 13
	icmpFilter          = 1
	netlinkListMembers  = 9
)

// setsockopt(fd, level, optname, optval, optlen), all at entry.
func decodeSetsockopt(d *Decoder, exiting bool) bool {
	level, name := uint32(d.c.Args[1]), uint32(d.c.Args[2])
	d.sockoptHead(level, name, false)
	d.setsockoptVal(level, name, d.ulong(d.c.Args[3]), int32(d.c.Args[4]))
	d.sep()
	d.b = strconv.AppendInt(d.b, int64(int32(d.c.Args[4])), 10)
	return true
}

// netIntAt prints the int at addr as [5], or the address.
func (d *Decoder) netIntAt(addr uint64) {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	d.intAt(addr)
}

// setsockoptVal prints setsockopt's value as strace's print_setsockopt.
func (d *Decoder) setsockoptVal(level, name uint32, addr uint64, n int32) {
	if addr != 0 {
		switch level {
		case solSocket:
			switch {
			case name == soLinger:
				if n < 8 {
					d.ptr(addr)
				} else {
					d.netLinger(addr, 8)
				}
				return
			case name == soAttachFilter || name == soAttachReuseportCBPF:
				if uint32(n) == uint32(2*d.c.ABI.PointerSize()) {
					d.sockFprog(addr)
				} else {
					d.ptr(addr)
				}
				return
			case name == soTxrehash:
				d.txrehash(addr, n, false)
				return
			case sockoptIsInt(name):
				if n < 4 {
					d.ptr(addr)
				} else {
					d.intAt(addr)
				}
				return
			}
		case solIP:
			switch name {
			case ipAddMembership, ipDropMembership:
				b := d.scratch(8)
				if n < 8 {
					d.ptr(addr)
				} else if d.read(addr, b) {
					d.b = append(d.b, '{')
					d.inetAddr("imr_multiaddr", b)
					d.b = append(d.b, ", "...)
					d.inetAddr("imr_interface", b[4:])
					d.b = append(d.b, '}')
				}
				return
			case mcastJoinGroup, mcastLeaveGroup:
				d.groupReq(addr, n)
				return
			}
		case solIPv6:
			switch name {
			case ipv6AddMembership, ipv6DropMembership, ipv6JoinAnycast, ipv6LeaveAnycast:
				b := d.scratch(20)
				if n < 20 {
					d.ptr(addr)
				} else if d.read(addr, b) {
					d.b = append(d.b, '{')
					d.inet6Addr("ipv6mr_multiaddr", b)
					d.b = append(d.b, ", ipv6mr_interface="...)
					d.netIfindex(le32(b[16:]))
					d.b = append(d.b, '}')
				}
				return
			case mcastJoinGroup, mcastLeaveGroup:
				d.groupReq(addr, n)
				return
			}
		case solPacket:
			switch name {
			case packetRxRing, packetTxRing:
				b := d.scratch(16)
				if n != 16 || !d.readQuiet(addr, b) {
					d.ptr(addr)
					return
				}
				d.fieldU("{tp_block_size", uint64(le32(b)), true)
				d.fieldU("tp_block_nr", uint64(le32(b[4:])), false)
				d.fieldU("tp_frame_size", uint64(le32(b[8:])), false)
				d.fieldU("tp_frame_nr", uint64(le32(b[12:])), false)
				d.b = append(d.b, '}')
				return
			case packetAddMembership, packetDropMember:
				b := d.scratch(16)
				if n != 16 || !d.readQuiet(addr, b) {
					d.ptr(addr)
					return
				}
				d.b = append(d.b, "{mr_ifindex="...)
				d.netIfindex(le32(b))
				d.b = append(d.b, ", mr_type="...)
				d.enum(syscalls.PacketMreqTypes, uint64(saLE16(b[4:])))
				alen := saLE16(b[6:])
				d.fieldU("mr_alen", uint64(alen), false)
				d.b = append(d.b, ", mr_address="...)
				d.netMAC(b[8 : 8+min(alen, 8)])
				d.b = append(d.b, '}')
				return
			}
		case solRaw:
			if name == icmpFilter {
				d.icmpFilter(addr, n)
				return
			}
		case solNetlink:
			if n < 4 {
				d.ptr(addr)
			} else {
				d.intAt(addr)
			}
			return
		}
	}
	if n == 4 {
		d.netIntAt(addr)
	} else {
		d.buffer(addr, uint64(int64(n)))
	}
}

// netLinger prints struct linger, n of its 8 bytes (strace's
// MAYBE_PRINT_FIELD_LEN: a field cut short in hex).
func (d *Decoder) netLinger(addr uint64, n int) {
	b := d.scratch(8)
	if !d.read(addr, b[:n]) {
		return
	}
	d.b = append(d.b, '{')
	d.sizedFields(b[:n], []string{"l_onoff", "l_linger"}, func(v uint32) { d.b = strconv.AppendInt(d.b, int64(int32(v)), 10) })
	d.b = append(d.b, '}')
}

// sizedFields prints the 4-byte fields of a struct of which only len(b)
// bytes are known, as strace's MAYBE_PRINT_FIELD_LEN: whole fields with
// print, a partial one as its bytes in hex, none past the end.
func (d *Decoder) sizedFields(b []byte, names []string, print func(v uint32)) {
	for i, name := range names {
		start := 4 * i
		if len(b) <= start {
			break
		}
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, name...)
		d.b = append(d.b, '=')
		if len(b) >= start+4 {
			print(le32(b[start:]))
		} else {
			d.quote(b[start:], true)
		}
	}
}

// groupReq prints struct group_req (MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP).
func (d *Decoder) groupReq(addr uint64, n int32) {
	// An int, then a sockaddr_storage aligned as a long.
	off := d.c.ABI.PointerSize()
	size := off + sockaddrMax
	if n < int32(size) {
		d.ptr(addr)
		return
	}
	b := d.buf[:sockaddrMax+1]
	h := d.scratch(4)
	if !d.readQuiet(addr, h) || !d.readQuiet(addr+uint64(off), b[:sockaddrMax]) {
		d.ptr(addr)
		return
	}
	b[sockaddrMax] = 0
	d.b = append(d.b, "{gr_interface="...)
	d.netIfindex(le32(h))
	d.b = append(d.b, ", gr_group="...)
	d.sockaddrData(b, sockaddrMax)
	d.b = append(d.b, '}')
}

// txrehash prints SO_TXREHASH's value: [SOCK_TXREHASH_ENABLED].
func (d *Decoder) txrehash(addr uint64, n int32, exiting bool) {
	if n < 4 {
		if exiting {
			d.bufferHex(addr, uint64(int64(n)), true)
		} else {
			d.ptr(addr)
		}
		return
	}
	b := d.scratch(4)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, '[')
	d.enum(syscalls.TxrehashVals, uint64(int64(int32(le32(b)))))
	d.b = append(d.b, ']')
}

// icmpFilter prints ICMP_FILTER's mask as the ICMP types in it, or (with
// more than half of them set) ~ and the ones not in it.
func (d *Decoder) icmpFilter(addr uint64, n int32) {
	if n <= 0 {
		d.ptr(addr)
		return
	}
	n = min(n, 4)
	b := d.scratch(4)
	b[0], b[1], b[2], b[3] = 0xff, 0xff, 0xff, 0xff
	if !d.read(addr, b[:n]) {
		return
	}
	mask := le32(b)
	count := 0
	for m := mask; m != 0; m &= m - 1 {
		count++
	}
	if count > 16 {
		mask = ^mask
		d.b = append(d.b, '~')
	}
	d.b = append(d.b, '[')
	first := true
	for i := 0; i < 32; i++ {
		if mask&(1<<i) == 0 {
			continue
		}
		if !first {
			d.b = append(d.b, ' ')
		}
		first = false
		d.enum(syscalls.IcmpFilterTypes, uint64(i))
	}
	d.b = append(d.b, ']')
}

// sockFprog prints struct sock_fprog: {len=2, filter=0x...}; the
// instructions themselves strace shows with -v only.
func (d *Decoder) sockFprog(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(2 * ps)
	if !d.read(addr, b) {
		return
	}
	n := uint16(b[0]) | uint16(b[1])<<8
	d.b = append(d.b, "{len="...)
	d.b = strconv.AppendUint(d.b, uint64(n), 10)
	d.b = append(d.b, ", filter="...)
	d.sockFilter(d.pointerAt(b[ps:]), n)
	d.b = append(d.b, '}')
}

// sockFilter prints n classic BPF instructions of a socket filter at
// addr: by address unless -v, then as BPF_STMT and BPF_JUMP macros (at
// most BPF_MAXINSNS of them).
func (d *Decoder) sockFilter(addr uint64, n uint16) {
	addr = d.ulong(addr)
	if !d.Opts.Verbose || addr == 0 {
		d.ptr(addr)
		return
	}
	if n == 0 {
		d.b = append(d.b, "[]"...)
		return
	}
	for i := uint64(0); i < uint64(n); i++ {
		at := addr + 8*i
		e := d.scratch(8)
		if !d.readQuiet(at, e) {
			if i == 0 {
				d.ptr(addr)
				return
			}
			d.b = append(d.b, ", ... /* "...)
			d.ptr(at)
			d.b = append(d.b, " */"...)
			break
		}
		if i == 0 {
			d.b = append(d.b, '[')
		} else {
			d.b = append(d.b, ", "...)
		}
		if i >= bpfMaxInsns {
			d.b = append(d.b, "..."...)
			break
		}
		d.sockFilterInsn(e)
	}
	d.b = append(d.b, ']')
}

// bpfMaxInsns is BPF_MAXINSNS: strace shows no more instructions.
const bpfMaxInsns = 4096

// Offsets a socket filter's absolute loads may start from.
const (
	skfAdOff  = 0xfffff000 // SKF_AD_OFF
	skfNetOff = 0xfff00000 // SKF_NET_OFF
	skfLLOff  = 0xffe00000 // SKF_LL_OFF
)

// sockFilterInsn prints a classic BPF instruction of a socket filter:
// BPF_STMT(code, k) with loads from the special offsets named, or
// BPF_JUMP(code, k, jt, jf).
func (d *Decoder) sockFilterInsn(e []byte) {
	code := uint16(e[0]) | uint16(e[1])<<8
	jt, jf := e[2], e[3]
	k := le32(e[4:])
	if jt != 0 || jf != 0 {
		d.b = append(d.b, "BPF_JUMP("...)
		d.cbpfCode(code)
		for _, v := range [...]uint64{uint64(k), uint64(jt), uint64(jf)} {
			d.sep()
			d.hex(v)
		}
		d.b = append(d.b, ')')
		return
	}
	d.b = append(d.b, "BPF_STMT("...)
	d.cbpfCode(code)
	d.sep()
	const bpfAbs = 0x20
	switch {
	case code&7 != 0 || code&0xe0 != bpfAbs: // not BPF_LD|BPF_ABS
		d.hex(uint64(k))
	case k >= skfAdOff:
		d.xlatName(skfAdOff, "SKF_AD_OFF", false)
		d.b = append(d.b, '+')
		d.enum(syscalls.SkfAd, uint64(k-skfAdOff))
	case k >= skfNetOff:
		d.xlatName(skfNetOff, "SKF_NET_OFF", false)
		d.b = append(d.b, '+')
		d.b = strconv.AppendUint(d.b, uint64(k-skfNetOff), 10)
	case k >= skfLLOff:
		d.xlatName(skfLLOff, "SKF_LL_OFF", false)
		d.b = append(d.b, '+')
		d.b = strconv.AppendUint(d.b, uint64(k-skfLLOff), 10)
	default:
		d.hex(uint64(k))
	}
	d.b = append(d.b, ')')
}

// getsockopt(fd, level, optname, optval, optlen): the length is read at
// entry, the value printed at exit with the length the call returned.
func decodeGetsockopt(d *Decoder, exiting bool) bool {
	level, name := uint32(d.c.Args[1]), uint32(d.c.Args[2])
	optval, optlen := d.ulong(d.c.Args[3]), d.ulong(d.c.Args[4])
	if !exiting {
		d.sockoptHead(level, name, true)
		b := d.scratch(4)
		if optlen == 0 || !d.readQuiet(optlen, b) {
			d.ptr(optval)
			d.sep()
			d.ptr(optlen)
			return true
		}
		d.c.Saved[0] = uint64(le32(b))
		return false
	}
	ulen := int32(d.c.Saved[0])
	b := d.scratch(4)
	if d.c.Failed || !d.readQuiet(optlen, b) {
		d.ptr(optval)
		d.b = append(d.b, ", ["...)
		d.b = strconv.AppendInt(d.b, int64(ulen), 10)
		d.b = append(d.b, ']')
		return true
	}
	rlen := int32(le32(b))
	d.getsockoptVal(level, name, optval, ulen, rlen)
	d.b = append(d.b, ", ["...)
	d.valueResult(int64(ulen), int64(rlen))
	d.b = append(d.b, ']')
	return true
}

// getsockoptVal prints getsockopt's value as strace's print_getsockopt.
func (d *Decoder) getsockoptVal(level, name uint32, addr uint64, ulen, rlen int32) {
	if ulen <= 0 || rlen <= 0 {
		d.ptr(addr)
		return
	}
	if addr != 0 {
		switch level {
		case solSocket:
			switch {
			case name == soLinger:
				d.netLinger(addr, int(min(rlen, 8)))
				return
			case name == soPeercred:
				n := int(min(rlen, 12))
				b := d.scratch(12)
				if !d.read(addr, b[:n]) {
					return
				}
				d.b = append(d.b, '{')
				i := 0
				d.sizedFields(b[:n], []string{"pid", "uid", "gid"}, func(v uint32) {
					if i == 0 {
						d.b = strconv.AppendInt(d.b, int64(int32(v)), 10)
					} else {
						d.id(v)
					}
					i++
				})
				d.b = append(d.b, '}')
				return
			case name == soAttachFilter:
				if uint32(uint16(rlen)) == uint32(rlen) {
					d.sockFilter(addr, uint16(rlen))
				} else {
					d.ptr(addr)
				}
				return
			case name == soError:
				if rlen < 4 {
					d.bufferHex(addr, uint64(rlen), true)
					return
				}
				b := d.scratch(4)
				if !d.read(addr, b) {
					return
				}
				d.b = append(d.b, '[')
				e := uint64(le32(b))
				name := syscalls.ErrnoName(e)
				if name == "" || d.Opts.Xlat != XlatAbbrev {
					d.b = strconv.AppendUint(d.b, e, 10)
				}
				switch {
				case name == "" || d.Opts.Xlat == XlatRaw:
				case d.Opts.Xlat == XlatVerbose:
					d.xlatComment(name)
				default:
					d.b = append(d.b, name...)
				}
				d.b = append(d.b, ']')
				return
			case name == soTxrehash:
				d.txrehash(addr, rlen, true)
				return
			case sockoptIsInt(name):
				if rlen >= 4 {
					d.intAt(addr)
				} else {
					d.bufferHex(addr, uint64(rlen), true)
				}
				return
			}
		case solPacket:
			if name == packetStatistics {
				n := int(min(rlen, 12))
				b := d.scratch(12)
				if !d.read(addr, b[:n]) {
					return
				}
				d.b = append(d.b, '{')
				d.sizedFields(b[:n], []string{"tp_packets", "tp_drops", "tp_freeze_q_cnt"}, func(v uint32) {
					d.b = strconv.AppendUint(d.b, uint64(v), 10)
				})
				d.b = append(d.b, '}')
				return
			}
		case solRaw:
			if name == icmpFilter {
				d.icmpFilter(addr, rlen)
				return
			}
		case solNetlink:
			if name == netlinkListMembers {
				d.arrayOf(addr, uint64(uint32(min(ulen, rlen)))/4, 4, func(e []byte) {
					d.b = strconv.AppendUint(d.b, uint64(le32(e)), 10)
				})
			} else {
				d.intAt(addr)
			}
			return
		}
	}
	if rlen == 4 {
		d.netIntAt(addr)
	} else {
		d.buffer(addr, uint64(rlen))
	}
}

// socketSubcalls are i386 socketcall's calls, by number, and how many
// arguments each takes from socketcall's array.
var socketSubcalls = [...]struct {
	name  string
	nargs int
}{
	{}, {"socket", 3}, {"bind", 3}, {"connect", 3}, {"listen", 2}, {"accept", 3}, {"getsockname", 3},
	{"getpeername", 3}, {"socketpair", 4}, {"send", 4}, {"recv", 4}, {"sendto", 6}, {"recvfrom", 6},
	{"shutdown", 2}, {"setsockopt", 5}, {"getsockopt", 5}, {"sendmsg", 3}, {"recvmsg", 3},
	{"accept4", 4}, {"recvmmsg", 5}, {"sendmmsg", 4},
}

// socketcallNr is socketcall's number, i386's only.
const socketcallNr = 102

// socketSubcallSys are the table rows a socketcall is shown as, by call
// number, with the signatures of the calls of the same name. (Built at
// the first socketcall: the signatures may still be loading at init.)
var socketSubcallSys = sync.OnceValue(func() *[len(socketSubcalls)]syscalls.Syscall {
	var s [len(socketSubcalls)]syscalls.Syscall
	for i, sc := range socketSubcalls {
		if sc.name != "" {
			s[i] = syscalls.Syscall{Nr: socketcallNr, Name: sc.name, Sig: syscalls.SignatureOf(sc.name)}
		}
	}
	return &s
})

// socketcall(call, args): strace shows the call it stands for, with the
// arguments the array at args holds (32-bit words), as that call: a
// socketcall of SYS_SOCKET prints as socket(AF_INET, SOCK_STREAM,
// IPPROTO_TCP) = 3. The call's row and arguments are replaced by the
// subcall's for the rest of the call (its exit and return value), as
// strace does. An unknown call number, or an array it cannot read, prints
// as socketcall(SYS_BIND, 0x...).
func decodeSocketcall(d *Decoder, exiting bool) bool {
	call := int32(d.c.Args[0])
	if call >= 1 && int(call) < len(socketSubcalls) {
		sc := socketSubcalls[call]
		b := d.scratch(4 * sc.nargs)
		if d.readQuiet(d.ulong(d.c.Args[1]), b) {
			name := d.c.Sys.Name
			if n := len(d.b) - len(name) - 1; n >= 0 && string(d.b[n:]) == name+"(" {
				d.b = append(d.b[:n], sc.name...)
				d.b = append(d.b, '(')
			}
			d.c.Sys = &socketSubcallSys()[call]
			d.c.Args = [6]uint64{}
			for i := 0; i < sc.nargs; i++ {
				d.c.Args[i] = uint64(le32(b[4*i:]))
			}
			if fn := d.special(); fn != nil {
				return fn(d, false)
			}
			d.argsEntering()
			return d.c.Resume == doneMarker
		}
	}
	d.enum(syscalls.SocketCalls, uint64(int64(call)))
	d.sep()
	d.ptr(d.c.Args[1])
	return true
}
