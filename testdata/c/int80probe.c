/* int80probe: exits 0 when this kernel runs i386 system calls made with
 * int $0x80 from a 64-bit program. Where IA32 emulation is off (kernel
 * config, ia32_emulation=0, some hypervisors) the instruction faults and
 * the probe dies of SIGSEGV: tests of the i386 ABI then skip. */
int main(void)
{
	long r;
	/* 20 is getpid in the i386 table. */
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory");
	return r > 0 ? 0 : 1;
}
