package tracer

import (
	"encoding/binary"

	"github.com/gotrace/gotrace/syscalls"
)

// socketSubcalls are socketcall(2)'s call numbers (SYS_SOCKET... in
// linux/net.h), with how many arguments each takes.
var socketSubcalls = [...]struct {
	name  string
	nargs int
}{
	1: {"socket", 3}, 2: {"bind", 3}, 3: {"connect", 3}, 4: {"listen", 2},
	5: {"accept", 3}, 6: {"getsockname", 3}, 7: {"getpeername", 3}, 8: {"socketpair", 4},
	9: {"send", 4}, 10: {"recv", 4}, 11: {"sendto", 6}, 12: {"recvfrom", 6},
	13: {"shutdown", 2}, 14: {"setsockopt", 5}, 15: {"getsockopt", 5}, 16: {"sendmsg", 3},
	17: {"recvmsg", 3}, 18: {"accept4", 4}, 19: {"recvmmsg", 5}, 20: {"sendmmsg", 4},
}

// demultiplex turns an i386 socketcall(call, args) into the call it makes,
// as strace shows it: the subcall's name and its arguments, read from the
// array args points to. Subcalls without a syscall of their own in the
// table (send, recv) and unreadable arrays stay socketcall.
func (t *Tracer) demultiplex(task *Task, c *syscalls.Call) {
	if c.ABI != syscalls.I386 || c.Name() != "socketcall" {
		return
	}
	call := c.Args[0]
	if call == 0 || call >= uint64(len(socketSubcalls)) {
		return
	}
	sub := socketSubcalls[call]
	tab := t.tables[syscalls.I386]
	sc := tab.ByName(sub.name)
	if sc == nil {
		return
	}
	var buf [6 * 4]byte
	n := sub.nargs * 4
	if got, _ := task.mem.Read(c.Args[1]&0xffffffff, buf[:n]); got != n {
		return
	}
	via := c.Sys
	var args [6]uint64
	for i := 0; i < sub.nargs; i++ {
		args[i] = uint64(binary.LittleEndian.Uint32(buf[i*4:]))
	}
	c.Args = args
	c.Sys = sc
	c.Nr = uint64(sc.Nr)
	c.Via = via
}
