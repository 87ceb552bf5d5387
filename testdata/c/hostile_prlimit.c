/* hostile_prlimit: resource limits.
 *
 *   hostile_prlimit DIR other PID  prlimit(PID, RLIMIT_NOFILE, 1): changes
 *                                  another process's limits (one of the
 *                                  same user), which in effect controls
 *                                  or kills it (RLIMIT_CPU)
 *   hostile_prlimit DIR raise      tries to lift the judge's limits
 *                                  (CPU, data, file size) above their hard
 *                                  values: EPERM, prints "raise: EPERM" x3
 *   hostile_prlimit DIR self       lowers its own RLIMIT_NOFILE (allowed)
 *                                  and prints "self: ok"
 *
 * Says "ESCAPED" on stdout when a forbidden change works. Exits 0. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	const char *mode = argv[2];
	if (strcmp(mode, "other") == 0 && argc > 3) {
		struct rlimit rl = {1, 1};
		if (prlimit(atoi(argv[3]), RLIMIT_NOFILE, &rl, NULL) == 0)
			printf("ESCAPED prlimit on %s\n", argv[3]);
		else
			perror("prlimit");
	} else if (strcmp(mode, "raise") == 0) {
		int res[] = {RLIMIT_CPU, RLIMIT_DATA, RLIMIT_FSIZE};
		for (int i = 0; i < 3; i++) {
			struct rlimit rl = {RLIM_INFINITY, RLIM_INFINITY};
			if (prlimit(0, res[i], &rl, NULL) == 0)
				printf("ESCAPED raised limit %d\n", res[i]);
			else
				printf("raise: %s\n", strerrorname_np(errno));
		}
	} else if (strcmp(mode, "self") == 0) {
		struct rlimit rl = {64, 64};
		printf("self: %s\n", setrlimit(RLIMIT_NOFILE, &rl) == 0 ? "ok" : strerrorname_np(errno));
	} else {
		return 2;
	}
	return 0;
}
