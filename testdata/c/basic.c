// basic makes a handful of deterministic system calls whose exact strace
// lines the tests know: a write of a known buffer, an open of a missing
// file, a short read, a signal sent to itself, and a non-zero exit.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void on_usr1(int sig) { (void)sig; }

int main(void) {
	// write of a known buffer, with characters strace escapes
	syscall(SYS_write, 1, "hello, gotrace\n\t\"\\\001\377", 20);

	// open of a missing file
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/gotrace-missing", O_RDONLY | O_CLOEXEC);

	// short read: 3 bytes in a pipe, 100 asked for
	int p[2];
	syscall(SYS_pipe2, p, O_CLOEXEC);
	syscall(SYS_write, p[1], "abc", 3);
	char buf[100];
	syscall(SYS_read, p[0], buf, sizeof buf);
	syscall(SYS_close, p[0]);
	syscall(SYS_close, p[1]);

	// a signal sent to itself, caught by a handler
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	syscall(SYS_kill, syscall(SYS_getpid), SIGUSR1);

	// a non-zero exit
	syscall(SYS_exit_group, 7);
	return 0;
}
