/* hostile_mem: uses far more memory than the limit (the tests set 64M),
 * touching every page, in different ways. Bounded at 512 MiB.
 *
 *   hostile_mem DIR malloc   malloc(512M), then touches it
 *   hostile_mem DIR brk      grows the heap with sbrk, 1 MiB at a time
 *   hostile_mem DIR shared   mmap(MAP_SHARED|MAP_ANONYMOUS): shared
 *                            memory, which RLIMIT_DATA does not count
 *   hostile_mem DIR stack    recursion 512 MiB deep on the stack
 *
 * Prints "ESCAPED touched 512 MiB" when it got it all. Exits 0, or 1 when
 * an allocation failed (a program that gives up cleanly). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define TOTAL (512UL << 20)

static void touch(char *p, size_t n)
{
	for (size_t i = 0; i < n; i += 4096)
		p[i] = 1;
}

static unsigned long deep(unsigned long depth)
{
	volatile char frame[64 << 10];
	touch((char *)frame, sizeof frame);
	if (depth * sizeof frame >= TOTAL)
		return frame[0];
	return deep(depth + 1) + frame[100];
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	const char *mode = argv[2];
	if (strcmp(mode, "malloc") == 0) {
		char *p = malloc(TOTAL);
		if (!p) {
			printf("malloc failed\n");
			return 1;
		}
		touch(p, TOTAL);
	} else if (strcmp(mode, "brk") == 0) {
		for (size_t got = 0; got < TOTAL; got += 1 << 20) {
			char *p = sbrk(1 << 20);
			if (p == (void *)-1) {
				printf("sbrk failed at %zu MiB\n", got >> 20);
				return 1;
			}
			touch(p, 1 << 20);
		}
	} else if (strcmp(mode, "shared") == 0) {
		char *p = mmap(NULL, TOTAL, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED) {
			printf("mmap failed\n");
			return 1;
		}
		touch(p, TOTAL);
	} else if (strcmp(mode, "stack") == 0) {
		if (deep(1) == 12345)
			printf("?\n");
	} else {
		return 2;
	}
	printf("ESCAPED touched 512 MiB\n");
	return 0;
}
