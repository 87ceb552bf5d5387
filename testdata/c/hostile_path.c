/* hostile_path: tries to read files outside the paths the judge grants
 * (the loader's and runtimes' directories, the working directory, the
 * program's directory) by path tricks. Landlock refuses them in the
 * kernel with EACCES, whatever the path looks like.
 *
 *   hostile_path DIR PATH...
 *
 * For each PATH, prints "PATH: denied (ERRNO)" or "PATH: READ N bytes: "
 * and what it read. Special PATHs:
 *   @dirfd:REL    openat(open("."), REL): relative to a directory
 *                 descriptor of the working directory
 *   @ppid:FILE    /proc/PPID/FILE, the tracer's own /proc entries
 * Exits 0. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	for (int i = 2; i < argc; i++) {
		const char *p = argv[i];
		char path[512];
		int dirfd = AT_FDCWD;
		if (strncmp(p, "@dirfd:", 7) == 0) {
			dirfd = open(".", O_RDONLY | O_DIRECTORY);
			snprintf(path, sizeof path, "%s", p + 7);
		} else if (strncmp(p, "@ppid:", 6) == 0) {
			snprintf(path, sizeof path, "/proc/%d/%s", getppid(), p + 6);
		} else {
			snprintf(path, sizeof path, "%s", p);
		}
		int fd = openat(dirfd, path, O_RDONLY);
		if (dirfd >= 0)
			close(dirfd);
		if (fd < 0) {
			printf("%s: denied (%s)\n", p, strerrorname_np(errno));
			continue;
		}
		char buf[4096];
		ssize_t n = read(fd, buf, sizeof buf);
		close(fd);
		if (n < 0) {
			printf("%s: opened, read denied (%s)\n", p, strerrorname_np(errno));
			continue;
		}
		printf("%s: READ %zd bytes: ", p, n);
		fwrite(buf, 1, n, stdout);
		printf("\n");
	}
	return 0;
}
