// families makes deterministic system calls from every family — files,
// descriptors, sockets, processes, memory, signals, IPC, time, system —
// so that a test can compare gotrace's line for each with strace's. Every
// call's arguments and results are the same from run to run (no
// addresses that could differ are printed, or the test normalises them).
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <time.h>
#include <unistd.h>

int main(void) {
	char buf[256];
	// marks where the families start
	syscall(SYS_write, 1, "START\n", 6);

	// files
	syscall(SYS_mkdir, "families-dir", 0750);
	int fd = syscall(SYS_openat, AT_FDCWD, "families-dir/f", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	syscall(SYS_write, fd, "families\n", 9);
	syscall(SYS_lseek, fd, 0, SEEK_SET);
	syscall(SYS_read, fd, buf, sizeof buf);
	syscall(SYS_pread64, fd, buf, 4, 2);
	struct iovec iov[2] = {{"ab", 2}, {"cde", 3}};
	syscall(SYS_writev, fd, iov, 2);
	syscall(SYS_ftruncate, fd, 4);
	syscall(SYS_fchmod, fd, 0600);
	syscall(SYS_renameat2, AT_FDCWD, "families-dir/f", AT_FDCWD, "families-dir/g", RENAME_NOREPLACE);
	syscall(SYS_symlinkat, "g", AT_FDCWD, "families-dir/l");
	syscall(SYS_readlinkat, AT_FDCWD, "families-dir/l", buf, sizeof buf);
	syscall(SYS_faccessat2, AT_FDCWD, "families-dir/g", R_OK | W_OK, AT_EACCESS);
	syscall(SYS_unlinkat, AT_FDCWD, "families-dir/l", 0);
	syscall(SYS_unlinkat, AT_FDCWD, "families-dir/g", 0);
	syscall(SYS_unlinkat, AT_FDCWD, "families-dir", AT_REMOVEDIR);

	// descriptors
	int d2 = syscall(SYS_dup3, fd, 20, O_CLOEXEC);
	syscall(SYS_fcntl, d2, F_GETFD);
	syscall(SYS_fcntl, d2, F_SETFL, O_NONBLOCK);
	syscall(SYS_close, d2);
	int p[2];
	syscall(SYS_pipe2, p, O_NONBLOCK);
	syscall(SYS_write, p[1], "x", 1);
	struct pollfd pfd[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
	syscall(SYS_poll, pfd, 2, 0);
	int ep = syscall(SYS_epoll_create1, EPOLL_CLOEXEC);
	struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 7};
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], &ev);
	int efd = syscall(SYS_eventfd2, 3, EFD_NONBLOCK);

	// sockets
	int sv[2];
	syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
	syscall(SYS_sendto, sv[0], "ping", 4, MSG_DONTWAIT, NULL, 0);
	syscall(SYS_recvfrom, sv[1], buf, sizeof buf, 0, NULL, NULL);
	int one = 1;
	int s = syscall(SYS_socket, AF_INET, SOCK_STREAM, IPPROTO_TCP);
	syscall(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	syscall(SYS_setsockopt, s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons(0), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	syscall(SYS_bind, s, &sin, sizeof sin);
	syscall(SYS_listen, s, 5);
	syscall(SYS_shutdown, sv[0], SHUT_WR);

	// processes
	syscall(SYS_getppid);
	syscall(SYS_getuid);
	syscall(SYS_prctl, PR_SET_NAME, "families", 0, 0, 0);
	syscall(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0);
	struct utsname u;
	syscall(SYS_uname, &u);
	syscall(SYS_setpgid, 0, 0);
	syscall(SYS_wait4, -1, NULL, WNOHANG, NULL);
	syscall(SYS_sched_yield);

	// memory
	void *m = (void *)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_madvise, m, 8192, MADV_DONTNEED);
	syscall(SYS_mprotect, m, 4096, PROT_READ);
	syscall(SYS_mlock, m, 4096);
	syscall(SYS_munlock, m, 4096);
	syscall(SYS_munmap, m, 8192);

	// signals
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	syscall(SYS_rt_sigaction, SIGUSR2, &sa, NULL, 8);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8);
	syscall(SYS_rt_sigpending, &set, 8);
	syscall(SYS_kill, 0, 0);

	// IPC
	int shm = syscall(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	syscall(SYS_shmctl, shm, IPC_RMID, NULL);

	// time
	struct timespec ts = {0, 1000};
	syscall(SYS_nanosleep, &ts, NULL);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts);
	int tfd = syscall(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_CLOEXEC);
	struct itimerspec its = {{0, 0}, {5, 0}};
	syscall(SYS_timerfd_settime, tfd, 0, &its, NULL);

	// system
	struct rlimit rl = {1024, 4096};
	syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &rl, NULL);
	syscall(SYS_umask, 022);
	syscall(SYS_getcwd, buf, sizeof buf);
	syscall(SYS_sched_getaffinity, 0, 8, buf);
	syscall(SYS_getrandom, buf, 0, GRND_NONBLOCK);

	syscall(SYS_close, efd);
	syscall(SYS_close, ep);
	syscall(SYS_close, tfd);
	syscall(SYS_exit_group, 0);
	return 0;
}
