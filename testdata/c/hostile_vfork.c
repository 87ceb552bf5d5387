/* hostile_vfork: tries to start a second process with vfork (x86_64 nr 58),
 * the child running on the parent's memory until it exits.
 *
 *   hostile_vfork DIR
 *
 * The child says so on stdout and tries to leave DIR/ESCAPED-vfork; under
 * the judge it never runs. Exits 0. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	/* Prepared before vfork: the child only makes system calls. */
	char path[512];
	snprintf(path, sizeof path, "%s/ESCAPED-vfork", argv[1]);
	static const char msg[] = "ESCAPED vfork child ran\n";
	pid_t p = vfork();
	if (p == 0) {
		write(1, msg, sizeof msg - 1);
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0)
			close(fd);
		_exit(0);
	}
	if (p > 0) {
		printf("ESCAPED vfork returned %d\n", p);
		waitpid(p, NULL, 0);
	}
	return 0;
}
