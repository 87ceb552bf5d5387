/* hostile_seccomp: tampers with seccomp, on which the judge's policy
 * rests.
 *
 *   hostile_seccomp DIR spoof    installs a filter of its own that
 *                                answers every call with
 *                                SECCOMP_RET_TRACE|1: filters stack, and
 *                                for equal actions the newest filter's
 *                                data wins, so the tracer would read the
 *                                data of the judge's first rule ("allowed")
 *                                on every call the judge's filter sends to
 *                                it. Then forks.
 *   hostile_seccomp DIR spoof0   the same with SECCOMP_RET_TRACE|0 (the
 *                                data of calls stopped for display only)
 *   hostile_seccomp DIR syscall  the same filter through seccomp(2)
 *   hostile_seccomp DIR nnp      tries to clear PR_SET_NO_NEW_PRIVS
 *                                (the kernel refuses: EINVAL) and prints
 *                                "no_new_privs 1"
 *
 * A forked child says so on stdout and tries to leave DIR/ESCAPED-seccomp.
 * Exits 0. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	const char *mode = argv[2];
	if (strcmp(mode, "nnp") == 0) {
		int r = prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0);
		printf("clear no_new_privs: %s\n", r == 0 ? "ESCAPED" : strerrorname_np(errno));
		printf("no_new_privs %d\n", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
		return 0;
	}
	unsigned data = strcmp(mode, "spoof0") == 0 ? 0 : 1;
	struct sock_filter f[] = {BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | data)};
	struct sock_fprog prog = {1, f};
	long r;
	if (strcmp(mode, "syscall") == 0)
		r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
	else
		r = prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
	if (r != 0) {
		printf("filter refused: %s\n", strerrorname_np(errno));
		return 0;
	}
	printf("filter installed\n");
	fflush(stdout);
	pid_t p = fork();
	if (p == 0) {
		char path[512];
		static const char msg[] = "ESCAPED seccomp fork child ran\n";
		write(1, msg, sizeof msg - 1);
		snprintf(path, sizeof path, "%s/ESCAPED-seccomp", argv[1]);
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0)
			close(fd);
		_exit(0);
	}
	if (p > 0) {
		printf("ESCAPED seccomp fork returned %d\n", p);
		waitpid(p, NULL, 0);
	}
	return 0;
}
