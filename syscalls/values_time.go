package syscalls

// Named constants for clocks and timers,
// as strace 6.1 names them.
//
// The tables follow strace 6.1's xlat tables (src/xlat/*.in) entry for
// entry: flag sets print their names in table order, which is strace's
// order, not numeric order. Values are x86_64's unless a name says ARM64.
//
// Like strace, a decoder looks most arguments up by their low 32 bits
// (strace's printxval and printflags take an unsigned int; only its
// printxval64/printflags64 calls, as for mmap's prot and flags, clone's
// flags or ptrace's request, use all 64), and the values here are what
// strace stores: a negative constant is its 32-bit two's complement.

// ClockIds are the clock ids of clock_gettime and friends, timer_create and
// timerfd_create. strace 6.1 as built (without CLOCKID_TO_FD) does not
// decode CPU-time and fd clocks: a negative id prints as its 32-bit value in
// hex with the default comment, clock_gettime(0xfffefdf6 /* CLOCK_??? */,
// ...).
var ClockIds = &Values{
	Name:    "ClockIds",
	Unknown: "CLOCK_???",
	Vals: []Value{
		{0, "CLOCK_REALTIME"},
		{1, "CLOCK_MONOTONIC"},
		{2, "CLOCK_PROCESS_CPUTIME_ID"},
		{3, "CLOCK_THREAD_CPUTIME_ID"},
		{4, "CLOCK_MONOTONIC_RAW"},
		{5, "CLOCK_REALTIME_COARSE"},
		{6, "CLOCK_MONOTONIC_COARSE"},
		{7, "CLOCK_BOOTTIME"},
		{8, "CLOCK_REALTIME_ALARM"},
		{9, "CLOCK_BOOTTIME_ALARM"},
		{10, "CLOCK_SGI_CYCLE"},
		{11, "CLOCK_TAI"},
	},
}

// TimerFlags are the flags of clock_nanosleep and timer_settime.
var TimerFlags = &Values{
	Name:    "TimerFlags",
	Unknown: "TIMER_???",
	Vals: []Value{
		{0x1, "TIMER_ABSTIME"},
	},
}

// TimerfdFlags are timerfd_create's flags. strace 6.1 prints
// timerfd_settime's flags with this same table (TimerfdSettimeFlags).
var TimerfdFlags = &Values{
	Name:    "TimerfdFlags",
	Unknown: "TFD_???",
	Vals: []Value{
		{0x1, "TFD_TIMER_ABSTIME"},
		{0x2, "TFD_TIMER_CANCEL_ON_SET"},
		{0x80000, "TFD_CLOEXEC"},
		{0x800, "TFD_NONBLOCK"},
	},
}

// ItimerWhich are getitimer's and setitimer's which values.
var ItimerWhich = &Values{
	Name:    "ItimerWhich",
	Unknown: "ITIMER_???",
	Vals: []Value{
		{0, "ITIMER_REAL"},
		{1, "ITIMER_VIRTUAL"},
		{2, "ITIMER_PROF"},
	},
}

// AdjtimexModes are struct timex's modes bits.
var AdjtimexModes = &Values{
	Name:    "AdjtimexModes",
	Unknown: "ADJ_???",
	Vals: []Value{
		{0xa001, "ADJ_OFFSET_SS_READ"},
		{0x8001, "ADJ_OFFSET_SINGLESHOT"},
		{0x1, "ADJ_OFFSET"},
		{0x2, "ADJ_FREQUENCY"},
		{0x4, "ADJ_MAXERROR"},
		{0x8, "ADJ_ESTERROR"},
		{0x10, "ADJ_STATUS"},
		{0x20, "ADJ_TIMECONST"},
		{0x80, "ADJ_TAI"},
		{0x100, "ADJ_SETOFFSET"},
		{0x1000, "ADJ_MICRO"},
		{0x2000, "ADJ_NANO"},
		{0x4000, "ADJ_TICK"},
	},
}

// AdjtimexStatus are struct timex's status bits.
var AdjtimexStatus = &Values{
	Name:    "AdjtimexStatus",
	Unknown: "STA_???",
	Vals: []Value{
		{0x1, "STA_PLL"},
		{0x2, "STA_PPSFREQ"},
		{0x4, "STA_PPSTIME"},
		{0x8, "STA_FLL"},
		{0x10, "STA_INS"},
		{0x20, "STA_DEL"},
		{0x40, "STA_UNSYNC"},
		{0x80, "STA_FREQHOLD"},
		{0x100, "STA_PPSSIGNAL"},
		{0x200, "STA_PPSJITTER"},
		{0x400, "STA_PPSWANDER"},
		{0x800, "STA_PPSERROR"},
		{0x1000, "STA_CLOCKERR"},
		{0x2000, "STA_NANO"},
		{0x4000, "STA_MODE"},
		{0x8000, "STA_CLK"},
	},
}

// AdjtimexState names adjtimex's and clock_adjtime's return value, as = 5
// (TIME_ERROR).
var AdjtimexState = &Values{
	Name: "AdjtimexState",
	Vals: []Value{
		{0, "TIME_OK"},
		{1, "TIME_INS"},
		{2, "TIME_DEL"},
		{3, "TIME_OOP"},
		{4, "TIME_WAIT"},
		{5, "TIME_ERROR"},
	},
}

// TimerfdSettimeFlags are timerfd_settime's flags: strace 6.1 prints them
// with the timerfd_create table.
var TimerfdSettimeFlags = TimerfdFlags
