/* hostile_io_uring: sets up an io_uring, through which every operation
 * (open, connect, write...) would run without a system call of its own,
 * out of the reach of a seccomp filter.
 *
 *   hostile_io_uring DIR
 *
 * Says "ESCAPED" on stdout if the ring exists. Exits 0. */
#include <errno.h>
#include <linux/io_uring.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct io_uring_params p;
	memset(&p, 0, sizeof p);
	long fd = syscall(SYS_io_uring_setup, 8, &p);
	if (fd >= 0)
		printf("ESCAPED io_uring fd %ld\n", fd);
	else
		printf("io_uring_setup: %s\n", strerror(errno));
	return 0;
}
