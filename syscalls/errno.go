package syscalls

// ErrnoName returns the name of error number e, as "ENOENT", or "" if it
// has none. Besides the errno values 1..133 it knows the kernel-internal
// codes (512 ERESTARTSYS and up) a tracer can see in a syscall-exit stop.
func ErrnoName(e uint64) string {
	if e < uint64(len(errnoNames)) {
		return errnoNames[e]
	}
	return ""
}

// ErrnoText returns the message for error number e as strace prints it
// after the name: glibc's strerror text in the C locale ("No such file or
// directory"), or strace's own for the kernel-internal codes ("To be
// restarted if SA_RESTART is set"). It returns "" for a number with no
// name.
func ErrnoText(e uint64) string {
	if e < uint64(len(errnoText)) {
		return errnoText[e]
	}
	return ""
}
