/* judge_flood: writes argv[1] KiB (default 100000) of 'x' to standard
 * output, 4 KiB at a time. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[4096];
	long n = argc > 1 ? atol(argv[1]) : 100000;
	memset(buf, 'x', sizeof buf);
	for (long i = 0; i < n; i++)
		if (write(1, buf, sizeof buf) != sizeof buf)
			return 1;
	return 0;
}
