/* hostile_threads: threads, which the judge allows (clone with
 * CLONE_THREAD), up to the process limit.
 *
 *   hostile_threads DIR ok N     N threads sum parts of 1..1000000 and
 *                                the program prints "sum 500000500000"
 *                                (legitimate: default thread
 *                                attributes, as solutions have them)
 *   hostile_threads DIR many N   N threads that wait 2 seconds each: more
 *                                than the process limit; prints
 *                                "ESCAPED all N threads created" if it
 *                                gets that far
 *   hostile_threads DIR spin N   N threads that spin (bounded at 20
 *                                seconds): the CPU limit counts them all
 * (many and spin give their threads 256 KiB stacks of their own, so that
 * they do not depend on the default stack size the limits leave.)
 * Exits 0. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAXT 64
static long long part[MAXT];
static int nthreads;
static const char *mode;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *work(void *arg)
{
	long i = (long)arg;
	if (strcmp(mode, "ok") == 0) {
		long long s = 0;
		for (long k = i + 1; k <= 1000000; k += nthreads)
			s += k;
		part[i] = s;
	} else if (strcmp(mode, "many") == 0) {
		sleep(2);
	} else {
		double end = now() + 20;
		volatile unsigned long x = 0;
		while (now() < end)
			for (int k = 0; k < 100000; k++)
				x++;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 4)
		return 2;
	mode = argv[2];
	nthreads = atoi(argv[3]);
	if (nthreads < 1 || nthreads > MAXT)
		return 2;
	pthread_t t[MAXT];
	pthread_attr_t attr, *ap = NULL;
	if (strcmp(mode, "ok") != 0) {
		pthread_attr_init(&attr);
		pthread_attr_setstacksize(&attr, 256 << 10);
		ap = &attr;
	}
	int made = 0;
	for (long i = 0; i < nthreads; i++) {
		if (pthread_create(&t[i], ap, work, (void *)i) != 0)
			break;
		made++;
	}
	if (strcmp(mode, "many") == 0 && made == nthreads) {
		printf("ESCAPED all %d threads created\n", made);
		fflush(stdout);
	}
	for (int i = 0; i < made; i++)
		pthread_join(t[i], NULL);
	if (strcmp(mode, "ok") == 0) {
		long long s = 0;
		for (int i = 0; i < made; i++)
			s += part[i];
		printf("sum %lld\n", s);
	}
	return 0;
}
