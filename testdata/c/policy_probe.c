/* policy_probe: makes the calls named on its command line, in order, and
 * prints each result, so that tests see what a policy let through:
 *   socket-inet, socket-unix  socket(AF_INET/AF_UNIX, SOCK_STREAM, 0)
 *   getppid                   getppid()
 *   x32-getpid                getpid with the x32 bit (0x40000000 | 39)
 *   seccomp                   the Seccomp: line of /proc/self/status
 * Output: "NAME RESULT ERRNO", one line each, flushed at once. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

static void report(const char *name, long r)
{
	printf("%s %ld %d\n", name, r, r < 0 ? errno : 0);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		errno = 0;
		if (!strcmp(a, "socket-inet")) {
			report(a, socket(AF_INET, SOCK_STREAM, 0));
		} else if (!strcmp(a, "socket-unix")) {
			report(a, socket(AF_UNIX, SOCK_STREAM, 0));
		} else if (!strcmp(a, "getppid")) {
			report(a, syscall(SYS_getppid));
		} else if (!strcmp(a, "x32-getpid")) {
			report(a, syscall(0x40000000 | SYS_getpid));
		} else if (!strcmp(a, "seccomp")) {
			char line[256];
			FILE *f = fopen("/proc/self/status", "r");
			while (f && fgets(line, sizeof line, f))
				if (!strncmp(line, "Seccomp:", 8))
					fputs(line, stdout);
			fflush(stdout);
		}
	}
	return 0;
}
