// getppid makes N getppid calls (argv[1], default 20000): the cheapest
// syscall, so what it measures is the cost of stopping on it, or not.
// With --seccomp-floor it first loads the minimal filter a prefilter
// needs (an arch check and one SECCOMP_RET_TRACE rule, for openat, which
// the loop never calls): the kernel's floor for any filtered mode.
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int load_floor_filter(void) {
	struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {sizeof insns / sizeof insns[0], insns};
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return -1;
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

int main(int argc, char **argv) {
	long n = 20000;
	int i = 1;
	if (i < argc && strcmp(argv[i], "--seccomp-floor") == 0) {
		if (load_floor_filter() != 0)
			return 2;
		i++;
	}
	if (i < argc)
		n = atol(argv[i]);
	for (long k = 0; k < n; k++)
		syscall(SYS_getppid);
	return 0;
}
