package syscalls

// Struct kinds of the process, signal, time, IPC and scheduling families,
// from StructProcessBase. (Siginfo, Itimerspec, Itimerval, Sigevent,
// MqAttr, CloneArgs, Tms, SchedParam, Timex, CapHeader, CapData, Sembuf and
// RobustList, which these families use too, are in kinds.go.)
const (
	// IdPtr is a pointer to one uid_t or gid_t the call fills:
	// [1000], [-1] (getresuid).
	IdPtr Struct = StructProcessBase + iota
	// UintPtr is a pointer to one unsigned int: [3] (getcpu).
	UintPtr
	// UlongPtr is a pointer to one unsigned long of the ABI: [24]
	// (get_robust_list's length).
	UlongPtr
	// TimeT is a pointer to a time_t, shown with its date:
	// [1700000000 /* 2023-11-14T22:13:20+0000 */] (time).
	TimeT
	// Timespec64 is struct __kernel_timespec, 64-bit fields whatever the
	// ABI (i386's *_time64 calls).
	Timespec64
	// Itimerspec64 is struct __kernel_itimerspec (i386's *_time64 calls).
	Itimerspec64
	// Timex64 is struct __kernel_timex (i386's clock_adjtime64).
	Timex64
	// SchedAttr is struct sched_attr (sched_setattr, sched_getattr).
	SchedAttr
	// MsqidDs, SemidDs and ShmidDs are the IPC_STAT/IPC_SET structs of
	// msgctl, semctl and shmctl.
	MsqidDs
	SemidDs
	ShmidDs
	// Msgbuf is struct msgbuf, whose text's length is an argument
	// (msgsnd, msgrcv).
	Msgbuf
	// FutexWaitv is an array of struct futex_waitv, its count the
	// argument Arg.Len (futex_waitv).
	FutexWaitv
	// ThreadArea is struct user_desc as set_thread_area and
	// get_thread_area take it.
	ThreadArea
)
