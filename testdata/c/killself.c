// killself dies of SIGTERM sent to itself, or of the signal named by its
// first argument's number.
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv) {
	int sig = argc > 1 ? atoi(argv[1]) : SIGTERM;
	syscall(SYS_kill, syscall(SYS_getpid), sig);
	pause();
	return 0;
}
