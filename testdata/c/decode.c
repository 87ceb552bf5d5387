// decode makes system calls whose arguments exercise the decoder's corner
// cases: quoting, truncation, argv and envp, flag sets and enums, signal
// masks, siginfo, wait statuses, structs, socket addresses, mmap and clone
// flags, fcntl and ioctl. Tracing it with strace 6.1 and with gotrace, both
// under `setarch -R` so that addresses repeat, and diffing the two shows
// where the decoder differs on real calls (syscalls/decode's tests use
// testdata/c/oracle.c, which makes one call from exact bytes). An argument
// names one section; none runs them all. It creates no file: every path it
// passes to a creating call is under a missing directory.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int want(int argc, char **argv, const char *name) {
	return argc < 2 || strcmp(argv[1], name) == 0;
}

static void on_sig(int sig) { (void)sig; }

static void strings(void) {
	// Escapes, and the octal digit rule: \0 then '1' is \0001, \0 then '8'
	// is \08.
	syscall(SYS_write, -1, "\0" "1\0" "8\1" "7\377\t\n\v\f\r\"\\\a\b\033\177\200", 21);
	// Every byte value, 32 at a time.
	unsigned char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = i;
	for (int i = 0; i < 256; i += 32)
		syscall(SYS_write, -1, all + i, 32);
	// Longer than -s: cut with "...".
	syscall(SYS_write, -1, "0123456789abcdefghijklmnopqrstuvwxyz", 36);
	syscall(SYS_write, -1, "", 0);
	// NUL-terminated strings: an xattr name, long and short.
	syscall(SYS_getxattr, "/", "user.0123456789abcdefghijklmnopqrstuvwxyz", NULL, 0);
	syscall(SYS_getxattr, "/", "user.\001\n", NULL, 0);
	// A path is not cut by -s.
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/0123456789abcdefghijklmnopqrstuvwxyz", O_RDONLY);
}

static void arrays(void) {
	char *many[40];
	for (int i = 0; i < 39; i++)
		many[i] = "a";
	many[39] = NULL;
	char *env[] = {"A=1", "B=2", NULL};
	char *one[] = {"X=1", NULL};
	char *none[] = {NULL};
	syscall(SYS_execve, "/nonexistent", many, env);
	syscall(SYS_execve, "/nonexistent", none, one);
	char *bad[] = {"x", (char *)8, NULL};
	syscall(SYS_execve, "/nonexistent", bad, none);
}

static void flags(void) {
	syscall(SYS_access, "/", 0);
	syscall(SYS_access, "/", R_OK | W_OK | 0x40);
	syscall(SYS_access, "/", 0x40);
	syscall(SYS_lseek, -1, 0, 5);
	syscall(SYS_lseek, -1, -1, SEEK_END);
	syscall(SYS_mprotect, 0, 0, 0);
	syscall(SYS_mprotect, 0, 0, PROT_READ | PROT_EXEC | 0x100);
	// Nothing may be created: every path is under a missing directory.
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/x", O_RDWR | O_CREAT | O_EXCL | O_NONBLOCK | O_CLOEXEC, 0640);
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/x", O_ACCMODE | 0x10000000);
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/x", O_WRONLY | O_TMPFILE, 0600);
	syscall(SYS_openat, 5, "x", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_PATH);
	syscall(SYS_dup3, -1, -1, O_CLOEXEC);
	syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/n", S_IFCHR | 0620, makedev(4, 65));
	syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/n", S_IFIFO | S_ISUID | S_ISVTX | 0644, 0);
	syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/n", 0644, 0);
	syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/n", 0170644, 0);
	syscall(SYS_fchmodat, AT_FDCWD, "/nonexistent/x", 04755);
	syscall(SYS_fchmodat, AT_FDCWD, "/nonexistent/x", 0);
	syscall(SYS_umask, 022);
	syscall(SYS_umask, 022);
	syscall(SYS_unlinkat, AT_FDCWD, "/nonexistent/x", AT_REMOVEDIR | 0x1000);
	syscall(SYS_flock, -1, LOCK_EX | LOCK_NB);
	syscall(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, IPPROTO_TCP);
	syscall(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
	syscall(SYS_socket, 200, 99, 7);
	syscall(SYS_close, 3);
	syscall(SYS_close, 4);
	syscall(SYS_close, 5);
	syscall(SYS_getrandom, NULL, 0, 0x80);
	syscall(SYS_getrandom, NULL, 0, GRND_NONBLOCK | GRND_RANDOM);
	syscall(SYS_write, -1, NULL, 0);
	syscall(SYS_write, -1, NULL, 1);
	syscall(SYS_getxattr, "/", "", NULL, 0);
}

static void signals(void) {
	uint64_t set = (1ULL << (SIGINT - 1)) | (1ULL << (SIGRTMIN + 5 - 1)), old;
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8);
	// Both RT signals libc keeps for itself are unblocked: ~[RTMIN RT_1].
	set = ~((1ULL << 31) | (1ULL << 32));
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, &old, 8);
	set = ~0ULL;
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8);
	set = old;
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, NULL, 8);
	set = 0;
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, NULL, 8);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, NULL, 4);
	syscall(SYS_rt_sigprocmask, 7, &set, NULL, 7);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &old, 8);
	syscall(SYS_kill, 0, 0);
	syscall(SYS_kill, -1, 65);
	syscall(SYS_kill, 999999, SIGRTMIN + 3);
	syscall(SYS_tgkill, 999999, 999999, SIGRTMAX);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	sa.sa_flags = SA_RESTART | SA_SIGINFO | SA_NODEFER;
	sigaddset(&sa.sa_mask, SIGTERM);
	sigaddset(&sa.sa_mask, SIGRTMIN + 2);
	sigaction(SIGUSR2, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sa.sa_flags = 0x100;
	sigfillset(&sa.sa_mask);
	sigaction(SIGPIPE, &sa, NULL);
	// Straight to the kernel, without glibc's SA_RESTORER.
	struct {
		void *handler;
		unsigned long flags;
		void *restorer;
		uint64_t mask;
	} ksa = {SIG_DFL, 0, NULL, 0}, kold;
	syscall(SYS_rt_sigaction, SIGPIPE, &ksa, &kold, 8);
	syscall(SYS_rt_sigaction, SIGKILL, &ksa, NULL, 8);
	syscall(SYS_rt_sigaction, SIGPIPE, NULL, &kold, 8);
	syscall(SYS_rt_sigaction, SIGPIPE, NULL, &kold, 4);
}

static void siginfos(void) {
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	for (int s = 1; s < 65; s++)
		if (s != SIGKILL && s != SIGSTOP && s != SIGCHLD)
			sigaction(s, &sa, NULL);
	pid_t me = getpid();
	kill(me, SIGUSR1);
	syscall(SYS_tgkill, me, syscall(SYS_gettid), SIGUSR2);
	union sigval v;
	v.sival_ptr = (void *)0x1234;
	sigqueue(me, SIGRTMIN + 1, v);
	v.sival_int = -7;
	sigqueue(me, SIGHUP, v);
	// rt_sigqueueinfo lets a process send itself any si_code: the kernel's
	// own codes, with the fields of each.
	siginfo_t si;
	memset(&si, 0, sizeof si);
	si.si_signo = SIGSEGV;
	si.si_code = SEGV_MAPERR;
	si.si_addr = (void *)0xdead;
	syscall(SYS_rt_sigqueueinfo, me, SIGSEGV, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGBUS;
	si.si_code = BUS_ADRALN;
	si.si_addr = (void *)0;
	syscall(SYS_rt_sigqueueinfo, me, SIGBUS, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGTERM;
	si.si_code = SI_KERNEL;
	syscall(SYS_rt_sigqueueinfo, me, SIGTERM, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGSYS;
	si.si_code = 1; // SYS_SECCOMP
	si.si_errno = 1;
	si.si_call_addr = (void *)0x401000;
	si.si_syscall = SYS_getpid;
	si.si_arch = 0xc000003e;
	syscall(SYS_rt_sigqueueinfo, me, SIGSYS, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGIO;
	si.si_code = POLL_IN;
	si.si_band = 65;
	si.si_fd = 3;
	syscall(SYS_rt_sigqueueinfo, me, SIGIO, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGALRM;
	si.si_code = SI_TIMER;
	si.si_timerid = 2;
	si.si_overrun = 1;
	si.si_value.sival_ptr = (void *)0x55;
	syscall(SYS_rt_sigqueueinfo, me, SIGALRM, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGUSR1;
	si.si_code = SI_MESGQ;
	si.si_pid = 12;
	si.si_uid = 34;
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGUSR1;
	si.si_code = -60;
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGFPE;
	si.si_code = FPE_INTDIV;
	si.si_addr = (void *)0x401234;
	syscall(SYS_rt_sigqueueinfo, me, SIGFPE, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGTRAP;
	si.si_code = TRAP_BRKPT;
	syscall(SYS_rt_sigqueueinfo, me, SIGTRAP, &si);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGPWR;
	si.si_code = 5;
	si.si_pid = 1;
	syscall(SYS_rt_sigqueueinfo, me, SIGPWR, &si);
}

static void queue(int sig, int code, void (*fill)(siginfo_t *)) {
	siginfo_t si;
	memset(&si, 0, sizeof si);
	si.si_signo = sig;
	si.si_code = code;
	if (fill)
		fill(&si);
	syscall(SYS_rt_sigqueueinfo, getpid(), sig, &si);
}

static void fill_errno(siginfo_t *si) { si->si_errno = 200; }
static void fill_sigio(siginfo_t *si) {
	si->si_band = -1;
	si->si_fd = 7;
}
static void fill_lsb(siginfo_t *si) {
	si->si_addr = (void *)0x1000;
	si->si_addr_lsb = 12;
}
static void fill_bnd(siginfo_t *si) {
	si->si_addr = (void *)0x1000;
	si->si_lower = (void *)0x2000;
	si->si_upper = (void *)0x3000;
}
static void fill_pkey(siginfo_t *si) {
	si->si_addr = (void *)0x1000;
	si->si_pkey = 5;
}
static void fill_sys(siginfo_t *si) {
	si->si_call_addr = (void *)0x1;
	si->si_syscall = 9999;
	si->si_arch = 0x1234;
}
static void fill_sys32(siginfo_t *si) {
	si->si_syscall = 20; // i386 getpid
	si->si_arch = 0x40000003;
}
static void fill_chld(siginfo_t *si) {
	si->si_pid = 5;
	si->si_uid = 6;
	si->si_status = SIGSEGV;
	si->si_utime = 123;
	si->si_stime = -1;
}
static void fill_chld_exit(siginfo_t *si) {
	si->si_pid = 5;
	si->si_status = 255;
}
static void fill_ptr(siginfo_t *si) { si->si_ptr = (void *)0x77; }
static void fill_uid(siginfo_t *si) {
	si->si_uid = 9;
	si->si_ptr = (void *)0x77;
}

// More siginfo layouts, each sent to itself and so delivered.
static void siginfos2(void) {
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	for (int s = 1; s < 65; s++)
		if (s != SIGKILL && s != SIGSTOP)
			sigaction(s, &sa, NULL);
	queue(SIGUSR1, -10, NULL);
	queue(SIGUSR1, -10, fill_ptr);
	queue(SIGUSR1, 0, fill_errno);
	queue(SIGIO, SI_SIGIO, fill_sigio);
	queue(SIGIO, POLL_HUP, fill_sigio);
	queue(SIGBUS, BUS_MCEERR_AR, fill_lsb);
	queue(SIGBUS, BUS_OBJERR, fill_lsb);
	queue(SIGSEGV, SEGV_BNDERR, fill_bnd);
	queue(SIGSEGV, SEGV_PKUERR, fill_pkey);
	queue(SIGTRAP, 6, fill_lsb); // TRAP_PERF
	queue(SIGPROF, 1, NULL);     // PROF_SIG
	queue(SIGSYS, 1, fill_sys);
	queue(SIGSYS, 1, fill_sys32);
	queue(SIGSYS, 7, NULL);
	queue(SIGCHLD, CLD_DUMPED, fill_chld);
	queue(SIGCHLD, CLD_EXITED, fill_chld_exit);
	queue(SIGCHLD, CLD_TRAPPED, NULL);
	queue(SIGCHLD, 9, fill_chld);
	queue(SIGILL, ILL_ILLOPN, fill_lsb);
	queue(SIGILL, 99, NULL);
	queue(SIGURG, 1, fill_uid);
	queue(SIGURG, SI_KERNEL, fill_ptr);
	queue(SIGRTMIN, SI_QUEUE, fill_uid);
	queue(SIGRTMAX, SI_DETHREAD, NULL);
}

static void waits(void) {
	int st;
	struct rusage ru;
	pid_t p = fork();
	if (p == 0)
		_exit(3);
	wait4(p, &st, 0, NULL);
	p = fork();
	if (p == 0) {
		pause();
		_exit(0);
	}
	kill(p, SIGSTOP);
	wait4(p, &st, WUNTRACED, NULL);
	kill(p, SIGCONT);
	wait4(p, &st, WCONTINUED, NULL);
	kill(p, SIGKILL);
	wait4(p, &st, __WALL, &ru);
	wait4(-1, &st, WNOHANG, NULL);
	wait4(-1, NULL, 0x40000000 | WNOHANG, NULL);
}

static void structs(void) {
	struct stat s;
	syscall(SYS_newfstatat, AT_FDCWD, "/dev/null", &s, 0);
	syscall(SYS_newfstatat, AT_FDCWD, "/", &s, AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH);
	int fd = open("/tmp", O_RDONLY);
	syscall(SYS_fstat, fd, &s);
	close(fd);
	struct statx sx;
	syscall(SYS_statx, AT_FDCWD, "/dev/null", AT_STATX_SYNC_AS_STAT, STATX_ALL, &sx);
	syscall(SYS_statx, AT_FDCWD, "/", AT_STATX_DONT_SYNC | AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_SIZE, &sx);
	char fsb[120];
	syscall(SYS_statfs, "/proc", fsb);
	syscall(SYS_statfs, "/dev/shm", fsb);
	char uts[390];
	syscall(SYS_uname, uts);
	struct rlimit64 {
		uint64_t cur, max;
	} rl = {8192 * 1024, ~0ULL}, orl;
	syscall(SYS_prlimit64, 0, RLIMIT_STACK, &rl, &orl);
	rl.cur = 1024;
	rl.max = 1025;
	syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &orl);
	syscall(SYS_prlimit64, 0, 99, &rl, NULL);
	syscall(SYS_getrlimit, RLIMIT_CORE, &orl);
	int p[2];
	syscall(SYS_pipe2, p, O_NONBLOCK);
	close(p[0]);
	close(p[1]);
}

static void sockaddrs(void) {
	int s = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un un;
	memset(&un, 0, sizeof un);
	un.sun_family = AF_UNIX;
	strcpy(un.sun_path, "/nonexistent/sock");
	connect(s, (struct sockaddr *)&un, sizeof un);
	connect(s, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 18);
	connect(s, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 5);
	connect(s, (struct sockaddr *)&un, 2);
	connect(s, (struct sockaddr *)&un, 1);
	memset(un.sun_path, 0, sizeof un.sun_path);
	memcpy(un.sun_path, "\0gotrace\0x", 10);
	connect(s, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 10);
	memset(un.sun_path, 'p', sizeof un.sun_path);
	connect(s, (struct sockaddr *)&un, sizeof un);
	close(s);
	s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in in;
	memset(&in, 0, sizeof in);
	in.sin_family = AF_INET;
	in.sin_port = htons(1);
	in.sin_addr.s_addr = htonl(0x7f000001);
	connect(s, (struct sockaddr *)&in, sizeof in);
	connect(s, (struct sockaddr *)&in, 8);
	close(s);
	// Non-blocking, so that connecting to an unreachable address fails
	// at once rather than after a timeout.
	s = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
	struct sockaddr_in6 in6;
	memset(&in6, 0, sizeof in6);
	in6.sin6_family = AF_INET6;
	in6.sin6_port = htons(1);
	in6.sin6_flowinfo = htonl(5);
	inet_pton(AF_INET6, "::1", &in6.sin6_addr);
	connect(s, (struct sockaddr *)&in6, sizeof in6);
	inet_pton(AF_INET6, "fe80::1", &in6.sin6_addr);
	in6.sin6_scope_id = 1;
	connect(s, (struct sockaddr *)&in6, sizeof in6);
	inet_pton(AF_INET6, "::ffff:1.2.3.4", &in6.sin6_addr);
	connect(s, (struct sockaddr *)&in6, 24);
	close(s);
	s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct sockaddr_nl nl;
	memset(&nl, 0, sizeof nl);
	nl.nl_family = AF_NETLINK;
	nl.nl_groups = 0x11;
	bind(s, (struct sockaddr *)&nl, sizeof nl);
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	getsockname(s, (struct sockaddr *)&ss, &len);
	close(s);
	s = socket(AF_INET, SOCK_DGRAM, 0);
	unsigned char raw[16] = {77, 0, 'a', 'b', 0, 1, 2, 3};
	connect(s, (struct sockaddr *)raw, 16);
	sendto(s, "hi", 2, MSG_DONTWAIT | MSG_NOSIGNAL, (struct sockaddr *)&in, sizeof in);
	close(s);
}

static void memory(void) {
	mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (21 << MAP_HUGE_SHIFT), -1, 0);
	mmap(NULL, 4096, PROT_NONE, MAP_SHARED_VALIDATE | MAP_ANONYMOUS | 0x8000000, -1, 0);
	mmap((void *)0x10000, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | MAP_NORESERVE, -1, 0);
	mmap(NULL, 4096, PROT_READ, 0xf, 3, 0x1000);
	void *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE | MAP_STACK, -1, 0);
	munmap(m, 8192);
	syscall(SYS_brk, 0);
}

static void clones(void) {
	// The child below exits with SIGUSR1 as its exit signal.
	signal(SIGUSR1, on_sig);
	syscall(SYS_clone, CLONE_NEWUSER | CLONE_FS, 0, 0, 0, 0);
	syscall(SYS_clone, CLONE_THREAD, 0, 0, 0, 0);
	syscall(SYS_clone, 0x100000000ULL | CLONE_VFORK | SIGUSR1, 0, 0, 0, 0);
	syscall(SYS_clone, CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_SIGHAND, 0x1000, 0x2000, 0x3000, 0x4000);
	pid_t p = fork();
	if (p == 0)
		_exit(0);
	waitpid(p, NULL, 0);
}

static void fcntls(void) {
	int p[2];
	pipe2(p, O_CLOEXEC);
	fcntl(p[0], F_GETFD);
	fcntl(p[0], F_SETFD, 0);
	fcntl(p[0], F_GETFD);
	fcntl(p[0], F_GETFL);
	fcntl(p[0], F_SETFL, O_NONBLOCK | O_APPEND);
	fcntl(p[0], F_DUPFD, 10);
	fcntl(p[0], F_DUPFD_CLOEXEC, 0);
	fcntl(p[0], F_GETPIPE_SZ);
	fcntl(p[0], F_SETPIPE_SZ, 8192);
	fcntl(p[0], F_GETOWN);
	fcntl(p[0], F_SETSIG, SIGUSR1);
	fcntl(p[0], F_GETSIG);
	fcntl(p[0], 9999, 0x10);
	fcntl(-1, F_GETFL);
	int m = memfd_create("x", MFD_ALLOW_SEALING);
	fcntl(m, F_GET_SEALS);
	fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW);
	fcntl(m, F_GET_SEALS);
	struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10};
	fcntl(m, F_SETLK, &fl);
	fcntl(m, F_GETLK, &fl);
	fcntl(m, F_GETLEASE);
	int t = open("/tmp", O_RDONLY | O_DIRECTORY);
	fcntl(t, F_GETFL);
	close(t);
}

static void ioctls(void) {
	int p[2];
	pipe(p);
	write(p[1], "abc", 3);
	int n;
	ioctl(p[0], FIONREAD, &n);
	ioctl(p[0], FIOCLEX);
	ioctl(p[0], FIONCLEX);
	char tio[64];
	ioctl(p[0], TCGETS, tio);
	ioctl(p[0], _IOR(0x99, 1, uint64_t), tio);
	ioctl(p[0], _IO(0x99, 2), 0);
	ioctl(p[0], _IOW('x', 3, int), 7);
	ioctl(p[0], _IOWR(0, 0, char[16]), 0);
	int fd = posix_openpt(O_RDWR | O_NOCTTY);
	if (fd >= 0) {
		ioctl(fd, TCGETS, tio);
		ioctl(fd, TIOCGWINSZ, tio);
		close(fd);
	}
}

static void misc(void) {
	syscall(500, 1, 2, 3, 4, 5, 6);
	syscall(0x1f4, -1L, 0, 0, 0, 0, 0);
	syscall(SYS_uname, NULL);
	syscall(SYS_uname, (void *)8);
	syscall(SYS_close, 9999);
	syscall(SYS_openat, AT_FDCWD, "/nonexistent", O_RDONLY);
	char cwd[256];
	syscall(SYS_getcwd, cwd, sizeof cwd);
	syscall(SYS_getcwd, cwd, 1);
	char lnk[10];
	syscall(SYS_readlinkat, AT_FDCWD, "/proc/self/exe", lnk, sizeof lnk);
	int p[2];
	pipe(p);
	write(p[1], "hello world", 11);
	char buf[64];
	read(p[0], buf, 5);
	read(p[0], buf, 64);
	close(p[0]);
	close(p[1]);
	struct timespec ts = {0, 1000};
	syscall(SYS_nanosleep, &ts, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
	syscall(SYS_clock_nanosleep, 99, 0, &ts, &ts);
	// A sleep cut short by a signal: ERESTART_RESTARTBLOCK, the remaining
	// time shown.
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it = {{0, 0}, {0, 20000}};
	setitimer(ITIMER_REAL, &it, NULL);
	ts.tv_sec = 5;
	struct timespec rem;
	syscall(SYS_nanosleep, &ts, &rem);
	// A read cut short with SA_RESTART: ERESTARTSYS.
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	pipe(p);
	setitimer(ITIMER_REAL, &it, NULL);
	sa.sa_flags = 0;
	// Without SA_RESTART the read returns EINTR after the restart code:
	// strace shows ERESTARTSYS for it too.
	sigaction(SIGALRM, &sa, NULL);
	read(p[0], buf, 1);
}

int main(int argc, char **argv) {
	if (want(argc, argv, "strings"))
		strings();
	if (want(argc, argv, "arrays"))
		arrays();
	if (want(argc, argv, "flags"))
		flags();
	if (want(argc, argv, "signals"))
		signals();
	if (want(argc, argv, "siginfo"))
		siginfos();
	if (want(argc, argv, "siginfo2"))
		siginfos2();
	if (want(argc, argv, "wait"))
		waits();
	if (want(argc, argv, "structs"))
		structs();
	if (want(argc, argv, "sockaddr"))
		sockaddrs();
	if (want(argc, argv, "memory"))
		memory();
	if (want(argc, argv, "clone"))
		clones();
	if (want(argc, argv, "fcntl"))
		fcntls();
	if (want(argc, argv, "ioctl"))
		ioctls();
	if (want(argc, argv, "misc"))
		misc();
	syscall(SYS_exit_group, 0);
	return 0;
}
