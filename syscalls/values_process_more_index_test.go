package syscalls

// The tables of values_process_more.go, for the checks of values_test.go.
func init() {
	prctl := []string{"linux/prctl.h"}
	valueTables = append(valueTables,
		valueTable{name: "PrCapAmbient", vs: PrCapAmbient, headers: prctl},
		valueTable{name: "PrDumpable", vs: PrDumpable, cskip: "kernel-internal names (include/linux/sched/coredump.h)"},
		valueTable{name: "PrFpMode", vs: PrFpMode, flags: true, headers: prctl},
		valueTable{name: "PrMceKill", vs: PrMceKill, headers: prctl},
		valueTable{name: "PrMceKillPolicy", vs: PrMceKillPolicy, headers: prctl},
		valueTable{name: "PrPacEnabledKeys", vs: PrPacEnabledKeys, flags: true, headers: prctl},
		valueTable{name: "PrPacKeys", vs: PrPacKeys, flags: true, headers: prctl},
		valueTable{name: "PrSchedCoreCmds", vs: PrSchedCoreCmds, headers: prctl},
		valueTable{name: "PrSchedCorePidtypes", vs: PrSchedCorePidtypes, cskip: "kernel-internal names (enum pid_type, include/linux/pid.h)"},
		valueTable{name: "PrSetMm", vs: PrSetMm, headers: prctl},
		valueTable{name: "PrSetVma", vs: PrSetVma, headers: prctl},
		valueTable{name: "PrSmeVlFlags", vs: PrSmeVlFlags, flags: true, headers: prctl},
		valueTable{name: "PrSpecCmds", vs: PrSpecCmds, headers: prctl},
		valueTable{name: "PrSpecGetStoreBypassFlags", vs: PrSpecGetStoreBypassFlags, flags: true, headers: prctl},
		valueTable{name: "PrSpecSetStoreBypassFlags", vs: PrSpecSetStoreBypassFlags, headers: prctl},
		valueTable{name: "PrSudCmds", vs: PrSudCmds, headers: prctl},
		valueTable{name: "PrSveVlFlags", vs: PrSveVlFlags, flags: true, headers: prctl},
		valueTable{name: "PrTaggedAddrEnable", vs: PrTaggedAddrEnable, flags: true, headers: prctl},
		valueTable{name: "PrTaggedAddrMteTcf", vs: PrTaggedAddrMteTcf, headers: prctl},
		valueTable{name: "PrTsc", vs: PrTsc, headers: prctl},
		valueTable{name: "PrUnalignFlags", vs: PrUnalignFlags, flags: true, headers: prctl},
		valueTable{name: "Secbits", vs: Secbits, flags: true, headers: []string{"linux/securebits.h"}},
		valueTable{name: "NtDescriptorTypes", vs: NtDescriptorTypes, cskip: "glibc 2.36's elf.h lacks the newer ones, and linux/elf.h the old Solaris-derived ones; the two cannot be included together"},
		valueTable{name: "PtracePeeksiginfoFlags", vs: PtracePeeksiginfoFlags, flags: true, headers: []string{"linux/ptrace.h"}},
		valueTable{name: "PtraceSyscallInfoOps", vs: PtraceSyscallInfoOps, headers: []string{"linux/ptrace.h"}},
		valueTable{name: "FutexBitset", vs: FutexBitset, headers: []string{"linux/futex.h"}},
		valueTable{name: "FutexWaiterFlags", vs: FutexWaiterFlags, flags: true, headers: []string{"linux/futex.h"}},
		valueTable{name: "MqAttrFlags", vs: MqAttrFlags, flags: true, headers: []string{"fcntl.h"}},
		valueTable{name: "IpcCalls", vs: IpcCalls, headers: []string{"linux/ipc.h"}},
		valueTable{name: "Futex2Sizes", vs: Futex2Sizes, cskip: "added to linux/futex.h in Linux 6.7, after the installed headers"},
		valueTable{name: "Futex2Flags", vs: Futex2Flags, cskip: "added to linux/futex.h in Linux 6.7, after the installed headers"},
	)
}
