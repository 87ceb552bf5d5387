/* hostile_race: races the tracer's view of an open's path. One thread
 * flips a buffer between "allowed.txt" (in the working directory, which
 * the judge lets it read) and SECRET (a file outside every granted path)
 * while another opens whatever the buffer holds, ITERS times: a check that
 * read the path from memory and then let the call run would open SECRET
 * some of the time. Landlock decides in the kernel, on the path the
 * kernel itself resolves.
 *
 *   hostile_race DIR SECRET ITERS
 *
 * Prints "secret reads: N" (N must be 0) and exits 0. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char buf[512];
static char secret[512];
static atomic_int done;

static void *flip(void *arg)
{
	(void)arg;
	static const char allowed[] = "allowed.txt";
	size_t sl = strlen(secret) + 1;
	for (unsigned long i = 0; !atomic_load(&done); i++) {
		if (i & 1)
			memcpy(buf, secret, sl);
		else
			memcpy(buf, allowed, sizeof allowed);
		/* Each path stays a little while (and torn copies are in
		 * between). */
		usleep(1);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 4)
		return 2;
	snprintf(secret, sizeof secret, "%s", argv[2]);
	int iters = atoi(argv[3]);
	strcpy(buf, "allowed.txt");
	/* A small stack of its own: the thread must not depend on how much
	 * stack the memory limit leaves by default. */
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 256 << 10);
	pthread_t t;
	if (pthread_create(&t, &attr, flip, NULL) != 0)
		return 2;
	int secrets = 0, allowed = 0;
	for (int i = 0; i < iters; i++) {
		int fd = open(buf, O_RDONLY);
		if (fd < 0)
			continue;
		char data[256];
		ssize_t n = read(fd, data, sizeof data - 1);
		close(fd);
		if (n <= 0)
			continue;
		data[n] = 0;
		if (strstr(data, "SECRET")) {
			secrets++;
			printf("ESCAPED read: %s\n", data);
		} else {
			allowed++;
		}
	}
	atomic_store(&done, 1);
	pthread_join(t, NULL);
	printf("secret reads: %d\n", secrets);
	fprintf(stderr, "allowed reads: %d of %d\n", allowed, iters);
	return 0;
}
