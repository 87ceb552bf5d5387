/* hostile_output: floods an output stream with up to 16 MiB.
 *
 *   hostile_output DIR stdout
 *   hostile_output DIR stderr
 *
 * Ends with "ESCAPED wrote 16 MiB" on that stream if not stopped. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	int fd = strcmp(argv[2], "stderr") == 0 ? 2 : 1;
	static char buf[64 << 10];
	memset(buf, 'x', sizeof buf);
	for (int i = 0; i < 256; i++) {
		if (write(fd, buf, sizeof buf) < 0)
			return 1;
	}
	static const char msg[] = "\nESCAPED wrote 16 MiB\n";
	write(fd, msg, sizeof msg - 1);
	return 0;
}
