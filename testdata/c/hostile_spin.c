/* hostile_spin: burns CPU in user space, bounded at 20 seconds of wall
 * time (far past any limit the tests set).
 *
 *   hostile_spin DIR          spins
 *   hostile_spin DIR ignore   ignores SIGXCPU (RLIMIT_CPU's warning at the
 *                             soft limit) first, then spins
 *
 * Prints "ESCAPED spun 20 seconds" if it is not stopped first. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	if (argc > 2 && strcmp(argv[2], "ignore") == 0)
		signal(SIGXCPU, SIG_IGN);
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	time_t end = ts.tv_sec + 20;
	volatile unsigned long x = 0;
	do {
		for (int k = 0; k < 1000000; k++)
			x++;
		clock_gettime(CLOCK_MONOTONIC, &ts);
	} while (ts.tv_sec < end);
	printf("ESCAPED spun 20 seconds\n");
	return 0;
}
