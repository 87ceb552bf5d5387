/* hostile_clone: tries clone with flags the judge refuses.
 *
 *   hostile_clone DIR process   raw clone(SIGCHLD): a process, not a thread
 *   hostile_clone DIR vm        clone(CLONE_VM|CLONE_FS|CLONE_FILES|
 *                               CLONE_SIGHAND|SIGCHLD): shares memory but
 *                               is a process of its own (no CLONE_THREAD)
 *   hostile_clone DIR untraced  clone(CLONE_THREAD|...|CLONE_UNTRACED): a
 *                               thread the tracer would never see
 *
 * The vm and untraced variants go through glibc's clone(), which hands the
 * flags to the clone system call as they are. Whatever is created says so
 * on stdout and tries to leave DIR/ESCAPED-clone-*. Exits 0. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static char path[512];
static char msg[128];
static volatile int ran;

static int child(void *arg)
{
	(void)arg;
	write(1, msg, strlen(msg));
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0)
		close(fd);
	ran = 1;
	if (strstr(msg, "untraced")) {
		/* A thread: end only itself. */
		syscall(SYS_exit, 0);
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	const char *mode = argv[2];
	snprintf(path, sizeof path, "%s/ESCAPED-clone-%s", argv[1], mode);
	snprintf(msg, sizeof msg, "ESCAPED clone %s child ran\n", mode);
	if (strcmp(mode, "process") == 0) {
		long p = syscall(SYS_clone, (long)SIGCHLD, 0L, 0L, 0L, 0L);
		if (p == 0) {
			child(NULL);
			_exit(0);
		}
		if (p > 0) {
			printf("ESCAPED clone process returned %ld\n", p);
			waitpid((pid_t)p, NULL, 0);
		}
		return 0;
	}
	size_t size = 256 << 10;
	char *stack = malloc(size);
	if (!stack)
		return 2;
	int flags;
	if (strcmp(mode, "vm") == 0)
		flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | SIGCHLD;
	else if (strcmp(mode, "untraced") == 0)
		flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
			CLONE_UNTRACED;
	else
		return 2;
	int p = clone(child, stack + size, flags, NULL);
	if (p > 0) {
		printf("ESCAPED clone %s returned %d\n", mode, p);
		fflush(stdout);
		if (flags & CLONE_THREAD) {
			for (int i = 0; i < 200 && !ran; i++)
				usleep(5000);
		} else {
			waitpid(p, NULL, __WALL);
		}
	}
	return 0;
}
