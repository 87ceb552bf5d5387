/* hostile_crash: crashes, in a working directory anyone may write to: the
 * judge must leave no core dump behind (a core holds the program's memory,
 * and writing it is writing a file).
 *
 *   hostile_crash DIR segv    dereferences NULL
 *   hostile_crash DIR abort   abort()
 *
 * Ends killed by SIGSEGV or SIGABRT. */
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	if (strcmp(argv[2], "abort") == 0)
		abort();
	volatile int *p = NULL;
	*p = 1;
	return 0;
}
