/* hostile_kill: tries to signal processes outside the judged program.
 *
 *   hostile_kill DIR parent       kill(getppid(), SIGKILL): the tracer
 *   hostile_kill DIR all          kill(-1, SIGKILL): everyone it may
 *   hostile_kill DIR pid PID      kill(PID, SIGKILL)
 *   hostile_kill DIR group PGID   kill(-PGID, SIGKILL): another group
 *   hostile_kill DIR tkill PID    tkill(PID, SIGKILL)
 *   hostile_kill DIR tgkill PID   tgkill(PID, PID, SIGKILL)
 *   hostile_kill DIR sigqueue PID rt_sigqueueinfo(PID, SIGKILL)
 *   hostile_kill DIR tgsigqueue PID
 *                                 rt_tgsigqueueinfo(PID, PID, SIGKILL)
 *   hostile_kill DIR pidfd PID    pidfd_open(PID), pidfd_send_signal
 *   hostile_kill DIR sigio PID    a pipe owned by PID (F_SETOWN) with
 *                                 F_SETSIG SIGKILL and O_ASYNC: writing
 *                                 to it signals PID without any kill
 *   hostile_kill DIR self         kill(0, SIGKILL): its own process
 *                                 group, which is allowed (the program
 *                                 ends killed)
 *
 * Says "ESCAPED" on stdout when a call succeeds. Exits 0. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif

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
	pid_t pid = argc > 3 ? atoi(argv[3]) : 0;
	if (strcmp(mode, "parent") == 0) {
		result("kill parent", kill(getppid(), SIGKILL));
	} else if (strcmp(mode, "all") == 0) {
		result("kill -1", kill(-1, SIGKILL));
	} else if (strcmp(mode, "pid") == 0 && pid > 0) {
		result("kill", kill(pid, SIGKILL));
	} else if (strcmp(mode, "group") == 0 && pid > 0) {
		result("kill group", kill(-pid, SIGKILL));
	} else if (strcmp(mode, "tkill") == 0 && pid > 0) {
		result("tkill", syscall(SYS_tkill, pid, SIGKILL));
	} else if (strcmp(mode, "tgkill") == 0 && pid > 0) {
		result("tgkill", syscall(SYS_tgkill, pid, pid, SIGKILL));
	} else if (strcmp(mode, "sigqueue") == 0 && pid > 0) {
		siginfo_t si;
		memset(&si, 0, sizeof si);
		si.si_signo = SIGKILL;
		si.si_code = SI_QUEUE;
		si.si_pid = getpid();
		si.si_uid = getuid();
		result("rt_sigqueueinfo", syscall(SYS_rt_sigqueueinfo, pid, SIGKILL, &si));
	} else if (strcmp(mode, "tgsigqueue") == 0 && pid > 0) {
		siginfo_t si;
		memset(&si, 0, sizeof si);
		si.si_signo = SIGKILL;
		si.si_code = SI_QUEUE;
		si.si_pid = getpid();
		si.si_uid = getuid();
		result("rt_tgsigqueueinfo", syscall(SYS_rt_tgsigqueueinfo, pid, pid, SIGKILL, &si));
	} else if (strcmp(mode, "pidfd") == 0 && pid > 0) {
		long fd = syscall(SYS_pidfd_open, pid, 0);
		if (fd >= 0)
			result("pidfd_send_signal", syscall(SYS_pidfd_send_signal, fd, SIGKILL, NULL, 0));
		else
			perror("pidfd_open");
	} else if (strcmp(mode, "sigio") == 0 && pid > 0) {
		int p[2];
		if (pipe(p) != 0)
			return 2;
		if (fcntl(p[0], F_SETSIG, SIGKILL) != 0)
			perror("F_SETSIG");
		if (fcntl(p[0], F_SETOWN, pid) != 0)
			perror("F_SETOWN");
		if (fcntl(p[0], F_SETFL, O_ASYNC | O_NONBLOCK) != 0)
			perror("F_SETFL");
		write(p[1], "x", 1);
		/* The signal, if any, went when the pipe became readable. */
		usleep(100000);
		printf("sigio sent\n");
	} else if (strcmp(mode, "self") == 0) {
		fflush(stdout);
		kill(0, SIGKILL);
		printf("still alive\n");
	} else {
		return 2;
	}
	return 0;
}
