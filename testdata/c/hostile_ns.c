/* hostile_ns: tries namespaces, mounts and root changes.
 *
 *   hostile_ns DIR unshare   unshare(CLONE_NEWUSER|CLONE_NEWNS): a user
 *                            namespace, in which it would be root
 *   hostile_ns DIR mount     mount a tmpfs on DIR
 *   hostile_ns DIR chroot    chroot(DIR)
 *   hostile_ns DIR setns     setns into the parent's mount namespace
 *
 * Says "ESCAPED" on stdout when a call succeeds. Exits 0. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

static void result(const char *what, long r)
{
	if (r >= 0)
		printf("ESCAPED %s returned %ld\n", what, r);
	else
		perror(what);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	const char *dir = argv[1], *mode = argv[2];
	if (strcmp(mode, "unshare") == 0) {
		result("unshare", unshare(CLONE_NEWUSER | CLONE_NEWNS));
	} else if (strcmp(mode, "mount") == 0) {
		result("mount", mount("none", dir, "tmpfs", 0, NULL));
	} else if (strcmp(mode, "chroot") == 0) {
		result("chroot", chroot(dir));
	} else if (strcmp(mode, "setns") == 0) {
		char path[64];
		snprintf(path, sizeof path, "/proc/%d/ns/mnt", getppid());
		int fd = open(path, O_RDONLY);
		result("setns", setns(fd, 0));
	} else {
		return 2;
	}
	return 0;
}
