/* hostile_suid: the set-user-ID program hostile_exec tries to run (the test
 * installs it owned by root, mode 4755). Run, it reports its effective user
 * on stdout and leaves DIR/ESCAPED-suid.
 *
 *   hostile_suid DIR TOKEN */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	char path[512];
	printf("ESCAPED suid ran, euid %d\n", (int)geteuid());
	fflush(stdout);
	snprintf(path, sizeof path, "%s/ESCAPED-suid", argv[1]);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0)
		close(fd);
	return 0;
}
