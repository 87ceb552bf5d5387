/* hostile_write: tries to change the file system. The judge allows
 * read-only opens only, and no call that creates, renames or truncates.
 * The working directory is the test's, writable by anyone (so that only
 * the judge stands in the way), and holds allowed.txt.
 *
 *   hostile_write DIR cwd       open("ESCAPED-cwd", O_WRONLY|O_CREAT)
 *   hostile_write DIR etc NAME  open("/etc/NAME", O_WRONLY|O_CREAT)
 *   hostile_write DIR creat     creat("ESCAPED-creat") (x86_64 nr 85)
 *   hostile_write DIR tmpfile   open(".", O_TMPFILE|O_RDWR), then linkat
 *                               it in as ESCAPED-tmpfile
 *   hostile_write DIR rdwr      open("allowed.txt", O_RDWR) and write
 *   hostile_write DIR mkdir     mkdir("ESCAPED-dir")
 *   hostile_write DIR symlink   symlink("/etc/passwd", "ESCAPED-link")
 *   hostile_write DIR rename    rename("allowed.txt", "ESCAPED-renamed")
 *   hostile_write DIR truncate  truncate("allowed.txt", 0)
 *
 * Says "ESCAPED" on stdout when a call succeeds. Exits 0. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
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
	const char *mode = argv[2];
	if (strcmp(mode, "cwd") == 0) {
		int fd = open("ESCAPED-cwd", O_WRONLY | O_CREAT | O_TRUNC, 0666);
		result("open cwd", fd);
		if (fd >= 0)
			write(fd, "ESCAPED\n", 8);
	} else if (strcmp(mode, "etc") == 0 && argc > 3) {
		char path[512];
		snprintf(path, sizeof path, "/etc/%s", argv[3]);
		result("open /etc", open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666));
	} else if (strcmp(mode, "creat") == 0) {
		result("creat", syscall(SYS_creat, "ESCAPED-creat", 0666));
	} else if (strcmp(mode, "tmpfile") == 0) {
		int fd = open(".", O_TMPFILE | O_RDWR, 0666);
		result("open O_TMPFILE", fd);
		if (fd >= 0) {
			char path[64];
			snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
			result("linkat", linkat(AT_FDCWD, path, AT_FDCWD, "ESCAPED-tmpfile", AT_SYMLINK_FOLLOW));
		}
	} else if (strcmp(mode, "rdwr") == 0) {
		int fd = open("allowed.txt", O_RDWR);
		result("open O_RDWR", fd);
		if (fd >= 0)
			write(fd, "ESCAPED\n", 8);
	} else if (strcmp(mode, "mkdir") == 0) {
		result("mkdir", mkdir("ESCAPED-dir", 0777));
	} else if (strcmp(mode, "symlink") == 0) {
		result("symlink", symlink("/etc/passwd", "ESCAPED-link"));
	} else if (strcmp(mode, "rename") == 0) {
		result("rename", rename("allowed.txt", "ESCAPED-renamed"));
	} else if (strcmp(mode, "truncate") == 0) {
		result("truncate", truncate("allowed.txt", 0));
	} else {
		return 2;
	}
	return 0;
}
