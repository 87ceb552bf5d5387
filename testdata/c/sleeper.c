// sleeper sleeps for the number of seconds in its first argument (default
// 30), so tests can interrupt a traced program that is blocked.
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
	unsigned n = argc > 1 ? (unsigned)atoi(argv[1]) : 30;
	sleep(n);
	return 0;
}
