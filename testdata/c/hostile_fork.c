/* hostile_fork: tries to start a second process with fork.
 *
 *   hostile_fork DIR raw    the fork system call itself (x86_64 nr 57)
 *   hostile_fork DIR libc   glibc's fork(), which is clone(SIGCHLD|...)
 *   hostile_fork DIR bomb   a fork bomb, bounded to 50 children
 *
 * A child that runs says so on stdout (an inherited descriptor, which the
 * judge lets it write) and tries to leave DIR/ESCAPED-fork-*; the parent
 * says so too when fork returns a pid. Under the judge none of it may
 * happen. Exits 0. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *dir;

static void escaped(const char *what)
{
	char msg[256], path[512];
	int n = snprintf(msg, sizeof msg, "ESCAPED %s pid %d\n", what, getpid());
	write(1, msg, n);
	snprintf(path, sizeof path, "%s/ESCAPED-%s-%d", dir, what, getpid());
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0)
		close(fd);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	dir = argv[1];
	const char *mode = argv[2];
	if (strcmp(mode, "bomb") == 0) {
		int n = 0;
		for (int i = 0; i < 50; i++) {
			pid_t p = fork();
			if (p == 0) {
				escaped("bomb-child");
				usleep(300000);
				_exit(0);
			}
			if (p > 0)
				n++;
		}
		if (n > 0)
			escaped("bomb-parent");
		while (wait(NULL) > 0)
			;
		return 0;
	}
	pid_t p = strcmp(mode, "raw") == 0 ? (pid_t)syscall(SYS_fork) : fork();
	if (p == 0) {
		escaped("fork-child");
		_exit(0);
	}
	if (p > 0) {
		escaped("fork-parent");
		waitpid(p, NULL, 0);
	}
	return 0;
}
