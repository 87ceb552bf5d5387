/* hostile_exec: tries a second exec, which the judge refuses (the only
 * exec allowed is the one that started the program).
 *
 *   hostile_exec DIR sh TOKEN        execve("/bin/sh", ["sh", "-c", ...])
 *   hostile_exec DIR execveat TOKEN  execveat(AT_FDCWD, "/bin/sh", ...)
 *   hostile_exec DIR thread TOKEN    execve of /bin/sh from a new thread
 *                                    (its first call: a task the tracer
 *                                    has only just met)
 *   hostile_exec DIR setuid TOKEN PROG
 *                                    execve of PROG, a set-user-ID binary
 *
 * The shell says "ESCAPED" on stdout and touches DIR/ESCAPED-exec-*; the
 * set-user-ID PROG is given DIR and does the same. TOKEN is passed on so
 * that the test can find any survivor by its command line. Exits 0 when
 * the exec fails. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static char script[1024];
static char *shargv[5];
extern char **environ;

static void *thread(void *arg)
{
	(void)arg;
	execve("/bin/sh", shargv, environ);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 4)
		return 2;
	const char *dir = argv[1], *mode = argv[2], *token = argv[3];
	snprintf(script, sizeof script, "echo ESCAPED exec %s; touch '%s/ESCAPED-exec-%s'; : %s", mode, dir, mode,
		 token);
	shargv[0] = "sh";
	shargv[1] = "-c";
	shargv[2] = script;
	shargv[3] = NULL;
	if (strcmp(mode, "sh") == 0) {
		execve("/bin/sh", shargv, environ);
	} else if (strcmp(mode, "execveat") == 0) {
		syscall(SYS_execveat, AT_FDCWD, "/bin/sh", shargv, environ, 0);
	} else if (strcmp(mode, "thread") == 0) {
		/* A small stack of its own: the thread must not depend on
		 * how much stack the memory limit leaves by default. */
		pthread_attr_t attr;
		pthread_attr_init(&attr);
		pthread_attr_setstacksize(&attr, 256 << 10);
		pthread_t t;
		if (pthread_create(&t, &attr, thread, NULL) == 0)
			pthread_join(t, NULL);
		else
			printf("pthread_create failed\n");
	} else if (strcmp(mode, "setuid") == 0 && argc > 4) {
		char *av[] = {argv[4], (char *)dir, (char *)token, NULL};
		execve(argv[4], av, environ);
	} else {
		return 2;
	}
	printf("exec %s failed\n", mode);
	return 0;
}
