/* judge_fork: tries to start a new process, which the judge forbids. The
 * child would create the file named by argv[1]. */
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	pid_t pid = fork();
	if (pid == 0) {
		if (argc > 1)
			close(open(argv[1], O_WRONLY | O_CREAT, 0644));
		_exit(0);
	}
	if (pid > 0)
		waitpid(pid, 0, 0);
	return 0;
}
