/* hostile_int80: makes i386 system calls from a 64-bit program with
 * int $0x80, the classic way around a filter written for x86_64 numbers
 * (i386's 2 is fork, x86_64's 2 is open).
 *
 *   hostile_int80 DIR fork   i386 fork
 *   hostile_int80 DIR open   i386 open(DIR/ESCAPED-int80, O_WRONLY|O_CREAT)
 *
 * A forked child says so on stdout and leaves DIR/ESCAPED-int80-child.
 * Where the kernel does not run int $0x80 (no IA32 emulation, or a
 * hypervisor that faults it) the instruction itself kills the program
 * with SIGSEGV before any system call. Exits 0. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	/* int $0x80 passes 32-bit pointers: the path goes below 4 GiB. */
	char *low = mmap((void *)0x10000000, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
			 -1, 0);
	if (low == MAP_FAILED)
		return 2;
	if (strcmp(argv[2], "open") == 0) {
		snprintf(low, 4096, "%s/ESCAPED-int80-open", argv[1]);
		long fd = int80(5, (long)low, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0)
			printf("ESCAPED int80 open returned %ld\n", fd);
		return 0;
	}
	snprintf(low, 4096, "%s/ESCAPED-int80-child", argv[1]);
	long p = int80(2, 0, 0, 0);
	if (p == 0) {
		static const char msg[] = "ESCAPED int80 fork child ran\n";
		write(1, msg, sizeof msg - 1);
		int fd = open(low, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0)
			close(fd);
		_exit(0);
	}
	if (p > 0) {
		printf("ESCAPED int80 fork returned %ld\n", p);
		waitpid((pid_t)p, NULL, 0);
	}
	return 0;
}
