/* hostile_clone3: clone3 keeps its flags in memory, where the judge's
 * seccomp filter cannot read them, so the judge fails it with ENOSYS (the
 * C library then falls back to clone). This program tries a fork-like
 * clone3 and an untraced one; each must fail with ENOSYS.
 *
 *   hostile_clone3 DIR
 *
 * Prints "clone3 fork: ENOSYS" and "clone3 untraced: ENOSYS" and exits 0
 * when refused; a child that runs says so on stdout and tries to leave
 * DIR/ESCAPED-clone3. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef SYS_clone3
#define SYS_clone3 435
#endif

static int try(const char *dir, const char *name, uint64_t flags)
{
	struct clone_args args;
	memset(&args, 0, sizeof args);
	args.flags = flags;
	args.exit_signal = SIGCHLD;
	long p = syscall(SYS_clone3, &args, sizeof args);
	if (p == 0) {
		char path[512];
		static const char msg[] = "ESCAPED clone3 child ran\n";
		write(1, msg, sizeof msg - 1);
		snprintf(path, sizeof path, "%s/ESCAPED-clone3-%s", dir, name);
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0)
			close(fd);
		_exit(0);
	}
	if (p > 0) {
		printf("ESCAPED clone3 %s returned %ld\n", name, p);
		waitpid((pid_t)p, NULL, 0);
		return 1;
	}
	printf("clone3 %s: %s\n", name, errno == ENOSYS ? "ENOSYS" : strerror(errno));
	return errno != ENOSYS;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	int bad = try(argv[1], "fork", 0);
	bad |= try(argv[1], "untraced", CLONE_UNTRACED);
	return bad;
}
