/* hostile_sleep: uses no CPU and never finishes, which only a wall-clock
 * limit ends. Bounded at 30 seconds.
 *
 *   hostile_sleep DIR sleep   nanosleep
 *   hostile_sleep DIR stop    stops itself with SIGSTOP (a stopped
 *                             program must still be killed at the limit)
 *   hostile_sleep DIR pipe    blocks reading a pipe nobody writes
 *
 * Prints "ESCAPED woke up" if it is not killed first. */
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	if (strcmp(argv[2], "stop") == 0) {
		raise(SIGSTOP);
	} else if (strcmp(argv[2], "pipe") == 0) {
		int p[2];
		if (pipe(p) != 0)
			return 2;
		struct pollfd pfd = {p[0], POLLIN, 0};
		poll(&pfd, 1, 30000);
	} else {
		sleep(30);
	}
	printf("ESCAPED woke up\n");
	return 0;
}
