// oracle makes one system call whose arguments a test describes, so that
// strace can decode it from known memory: run under strace with the
// call's result injected (-e inject=NAME:retval=N), the call never reaches
// the kernel and strace prints exactly the bytes given here.
//
//	oracle NR ARG...
//
// An ARG "@hex" is a pointer to those bytes, placed at the start of region
// i (at 0x70000000 + i*0x1000000, zeros after); "@hex!" places them at the
// end of the region's first MiB with nothing mapped after them, so that a
// read running past them fails. Anything else is a number (decimal, 0x hex
// or -decimal); "pid" is the oracle's own process id (for a signal it sends
// itself with rt_sigqueueinfo, which takes the siginfo_t as it is). Up to
// six arguments.
//
// It has no C library: its only system calls are the mmap and munmap that
// set memory up (one mmap per "@" argument, one munmap per "!"), a getpid
// per "pid" and the call itself, so a test can inject a result into the one
// call it means.
// Build with: gcc -O1 -static -nostdlib -fno-stack-protector -o oracle oracle.c
// (add -m32 for an i386 oracle).
typedef unsigned long u64; // a register: 32 bits in an i386 build

#ifdef __i386__
// i386 (gcc -m32): int 0x80, and mmap2 with its offset in pages.
enum { NR_MMAP = 192, NR_MUNMAP = 91, NR_GETPID = 20, NR_EXIT_GROUP = 252 };

static u64 sixth;

static long raw6(long nr, u64 a, u64 b, u64 c, u64 d, u64 e, u64 f) {
	long ret;
	// ebp cannot be named as an operand: swap the sixth argument in,
	// from a static (a stack operand would move with the push).
	sixth = f;
	__asm__ volatile("push %%ebp\n\tmov %7, %%ebp\n\tint $0x80\n\tpop %%ebp"
			 : "=a"(ret)
			 : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "m"(sixth)
			 : "memory");
	return ret;
}
#else
enum { NR_MMAP = 9, NR_MUNMAP = 11, NR_GETPID = 39, NR_EXIT_GROUP = 231 };

static long raw6(long nr, u64 a, u64 b, u64 c, u64 d, u64 e, u64 f) {
	long ret;
	register u64 r10 __asm__("r10") = d;
	register u64 r8 __asm__("r8") = e;
	register u64 r9 __asm__("r9") = f;
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}
#endif

static int hexval(char c) {
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return c - 'A' + 10;
}

static u64 number(const char *s) {
	int neg = 0;
	u64 v = 0;
	if (*s == '-') {
		neg = 1;
		s++;
	}
	if (s[0] == '0' && s[1] == 'x') {
		for (s += 2; *s; s++)
			v = v * 16 + hexval(*s);
	} else {
		for (; *s; s++)
			v = v * 10 + (*s - '0');
	}
	return neg ? -v : v;
}

static u64 pointer(int i, const char *s) {
	u64 len = 0;
	while (s[len])
		len++;
	int edge = len && s[len - 1] == '!';
	if (edge)
		len--;
	u64 n = len / 2;
	char *base = (char *)(0x70000000UL + (u64)i * 0x1000000UL);
	// mmap(base, 2 MiB, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0)
	if (raw6(NR_MMAP, (u64)base, 0x200000, 3, 0x32, -1UL, 0) != (long)base)
		raw6(NR_EXIT_GROUP, 99, 0, 0, 0, 0, 0);
	char *p = base;
	if (edge) {
		raw6(NR_MUNMAP, (u64)base + 0x100000, 0x100000, 0, 0, 0, 0);
		p = base + 0x100000 - n;
	}
	for (u64 j = 0; j < n; j++)
		p[j] = hexval(s[2 * j]) << 4 | hexval(s[2 * j + 1]);
	return (u64)p;
}

__attribute__((used)) void start(long *sp) {
	long argc = sp[0];
	char **argv = (char **)(sp + 1);
	u64 a[6] = {0};
	long nr = number(argv[1]);
	for (int i = 0; i < 6 && i + 2 < argc; i++) {
		const char *s = argv[i + 2];
		if (s[0] == 'p' && s[1] == 'i' && s[2] == 'd' && !s[3])
			a[i] = raw6(NR_GETPID, 0, 0, 0, 0, 0, 0);
		else
			a[i] = s[0] == '@' ? pointer(i, s + 1) : number(s);
	}
	raw6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	raw6(NR_EXIT_GROUP, 0, 0, 0, 0, 0, 0);
}

#ifdef __i386__
__asm__(".globl _start\n_start:\n\tmov %esp, %eax\n\tand $-16, %esp\n\tsub $12, %esp\n\tpush %eax\n\tcall start\n\thlt\n");
#else
__asm__(".globl _start\n_start:\n\tmov %rsp, %rdi\n\tand $-16, %rsp\n\tcall start\n\thlt\n");
#endif
