package decode

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"net/netip"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gotrace/gotrace/syscalls"
)

// FdResolver says what a tracee's file descriptor refers to, for -y and
// -yy. It is asked while the tracee is stopped.
type FdResolver interface {
	// FdPath returns what descriptor fd of thread tid refers to: a path,
	// or a description such as "socket:[1234]" or "pipe:[99]"; ok is
	// false when it cannot be told (closed, or /proc unreadable).
	FdPath(tid, fd int) (path string, ok bool)
	// CwdPath returns the thread's working directory (AT_FDCWD's target).
	CwdPath(tid int) (path string, ok bool)
	// SocketInfo returns -yy's description of socket fd (whose inode is
	// given), as "TCP:[127.0.0.1:80->127.0.0.1:41234]", or ok false.
	SocketInfo(tid, fd int, inode uint64) (info string, ok bool)
}

// ProcFds is the FdResolver that reads /proc. Like strace, it remembers
// what it learnt of a socket (its endpoints, its peer) by inode, so that a
// socket keeps its description after its peer has gone.
type ProcFds struct {
	sockets map[uint64]string
}

// NewProcFds returns a ProcFds with an empty cache.
func NewProcFds() *ProcFds { return &ProcFds{sockets: make(map[uint64]string)} }

// FdPath reads /proc/TID/fd/FD.
func (*ProcFds) FdPath(tid, fd int) (string, bool) {
	s, err := os.Readlink("/proc/" + strconv.Itoa(tid) + "/fd/" + strconv.Itoa(fd))
	return s, err == nil
}

// CwdPath reads /proc/TID/cwd.
func (*ProcFds) CwdPath(tid int) (string, bool) {
	s, err := os.Readlink("/proc/" + strconv.Itoa(tid) + "/cwd")
	return s, err == nil
}

// maxCachedSockets bounds the socket cache.
const maxCachedSockets = 4096

// SocketInfo looks the inode up in the thread's network namespace tables
// (/proc/TID/net/...) and, for a unix socket's peer, asks sock_diag, as
// strace does; a socket in none of them (not yet bound) is named by its
// protocol (the system.sockprotoname attribute) and inode.
func (p *ProcFds) SocketInfo(tid, fd int, inode uint64) (string, bool) {
	if s, ok := p.sockets[inode]; ok {
		return s, true
	}
	s, rich, ok := socketInfo(tid, inode)
	if !ok {
		name := sockProtoName(tid, fd)
		if name == "" {
			return "", false
		}
		return name + ":[" + strconv.FormatUint(inode, 10) + "]", true
	}
	if rich {
		if len(p.sockets) >= maxCachedSockets {
			clear(p.sockets)
		}
		p.sockets[inode] = s
	}
	return s, true
}

// sockProtoName reads the socket's protocol name ("TCPv6", "NETLINK").
func sockProtoName(tid, fd int) string {
	buf := make([]byte, 64)
	n, err := unix.Getxattr("/proc/"+strconv.Itoa(tid)+"/fd/"+strconv.Itoa(fd), "system.sockprotoname", buf)
	if err != nil || n <= 0 {
		return ""
	}
	return strings.TrimRight(string(buf[:n]), "\x00")
}

// socketInfo finds a socket in /proc/TID/net; rich says the description
// holds more than the inode (addresses, a peer, a path).
func socketInfo(tid int, inode uint64) (info string, rich, ok bool) {
	dir := "/proc/" + strconv.Itoa(tid) + "/net/"
	for _, p := range [...]struct {
		file, name string
		v6         bool
	}{{"tcp", "TCP", false}, {"tcp6", "TCPv6", true}, {"udp", "UDP", false}, {"udp6", "UDPv6", true},
		{"udplite", "UDPLITE", false}, {"udplite6", "UDPLITEv6", true}, {"raw", "RAW", false}, {"raw6", "RAWv6", true}} {
		if s, ok := inetSocket(dir+p.file, p.name, p.v6, inode); ok {
			return s, !strings.HasSuffix(s, ":["+strconv.FormatUint(inode, 10)+"]"), true
		}
	}
	if s, ok := unixSocket(tid, dir+"unix", inode); ok {
		return s, strings.ContainsAny(s, ">,"), true
	}
	if s, ok := netlinkSocket(dir+"netlink", inode); ok {
		return s, strings.Contains(s, ":["+strconv.FormatUint(inode, 10)) == false, true
	}
	return "", false, false
}

// inetSocket finds the inode in a /proc/net/{tcp,udp,...} table and
// describes the socket: NAME:[src->dst], NAME:[src] when not connected,
// NAME:[inode] when not even bound.
func inetSocket(path, name string, v6 bool, inode uint64) (string, bool) {
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4096), 1<<16)
	want := strconv.FormatUint(inode, 10)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		// sl local rem st tx:rx tr:when retrnsmt uid timeout inode
		if len(fs) < 10 || fs[9] != want {
			continue
		}
		local, lok := parseProcAddr(fs[1], v6)
		remote, rok := parseProcAddr(fs[2], v6)
		var b strings.Builder
		b.WriteString(name)
		b.WriteString(":[")
		switch {
		case rok && remote.Port() != 0:
			b.WriteString(formatAddrPort(local))
			b.WriteString("->")
			b.WriteString(formatAddrPort(remote))
		case lok && local.Port() != 0:
			b.WriteString(formatAddrPort(local))
		default:
			b.WriteString(want)
		}
		b.WriteByte(']')
		return b.String(), true
	}
	return "", false
}

// parseProcAddr parses /proc/net's "0100007F:1F90" (address in host byte
// order words, port in hex).
func parseProcAddr(s string, v6 bool) (netip.AddrPort, bool) {
	ip, port, ok := strings.Cut(s, ":")
	if !ok {
		return netip.AddrPort{}, false
	}
	raw, err := hex.DecodeString(ip)
	if err != nil || (len(raw) != 4 && len(raw) != 16) {
		return netip.AddrPort{}, false
	}
	// Each 32-bit word is printed in host (little-endian) order.
	for i := 0; i+4 <= len(raw); i += 4 {
		w := binary.LittleEndian.Uint32(raw[i:])
		binary.BigEndian.PutUint32(raw[i:], w)
	}
	p, err := strconv.ParseUint(port, 16, 16)
	if err != nil {
		return netip.AddrPort{}, false
	}
	addr, _ := netip.AddrFromSlice(raw)
	if !v6 {
		addr = addr.Unmap()
	}
	return netip.AddrPortFrom(addr, uint16(p)), true
}

// formatAddrPort prints 127.0.0.1:80 or [::1]:80, as strace does.
func formatAddrPort(ap netip.AddrPort) string {
	return ap.String()
}

// unixSocket describes a unix socket as UNIX-STREAM:[inode->peer,"path"],
// asking the kernel (sock_diag) for the peer, which /proc does not list.
func unixSocket(tid int, path string, inode uint64) (string, bool) {
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	want := strconv.FormatUint(inode, 10)
	for sc.Scan() {
		// Num RefCount Protocol Flags Type St Inode Path
		fs := strings.Fields(sc.Text())
		if len(fs) < 7 || fs[6] != want {
			continue
		}
		kind := "UNIX"
		switch fs[4] {
		case "0001":
			kind = "UNIX-STREAM"
		case "0002":
			kind = "UNIX-DGRAM"
		case "0005":
			kind = "UNIX-SEQPACKET"
		}
		var b strings.Builder
		b.WriteString(kind)
		b.WriteString(":[")
		b.WriteString(want)
		if peer, ok := unixPeer(inode); ok && peer != 0 {
			b.WriteString("->")
			b.WriteString(strconv.FormatUint(peer, 10))
		}
		if len(fs) >= 8 {
			p := strings.Join(fs[7:], " ")
			b.WriteString(",\"")
			b.WriteString(p)
			b.WriteByte('"')
		}
		b.WriteByte(']')
		return b.String(), true
	}
	return "", false
}

// netlinkSocket describes a netlink socket as NETLINK:[inode], or, once
// bound, NETLINK:[PROTOCOL:portid] as strace does.
func netlinkSocket(path string, inode uint64) (string, bool) {
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	want := strconv.FormatUint(inode, 10)
	for sc.Scan() {
		// sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode
		fs := strings.Fields(sc.Text())
		if len(fs) < 10 || fs[9] != want {
			continue
		}
		proto, _ := strconv.ParseUint(fs[1], 10, 32)
		portid, _ := strconv.ParseUint(fs[2], 10, 32)
		name := strings.TrimPrefix(syscalls.NetlinkProtocols.Lookup(proto), "NETLINK_")
		if portid == 0 || name == "" {
			return "NETLINK:[" + want + "]", true
		}
		return "NETLINK:[" + name + ":" + strconv.FormatUint(portid, 10) + "]", true
	}
	return "", false
}

// unixPeer asks NETLINK_SOCK_DIAG for the peer inode of a unix socket.
func unixPeer(inode uint64) (uint64, bool) {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, unix.NETLINK_SOCK_DIAG)
	if err != nil {
		return 0, false
	}
	defer unix.Close(fd)
	// struct nlmsghdr + struct unix_diag_req
	const (
		sockDiagByFamily = 20
		udiagShowPeer    = 0x4
		udiagPeer        = 2
	)
	req := make([]byte, 16+24)
	binary.LittleEndian.PutUint32(req[0:], uint32(len(req)))
	binary.LittleEndian.PutUint16(req[4:], sockDiagByFamily)
	binary.LittleEndian.PutUint16(req[6:], unix.NLM_F_REQUEST)
	req[16] = unix.AF_UNIX                              // sdiag_family
	binary.LittleEndian.PutUint32(req[20:], 0xffffffff) // udiag_states
	binary.LittleEndian.PutUint32(req[24:], uint32(inode))
	binary.LittleEndian.PutUint32(req[28:], udiagShowPeer)
	binary.LittleEndian.PutUint32(req[32:], 0xffffffff) // cookie: any
	binary.LittleEndian.PutUint32(req[36:], 0xffffffff)
	if err := unix.Sendto(fd, req, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return 0, false
	}
	buf := make([]byte, 8192)
	n, _, err := unix.Recvfrom(fd, buf, 0)
	if err != nil || n < 16+16 {
		return 0, false
	}
	msg := buf[:n]
	if binary.LittleEndian.Uint16(msg[4:]) != sockDiagByFamily {
		return 0, false
	}
	end := int(binary.LittleEndian.Uint32(msg[0:]))
	if end > len(msg) || end < 32 {
		return 0, false
	}
	// struct unix_diag_msg is 16 bytes; attributes follow.
	attrs := msg[32:end]
	for len(attrs) >= 4 {
		l := int(binary.LittleEndian.Uint16(attrs[0:]))
		t := binary.LittleEndian.Uint16(attrs[2:])
		if l < 4 || l > len(attrs) {
			break
		}
		if t == udiagPeer && l >= 8 {
			return uint64(binary.LittleEndian.Uint32(attrs[4:])), true
		}
		attrs = attrs[(l+3)&^3:]
	}
	return 0, true
}
