// stopcont stops itself with SIGSTOP; a child it forked first sends it
// SIGCONT 100ms later. It exits with status 0 only if the stop really held
// it until then (as it does untraced), 1 otherwise.
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void) {
	pid_t parent = getpid();
	pid_t child = fork();
	if (child == 0) {
		struct timespec ts = {0, 100 * 1000 * 1000};
		nanosleep(&ts, NULL);
		kill(parent, SIGCONT);
		_exit(0);
	}
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	kill(parent, SIGSTOP);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	waitpid(child, NULL, 0);
	return ms >= 80 ? 0 : 1;
}
