/* hostile_legit_sleep: a legitimate program whose sleep is interrupted by
 * a signal it ignores (SIGURG, from its own second thread). Under ptrace
 * even an ignored signal interrupts the sleep, and the kernel resumes it
 * with restart_syscall, which the judge must allow.
 *
 *   hostile_legit_sleep DIR
 *
 * Prints "slept 0" and exits 0. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static pid_t main_tid;

static void *poke(void *arg)
{
	(void)arg;
	usleep(50000);
	syscall(SYS_tgkill, getpid(), main_tid, SIGURG);
	return NULL;
}

int main(void)
{
	main_tid = gettid();
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 256 << 10);
	pthread_t t;
	if (pthread_create(&t, &attr, poke, NULL) != 0)
		return 2;
	struct timespec ts = {0, 500000000};
	int r = nanosleep(&ts, NULL);
	pthread_join(t, NULL);
	printf("slept %d\n", r);
	return 0;
}
