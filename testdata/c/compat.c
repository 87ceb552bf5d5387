// compat makes system calls through the other ABIs of an x86_64 process:
// i386 calls with int 0x80 (getpid, write, socketcall), then an x32 call
// (getpid with the x32 bit, which kernels without x32 support fail with
// ENOSYS). A tracer must name each with its own ABI's table: i386's 20
// is getpid, 4 write, 102 socketcall; x86_64's 20 would be writev.
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c) {
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

int main(void) {
	// int 0x80 passes 32-bit pointers: use memory below 4 GiB.
	char *low = mmap((void *)0x10000000, 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (low == MAP_FAILED)
		return 1;
	const char msg[] = "hello from int 0x80\n";
	for (unsigned i = 0; i < sizeof msg - 1; i++)
		low[i] = msg[i];
	uint32_t *args = (uint32_t *)(low + 256);
	args[0] = 2; // AF_INET
	args[1] = 1; // SOCK_STREAM
	args[2] = 0;

	int80(20, 0, 0, 0);                                  // getpid
	int80(4, 1, (long)low, sizeof msg - 1);               // write(1, msg, 20)
	int80(102, 1, (long)args, 0);                         // socketcall(SYS_SOCKET, args)
	syscall(0x40000000 | 39);                             // x32 getpid
	syscall(SYS_getpid);                                  // back to x86_64
	return 0;
}
