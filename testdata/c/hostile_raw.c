/* hostile_raw: system calls the judge has no business allowing, one per
 * run, each a known way to reach the kernel's or other processes' state.
 *
 *   hostile_raw DIR NAME
 *
 * NAME is bpf, perf_event_open, userfaultfd, add_key, keyctl,
 * personality, setuid, tiocsti (ioctl TIOCSTI: typing into the terminal),
 * openat2, name_to_handle_at, chdir, kcmp, memfd_secret, memfd_create,
 * setsid, setpgid
 * (into PGID, another process group: kill(0) would then reach it) or
 * nr1000 (a number no table has). Says "ESCAPED" on stdout when the call
 * succeeds. Exits 0.
 *
 *   hostile_raw DIR setpgid PGID */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/openat2.h>
#include <linux/perf_event.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/personality.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#ifndef SYS_memfd_secret
#define SYS_memfd_secret 447
#endif

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	const char *n = argv[2];
	long r;
	if (strcmp(n, "bpf") == 0) {
		union bpf_attr attr;
		memset(&attr, 0, sizeof attr);
		attr.map_type = BPF_MAP_TYPE_ARRAY;
		attr.key_size = 4;
		attr.value_size = 4;
		attr.max_entries = 1;
		r = syscall(SYS_bpf, BPF_MAP_CREATE, &attr, sizeof attr);
	} else if (strcmp(n, "perf_event_open") == 0) {
		struct perf_event_attr attr;
		memset(&attr, 0, sizeof attr);
		attr.size = sizeof attr;
		attr.type = PERF_TYPE_SOFTWARE;
		attr.config = PERF_COUNT_SW_CPU_CLOCK;
		r = syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
	} else if (strcmp(n, "userfaultfd") == 0) {
		r = syscall(SYS_userfaultfd, O_CLOEXEC);
	} else if (strcmp(n, "add_key") == 0) {
		r = syscall(SYS_add_key, "user", "gotrace-hostile", "x", 1, -3 /* KEY_SPEC_SESSION_KEYRING */);
	} else if (strcmp(n, "keyctl") == 0) {
		r = syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3, 0);
	} else if (strcmp(n, "personality") == 0) {
		r = personality(READ_IMPLIES_EXEC | ADDR_NO_RANDOMIZE);
	} else if (strcmp(n, "setuid") == 0) {
		r = syscall(SYS_setuid, 0);
	} else if (strcmp(n, "tiocsti") == 0) {
		char c = 'x';
		r = ioctl(0, TIOCSTI, &c);
	} else if (strcmp(n, "openat2") == 0) {
		struct open_how how;
		memset(&how, 0, sizeof how);
		how.flags = O_RDONLY;
		r = syscall(SYS_openat2, AT_FDCWD, "/etc/passwd", &how, sizeof how);
	} else if (strcmp(n, "name_to_handle_at") == 0) {
		struct {
			struct file_handle fh;
			char buf[128];
		} h;
		int mount_id;
		h.fh.handle_bytes = sizeof h.buf;
		r = name_to_handle_at(AT_FDCWD, "/etc/passwd", &h.fh, &mount_id, 0);
	} else if (strcmp(n, "chdir") == 0) {
		r = chdir("/etc");
	} else if (strcmp(n, "kcmp") == 0) {
		r = syscall(SYS_kcmp, getpid(), getppid(), 0 /* KCMP_FILE */, 0, 0);
	} else if (strcmp(n, "memfd_secret") == 0) {
		r = syscall(SYS_memfd_secret, 0);
	} else if (strcmp(n, "memfd_create") == 0) {
		/* Memory written to a memfd shows in no resident size. */
		r = syscall(SYS_memfd_create, "x", 0);
	} else if (strcmp(n, "setsid") == 0) {
		r = setsid();
	} else if (strcmp(n, "setpgid") == 0 && argc > 3) {
		r = setpgid(0, atoi(argv[3]));
	} else if (strcmp(n, "nr1000") == 0) {
		r = syscall(1000, 0, 0, 0);
	} else {
		return 2;
	}
	if (r >= 0)
		printf("ESCAPED %s returned %ld\n", n, r);
	else
		perror(n);
	return 0;
}
