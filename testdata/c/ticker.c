// ticker writes "tick\n" to stdout every 20ms for at most 60 seconds, for
// attach tests: a test attaches to it, detaches, and checks it goes on.
#include <time.h>
#include <unistd.h>

int main(void) {
	struct timespec ts = {0, 20 * 1000 * 1000};
	for (int i = 0; i < 3000; i++) {
		if (write(1, "tick\n", 5) != 5)
			return 1;
		nanosleep(&ts, NULL);
	}
	return 0;
}
