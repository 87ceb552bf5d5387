/* hostile_x32: makes x32 system calls (the x86_64 number with bit 30 set),
 * which a filter that looks only at x86_64 numbers might let through:
 * socket, then connect to 127.0.0.1:PORT.
 *
 *   hostile_x32 DIR PORT
 *
 * Says "ESCAPED" on stdout if either call works. Exits 0. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#define X32 0x40000000L

static long sys(long nr, long a, long b, long c)
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
	return ret;
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	/* x32 pointers are 32 bits wide. */
	char *low = mmap((void *)0x10000000, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
			 -1, 0);
	if (low == MAP_FAILED)
		return 2;
	struct sockaddr_in *sa = (struct sockaddr_in *)low;
	sa->sin_family = AF_INET;
	sa->sin_port = htons(atoi(argv[2]));
	sa->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	long fd = sys(X32 | 41, AF_INET, SOCK_STREAM, 0); /* socket */
	if (fd < 0) {
		printf("x32 socket: %ld\n", fd);
		return 0;
	}
	printf("ESCAPED x32 socket %ld\n", fd);
	long r = sys(X32 | 42, fd, (long)sa, sizeof *sa); /* connect */
	if (r == 0)
		printf("ESCAPED x32 connect\n");
	return 0;
}
