// badptr passes unreadable and half-readable pointers to system calls:
// every one must print as strace prints it (mostly as the address), and
// the tracer must not fail.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
	long page = sysconf(_SC_PAGESIZE);
	// Two pages, the second unmapped: strings that run into it.
	char *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(m + page, page);
	char *edge = m + page - 8;
	memset(edge, 'A', 8); // no NUL before the hole

	syscall(SYS_write, 1, (void *)1, 10);
	syscall(SYS_write, 1, edge, 16);
	syscall(SYS_openat, AT_FDCWD, (char *)1, O_RDONLY);
	syscall(SYS_openat, AT_FDCWD, edge, O_RDONLY);
	syscall(SYS_newfstatat, AT_FDCWD, "/", (void *)16, 0);
	syscall(SYS_read, 0, (void *)8, 4);
	char *argv[] = {edge, NULL};
	syscall(SYS_execve, "/nonexistent", (char **)24, (char **)32);
	syscall(SYS_execve, "/nonexistent", argv, (char **)m + page - 8);
	syscall(SYS_rt_sigaction, 10, (void *)40, (void *)48, 8);
	syscall(SYS_rt_sigprocmask, 0, (void *)56, NULL, 8);
	syscall(SYS_uname, (void *)64);
	syscall(SYS_connect, 0, (void *)72, 16);
	syscall(SYS_wait4, -1, (void *)80, 0, NULL);
	syscall(SYS_getcwd, (void *)88, 100);
	syscall(SYS_prlimit64, 0, 3, (void *)96, NULL);
	syscall(SYS_clock_nanosleep, 0, 0, (void *)104, NULL);
	syscall(500, 1, 2, 3, 4, 5, 6);
	syscall(SYS_exit_group, 0);
	return 0;
}
