/* hostile_ptrace: tries to debug or read other processes.
 *
 *   hostile_ptrace DIR traceme       ptrace(PTRACE_TRACEME)
 *   hostile_ptrace DIR attach PID    ptrace(PTRACE_ATTACH, PID)
 *   hostile_ptrace DIR vmread PID    process_vm_readv from PID
 *   hostile_ptrace DIR vmparent      process_vm_readv from the parent
 *                                    (the tracer)
 *
 * Says "ESCAPED" on stdout when a call works. Exits 0. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	const char *mode = argv[2];
	if (strcmp(mode, "traceme") == 0) {
		if (ptrace(PTRACE_TRACEME, 0, 0, 0) == 0)
			printf("ESCAPED traceme\n");
		return 0;
	}
	if (strcmp(mode, "attach") == 0 && argc > 3) {
		pid_t pid = atoi(argv[3]);
		if (ptrace(PTRACE_ATTACH, pid, 0, 0) == 0) {
			printf("ESCAPED attached %d\n", pid);
			ptrace(PTRACE_DETACH, pid, 0, 0);
		}
		return 0;
	}
	pid_t pid;
	if (strcmp(mode, "vmread") == 0 && argc > 3)
		pid = atoi(argv[3]);
	else if (strcmp(mode, "vmparent") == 0)
		pid = getppid();
	else
		return 2;
	/* The target's first mapping, read from its maps (under the judge
	 * Landlock refuses that: any address will do to try, then). */
	char buf[64], path[64];
	unsigned long addr = (unsigned long)buf;
	snprintf(path, sizeof path, "/proc/%d/maps", pid);
	FILE *maps = fopen(path, "r");
	if (maps) {
		if (fscanf(maps, "%lx", &addr) != 1)
			addr = (unsigned long)buf;
		fclose(maps);
	}
	struct iovec local = {buf, sizeof buf}, remote = {(void *)addr, sizeof buf};
	ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
	if (n >= 0)
		printf("ESCAPED process_vm_readv %zd\n", n);
	else
		perror("process_vm_readv");
	return 0;
}
