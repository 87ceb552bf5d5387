// Package prefault maps in, with one madvise each, the pages of memory
// gotrace is about to touch anyway: its own executable image and the
// start of the Go heap. Importing it is all it takes: a C constructor does
// the image before the Go runtime starts, and the package's init the heap.
//
// Why: on a virtual machine every first touch of a page traps to the
// hypervisor. Measured on the development VM, one such fault costs about
// 10 µs, and a traced /bin/true took about 450 of them in gotrace's own
// process, 4 ms of a 15 ms run, more than the whole difference from
// strace. MADV_POPULATE_READ and MADV_POPULATE_WRITE (Linux 5.14) fill
// the same page tables in the kernel for about 0.5 µs a page. Where the
// kernel lacks them, madvise fails with EINVAL and nothing changes.
package prefault

/*
#define _GNU_SOURCE
#include <link.h>
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

// populate asks the kernel to map [start, end) now, rounded out to pages.
// Errors are ignored: this only saves faults that would come anyway.
static void gotrace_populate(uintptr_t start, uintptr_t end, int advice) {
	uintptr_t page = 4096;
	start &= ~(page - 1);
	end = (end + page - 1) & ~(page - 1);
	if (end > start)
		madvise((void *)start, end - start, advice);
}

// The executable is the first object dl_iterate_phdr reports, in a static
// and in a dynamic build alike; the callback stops there. Its writable
// segment (data and bss, which the runtime writes from its first
// instructions on) is populated for writing, except the part that is
// read-only once relocated (PT_GNU_RELRO: a write populate fails on its
// first page and would do nothing); the rest (code, read-only data and
// the pclntab the runtime reads to unwind stacks) for reading.
static int gotrace_prefault_image(struct dl_phdr_info *info, size_t size, void *data) {
	uintptr_t relro_end = 0;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == PT_GNU_RELRO)
			relro_end = (info->dlpi_addr + ph->p_vaddr + ph->p_memsz) & ~(uintptr_t)4095;
	}
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type != PT_LOAD)
			continue;
		uintptr_t start = info->dlpi_addr + ph->p_vaddr, end = start + ph->p_memsz;
		if (!(ph->p_flags & PF_W)) {
			gotrace_populate(start, end, MADV_POPULATE_READ);
			continue;
		}
		if (relro_end > start && relro_end < end) {
			gotrace_populate(start, relro_end, MADV_POPULATE_READ);
			start = relro_end;
		}
		gotrace_populate(start, end, MADV_POPULATE_WRITE);
	}
	return 1;
}

// A constructor runs in the C start-up, before the Go runtime, so the
// runtime's own start is spared the faults too.
//
// It also keeps glibc's malloc to its one main arena. With cgo linked in,
// the runtime starts its threads with pthread_create, and each thread's
// first malloc (glibc's, in the thread start) would map a 64 MB arena of
// its own: four system calls and fresh pages per thread, for the few
// bytes C allocates in gotrace.
__attribute__((constructor)) static void gotrace_prefault(void) {
	mallopt(M_ARENA_MAX, 1);
	dl_iterate_phdr(gotrace_prefault_image, 0);
}

static void gotrace_populate_write(uintptr_t start, uintptr_t end) {
	gotrace_populate(start, end, MADV_POPULATE_WRITE);
}
*/
import "C"

import "unsafe"

// The Go heap is mapped in 4 MB chunks aligned to 4 MB, a chunk at a
// time as it grows, and its first chunk starts at a random page (Go 1.26
// randomises the heap's base). The page allocator hands out the lowest
// free pages first, so what gotrace allocates next lies just above what
// is in use now. heapAhead bounds the window populated above a fresh
// object: a traced /bin/true touches about 1 MB of heap in all, and a
// page populated for nothing costs about 1 µs.
const heapAhead = 2 << 20

// probe is where populateHeap's fresh object goes, so that it is on the
// heap and not on the stack.
var probe *[64]byte

// The package imports only unsafe and what cgo needs, so its init runs
// among the first, before the package inits that allocate the most.
func init() { populateHeap() }

// populateHeap populates the heap pages above a freshly allocated object.
// The kernel stops at the first page that is not mapped (the heap's next
// chunk, before the runtime maps it), so the window may end early.
func populateHeap() {
	probe = new([64]byte)
	at := uintptr(unsafe.Pointer(probe))
	probe = nil
	C.gotrace_populate_write(C.uintptr_t(at), C.uintptr_t(at+heapAhead))
}
