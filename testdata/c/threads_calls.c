/* threads_calls: 4 threads each make 100 getpid and gettid calls and
 * check every result; the main thread then writes one line. It exits 1 if
 * any call failed (a thread left with an inherited seccomp filter that
 * nobody answers gets ENOSYS for the calls it selects). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *worker(void *arg)
{
	long bad = 0;
	(void)arg;
	for (int i = 0; i < 100; i++) {
		if (syscall(SYS_getpid) < 0)
			bad++;
		if (syscall(SYS_gettid) < 0)
			bad++;
	}
	return (void *)bad;
}

int main(void)
{
	pthread_t t[4];
	long bad = 0;
	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, worker, NULL);
	for (int i = 0; i < 4; i++) {
		void *r;
		pthread_join(t[i], &r);
		bad += (long)r;
	}
	char line[64];
	int n = snprintf(line, sizeof line, "failed calls: %ld\n", bad);
	write(1, line, n);
	return bad ? 1 : 0;
}
