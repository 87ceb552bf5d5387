/* policy_stack: tries to get around a policy by stacking a seccomp filter
 * of its own (it has PR_SET_NO_NEW_PRIVS from gotrace's child):
 *   trace     a filter answering SECCOMP_RET_TRACE with data 0 for every
 *             call; the kernel passes on the newest filter's data, so a
 *             tracer trusting it would take a denied call for one merely
 *             selected for display;
 *   listener  seccomp(SECCOMP_SET_MODE_FILTER, NEW_LISTENER) with
 *             SECCOMP_RET_USER_NOTIF, which outranks SECCOMP_RET_TRACE:
 *             a supervisor could let the call run unseen.
 * Then it calls socket(AF_INET, SOCK_STREAM) and prints what it got. */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "trace";
	struct sock_filter trace_all[] = {
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 0),
	};
	struct sock_filter notify_all[] = {
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
	};
	struct sock_fprog prog = {1, trace_all};
	long r;
	if (!strcmp(how, "listener")) {
		prog.filter = notify_all;
		r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
	} else {
		r = prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
	}
	printf("filter %ld %d\n", r, r < 0 ? errno : 0);
	fflush(stdout);
	if (r >= 0 && !strcmp(how, "listener"))
		return 3; /* a listener was installed: the policy is bypassable */
	r = socket(AF_INET, SOCK_STREAM, 0);
	printf("socket %ld %d\n", r, r < 0 ? errno : 0);
	return 0;
}
