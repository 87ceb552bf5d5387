// ptracefloor runs a command under the least a ptrace tracer can do: stop
// at every syscall entry and exit (PTRACE_SYSCALL) and resume, with no
// decoding and no output, following forks (PTRACE_O_TRACECLONE, FORK,
// VFORK) so that it is the floor for full tracing with or without -f.
#include <signal.h>
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
	if (argc < 2) {
		fprintf(stderr, "usage: ptracefloor PROG [ARGS]\n");
		return 2;
	}
	pid_t child = fork();
	if (child == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	int status, code = 0, live = 1;
	waitpid(child, &status, 0);
	ptrace(PTRACE_SETOPTIONS, child, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL | PTRACE_O_TRACEEXEC |
	       PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK);
	ptrace(PTRACE_SYSCALL, child, 0, 0);
	while (live > 0) {
		pid_t pid = waitpid(-1, &status, __WALL);
		if (pid < 0)
			break;
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			if (pid == child)
				code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
			live--;
			continue;
		}
		int sig = WSTOPSIG(status);
		int event = status >> 16;
		if (event == PTRACE_EVENT_CLONE || event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK)
			live++;
		if (sig == (SIGTRAP | 0x80) || event || sig == SIGSTOP)
			sig = 0;
		ptrace(PTRACE_SYSCALL, pid, 0, sig);
	}
	return code;
}
