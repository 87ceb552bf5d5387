package decode

import (
	"net"
	"net/netip"
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Address families whose addresses, protocols or options are printed field
// by field.
const (
	afUnix       = 1
	afInet       = 2
	afAX25       = 3
	afIPX        = 4
	afX25        = 9
	afInet6      = 10
	afNetlink    = 16
	afPacket     = 17
	afIrda       = 23
	afCan        = 29
	afBluetooth  = 31
	afRxrpc      = 33
	afIsdn       = 34
	afPhonet     = 35
	afIEEE802154 = 36
	afCaif       = 37
	afAlg        = 38
	afNfc        = 39
	afVsock      = 40
	afKcm        = 41
	afQrtr       = 42
	afSmc        = 43
	afXdp        = 44
	afMctp       = 45
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

// sockaddr prints the socket address of size bytes at addr as strace's
// decode_sockaddr does: {sa_family=AF_INET, sin_port=htons(80),
// sin_addr=inet_addr("1.2.3.4")}. A size under 2 (negative included:
// addrlen is an int) or memory that cannot be read whole prints as the
// address. It returns the address family, or -1 when none was printed.
func (d *Decoder) sockaddr(addr uint64, size int64) int {
	addr = d.ulong(addr)
	if size < 2 {
		d.ptr(addr)
		return -1
	}
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return -1
	}
	if size > sockaddrMax {
		size = sockaddrMax
	}
	// strace reads the address into a zeroed sockaddr_storage (and a
	// byte more): fields past the length read as zeros.
	b := d.buf[:sockaddrMax+1]
	if n, _ := d.Mem.Read(addr, b[:size]); int64(n) != size {
		d.ptr(addr)
		return -1
	}
	clear(b[size:])
	d.sockaddrData(b, int(size))
	return int(uint16(b[0]) | uint16(b[1])<<8)
}

// sockaddrPrinter prints the fields after sa_family of an address family
// whose address is at least minLen bytes long.
type sockaddrPrinter struct {
	print  func(d *Decoder, b []byte, size int)
	minLen int
}

var sockaddrPrinters = map[int]sockaddrPrinter{
	afUnix:       {(*Decoder).sockaddrUnix, 3},
	afInet:       {(*Decoder).sockaddrIn, 16},
	afAX25:       {(*Decoder).sockaddrAX25, 16},
	afIPX:        {(*Decoder).sockaddrIPX, 16},
	afX25:        {(*Decoder).sockaddrX25, 18},
	afInet6:      {(*Decoder).sockaddrIn6, sin6MinLen},
	afNetlink:    {(*Decoder).sockaddrNetlink, 12},
	afPacket:     {(*Decoder).sockaddrLL, 20},
	afBluetooth:  {(*Decoder).sockaddrBluetooth, 3},
	afRxrpc:      {(*Decoder).sockaddrRxrpc, 36},
	afIEEE802154: {(*Decoder).sockaddrIEEE802154, 20},
	afAlg:        {(*Decoder).sockaddrAlg, 25},
	afNfc:        {(*Decoder).sockaddrNfc, 16},
	afVsock:      {(*Decoder).sockaddrVsock, 16},
	afQrtr:       {(*Decoder).sockaddrQrtr, 12},
	afXdp:        {(*Decoder).sockaddrXdp, 16},
	afMctp:       {(*Decoder).sockaddrMctp, 12},
}

// sockaddrData prints an address already read: b holds at least
// sockaddrMax+1 bytes, zeros past size.
func (d *Decoder) sockaddrData(b []byte, size int) {
	family := int(uint16(b[0]) | uint16(b[1])<<8)
	d.b = append(d.b, "{sa_family="...)
	d.enum(syscalls.AddressFamilies, uint64(family))
	if size > 2 {
		d.b = append(d.b, ", "...)
		if p, ok := sockaddrPrinters[family]; ok && size >= p.minLen {
			p.print(d, b, size)
		} else {
			d.b = append(d.b, "sa_data="...)
			d.quote(b[2:size], false)
		}
	}
	d.b = append(d.b, '}')
}

// saBE16 and saBE32 read network-order numbers, saLE16 a little-endian
// one.
func saBE16(b []byte) uint32 { return uint32(b[0])<<8 | uint32(b[1]) }
func saBE32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}
func saLE16(b []byte) uint32 { return uint32(b[0]) | uint32(b[1])<<8 }

// xlatPrefix starts a field strace shows differently under -X: in raw
// and verbose styles the field's bytes in hex, then (verbose) the decoded
// form in a comment. It reports whether the decoded form follows (not in
// raw style); xlatSuffix ends it.
func (d *Decoder) xlatPrefix(raw []byte) bool {
	if d.Opts.Xlat == XlatAbbrev {
		return true
	}
	d.quote(raw, true)
	if d.Opts.Xlat == XlatRaw {
		return false
	}
	d.b = append(d.b, " /* "...)
	return true
}

func (d *Decoder) xlatSuffix() {
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " */"...)
	}
}

// xlatName prints a constant strace prints with print_xlat: its name, its
// value (in hex, or decimal for dec) under -X raw, both under -X verbose.
func (d *Decoder) xlatName(v uint64, name string, dec bool) {
	f := numHex
	if dec {
		f = numSigned
	}
	d.named(v, f, name, "")
}

// netPort prints a port field: name=htons(80).
func (d *Decoder) netPort(name string, b []byte) {
	d.b = append(d.b, name...)
	d.b = append(d.b, '=')
	if d.xlatPrefix(b[:2]) {
		d.b = append(d.b, "htons("...)
		d.b = strconv.AppendUint(d.b, uint64(saBE16(b)), 10)
		d.b = append(d.b, ')')
		d.xlatSuffix()
	}
}

// inetAddr prints an IPv4 address field: name=inet_addr("1.2.3.4").
func (d *Decoder) inetAddr(name string, b []byte) {
	d.b = append(d.b, name...)
	d.b = append(d.b, '=')
	if d.xlatPrefix(b[:4]) {
		// The text is quoted as strings are (in hex under -xx).
		var tmp [16]byte
		d.b = append(d.b, "inet_addr("...)
		d.quote(netip.AddrFrom4([4]byte(b[:4])).AppendTo(tmp[:0]), false)
		d.b = append(d.b, ')')
		d.xlatSuffix()
	}
}

// inet6Addr prints an IPv6 address field:
// inet_pton(AF_INET6, "::1", &name), or name="..." under -X.
func (d *Decoder) inet6Addr(name string, b []byte) {
	if d.Opts.Xlat != XlatAbbrev {
		d.b = append(d.b, name...)
		d.b = append(d.b, '=')
	}
	if d.xlatPrefix(b[:16]) {
		var tmp [48]byte
		d.b = append(d.b, "inet_pton(AF_INET6, "...)
		d.quote(netip.AddrFrom16([16]byte(b[:16])).AppendTo(tmp[:0]), false)
		if d.Opts.Xlat == XlatAbbrev {
			d.b = append(d.b, ", &"...)
			d.b = append(d.b, name...)
		}
		d.b = append(d.b, ')')
		d.xlatSuffix()
	}
}

func (d *Decoder) sockaddrIn(b []byte, size int) {
	d.netPort("sin_port", b[2:])
	d.b = append(d.b, ", "...)
	d.inetAddr("sin_addr", b[4:])
}

// sin6MinLen is offsetof(struct sockaddr_in6, sin6_scope_id).
const sin6MinLen = 24

func (d *Decoder) sockaddrIn6(b []byte, size int) {
	d.netPort("sin6_port", b[2:])
	d.b = append(d.b, ", sin6_flowinfo="...)
	if d.xlatPrefix(b[4:8]) {
		d.b = append(d.b, "htonl("...)
		d.b = strconv.AppendUint(d.b, uint64(saBE32(b[4:])), 10)
		d.b = append(d.b, ')')
		d.xlatSuffix()
	}
	d.b = append(d.b, ", "...)
	d.inet6Addr("sin6_addr", b[8:])
	if size <= sin6MinLen {
		return
	}
	d.b = append(d.b, ", sin6_scope_id="...)
	d.scopeID([16]byte(b[8:24]), le32(b[24:]))
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
	if linkLocal {
		d.netIfindex(id)
		return
	}
	d.b = strconv.AppendUint(d.b, uint64(id), 10)
}

// netIfindex prints an interface index as strace's print_ifindex: named when
// the host has such an interface, if_nametoindex("lo"), else a number.
func (d *Decoder) netIfindex(id uint32) {
	name := InterfaceName(id)
	if name == "" || d.Opts.Xlat != XlatAbbrev {
		d.b = strconv.AppendUint(d.b, uint64(id), 10)
	}
	if name == "" || d.Opts.Xlat == XlatRaw {
		return
	}
	if d.Opts.Xlat == XlatVerbose {
		d.b = append(d.b, " /* "...)
	}
	d.b = append(d.b, "if_nametoindex("...)
	d.quote([]byte(name), false)
	d.b = append(d.b, ')')
	d.xlatSuffix()
}

// sockaddrUnix prints sun_path: a NUL-terminated path, or for an abstract
// socket (leading NUL) the whole name with "@" as strace shows it, at most
// sizeof(sun_path) bytes either way and whatever -s says.
func (d *Decoder) sockaddrUnix(b []byte, size int) {
	path := b[2:min(size, 2+sunPathMax)]
	d.b = append(d.b, "sun_path="...)
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

func (d *Decoder) sockaddrNetlink(b []byte, size int) {
	if pad := saLE16(b[2:]); pad != 0 {
		d.b = append(d.b, "nl_pad="...)
		d.hex(uint64(pad))
		d.b = append(d.b, ", "...)
	}
	d.b = append(d.b, "nl_pid="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b[4:]))), 10)
	d.b = append(d.b, ", nl_groups="...)
	d.netHex0(uint64(le32(b[8:])), 8)
}

// netHex0 prints v as C's %#0*x with the given width (the "0x" included,
// none for zero): strace's PRINT_VAL_0X, whose width is twice the field's
// size.
func (d *Decoder) netHex0(v uint64, width int) {
	var tmp [16]byte
	s := strconv.AppendUint(tmp[:0], v, 16)
	if v != 0 {
		d.b = append(d.b, "0x"...)
		width -= 2
	}
	for i := len(s); i < width; i++ {
		d.b = append(d.b, '0')
	}
	d.b = append(d.b, s...)
}

// sockaddrLL prints struct sockaddr_ll (AF_PACKET).
func (d *Decoder) sockaddrLL(b []byte, size int) {
	d.b = append(d.b, "sll_protocol="...)
	if d.xlatPrefix(b[2:4]) {
		// The name as strace looks it up, whatever -X says.
		d.b = append(d.b, "htons("...)
		d.enumAbbrev(syscalls.EthernetProtocols, uint64(saBE16(b[2:])), "ETH_P_???")
		d.b = append(d.b, ')')
		d.xlatSuffix()
	}
	d.b = append(d.b, ", sll_ifindex="...)
	d.netIfindex(le32(b[4:]))
	d.b = append(d.b, ", sll_hatype="...)
	d.enum(syscalls.ArpHardwareTypes, uint64(saLE16(b[8:])))
	d.b = append(d.b, ", sll_pkttype="...)
	d.enum(syscalls.PacketTypes, uint64(b[10]))
	halen := int(b[11])
	d.b = append(d.b, ", sll_halen="...)
	d.b = strconv.AppendUint(d.b, uint64(halen), 10)
	if halen == 0 {
		return
	}
	// As many address bytes as sll_halen says, from the buffer strace
	// read the address into, and "..." past the address's length.
	inBounds := size - 12
	d.b = append(d.b, ", sll_addr=["...)
	for i := 0; i < halen; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		if i >= inBounds {
			d.b = append(d.b, "..."...)
			break
		}
		d.netHex0(uint64(b[12+i]), 2)
	}
	d.b = append(d.b, ']')
}

// sockaddrIPX prints struct sockaddr_ipx.
func (d *Decoder) sockaddrIPX(b []byte, size int) {
	d.netPort("sipx_port", b[2:])
	d.b = append(d.b, ", sipx_network=htonl("...)
	d.hex(uint64(saBE32(b[4:])))
	d.b = append(d.b, "), sipx_node=["...)
	for i := 0; i < 6; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.netHex0(uint64(b[8+i]), 2)
	}
	d.b = append(d.b, "], sipx_type="...)
	d.netHex0(uint64(b[14]), 2)
	if b[15] != 0 {
		d.b = append(d.b, ", sipx_zero="...)
		d.hex(uint64(b[15]))
	}
}

// netCString prints a char array as strace's print_quoted_cstring (or
// PRINT_FIELD_STRING with QUOTE_0_TERMINATED|QUOTE_EXPECT_TRAILING_0): up
// to its NUL within all but the last byte, then "..." when the last byte is
// not a NUL either.
func (d *Decoder) netCString(s []byte) {
	if len(s) == 0 {
		d.b = append(d.b, `""`...)
		return
	}
	n := len(s) - 1
	end := 0
	for end < n && s[end] != 0 {
		end++
	}
	d.quote(s[:end], false)
	if end == n && s[n] != 0 {
		d.b = append(d.b, "..."...)
	}
}

// sockaddrX25 prints struct sockaddr_x25.
func (d *Decoder) sockaddrX25(b []byte, size int) {
	d.b = append(d.b, "sx25_addr={x25_addr="...)
	d.netCString(b[2:18])
	d.b = append(d.b, '}')
}

// AX.25 addresses: seven bytes, six shifted characters and an SSID byte.
const (
	ax25AddrLen  = 7
	ax25MaxDigis = 8
)

// ax25Style is how strace shows an AX.25 address: as a call sign, or
// also (verbose) or only (raw) as its bytes.
type ax25Style int

const (
	ax25Abbrev ax25Style = iota
	ax25Verbose
	ax25Raw
)

// ax25Check is strace's check_ax25_address.
func ax25Check(a []byte) ax25Style {
	style := ax25Abbrev
	spaceSeen, charSeen := false, false
	for i := 0; i < ax25AddrLen-1; i++ {
		c := a[i]
		if c&1 != 0 {
			style = ax25Verbose
		}
		c >>= 1
		if c == ' ' {
			spaceSeen = true
		} else {
			charSeen = true
		}
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') && c != ' ' {
			style = ax25Verbose
		}
		if c != ' ' && spaceSeen {
			style = ax25Verbose
		}
		if c < ' ' || c > 0x7e || c == '*' || c == '/' {
			return ax25Raw
		}
		// strace would print these in its comment; they would leave
		// the line's quotes or brackets unbalanced (a deliberate
		// difference, for call signs no station has).
		switch c {
		case '"', '\\', '(', ')', '[', ']', '{', '}':
			return ax25Raw
		}
	}
	if a[ax25AddrLen-1]&^0x1e != 0 {
		style = ax25Verbose
	}
	if !charSeen && a[ax25AddrLen-1] != 0 {
		style = ax25Verbose
	}
	return style
}

// ax25Addr prints an AX.25 address as strace's print_ax25_addr: the call
// sign and SSID (VA1ABC-3, or * for the null address), with its bytes
// first when it does not look like one.
func (d *Decoder) ax25Addr(a []byte) {
	style := ax25Check(a)
	if style == ax25Abbrev {
		switch d.Opts.Xlat {
		case XlatRaw:
			style = ax25Raw
		case XlatVerbose:
			style = ax25Verbose
		}
	}
	if style != ax25Abbrev {
		d.b = append(d.b, "{ax25_call="...)
		d.quote(a[:ax25AddrLen], true)
		d.b = append(d.b, '}')
	}
	if style == ax25Raw {
		return
	}
	if style == ax25Verbose {
		d.b = append(d.b, " /* "...)
	}
	end := ax25AddrLen - 1
	for ; end > 0; end-- {
		if a[end-1]>>1 != ' ' {
			break
		}
	}
	ssid := (a[ax25AddrLen-1] >> 1) & 0xf
	if end == 0 && ssid == 0 {
		d.b = append(d.b, '*')
	} else {
		for i := 0; i < end; i++ {
			d.b = append(d.b, a[i]>>1)
		}
		d.b = append(d.b, '-')
		if ssid > 9 {
			d.b = append(d.b, '1')
			ssid -= 10
		}
		d.b = append(d.b, '0'+ssid)
	}
	if style == ax25Verbose {
		d.b = append(d.b, " */"...)
	}
}

// sockaddrAX25 prints struct sockaddr_ax25, or struct full_sockaddr_ax25
// with its digipeaters.
func (d *Decoder) sockaddrAX25(b []byte, size int) {
	ndigis := int32(le32(b[12:]))
	full := ndigis != 0 || size > 16
	if full {
		d.b = append(d.b, "fsa_ax25={"...)
	}
	d.b = append(d.b, "sax25_call="...)
	d.ax25Addr(b[2:])
	d.b = append(d.b, ", sax25_ndigis="...)
	d.b = strconv.AppendInt(d.b, int64(ndigis), 10)
	if !full {
		return
	}
	d.b = append(d.b, '}')
	has := min((size-16)/ax25AddrLen, ax25MaxDigis)
	want := 0
	if ndigis > 0 {
		want = int(min(ndigis, ax25MaxDigis))
	}
	if want > 0 {
		d.b = append(d.b, ", fsa_digipeater="...)
		d.localArrayEx(min(has, want), want > has, func(i int) {
			d.ax25Addr(b[16+i*ax25AddrLen:])
		})
	}
	if size > has*ax25AddrLen+16 {
		d.b = append(d.b, ", ..."...)
	}
}

// Bluetooth address layouts, told apart by their length.
const (
	btHciDevEnd = 4  // offsetofend(struct sockaddr_hci, hci_dev)
	btHciLen    = 6  // sizeof(struct sockaddr_hci)
	btScoLen    = 8  // sizeof(struct sockaddr_sco)
	btRcLen     = 10 // sizeof(struct sockaddr_rc)
	btL2TypeOff = 12 // offsetof(struct sockaddr_l2, l2_bdaddr_type)
	btL2Len     = 14 // sizeof(struct sockaddr_l2)

	l2capPsmLeDynStart = 0x80
	l2capPsmLeDynEnd   = 0xff
	l2capPsmDynStart   = 0x1001
	l2capCidDynStart   = 0x40
)

// netMAC prints bytes as a MAC address, 01:02:03:04:05:06 (strace's
// print_mac_addr: under -X, the bytes in hex first).
func (d *Decoder) netMAC(a []byte) {
	if d.xlatPrefix(a) {
		d.macText(a)
		d.xlatSuffix()
	}
}

// macText prints bytes as 01:02:03.
func (d *Decoder) macText(a []byte) {
	for i, c := range a {
		if i > 0 {
			d.b = append(d.b, ':')
		}
		d.b = append(d.b, hexDigit[c>>4], hexDigit[c&15])
	}
}

// sockaddrBluetooth prints the Bluetooth addresses (HCI, SCO, RFCOMM,
// L2CAP), which strace tells apart by their length.
func (d *Decoder) sockaddrBluetooth(b []byte, size int) {
	switch size {
	case btHciDevEnd, btHciLen:
		d.b = append(d.b, "hci_dev=htobs("...)
		d.b = strconv.AppendUint(d.b, uint64(saLE16(b[2:])), 10)
		d.b = append(d.b, ')')
		if size == btHciLen {
			d.b = append(d.b, ", hci_channel="...)
			d.enum(syscalls.HciChannels, uint64(saLE16(b[4:])))
		}
	case btScoLen:
		d.b = append(d.b, "sco_bdaddr="...)
		d.netMAC(b[2:8])
	case btRcLen:
		d.b = append(d.b, "rc_bdaddr="...)
		d.netMAC(b[2:8])
		d.b = append(d.b, ", rc_channel="...)
		d.b = strconv.AppendUint(d.b, uint64(b[8]), 10)
	case btL2TypeOff, btL2Len:
		d.b = append(d.b, "l2_psm="...)
		d.btL2Value(saLE16(b[2:]), syscalls.BluetoothL2Psms, "L2CAP_PSM_???", true)
		d.b = append(d.b, ", l2_bdaddr="...)
		d.netMAC(b[4:10])
		d.b = append(d.b, ", l2_cid="...)
		d.btL2Value(saLE16(b[10:]), syscalls.BluetoothL2Cids, "L2CAP_CID_???", false)
		if size == btL2Len {
			d.b = append(d.b, ", l2_bdaddr_type="...)
			d.enum(syscalls.BdaddrTypes, uint64(b[12]))
		}
	default:
		d.b = append(d.b, "sa_data="...)
		d.quote(b[2:size], false)
	}
}

// btL2Value prints an L2CAP PSM or CID as strace does: htobs(NAME), a
// value in a dynamic range as htobs(L2CAP_PSM_DYN_START+5), anything else
// as htobs(0x5 /* L2CAP_PSM_??? */); under -X the number first.
func (d *Decoder) btL2Value(v uint32, vs *syscalls.Values, unknown string, psm bool) {
	d.b = append(d.b, "htobs("...)
	name := vs.Lookup(uint64(v))
	var base uint32
	var baseName string
	switch {
	case name != "":
	case psm && v >= l2capPsmLeDynStart && v <= l2capPsmLeDynEnd:
		base, baseName = l2capPsmLeDynStart, "L2CAP_PSM_LE_DYN_START"
	case psm && v >= l2capPsmDynStart:
		base, baseName = l2capPsmDynStart, "L2CAP_PSM_DYN_START"
	case !psm && v >= l2capCidDynStart:
		base, baseName = l2capCidDynStart, "L2CAP_CID_DYN_START"
	}
	known := name != "" || baseName != ""
	if d.Opts.Xlat != XlatAbbrev || !known {
		d.hex(uint64(v))
	}
	if d.Opts.Xlat == XlatRaw {
		d.b = append(d.b, ')')
		return
	}
	comment := d.Opts.Xlat == XlatVerbose || !known
	if comment {
		d.b = append(d.b, " /* "...)
	}
	switch {
	case name != "":
		d.b = append(d.b, name...)
	case baseName != "":
		d.xlatName(uint64(base), baseName, false)
		d.b = append(d.b, '+')
		d.b = strconv.AppendUint(d.b, uint64(v-base), 10)
	default:
		d.b = append(d.b, unknown...)
	}
	if comment {
		d.b = append(d.b, " */"...)
	}
	d.b = append(d.b, ')')
}

// sockaddrRxrpc prints struct sockaddr_rxrpc, with its transport address.
func (d *Decoder) sockaddrRxrpc(b []byte, size int) {
	d.b = append(d.b, "srx_service="...)
	d.netEnumVerbose(syscalls.RxrpcServices, uint64(saLE16(b[2:])), "???_SERVICE")
	d.b = append(d.b, ", transport_type="...)
	d.enum(syscalls.SocketTypes, uint64(saLE16(b[4:])))
	tlen := int(saLE16(b[6:]))
	d.b = append(d.b, ", transport_len="...)
	d.b = strconv.AppendUint(d.b, uint64(tlen), 10)
	d.b = append(d.b, ", transport={"...)
	t := b[8:]
	eff := min(tlen, size-8)
	rest := max(0, eff-2)
	family := saLE16(t)
	switch family {
	case afInet:
		d.b = append(d.b, "sin={sin_family="...)
		d.enum(syscalls.AddressFamilies, afInet)
		if tlen >= 16 {
			d.b = append(d.b, ", "...)
			d.sockaddrIn(t, eff)
		} else if rest > 0 {
			d.b = append(d.b, ", "...)
			d.quote(t[2:2+rest], false)
		}
		d.b = append(d.b, '}')
	case afInet6:
		d.b = append(d.b, "sin6={sin6_family="...)
		d.enum(syscalls.AddressFamilies, afInet6)
		if tlen >= sin6MinLen {
			d.b = append(d.b, ", "...)
			d.sockaddrIn6(t, eff)
		} else if rest > 0 {
			d.b = append(d.b, ", "...)
			d.quote(t[2:2+rest], false)
		}
		d.b = append(d.b, '}')
	default:
		d.b = append(d.b, "family="...)
		d.enum(syscalls.AddressFamilies, uint64(family))
		if rest > 0 {
			d.b = append(d.b, ", "...)
			d.quote(t[2:2+rest], false)
		}
	}
	d.b = append(d.b, '}')
}

// netEnumVerbose prints a value in strace's verbose xlat style
// (PRINT_FIELD_XVAL_VERBOSE): the number in hex, then its name (or the
// default, if any) in a comment; only the number under -X raw.
func (d *Decoder) netEnumVerbose(vs *syscalls.Values, v uint64, dflt string) {
	if d.Opts.Xlat == XlatRaw {
		d.hex(v)
		return
	}
	d.enumVerboseAlways(vs, v, dflt)
}

// enumVerboseAlways is netEnumVerbose whatever -X says (strace's
// printxval_ex with XLAT_STYLE_VERBOSE).
func (d *Decoder) enumVerboseAlways(vs *syscalls.Values, v uint64, dflt string) {
	d.namedStyle(XlatVerbose, v, numHex, vs.Lookup(v), dflt)
}

// netFlagsVerbose prints a flag set in strace's verbose xlat style: the
// number in hex, then the names in a comment; 0 as 0.
func (d *Decoder) netFlagsVerbose(vs *syscalls.Values, v uint64) {
	if v == 0 {
		d.b = append(d.b, '0')
		return
	}
	d.hex(v)
	if d.Opts.Xlat == XlatRaw {
		return
	}
	start := len(d.b)
	d.b = append(d.b, " /* "...)
	names := len(d.b)
	rest := d.flagNames(vs, v)
	if len(d.b) == names {
		d.b = append(d.b[:start], " /* "...)
		d.b = append(d.b, vs.Unknown...)
		d.b = append(d.b, " */"...)
		return
	}
	if rest != 0 {
		d.b = append(d.b, '|')
		d.hex(rest)
	}
	d.b = append(d.b, " */"...)
}

// enumAbbrev prints a value by name whatever -X says (strace's
// printxval_ex with XLAT_STYLE_ABBREV): the name, or the number in hex
// and dflt in a comment.
func (d *Decoder) enumAbbrev(vs *syscalls.Values, v uint64, dflt string) {
	d.namedStyle(XlatAbbrev, v, numHex, vs.Lookup(v), dflt)
}

// IEEE 802.15.4 address types.
const (
	ieee802154AddrNone  = 0
	ieee802154AddrShort = 2
)

// sockaddrIEEE802154 prints struct sockaddr_ieee802154.
func (d *Decoder) sockaddrIEEE802154(b []byte, size int) {
	atype := le32(b[4:])
	d.b = append(d.b, "addr={addr_type="...)
	d.netEnumVerbose(syscalls.IEEE802154AddrTypes, uint64(atype), "IEEE802154_ADDR_???")
	d.b = append(d.b, ", pan_id="...)
	d.netEnumVerbose(syscalls.IEEE802154PanIDs, uint64(saLE16(b[8:])), "")
	switch atype {
	case ieee802154AddrNone:
	case ieee802154AddrShort:
		d.b = append(d.b, ", short_addr="...)
		d.netEnumVerbose(syscalls.IEEE802154Addrs, uint64(saLE16(b[10:])), "")
	default:
		d.b = append(d.b, ", hwaddr="...)
		d.netMAC(b[10:18])
	}
	d.b = append(d.b, '}')
}

// sockaddrAlg prints struct sockaddr_alg.
func (d *Decoder) sockaddrAlg(b []byte, size int) {
	d.b = append(d.b, "salg_type="...)
	d.netCString(b[2:16])
	d.b = append(d.b, ", salg_feat="...)
	d.netFlagsVerbose(syscalls.AlgSockaddrFlags, uint64(le32(b[16:])))
	d.b = append(d.b, ", salg_mask="...)
	d.netFlagsVerbose(syscalls.AlgSockaddrFlags, uint64(le32(b[20:])))
	d.b = append(d.b, ", salg_name="...)
	d.netCString(b[24:size])
}

// sockaddrNfc prints struct sockaddr_nfc, or struct sockaddr_nfc_llcp
// when the address is long enough for one.
func (d *Decoder) sockaddrNfc(b []byte, size int) {
	d.b = append(d.b, "dev_idx="...)
	d.netIfindex(le32(b[4:]))
	d.b = append(d.b, ", target_idx="...)
	d.hex(uint64(le32(b[8:])))
	d.b = append(d.b, ", nfc_protocol="...)
	d.enum(syscalls.NfcSockaddrProtocols, uint64(le32(b[12:])))
	llcpLen := 96
	if d.c.ABI.PointerSize() == 4 {
		llcpLen = 88
	}
	if size < llcpLen {
		if size > 16 {
			d.b = append(d.b, ", ..."...)
		}
		return
	}
	snsz := uint64(le32(b[84:]))
	if llcpLen == 96 {
		snsz = le64(b[88:])
	}
	d.b = append(d.b, ", dsap="...)
	d.netEnumVerbose(syscalls.NfcSaps, uint64(b[16]), "")
	d.b = append(d.b, ", ssap="...)
	d.netEnumVerbose(syscalls.NfcSaps, uint64(b[17]), "")
	d.b = append(d.b, ", service_name="...)
	d.quote(b[18:18+min(63, snsz)], false)
	d.b = append(d.b, ", service_name_len="...)
	d.b = strconv.AppendUint(d.b, snsz, 10)
}

// sockaddrVsock prints struct sockaddr_vm.
func (d *Decoder) sockaddrVsock(b []byte, size int) {
	if r := saLE16(b[2:]); r != 0 {
		d.b = append(d.b, "svm_reserved1="...)
		d.hex(uint64(r))
		d.b = append(d.b, ", "...)
	}
	d.b = append(d.b, "svm_cid="...)
	d.enum(syscalls.VsockCids, uint64(le32(b[8:])))
	d.b = append(d.b, ", svm_port="...)
	d.enum(syscalls.VsockPorts, uint64(le32(b[4:])))
	d.b = append(d.b, ", svm_flags="...)
	d.flags(syscalls.VsockFlags, uint64(b[12]))
	if b[13] != 0 || b[14] != 0 || b[15] != 0 {
		d.b = append(d.b, ", svm_zero="...)
		d.quote(b[13:16], true)
	}
}

// sockaddrQrtr prints struct sockaddr_qrtr.
func (d *Decoder) sockaddrQrtr(b []byte, size int) {
	d.b = append(d.b, "sq_node="...)
	d.enum(syscalls.QrtrNodes, uint64(le32(b[4:])))
	d.b = append(d.b, ", sq_port="...)
	d.enum(syscalls.QrtrPorts, uint64(le32(b[8:])))
}

// xdpSharedUmem is XDP_SHARED_UMEM: sxdp_shared_umem_fd is a descriptor.
const xdpSharedUmem = 1

// sockaddrXdp prints struct sockaddr_xdp.
func (d *Decoder) sockaddrXdp(b []byte, size int) {
	flags := saLE16(b[2:])
	d.b = append(d.b, "sxdp_flags="...)
	d.flags(syscalls.XdpSockaddrFlags, uint64(flags))
	d.b = append(d.b, ", sxdp_ifindex="...)
	d.netIfindex(le32(b[4:]))
	d.b = append(d.b, ", sxdp_queue_id="...)
	d.b = strconv.AppendUint(d.b, uint64(le32(b[8:])), 10)
	fd := le32(b[12:])
	if flags&xdpSharedUmem != 0 {
		d.b = append(d.b, ", sxdp_shared_umem_fd="...)
		d.fd(uint64(fd))
	} else if fd != 0 {
		d.b = append(d.b, ", sxdp_shared_umem_fd="...)
		d.hex(uint64(fd))
	}
}

// sockaddrMctp prints struct sockaddr_mctp.
func (d *Decoder) sockaddrMctp(b []byte, size int) {
	if pad := saLE16(b[2:]); pad != 0 {
		d.b = append(d.b, "__smctp_pad0="...)
		d.hex(uint64(pad))
		d.b = append(d.b, ", "...)
	}
	d.b = append(d.b, "smctp_network="...)
	d.enum(syscalls.MctpNets, uint64(le32(b[4:])))
	d.b = append(d.b, ", smctp_addr={s_addr="...)
	d.enum(syscalls.MctpAddrs, uint64(b[8]))
	d.b = append(d.b, "}, smctp_type="...)
	d.hex(uint64(b[9]))
	d.b = append(d.b, ", smctp_tag="...)
	d.hex(uint64(b[10]))
	if b[11] != 0 {
		d.b = append(d.b, ", __smctp_pad1="...)
		d.hex(uint64(b[11]))
	}
}

func init() {
	specials.add(namedSpecial{"getsockname", decodeSockname})
	specials.add(namedSpecial{"getpeername", decodeSockname})
	specials.add(namedSpecial{"accept", decodeSockname})
	specials.add(namedSpecial{"accept4", decodeSockname})
}

// getsockname(fd, addr, addrlen), getpeername, accept and accept4(..., flags):
// as strace's decode_sockname, the length is read at entry and again at
// exit, the address printed with the smaller of the two, and the length as
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
			d.accept4Flags()
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
		d.accept4Flags()
		return true
	}
	rlen := int32(le32(b))
	d.sockaddr(addr, int64(min(ulen, rlen)))
	d.b = append(d.b, ", ["...)
	d.valueResult(int64(ulen), int64(rlen))
	d.b = append(d.b, ']')
	d.accept4Flags()
	return true
}

// accept4Flags prints accept4's flags after the address and length.
func (d *Decoder) accept4Flags() {
	if d.c.Sys.Name == "accept4" {
		d.sep()
		d.flags(syscalls.SocketFlags, uint64(uint32(d.c.Args[3])))
	}
}
