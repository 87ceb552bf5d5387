package syscalls

// Signatures of calls about clocks, timers and sleeping. i386 has a
// *_time64 twin of most, taking 64-bit time structs.
var _ = family(func() {
	register(map[string]*Signature{
		"time":             sig(RetInt, aOut("tloc", TimeT)),
		"stime":            sig(RetInt, aOut("tptr", TimeT)),
		"gettimeofday":     sig(RetInt, aOut("tv", Timeval), aOut("tz", Timezone)),
		"settimeofday":     sig(RetInt, aIn("tv", Timeval), aIn("tz", Timezone)),
		"clock_settime":    sig(RetInt, aEnum("which_clock", ClockIds), aIn("tp", Timespec)),
		"clock_gettime":    sig(RetInt, aEnum("which_clock", ClockIds), aOut("tp", Timespec)),
		"clock_getres":     sig(RetInt, aEnum("which_clock", ClockIds), aOut("tp", Timespec)),
		"clock_adjtime":    sig(RetInt, aEnum("which_clock", ClockIds), aOut("utx", Timex)),
		"adjtimex":         sig(RetInt, aOut("txc_p", Timex)),
		"clock_nanosleep":  sig(RetInt, aEnum("which_clock", ClockIds), aFlags("flags", TimerFlags), aIn("rqtp", Timespec), aDep("rmtp")),
		"nanosleep":        sig(RetInt, aIn("rqtp", Timespec), aDep("rmtp")),
		"alarm":            sig(RetInt, aUint("seconds")),
		"getitimer":        sig(RetInt, aEnum("which", ItimerWhich), aOut("value", Itimerval)),
		"setitimer":        sig(RetInt, aEnum("which", ItimerWhich), aIn("value", Itimerval), aOut("ovalue", Itimerval)),
		"timer_create":     sig(RetInt, aEnum("which_clock", ClockIds), aIn("timer_event_spec", Sigevent), aOut("created_timer_id", IntPtr)),
		"timer_settime":    sig(RetInt, aInt("timer_id"), aFlags("flags", TimerFlags), aIn("new_setting", Itimerspec), aOut("old_setting", Itimerspec)),
		"timer_gettime":    sig(RetInt, aInt("timer_id"), aOut("setting", Itimerspec)),
		"timer_getoverrun": sig(RetInt, aInt("timer_id")),
		"timer_delete":     sig(RetInt, aInt("timer_id")),
		"timerfd_create":   sig(RetFd, aEnum("clockid", ClockIds), aFlags("flags", TimerfdFlags)),
		"timerfd_settime":  sig(RetInt, aFd("ufd"), aFlags("flags", TimerfdFlags), aIn("utmr", Itimerspec), aOut("otmr", Itimerspec)),
		"timerfd_gettime":  sig(RetInt, aFd("ufd"), aOut("otmr", Itimerspec)),

		// i386's 64-bit time calls.
		"clock_settime64":        sig(RetInt, aEnum("which_clock", ClockIds), aIn("tp", Timespec64)),
		"clock_gettime64":        sig(RetInt, aEnum("which_clock", ClockIds), aOut("tp", Timespec64)),
		"clock_getres_time64":    sig(RetInt, aEnum("which_clock", ClockIds), aOut("tp", Timespec64)),
		"clock_adjtime64":        sig(RetInt, aEnum("which_clock", ClockIds), aOut("utx", Timex64)),
		"clock_nanosleep_time64": sig(RetInt, aEnum("which_clock", ClockIds), aFlags("flags", TimerFlags), aIn("rqtp", Timespec64), aDep("rmtp")),
		"timer_settime64":        sig(RetInt, aInt("timer_id"), aFlags("flags", TimerFlags), aIn("new_setting", Itimerspec64), aOut("old_setting", Itimerspec64)),
		"timer_gettime64":        sig(RetInt, aInt("timer_id"), aOut("setting", Itimerspec64)),
		"timerfd_settime64":      sig(RetInt, aFd("ufd"), aFlags("flags", TimerfdFlags), aIn("utmr", Itimerspec64), aOut("otmr", Itimerspec64)),
		"timerfd_gettime64":      sig(RetInt, aFd("ufd"), aOut("otmr", Itimerspec64)),
	})
})
