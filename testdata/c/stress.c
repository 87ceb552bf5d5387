// stress exercises -f: 16 threads each making exactly NCALLS getppid calls
// while sending signals to the main thread, a forked child making NCALLS
// getppid calls, and finally an execve from a thread that is not the
// leader, into this program again ("after-exec"), which makes NCALLS more.
// Nothing else in it calls getppid, so a trace can count them per thread.
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define NTHREADS 16
#define NCALLS 100

static atomic_int signals;
static pid_t main_tid;
static char *self;

static void on_usr1(int sig) { (void)sig; atomic_fetch_add(&signals, 1); }

static void calls(void) {
	for (int i = 0; i < NCALLS; i++)
		syscall(SYS_getppid);
}

static void *worker(void *arg) {
	long n = (long)arg;
	for (int i = 0; i < NCALLS; i++) {
		syscall(SYS_getppid);
		if (i % 25 == (int)(n % 25))
			syscall(SYS_tgkill, getpid(), main_tid, SIGUSR1);
	}
	return NULL;
}

static void *execer(void *arg) {
	(void)arg;
	char *argv[] = {self, "after-exec", NULL};
	execv(self, argv);
	return NULL;
}

int main(int argc, char **argv) {
	if (argc > 1 && strcmp(argv[1], "after-exec") == 0) {
		calls();
		return 0;
	}
	self = argv[0];
	main_tid = (pid_t)syscall(SYS_gettid);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);

	pid_t child = fork();
	if (child == 0) {
		calls();
		_exit(0);
	}

	pthread_t t[NTHREADS];
	for (long i = 0; i < NTHREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	for (int i = 0; i < NTHREADS; i++)
		pthread_join(t[i], NULL);
	waitpid(child, NULL, 0);

	pthread_t e;
	pthread_create(&e, NULL, execer, NULL);
	for (;;)
		pause();
}
