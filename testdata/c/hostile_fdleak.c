/* hostile_fdleak: looks for descriptors it was not meant to inherit (a
 * file or socket the judge's caller had open without close-on-exec) and
 * writes through every one it finds: only 0, 1 and 2 may reach it.
 *
 *   hostile_fdleak DIR
 *
 * Says "ESCAPED fd N" on stdout for each descriptor above 2 it could
 * write to, else "no inherited descriptors". Exits 0. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	int found = 0;
	for (int fd = 3; fd < 256; fd++) {
		if (fcntl(fd, F_GETFD) < 0)
			continue;
		found++;
		if (write(fd, "ESCAPED\n", 8) == 8)
			printf("ESCAPED fd %d written\n", fd);
		else
			printf("fd %d open\n", fd);
	}
	if (!found)
		printf("no inherited descriptors\n");
	return 0;
}
