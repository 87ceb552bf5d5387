package decode

import (
	"strconv"

	"github.com/gotrace/gotrace/syscalls"
)

// Decoders and struct printers of System V and POSIX IPC, as strace 6.1's
// ipc_*.c, mq.c, print_msgbuf.c, print_mq_attr.c and print_sigevent.c
// print them, and of i386's ipc multiplexer, which strace shows as the
// call it makes.

func init() {
	registerStruct(syscalls.Sigevent, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) { d.pxSigevent(addr) })
	registerStruct(syscalls.MqAttr, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxMqAttr(addr, d.c.Sys == nil || d.c.Sys.Name != "mq_open")
	})
	registerStruct(syscalls.Sembuf, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxSembufs(addr, uint64(uint32(d.lenArg(a))))
	})
	registerStruct(syscalls.Msgbuf, func(d *Decoder, addr uint64, a *syscalls.Arg, exiting bool) {
		d.pxMsgbuf(addr, d.ulong(d.lenArg(a)))
	})

	specials.add(namedSpecial{"msgget", decodeIPCGet})
	specials.add(namedSpecial{"semget", decodeIPCGet})
	specials.add(namedSpecial{"shmget", decodeIPCGet})
	specials.add(namedSpecial{"msgctl", decodeIPCCtl})
	specials.add(namedSpecial{"shmctl", decodeIPCCtl})
	specials.add(namedSpecial{"semctl", decodeIPCCtl})
	specials.add(namedSpecial{"mq_open", decodeMqOpen})
	specials.add(namedSpecial{"mq_timedreceive", decodeMqTimedreceive})
	specials.add(namedSpecial{"mq_timedreceive_time64", decodeMqTimedreceive})
	specials.add(namedSpecial{"ipc", decodeIPC})
}

// IPC constants (linux/ipc.h, linux/shm.h, ...).
const (
	ipc64        = 0x100
	ipcRmid      = 0
	ipcSet       = 1
	ipcStat      = 2
	ipcInfo      = 3
	msgStat      = 11
	msgInfo      = 12
	msgStatAny   = 13
	semStat      = 18
	semInfo      = 19
	semStatAny   = 20
	shmStat      = 13
	shmInfo      = 14
	shmStatAny   = 15
	shmHugeShift = 26
	shmHugeMask  = 0x3f
	sigevSignal  = 0
	sigevThread  = 2
	sigevThrdID  = 4
)

// ipcArgs are the arguments of an IPC call: the call's own registers, or,
// for a call made through i386's ipc, the multiplexer's after its first
// (whose layout differs: indirect says so).
type ipcArgs struct {
	a        [6]uint64
	indirect bool
}

// ipcCallArgs returns the IPC arguments of the call being printed.
func (d *Decoder) ipcCallArgs() ipcArgs {
	if d.c.Sys.Name != "ipc" {
		return ipcArgs{a: d.c.Args}
	}
	var ia ipcArgs
	copy(ia.a[:], d.c.Args[1:])
	ia.indirect = true
	return ia
}

// pxFlagsNoDefault prints flags as strace's printflags with no default:
// the names, or the value in hex when none matches, and nothing for 0. It
// returns how many names (and leftover bits after names) it printed, which
// strace uses to decide whether a "|" follows.
func (d *Decoder) pxFlagsNoDefault(vs *syscalls.Values, v uint64) int {
	switch d.Opts.Xlat {
	case XlatRaw:
		if v == 0 {
			return 0
		}
		d.hex(v)
		return 1
	case XlatVerbose:
		if v == 0 {
			return 0
		}
		d.hex(v)
		mark := len(d.b)
		d.b = append(d.b, " /* "...)
		start := len(d.b)
		rest := d.flagNames(vs, v)
		if len(d.b) == start {
			d.b = d.b[:mark]
			return 0
		}
		n := 1
		if rest != 0 {
			d.b = append(d.b, '|')
			d.hex(rest)
			n++
		}
		d.b = append(d.b, " */"...)
		return n
	}
	if v == 0 {
		return 0
	}
	start := len(d.b)
	rest := d.flagNames(vs, v)
	if len(d.b) == start {
		d.hex(rest)
		return 0
	}
	if rest != 0 {
		d.b = append(d.b, '|')
		d.hex(rest)
	}
	return 1
}

// pxIPCKey prints an IPC key: IPC_PRIVATE, or its value in hex.
func (d *Decoder) pxIPCKey(v uint64) {
	key := uint64(uint32(v))
	if d.Opts.Xlat == XlatAbbrev && key == 0 {
		d.b = append(d.b, "IPC_PRIVATE"...)
		return
	}
	d.hex(key)
	if d.Opts.Xlat == XlatVerbose && key == 0 {
		d.b = append(d.b, " /* IPC_PRIVATE */"...)
	}
}

// msgget(key, msgflg), semget(key, nsems, semflg), shmget(key, size,
// shmflg): the flags are IPC_* names then the permission mode,
// IPC_CREAT|0600; shmget's may hold a huge page size, 21<<SHM_HUGE_SHIFT.
func decodeIPCGet(d *Decoder, exiting bool) bool {
	ia := d.ipcCallArgs()
	name := d.pxIPCName()
	d.pxIPCKey(ia.a[0])
	var flg uint64
	switch name {
	case "msgget":
		flg = ia.a[1]
	case "semget":
		d.sep()
		d.b = strconv.AppendInt(d.b, int64(int32(ia.a[1])), 10)
		flg = ia.a[2]
	case "shmget":
		d.sep()
		d.b = strconv.AppendUint(d.b, d.ulong(ia.a[1]), 10)
		flg = ia.a[2]
	}
	d.sep()
	mode := uint64(uint16(flg & 0o777))
	if name != "shmget" {
		if d.pxFlagsNoDefault(syscalls.IPCFlags, uint64(uint32(flg)&^0o777)) != 0 {
			d.b = append(d.b, '|')
		}
		d.oct(mode)
		return true
	}
	flags := uint32(flg) &^ 0o777
	huge := flags & (shmHugeMask << shmHugeShift)
	flags &^= huge
	if flags != 0 || huge == 0 {
		d.pxFlagsNoDefault(syscalls.ShmgetFlags, uint64(flags))
	}
	if huge != 0 {
		if flags != 0 {
			d.b = append(d.b, '|')
		}
		d.b = strconv.AppendUint(d.b, uint64(huge>>shmHugeShift), 10)
		d.b = append(d.b, "<<"...)
		switch d.Opts.Xlat {
		case XlatRaw:
			d.b = append(d.b, "26"...)
		case XlatVerbose:
			d.b = append(d.b, "26 /* SHM_HUGE_SHIFT */"...)
		default:
			d.b = append(d.b, "SHM_HUGE_SHIFT"...)
		}
	}
	if flags != 0 || huge != 0 {
		d.b = append(d.b, '|')
	}
	d.oct(mode)
	return true
}

// pxIPCName is the IPC call being printed: its own name, or the one i386's
// ipc makes (lower case).
func (d *Decoder) pxIPCName() string {
	if d.c.Sys.Name != "ipc" {
		return d.c.Sys.Name
	}
	return ipcSubcallName(uint32(d.c.Args[0]) & 0xffff)
}

// ipcSubcallName names the calls of i386's ipc, "" for another number.
func ipcSubcallName(call uint32) string {
	switch call {
	case 1:
		return "semop"
	case 2:
		return "semget"
	case 3:
		return "semctl"
	case 4:
		return "semtimedop"
	case 11:
		return "msgsnd"
	case 12:
		return "msgrcv"
	case 13:
		return "msgget"
	case 14:
		return "msgctl"
	case 21:
		return "shmat"
	case 22:
		return "shmdt"
	case 23:
		return "shmget"
	case 24:
		return "shmctl"
	}
	return ""
}

// pxIPCCmd prints a control command: IPC_64|IPC_STAT.
func (d *Decoder) pxIPCCmd(vs *syscalls.Values, v uint32) {
	if v&ipc64 != 0 {
		switch d.Opts.Xlat {
		case XlatRaw:
			d.b = append(d.b, "0x100"...)
		case XlatVerbose:
			d.b = append(d.b, "0x100 /* IPC_64 */"...)
		default:
			d.b = append(d.b, "IPC_64"...)
		}
		d.b = append(d.b, '|')
	}
	d.enum(vs, uint64(v&^ipc64))
}

// msgctl(msqid, cmd, buf), shmctl(shmid, cmd, buf) and semctl(semid,
// semnum, cmd, arg): the struct IPC_SET gives at entry; the one the
// STAT and INFO commands fill at exit; other commands' argument as an
// address.
func decodeIPCCtl(d *Decoder, exiting bool) bool {
	ia := d.ipcCallArgs()
	name := d.pxIPCName()
	cmdArg := 1
	vs := syscalls.MsgctlCmds
	switch name {
	case "shmctl":
		vs = syscalls.ShmctlCmds
	case "semctl":
		vs = syscalls.SemctlCmds
		cmdArg = 2
	}
	rawCmd := uint32(ia.a[cmdArg])
	cmd := rawCmd &^ ipc64
	// The buffer: the third argument (the fourth through ipc), semctl's
	// union semun the fourth (a pointer to it through ipc).
	addr := ia.a[2]
	if ia.indirect || name == "semctl" {
		addr = ia.a[3]
	}
	indirectSemun := name == "semctl" && ia.indirect
	if !exiting {
		d.b = strconv.AppendInt(d.b, int64(int32(ia.a[0])), 10)
		d.sep()
		if name == "semctl" {
			d.b = strconv.AppendInt(d.b, int64(int32(ia.a[1])), 10)
			d.sep()
		}
		d.pxIPCCmd(vs, rawCmd)
		d.sep()
		if indirectSemun {
			ps := d.c.ABI.PointerSize()
			b := d.scratch(ps)
			p := d.ulong(addr)
			if p == 0 {
				d.b = append(d.b, "NULL"...)
				return true
			}
			if d.noDeref || !d.read(p, b) {
				if d.noDeref {
					d.ptr(p)
				}
				return true
			}
			addr = d.pointerAt(b)
			// strace keeps the address for the exit in the call's
			// private data, which already holds the ipc version
			// when there is one: then the version is what it shows.
			d.c.Saved[0] = addr
			if version := uint64(uint32(d.c.Args[0]) >> 16); version != 0 {
				d.c.Saved[0] = version
			}
		}
		switch {
		case cmd == ipcSet:
			d.pxIPCStruct(name, addr, cmd, indirectSemun)
			return true
		case cmd == ipcStat || cmd == ipcInfo || d.pxIPCExitCmd(name, cmd):
			return false
		}
		d.pxIndirect(addr, indirectSemun)
		return true
	}
	if indirectSemun {
		addr = d.c.Saved[0]
	}
	d.pxIPCStruct(name, addr, cmd, indirectSemun)
	return true
}

// pxIPCExitCmd reports whether a command other than IPC_STAT and IPC_INFO
// fills a struct (printed at exit).
func (d *Decoder) pxIPCExitCmd(name string, cmd uint32) bool {
	switch name {
	case "msgctl":
		return cmd == msgStat || cmd == msgStatAny || cmd == msgInfo
	case "shmctl":
		return cmd == shmStat || cmd == shmStatAny || cmd == shmInfo
	}
	return cmd == semStat || cmd == semStatAny || cmd == semInfo
}

// pxIndirect prints an address, in brackets when it was read from
// memory (semctl's union semun through i386's ipc).
func (d *Decoder) pxIndirect(addr uint64, brackets bool) {
	if brackets {
		d.b = append(d.b, '[')
	}
	d.ptr(addr)
	if brackets {
		d.b = append(d.b, ']')
	}
}

// pxIPCStruct prints the struct a control command reads or fills.
func (d *Decoder) pxIPCStruct(name string, addr uint64, cmd uint32, brackets bool) {
	addr = d.ulong(addr)
	info := cmd == ipcInfo
	switch name {
	case "msgctl":
		info = info || cmd == msgInfo
	case "shmctl":
		if cmd == shmInfo {
			d.pxShmInfo(addr)
			return
		}
	case "semctl":
		info = info || cmd == semInfo
		if !info {
			// An unreadable semid_ds prints as its address, in
			// brackets when read through i386's ipc.
			if d.noDeref || d.c.Exited && d.c.Failed || !d.pxIPCDs(addr, cmd, syscalls.SemidDs) {
				d.pxIndirect(addr, brackets)
			}
			return
		}
	}
	addr, ok := d.pointee(addr)
	if !ok {
		return
	}
	switch {
	case info && name == "msgctl":
		d.pxIntsInfo(addr, []string{"msgpool", "msgmap", "msgmax", "msgmnb", "msgmni", "msgssz", "msgtql"}, "msgseg")
	case info && name == "semctl":
		d.pxIntsInfo(addr, []string{"semmap", "semmni", "semmns", "semmnu", "semmsl", "semopm", "semume", "semusz", "semvmx", "semaem"}, "")
	case info:
		d.pxShminfo(addr)
	case name == "msgctl":
		if !d.pxIPCDs(addr, cmd, syscalls.MsqidDs) {
			d.ptr(addr)
		}
	default:
		if !d.pxIPCDs(addr, cmd, syscalls.ShmidDs) {
			d.ptr(addr)
		}
	}
}

// pxIntsInfo prints struct msginfo or seminfo: ints, msginfo's last an
// unsigned short.
func (d *Decoder) pxIntsInfo(addr uint64, ints []string, short string) {
	size := 4 * len(ints)
	if short != "" {
		size += 4
	}
	b := d.scratch(size)
	if !d.read(addr, b) {
		return
	}
	for i, n := range ints {
		if i == 0 {
			d.b = append(d.b, '{')
		} else {
			d.b = append(d.b, ", "...)
		}
		d.b = append(d.b, n...)
		d.b = append(d.b, '=')
		d.b = strconv.AppendInt(d.b, int64(int32(le32(b[4*i:]))), 10)
	}
	if short != "" {
		d.fieldU(short, field{4 * len(ints), 2}.get(b), false)
	}
	d.b = append(d.b, '}')
}

// pxShminfo prints struct shminfo64 (shmctl's IPC_INFO): unsigned longs.
func (d *Decoder) pxShminfo(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:9*ps]
	if !d.read(addr, b) {
		return
	}
	for i, n := range [...]string{"shmmax", "shmmin", "shmmni", "shmseg", "shmall"} {
		if i == 0 {
			d.b = append(d.b, '{')
		}
		d.fieldU(n, field{i * ps, ps}.get(b), i == 0)
	}
	d.b = append(d.b, '}')
}

// pxShmInfo prints struct shm_info (shmctl's SHM_INFO).
func (d *Decoder) pxShmInfo(addr uint64) {
	if addr == 0 {
		d.b = append(d.b, "NULL"...)
		return
	}
	if d.c.Failed || d.noDeref {
		d.ptr(addr)
		return
	}
	ps := d.c.ABI.PointerSize()
	b := d.scratch(6 * ps)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{used_ids="...)
	d.b = strconv.AppendInt(d.b, int64(int32(le32(b))), 10)
	for i, n := range [...]string{"shm_tot", "shm_rss", "shm_swp", "swap_attempts", "swap_successes"} {
		d.fieldU(n, field{(i + 1) * ps, ps}.get(b), false)
	}
	d.b = append(d.b, '}')
}

// ipcDsLayout is where the fields of an IPC *id64_ds struct are in one
// ABI: the struct's size and its fields after the ipc64_perm.
type ipcDsLayout struct {
	size, modeSize int
	fields         []ipcDsField
}

// ipcDsField is one field of an *id64_ds after the permissions: its
// name, where it is, whether it prints signed, and whether IPC_SET
// shows it too.
type ipcDsField struct {
	name   string
	f      field
	signed bool
	set    bool
}

// The layouts of msqid64_ds, semid64_ds and shmid64_ds on x86_64 (and
// arm64) and on i386, in the order strace prints their fields.
var (
	msqidDs64 = ipcDsLayout{size: 120, modeSize: 4, fields: []ipcDsField{
		{"msg_stime", field{48, 8}, false, false}, {"msg_rtime", field{56, 8}, false, false},
		{"msg_ctime", field{64, 8}, false, false}, {"msg_qnum", field{80, 8}, false, false},
		{"msg_qbytes", field{88, 8}, false, true}, {"msg_lspid", field{96, 4}, true, false},
		{"msg_lrpid", field{100, 4}, true, false}}}
	msqidDs32 = ipcDsLayout{size: 88, modeSize: 2, fields: []ipcDsField{
		{"msg_stime", field{36, 4}, false, false}, {"msg_rtime", field{44, 4}, false, false},
		{"msg_ctime", field{52, 4}, false, false}, {"msg_qnum", field{64, 4}, false, false},
		{"msg_qbytes", field{68, 4}, false, true}, {"msg_lspid", field{72, 4}, true, false},
		{"msg_lrpid", field{76, 4}, true, false}}}
	semidDs64 = ipcDsLayout{size: 104, modeSize: 4, fields: []ipcDsField{
		{"sem_otime", field{48, 8}, false, false}, {"sem_ctime", field{64, 8}, false, false},
		{"sem_nsems", field{80, 8}, false, false}}}
	semidDs32 = ipcDsLayout{size: 64, modeSize: 2, fields: []ipcDsField{
		{"sem_otime", field{36, 4}, false, false}, {"sem_ctime", field{44, 4}, false, false},
		{"sem_nsems", field{52, 4}, false, false}}}
	shmidDs64 = ipcDsLayout{size: 112, modeSize: 4, fields: []ipcDsField{
		{"shm_segsz", field{48, 8}, false, false}, {"shm_cpid", field{80, 4}, true, false},
		{"shm_lpid", field{84, 4}, true, false}, {"shm_nattch", field{88, 8}, false, false},
		{"shm_atime", field{56, 8}, false, false}, {"shm_dtime", field{64, 8}, false, false},
		{"shm_ctime", field{72, 8}, false, false}}}
	shmidDs32 = ipcDsLayout{size: 84, modeSize: 2, fields: []ipcDsField{
		{"shm_segsz", field{36, 4}, false, false}, {"shm_cpid", field{64, 4}, true, false},
		{"shm_lpid", field{68, 4}, true, false}, {"shm_nattch", field{72, 4}, false, false},
		{"shm_atime", field{40, 4}, false, false}, {"shm_dtime", field{48, 4}, false, false},
		{"shm_ctime", field{56, 4}, false, false}}}
)

// pxIPCDs prints a msqid64_ds, semid64_ds or shmid64_ds as strace does:
// for IPC_SET only the fields the call sets. It returns false, having
// printed nothing, when the memory cannot be read (or is NULL).
func (d *Decoder) pxIPCDs(addr uint64, cmd uint32, kind syscalls.Struct) bool {
	narrow := d.c.ABI.PointerSize() == 4
	var l *ipcDsLayout
	switch kind {
	case syscalls.MsqidDs:
		l = &msqidDs64
		if narrow {
			l = &msqidDs32
		}
	case syscalls.SemidDs:
		l = &semidDs64
		if narrow {
			l = &semidDs32
		}
	default:
		l = &shmidDs64
		if narrow {
			l = &shmidDs32
		}
	}
	if addr == 0 {
		return false
	}
	b := d.buf[:l.size]
	if !d.readQuiet(addr, b) {
		return false
	}
	set := cmd == ipcSet
	perm := "shm_perm"
	switch kind {
	case syscalls.MsqidDs:
		perm = "msg_perm"
	case syscalls.SemidDs:
		perm = "sem_perm"
	}
	d.b = append(d.b, '{')
	d.b = append(d.b, perm...)
	d.b = append(d.b, "={uid="...)
	d.id(le32(b[4:]))
	d.b = append(d.b, ", gid="...)
	d.id(le32(b[8:]))
	d.b = append(d.b, ", mode="...)
	d.oct(field{20, l.modeSize}.get(b))
	if !set {
		d.fieldU("key", uint64(le32(b[0:])), false)
		d.b = append(d.b, ", cuid="...)
		d.id(le32(b[12:]))
		d.b = append(d.b, ", cgid="...)
		d.id(le32(b[16:]))
	}
	d.b = append(d.b, '}')
	for _, f := range l.fields {
		if set && !f.set {
			continue
		}
		if f.signed {
			d.fieldD(f.name, f.f.signed(b), false)
		} else {
			d.fieldU(f.name, f.f.get(b), false)
		}
	}
	d.b = append(d.b, '}')
	return true
}

// pxSembufs prints an array of struct sembuf:
// [{sem_num=0, sem_op=-1, sem_flg=SEM_UNDO}].
func (d *Decoder) pxSembufs(addr, n uint64) {
	d.arrayOf(addr, n, 6, func(e []byte) {
		d.b = append(d.b, "{sem_num="...)
		d.b = strconv.AppendUint(d.b, uint64(uint16(e[0])|uint16(e[1])<<8), 10)
		d.b = append(d.b, ", sem_op="...)
		d.b = strconv.AppendInt(d.b, int64(int16(uint16(e[2])|uint16(e[3])<<8)), 10)
		d.b = append(d.b, ", sem_flg="...)
		d.flags(syscalls.SemopFlags, uint64(uint16(e[4])|uint16(e[5])<<8))
		d.b = append(d.b, '}')
	})
}

// pxMsgbuf prints struct msgbuf with count bytes of text:
// {mtype=1, mtext="hello"}.
func (d *Decoder) pxMsgbuf(addr, count uint64) {
	ps := d.c.ABI.PointerSize()
	// strace reads sizeof(struct msgbuf): mtype and the first byte of
	// mtext, padded.
	b := d.scratch(2 * ps)
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{mtype="...)
	d.b = strconv.AppendInt(d.b, field{0, ps}.signed(b), 10)
	d.b = append(d.b, ", mtext="...)
	d.buffer(addr+uint64(ps), count)
	d.b = append(d.b, '}')
}

// pxSigevent prints struct sigevent as strace's print_sigevent.
func (d *Decoder) pxSigevent(addr uint64) {
	ps := d.c.ABI.PointerSize()
	b := d.scratch(3*ps + 8)
	if !d.read(addr, b) {
		return
	}
	ptr := field{0, ps}.get(b)
	signo := int32(le32(b[ps:]))
	notify := le32(b[ps+4:])
	d.b = append(d.b, '{')
	if ptr != 0 {
		d.b = append(d.b, "sigev_value={sival_int="...)
		d.b = strconv.AppendInt(d.b, int64(int32(le32(b))), 10)
		d.b = append(d.b, ", sival_ptr="...)
		d.ptr(ptr)
		d.b = append(d.b, "}, "...)
	}
	d.b = append(d.b, "sigev_signo="...)
	switch notify {
	case sigevSignal, sigevThread, sigevThrdID:
		d.signal(int(signo))
	default:
		d.b = strconv.AppendUint(d.b, uint64(uint32(signo)), 10)
	}
	d.b = append(d.b, ", sigev_notify="...)
	d.enum(syscalls.SigevNotify, uint64(notify))
	un := ps + 8
	switch notify {
	case sigevThrdID:
		d.fieldD("sigev_notify_thread_id", int64(int32(le32(b[un:]))), false)
	case sigevThread:
		d.b = append(d.b, ", sigev_notify_function="...)
		d.ptr(field{un, ps}.get(b))
		d.b = append(d.b, ", sigev_notify_attributes="...)
		d.ptr(field{un + ps, ps}.get(b))
	}
	d.b = append(d.b, '}')
}

// pxMqAttr prints struct mq_attr; mq_flags by name when flags says so
// (mq_getsetattr), in hex otherwise (mq_open).
func (d *Decoder) pxMqAttr(addr uint64, flags bool) {
	ps := d.c.ABI.PointerSize()
	b := d.buf[:8*ps]
	if !d.read(addr, b) {
		return
	}
	d.b = append(d.b, "{mq_flags="...)
	if flags {
		d.flags(syscalls.MqAttrFlags, field{0, ps}.get(b))
	} else {
		d.hex(field{0, ps}.get(b))
	}
	d.fieldD("mq_maxmsg", field{ps, ps}.signed(b), false)
	d.fieldD("mq_msgsize", field{2 * ps, ps}.signed(b), false)
	d.fieldD("mq_curmsgs", field{3 * ps, ps}.signed(b), false)
	d.b = append(d.b, '}')
}

// mq_open(name, oflag, mode, attr): the mode and attributes only when
// O_CREAT is set.
func decodeMqOpen(d *Decoder, exiting bool) bool {
	d.args(0, 2)
	if d.c.Args[1]&oCreat != 0 {
		d.sep()
		d.oct(uint64(uint16(d.c.Args[2])))
		d.sep()
		d.argAt(3)
	}
	return true
}

// mq_timedreceive(mqdes, msg, len, prio, timeout): everything but the
// descriptor at exit; the timeout, which the kernel read, even when the
// call failed.
func decodeMqTimedreceive(d *Decoder, exiting bool) bool {
	if !exiting {
		d.argAt(0)
		d.sep()
		return false
	}
	d.pxArgs(1, 5)
	return true
}

// ipc(call, first, second, third, ptr, fifth): i386's multiplexer, which
// strace prints as the call it makes (semop(...)), with that call's
// arguments from the multiplexer's; a call number it does not know prints
// as ipc(...) with the arguments in hex.
func decodeIPC(d *Decoder, exiting bool) bool {
	call := uint32(d.c.Args[0])
	name := ipcSubcallName(call & 0xffff)
	if name == "" {
		if exiting {
			return true
		}
		if version := call >> 16; version != 0 {
			d.b = strconv.AppendUint(d.b, uint64(version), 10)
			d.b = append(d.b, "<<16|"...)
		}
		d.b = strconv.AppendUint(d.b, uint64(call&0xffff), 10)
		for i := 1; i < 6; i++ {
			d.sep()
			d.hex(d.ulong(d.c.Args[i]))
		}
		return true
	}
	if !exiting {
		// Print the call's name in place of "ipc".
		if n := len(d.b); n >= len("ipc(") && string(d.b[n-len("ipc("):]) == "ipc(" {
			d.b = append(d.b[:n-len("ipc(")], name...)
			d.b = append(d.b, '(')
		}
	}
	ia := d.ipcCallArgs()
	switch name {
	case "semget", "msgget", "shmget":
		return decodeIPCGet(d, exiting)
	case "semctl", "msgctl", "shmctl":
		return decodeIPCCtl(d, exiting)
	case "semop", "semtimedop":
		d.b = strconv.AppendInt(d.b, int64(int32(ia.a[0])), 10)
		d.sep()
		d.pxSembufs(d.ulong(ia.a[3]), uint64(uint32(ia.a[1])))
		d.sep()
		d.b = strconv.AppendUint(d.b, uint64(uint32(ia.a[1])), 10)
		if name == "semtimedop" {
			d.sep()
			if p := d.ulong(ia.a[4]); p == 0 {
				d.b = append(d.b, "NULL"...)
			} else if d.noDeref {
				d.ptr(p)
			} else {
				d.pxTimeStructAt(p, 4, 1, tsNsec)
			}
		}
		return true
	case "msgsnd":
		d.b = strconv.AppendInt(d.b, int64(int32(ia.a[0])), 10)
		d.sep()
		d.pxMsgbufArg(ia.a[3], d.ulong(ia.a[1]))
		d.sep()
		d.b = strconv.AppendUint(d.b, d.ulong(ia.a[1]), 10)
		d.sep()
		d.flags(syscalls.MsgFlagsIPC, uint64(uint32(ia.a[2])))
		return true
	case "msgrcv":
		if !exiting {
			d.b = strconv.AppendInt(d.b, int64(int32(ia.a[0])), 10)
			d.sep()
			return false
		}
		msgp, msgtyp := ia.a[3], ia.a[4]
		if call>>16 == 0 {
			// The old calling convention: ptr points to struct
			// ipc_kludge { msgp, msgtyp }.
			b := d.scratch(8)
			p := d.ulong(ia.a[3])
			switch {
			case p == 0:
				d.b = append(d.b, "NULL"...)
			case d.c.Failed || d.noDeref || !d.readQuiet(p, b):
				d.ptr(p)
			}
			if p == 0 || d.c.Failed || d.noDeref || !d.readQuiet(p, b) {
				d.sep()
				d.b = strconv.AppendUint(d.b, d.ulong(ia.a[1]), 10)
				d.sep()
				d.flags(syscalls.MsgFlagsIPC, uint64(uint32(ia.a[2])))
				return true
			}
			msgp, msgtyp = uint64(le32(b)), uint64(int64(int32(le32(b[4:]))))
		}
		d.pxMsgbufArg(msgp, d.ulong(ia.a[1]))
		d.sep()
		d.b = strconv.AppendUint(d.b, d.ulong(ia.a[1]), 10)
		d.sep()
		d.b = strconv.AppendInt(d.b, d.long(msgtyp), 10)
		d.sep()
		d.flags(syscalls.MsgFlagsIPC, uint64(uint32(ia.a[2])))
		return true
	case "shmat":
		if !exiting {
			d.b = strconv.AppendInt(d.b, int64(int32(ia.a[0])), 10)
			d.sep()
			d.ptr(ia.a[3])
			d.sep()
			d.flags(syscalls.ShmFlags, uint64(uint32(ia.a[1])))
			return false
		}
		if d.c.Failed {
			return true
		}
		// The address the segment was attached at is stored at
		// third; strace shows it as the return value.
		b := d.scratch(4)
		if !d.readQuiet(d.ulong(ia.a[2]), b) {
			d.setReturn(syscalls.RetNone)
			return true
		}
		d.c.Ret = int64(le32(b))
		d.setReturn(syscalls.RetHex)
		return true
	case "shmdt":
		d.ptr(ia.a[3])
		return true
	}
	return true
}

// pxMsgbufArg prints a struct msgbuf argument: NULL, or the struct with
// count bytes of text, or its address when the call failed at exit or
// the memory cannot be read.
func (d *Decoder) pxMsgbufArg(addr, count uint64) {
	if addr, ok := d.pointee(addr); ok {
		d.pxMsgbuf(addr, count)
	}
}

// CallName returns the name strace shows for a call: its own, except for
// i386's ipc, which strace shows as the call it makes (semop, shmat, ...)
// when it knows it. The decoder prints that name (ipc's decoder replaces
// "ipc"); filters and other outputs that name calls should use it too.
func CallName(c *syscalls.Call) string {
	if c.Sys == nil {
		return ""
	}
	if c.Sys.Name == "ipc" {
		if name := ipcSubcallName(uint32(c.Args[0]) & 0xffff); name != "" {
			return name
		}
	}
	return c.Sys.Name
}
